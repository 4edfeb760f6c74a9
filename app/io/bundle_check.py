"""Checking an appeal bundle (a ZIP of a case's evidence) without unpacking it.

A bundle comes back from a colleague, a platform's download or a USB stick, so it is
read as hostile until proven otherwise. Nothing is extracted: each member is streamed
through SHA-256 in memory, so a name such as `../evil` or a link can never land on
disk, and the bytes read are counted against the sizes the archive declares.

Two outcomes, as the command line's exit codes tell them apart:
- the archive is *refused* (`BundleRefused`, exit 2): not a zip, damaged, or built to
  harm whoever unpacks it (absolute paths, `..`, backslashes, control characters,
  links, duplicate names, a zip bomb). Nothing of it is trusted, so no list of files.
- the archive is read, and the check *fails* (`BundleCheck.ok` false, exit 1): the
  manifest is missing or wrong, a file was changed, is missing, or is not listed.
"""

from __future__ import annotations

import hashlib
import json
import re
import stat
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from app.domain.errors import BundleRefused
from app.domain.evidence import WINDOWS_DEVICE_NAMES

FORMAT = "aftersales-bundle/1"
MANIFEST = "manifest.json"
EVIDENCE_FOLDER = "evidence/"

# A zip bomb expands far beyond its own size. Evidence (photos, videos, PDFs) hardly
# compresses, so a ratio over 100 is no bundle of ours once it is large enough to hurt.
MAX_RATIO = 100
RATIO_FLOOR = 64 * 2**20
# However it compresses, no appeal bundle holds more than this.
MAX_EXPANDED = 4 * 2**30
MAX_ENTRIES = 10_000
MAX_MANIFEST = 16 * 2**20
CHUNK = 2**20

_DRIVE = re.compile(r"^[A-Za-z]:")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
# Text-direction overrides make `gpj.exe` show as `exe.jpg`: as bad as a control character.
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")
# What zipfile and the decompressors raise for an archive that is damaged or unreadable.
_DAMAGED = (zipfile.BadZipFile, EOFError, UnicodeDecodeError, zlib.error, struct.error,
            NotImplementedError, OSError)


