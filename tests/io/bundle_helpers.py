"""Building appeal bundles by hand for tests: good ones, and ones that lie or attack."""

from __future__ import annotations

import hashlib
import json
import struct
import warnings
import zipfile
from pathlib import Path
from typing import Any

SUMMARY = b"<!doctype html><html><body><h1>DY-1001</h1></body></html>"
EVIDENCE = {
    "evidence/01 破损照片.jpg": b"\xff\xd8\xff\xe0" + b"jpeg bytes" * 50,
    "evidence/02 聊天截图.png": b"\x89PNG\r\n\x1a\n" + b"png bytes" * 40,
}


def manifest_for(files: dict[str, bytes], summary: bytes = SUMMARY) -> dict[str, Any]:
    return {
        "format": "aftersales-bundle/1", "made_at": "2026-11-20T09:00:00+00:00",
        "made_by": "lina", "lang": "zh_CN",
        "case": {"id": 1, "case_no": "DY-1001", "platform": "douyin", "shop": "测试旗舰店",
                 "order_no": "6900000001", "kind": "refund", "status": "processing"},
        "summary": "summary.html", "summary_sha256": hashlib.sha256(summary).hexdigest(),
        "files": [{"path": path, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data),
                   "type": "jpeg", "original_name": path.rsplit("/", 1)[-1], "added_by": "lina",
                   "added_at": "2026-11-19T08:00:00+00:00", "step": None, "note": ""}
                  for path, data in files.items()],
        "warnings": [],
    }


def write_zip(path: Path, entries: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    """A zip of exactly these entries, in this order (duplicates allowed)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about a duplicate name; we mean it
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in entries:
                zf.writestr(name, data)
    return path


def write_bundle(path: Path, files: dict[str, bytes] | None = None, *,
                 manifest: dict[str, Any] | None = None, summary: bytes = SUMMARY,
                 extra: list[tuple[str | zipfile.ZipInfo, bytes]] = ()) -> Path:
    """A well-formed bundle of `files` (default EVIDENCE); `manifest` replaces the true one,
    and `extra` entries are added after the rest."""
    files = EVIDENCE if files is None else files
    m = manifest_for(files, summary) if manifest is None else manifest
    body = json.dumps(m, ensure_ascii=False, indent=2).encode()
    return write_zip(path, [("manifest.json", body), ("summary.html", summary),
                            *files.items(), *extra])


def write_bomb(path: Path, mib: int) -> Path:
    """A real zip bomb: `mib` MiB of zeros deflated to about a thousandth of that."""
    zeros = bytes(2**20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf, \
            zf.open("evidence/01 zeros.jpg", "w") as member:
        for _ in range(mib):
            member.write(zeros)
    return path


def patch_central(path: Path, name: str, *, file_size: int | None = None,
                  header_offset: int | None = None) -> None:
    """Make the central directory lie about an entry, as a hostile archive would."""
    raw = bytearray(path.read_bytes())
    encoded = name.encode()
    at = 0
    while True:
        at = raw.index(b"PK\x01\x02", at)
        n = struct.unpack_from("<H", raw, at + 28)[0]
        if bytes(raw[at + 46:at + 46 + n]) == encoded:
            break
        at += 4
    if file_size is not None:
        struct.pack_into("<I", raw, at + 24, file_size)
    if header_offset is not None:
        struct.pack_into("<I", raw, at + 42, header_offset)
    path.write_bytes(bytes(raw))


def tree(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))
