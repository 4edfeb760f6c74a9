"""Writing an appeal bundle: manifest.json, summary.html and the evidence, as one ZIP.

The file appears whole or not at all: it is written under a temporary name in the
target's folder, flushed to disk and renamed. Each evidence file is hashed while it is
copied in; one that is missing or no longer matches the hash its case recorded stops
the bundle (BlobDamaged, naming the file), so a bundle never vouches for what it does
not hold. What is written here is what `bundle-check` accepts (app/io/bundle_check.py).
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from app.domain.errors import BundleRefused
from app.domain.evidence import MediaType
from app.io.bundle_check import (
    CHUNK,
    FORMAT,
    MANIFEST,
    MAX_ENTRIES,
    MAX_EXPANDED,
    binary_size,
)
from app.io.exporters import atomic_target
from app.store.blobs import sync_folder

SUMMARY = "summary.html"
# Photos and videos are compressed already: deflating them again costs time for nothing.
_STORED = frozenset({MediaType.JPEG, MediaType.PNG, MediaType.WEBP, MediaType.GIF,
                     MediaType.HEIC, MediaType.MP4, MediaType.MOV})


class BlobDamaged(ValueError):
    """An evidence file is missing from the evidence folder or was changed there: the
    store is damaged (exit 1, as `verify` exits), and no bundle is written."""

    code = "bundle_blob_damaged"

    def __init__(self, shown: str, sha256: str, what: str) -> None:
        super().__init__(f"the evidence file {shown} (sha256 {sha256[:12]}…) {what}; no bundle "
                         "was written (verify lists every damaged file)")
        self.shown = shown
        self.sha256 = sha256


@dataclass(frozen=True)
class Member:
    """One evidence file to put in the bundle: its entry name, what its case recorded
    (hash, size, type), and how to read it."""

    entry: str
    shown: str
    sha256: str
    size: int
    media: MediaType
    open: Callable[[], BinaryIO]


def manifest(*, made_at: str, made_by: str, lang: str, case: Mapping[str, Any],
             summary: bytes, files: Sequence[Mapping[str, Any]],
             warnings: Sequence[Mapping[str, str]]) -> dict[str, Any]:
    """The manifest in the format bundle-check reads (`files` holds only evidence; the
    summary is vouched for by its own hash)."""
    return {"format": FORMAT, "made_at": made_at, "made_by": made_by, "lang": lang,
            "case": dict(case), "summary": SUMMARY,
            "summary_sha256": hashlib.sha256(summary).hexdigest(),
            "files": [dict(f) for f in files], "warnings": [dict(w) for w in warnings]}


def write_zip(target: Path, manifest_data: Mapping[str, Any], summary: bytes,
              members: Sequence[Member], at: datetime) -> str:
    """Write the bundle to `target` (already checked: app.io.targets.check_target);
    return the SHA-256 of the finished file. `at` dates every entry."""
    body = json.dumps(manifest_data, ensure_ascii=False, indent=2).encode("utf-8")
    total = len(body) + len(summary) + sum(m.size for m in members)
    if total > MAX_EXPANDED or len(members) + 2 > MAX_ENTRIES:
        raise BundleRefused(str(target), "too_large",
                            f"its {len(members)} files add up to {binary_size(total)}; a bundle "
                            f"holds at most {binary_size(MAX_EXPANDED)} in {MAX_ENTRIES} files")
    stamp = (max(at.year, 1980), at.month, at.day, at.hour, at.minute, at.second)
    with atomic_target(target) as temp:
        with temp.open("wb") as fh:
            with zipfile.ZipFile(fh, "w") as zf:
                zf.writestr(_info(MANIFEST, stamp, zipfile.ZIP_DEFLATED), body)
                zf.writestr(_info(SUMMARY, stamp, zipfile.ZIP_DEFLATED), summary)
                for member in members:
                    kind = zipfile.ZIP_STORED if member.media in _STORED else zipfile.ZIP_DEFLATED
                    _copy(zf, member, _info(member.entry, stamp, kind))
            fh.flush()
            os.fsync(fh.fileno())
        digest = _hash_file(temp)
    sync_folder(target.parent)
    return digest


def _info(name: str, stamp: tuple[int, int, int, int, int, int], kind: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, stamp)
    info.compress_type = kind
    # A plain file, readable by all: what unzip and Explorer make of it.
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


def _copy(zf: zipfile.ZipFile, member: Member, info: zipfile.ZipInfo) -> None:
    digest = hashlib.sha256()
    size = 0
    try:
        source = member.open()
    except FileNotFoundError:
        raise BlobDamaged(member.shown, member.sha256,
                          "is missing from the evidence folder") from None
    except OSError as exc:
        raise BlobDamaged(member.shown, member.sha256,
                          f"cannot be read ({exc.strerror or exc})") from exc
    with source, zf.open(info, "w", force_zip64=member.size > 2**31) as out:
        while chunk := source.read(CHUNK):
            size += len(chunk)
            if size > member.size:
                break  # more than its case recorded: changed, and no use reading on
            digest.update(chunk)
            out.write(chunk)
    if size != member.size or digest.hexdigest() != member.sha256:
        raise BlobDamaged(member.shown, member.sha256, "was changed in the evidence folder: "
                          "its content no longer has the hash its case recorded")


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()