@dataclass
class BundleCheck:
    """What a readable bundle's check found: `ok` when there are no problems."""

    path: Path
    files_checked: int = 0  # files found and compared with the manifest's hash and size
    problems: list[dict[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def problem(self, path: str, text: str) -> None:
        self.problems.append({"path": path, "problem": text})

    def to_json(self) -> dict[str, Any]:
        return {"bundle": str(self.path), "ok": self.ok, "files_checked": self.files_checked,
                "problems": list(self.problems)}


def check_bundle(path: Path) -> BundleCheck:
    """Verify the bundle at `path`; BundleRefused when it must not be read at all."""
    path = Path(path)
    shown = str(path)
    if not path.is_file():
        raise BundleRefused(shown, "not_a_file", "it does not exist or is not a file")
    # Opened here, so that a file the system cannot read is the system's failure (an
    # OSError), not a damaged archive.
    with path.open("rb") as fh:
        archive_size = path.stat().st_size
        try:
            with zipfile.ZipFile(fh) as zf:
                infos = zf.infolist()
                _refuse_hostile(shown, infos, archive_size, zf.start_dir)
                digests, manifest_bytes = _stream_all(shown, zf, infos)
        except BundleRefused:
            raise
        except _DAMAGED as exc:
            raise BundleRefused(shown, "damaged",
                                f"it is not a readable ZIP archive ({exc})") from exc
    result = BundleCheck(path)
    _check_against_manifest(result, manifest_bytes, digests)
    return result


def entry_name_problem(name: str) -> str | None:
    """Why an entry name could write outside the folder it is unpacked into, or harm the
    machine unpacking it; None when the name is safe."""
    if not name or name in ("/", "."):
        return "it has no name"
    if any(unicodedata.category(c) == "Cc" or c in _BIDI for c in name):
        return "its name holds control characters"
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        return "its path is absolute"
    if "\\" in name:
        # Windows unpackers take a backslash for a folder separator: `..\\x` climbs out.
        return "its name holds a backslash, a folder separator on Windows"
    parts = name.rstrip("/").split("/")
    if ".." in parts:
        return "its path climbs out of the folder it is unpacked into (..)"
    if ":" in name:
        # `a.jpg:x` is an alternate data stream on Windows, `c:` a drive.
        return "its name holds a colon"
    for part in parts:
        if part.split(".")[0].upper().rstrip(" ") in WINDOWS_DEVICE_NAMES:
            return f"{part!r} is a device name on Windows"
    return None


def _refuse_hostile(shown: str, infos: list[zipfile.ZipInfo], archive_size: int,
                    central_start: int) -> None:
    if len(infos) > MAX_ENTRIES:
        raise BundleRefused(shown, "too_many_entries",
                            f"it holds {len(infos)} entries; a bundle holds at most {MAX_ENTRIES}")
    seen: dict[str, str] = {}
    for info in infos:
        name = info.orig_filename  # zipfile cuts `.filename` at a NUL; the original keeps it
        where = f"entry {_quote(name)}"
        problem = entry_name_problem(name)
        if problem is not None:
            raise BundleRefused(shown, "hostile_name", f"{where}: {problem}")
        kind = stat.S_IFMT(info.external_attr >> 16)
        if kind == stat.S_IFLNK:
            raise BundleRefused(shown, "link", f"{where} is a symbolic link")
        if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
            raise BundleRefused(shown, "special_file", f"{where} is not a plain file")
        if info.flag_bits & 0x1:
            raise BundleRefused(shown, "encrypted", f"{where} is encrypted and cannot be checked")
        # Two names one file system takes for the same file: the second overwrites the first.
        folded = unicodedata.normalize("NFC", name.rstrip("/")).casefold()
        if folded in seen:
            first = seen[folded]
            also = "twice" if first == name else (
                f"beside {_quote(first)}, the same file where letter case does not count")
            raise BundleRefused(shown, "duplicate", f"{where} is in the archive {also}")
        seen[folded] = name
    _refuse_overlaps(shown, infos, central_start)
    declared = sum(info.file_size for info in infos)
    if declared > MAX_EXPANDED:
        raise BundleRefused(shown, "zip_bomb", f"it would expand to {binary_size(declared)}; "
                            f"a bundle holds at most {binary_size(MAX_EXPANDED)}")
    if declared > RATIO_FLOOR and declared > MAX_RATIO * max(archive_size, 1):
        raise BundleRefused(shown, "zip_bomb",
                            f"its {binary_size(archive_size)} would expand to {binary_size(declared)}, "
                            f"more than {MAX_RATIO} times its size (a zip bomb)")


def _refuse_overlaps(shown: str, infos: Iterable[zipfile.ZipInfo], central_start: int) -> None:
    """Entries sharing their compressed bytes are how a small zip bomb declares modest
    sizes one by one and still expands without end; each local header takes at least 30
    bytes before its data, which gives a lower bound on where the next may start."""
    ordered = sorted(infos, key=lambda i: i.header_offset)
    for info, after in zip(ordered, [*ordered[1:], None], strict=True):
        end = info.header_offset + 30 + info.compress_size
        limit = after.header_offset if after is not None else central_start
        if end > limit:
            raise BundleRefused(shown, "overlap", f"entry {_quote(info.orig_filename)} overlaps "
                                "the next one's bytes (a zip bomb's trick)")


def _stream_all(shown: str, zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]
                ) -> tuple[dict[str, tuple[str, int]], bytes | None]:
    """sha256 and size of each file member, and the manifest's bytes when there is one."""
    digests: dict[str, tuple[str, int]] = {}
    manifest: bytes | None = None
    for info in infos:
        if info.is_dir():
            continue
        keep = info.filename == MANIFEST
        if keep and info.file_size > MAX_MANIFEST:
            raise BundleRefused(shown, "zip_bomb", f"its manifest declares {binary_size(info.file_size)}"
                                f"; a manifest holds at most {binary_size(MAX_MANIFEST)}")
        with zf.open(info) as member:
            digest, size, data = _hash_member(shown, info, member, keep)
        digests[info.filename] = (digest, size)
        if keep:
            manifest = data
    return digests, manifest


def _hash_member(shown: str, info: zipfile.ZipInfo, member: IO[bytes], keep: bool
                 ) -> tuple[str, int, bytes | None]:
    """Stream one member; the declared size is a claim, so the bytes are counted and the
    read stops as soon as they exceed it. (CPython's zipfile stops there too, and then
    fails the CRC; counting here keeps the promise ours, whatever reads the archive.)"""
    h = hashlib.sha256()
    kept: list[bytes] = []
    size = 0
    while chunk := member.read(CHUNK):
        size += len(chunk)
        if size > info.file_size:
            raise BundleRefused(shown, "zip_bomb", f"entry {_quote(info.filename)} expands "
                                f"beyond the {binary_size(info.file_size)} it declares")
        h.update(chunk)
        if keep:
            kept.append(chunk)
    if size != info.file_size:
        raise BundleRefused(shown, "damaged", f"entry {_quote(info.filename)} holds {size} "
                            f"bytes but declares {info.file_size}")
    return h.hexdigest(), size, b"".join(kept) if keep else None


def _check_against_manifest(result: BundleCheck, manifest_bytes: bytes | None,
                            digests: dict[str, tuple[str, int]]) -> None:
    if manifest_bytes is None:
        result.problem(MANIFEST, "the bundle has no manifest: nothing says what it should hold")
        return
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        result.problem(MANIFEST, f"the manifest is not valid JSON in UTF-8 ({exc})")
        return
    if not isinstance(manifest, dict):
        result.problem(MANIFEST, "the manifest is not a JSON object")
        return
    if manifest.get("format") != FORMAT:
        result.problem(MANIFEST, f"the manifest's format is {manifest.get('format')!r}, "
                       f"not {FORMAT!r}")
    accounted = {MANIFEST}
    summary = manifest.get("summary")
    if not isinstance(summary, str) or not summary:
        result.problem(MANIFEST, "the manifest names no summary file")
    else:
        accounted.add(summary)
        _compare(result, summary, manifest.get("summary_sha256"), None, digests)
    files = manifest.get("files")
    if not isinstance(files, list):
        result.problem(MANIFEST, "the manifest has no list of files")
        files = []
    for n, entry in enumerate(files, start=1):
        path = entry.get("path") if isinstance(entry, dict) else None
        if not isinstance(path, str) or not path:
            result.problem(MANIFEST, f"file {n} of the manifest has no path")
            continue
        if path in accounted:
            result.problem(path, "is listed in the manifest twice")
            continue
        accounted.add(path)
        if not path.startswith(EVIDENCE_FOLDER):
            result.problem(path, f"is listed as evidence but is not in {EVIDENCE_FOLDER}")
        _compare(result, path, entry.get("sha256"), entry.get("size"), digests)
    for name in digests:
        if name not in accounted:
            result.problem(name, "is in the bundle but not in the manifest")


def _compare(result: BundleCheck, path: str, sha256: object, size: object,
             digests: dict[str, tuple[str, int]]) -> None:
    if not isinstance(sha256, str) or not _SHA256.match(sha256.lower()):
        result.problem(path, "the manifest gives no valid sha256 for it")
        return
    if size is not None and (not isinstance(size, int) or isinstance(size, bool) or size < 0):
        result.problem(path, "the manifest gives no valid size for it")
        return
    if path not in digests:
        result.problem(path, "is listed in the manifest but missing from the bundle")
        return
    actual_sha, actual_size = digests[path]
    result.files_checked += 1
    if size is not None and size != actual_size:
        result.problem(path, f"holds {actual_size} bytes; the manifest says {size}")
    elif actual_sha != sha256.lower():
        result.problem(path, "its sha256 differs from the manifest's: the file was changed")


def _quote(name: str) -> str:
    # JSON quoting shows a NUL or a newline as an escape and keeps Chinese readable.
    return json.dumps(name, ensure_ascii=False)


def binary_size(n: int) -> str:
    for unit, scale in (("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} bytes"
