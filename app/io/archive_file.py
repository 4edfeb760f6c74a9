"""The archive's file: a zip of stored (uncompressed) members, written to a temporary
file beside the target and renamed into place, so that a full disk or an interrupted
write never leaves a half archive under the name asked for.

Members are read back through their local headers, not through zipfile's reader: a
changed byte must be reported as that member having changed (its SHA-256 against the
manifest), not as a CRC error halfway through extracting it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import struct
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

CHUNK = 1024 * 1024
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
SNAPSHOT = "snapshot.sqlite"
EVIDENCE = "evidence/"


@dataclass(frozen=True)
class Member:
    sha256: str
    size: int


class ArchiveWriter:
    """Members go into a temporary zip; `commit()` renames it to the target."""

    def __init__(self, target: Path) -> None:
        self.target = target
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        os.close(fd)
        self.temp = Path(name)
        self._zip = zipfile.ZipFile(self.temp, "w", compression=zipfile.ZIP_STORED,
                                    allowZip64=True)
        self.members: dict[str, Member] = {}

    def add_file(self, name: str, source: Path) -> Member:
        with source.open("rb") as f:
            return self.add_stream(name, f)

    def add_stream(self, name: str, source: BinaryIO) -> Member:
        digest, size = hashlib.sha256(), 0
        info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_STORED
        with self._zip.open(info, "w", force_zip64=True) as out:
            for chunk in iter(lambda: source.read(CHUNK), b""):
                digest.update(chunk)
                size += len(chunk)
                out.write(chunk)
        member = Member(digest.hexdigest(), size)
        self.members[name] = member
        return member

    def add_bytes(self, name: str, data: bytes) -> None:
        info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
        self._zip.writestr(info, data, compress_type=zipfile.ZIP_STORED)

    def commit(self) -> None:
        self._zip.close()
        with self.temp.open("rb+") as f:
            os.fsync(f.fileno())
        os.replace(self.temp, self.target)

    def abandon(self) -> None:
        with contextlib.suppress(Exception):
            self._zip.close()
        with contextlib.suppress(FileNotFoundError):
            self.temp.unlink()


class ArchiveReader:
    """The members of an archive file as they are on disk (changed bytes included)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            with zipfile.ZipFile(path) as z:
                self.infos = {i.filename: i for i in z.infolist()}
        except zipfile.BadZipFile as err:
            raise ValueError(f"{path} is not an archive of Aftersales Desk ({err})") from err

    def names(self) -> list[str]:
        return list(self.infos)

    def chunks(self, name: str) -> Iterator[bytes]:
        info = self.infos[name]
        if info.compress_type != zipfile.ZIP_STORED:
            raise ValueError(f"{name} is compressed: the archive was not written by this program")
        with self.path.open("rb") as f:
            f.seek(info.header_offset)
            header = f.read(30)
            if len(header) < 30 or header[:4] != b"PK\x03\x04":
                raise ValueError(f"{name}: the archive's layout is damaged")
            name_len, extra_len = struct.unpack("<HH", header[26:30])
            f.seek(info.header_offset + 30 + name_len + extra_len)
            left = info.compress_size
            while left > 0:
                chunk = f.read(min(CHUNK, left))
                if not chunk:
                    raise ValueError(f"{name}: the archive ends early")
                left -= len(chunk)
                yield chunk

    def read(self, name: str) -> bytes:
        return b"".join(self.chunks(name))

    def sha256(self, name: str) -> str:
        digest = hashlib.sha256()
        for chunk in self.chunks(name):
            digest.update(chunk)
        return digest.hexdigest()

    def extract(self, name: str, out: Path) -> str:
        """Copy one member to `out`; its SHA-256 as copied."""
        digest = hashlib.sha256()
        with out.open("wb") as f:
            for chunk in self.chunks(name):
                digest.update(chunk)
                f.write(chunk)
        return digest.hexdigest()
