"""Shared by the archive's tests: a demo store with evidence, archives, and one changed
byte inside a member of an archive file."""

from __future__ import annotations

import hashlib
import shutil
import struct
import zipfile
from pathlib import Path


def copy_store(template: Path, to: Path) -> Path:
    """A data folder copied from `template` (the database, its evidence, its key)."""
    shutil.copytree(template, to)
    return to


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def member_offset(archive: Path, name: str) -> tuple[int, int]:
    """(where the member's bytes start in the file, how many there are)."""
    with zipfile.ZipFile(archive) as z:
        info = z.getinfo(name)
    with archive.open("rb") as f:
        f.seek(info.header_offset)
        header = f.read(30)
    name_len, extra_len = struct.unpack("<HH", header[26:30])
    return info.header_offset + 30 + name_len + extra_len, info.compress_size


def flip_byte(archive: Path, name: str, at: float = 0.5) -> None:
    """Change one byte of member `name`, `at` of the way into it, in place."""
    start, size = member_offset(archive, name)
    where = start + int(size * at)
    data = bytearray(archive.read_bytes())
    data[where] ^= 0x01
    archive.write_bytes(bytes(data))


def rewrite_member(archive: Path, name: str, data: bytes | None) -> None:
    """Replace member `name` (None: drop it), keeping the others as they are."""
    out = archive.with_name(archive.name + ".new")
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            if info.filename == name:
                continue
            dst.writestr(info, src.read(info.filename), compress_type=zipfile.ZIP_STORED)
        if data is not None:
            dst.writestr(name, data, compress_type=zipfile.ZIP_STORED)
    out.replace(archive)
