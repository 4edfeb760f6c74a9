"""The evidence folder: every file stored once, named by its SHA-256.

A blob is written to a temporary file in the folder, flushed to disk, then renamed to
`ab/abcdef…` (its hash, sharded so that no folder holds millions of files): a reader
never sees half a file, and a crash leaves only a temporary file, which the next write
clears. The same content twice is the same name, so it is stored once. Blobs are made
read-only; nothing in the program writes over one, except to put back a damaged copy
with content whose hash is right.

On a team's PostgreSQL store the folder is the shared one every agent configures
(AFTERSALES_EVIDENCE_DIR); the code is the same.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

CHUNK = 1024 * 1024
_SHA = re.compile(r"^[0-9a-f]{64}$")
_TEMP_PREFIX = ".incoming-"
STALE_TEMP_SECONDS = 24 * 3600


class TooBig(Exception):
    """The content grew past the limit while it was read."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


@dataclass(frozen=True)
class StoredBlob:
    sha256: str
    size: int
    created: bool  # False: the store already held this content


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path(self, sha256: str) -> Path:
        if not _SHA.match(sha256):
            raise ValueError(f"not a SHA-256: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def exists(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def put(self, source: BinaryIO, head: bytes = b"", max_bytes: int | None = None
            ) -> StoredBlob:
        """Store what `head` and then `source` hold; TooBig past `max_bytes` (nothing
        is kept then)."""
        self.root.mkdir(parents=True, exist_ok=True)
        self._clear_stale_temps()
        digest = hashlib.sha256()
        fd, temp_name = tempfile.mkstemp(prefix=_TEMP_PREFIX, dir=self.root)
        temp = Path(temp_name)
        try:
            size = 0
            with os.fdopen(fd, "wb") as out:
                chunk = head or source.read(CHUNK)
                while chunk:
                    size += len(chunk)
                    if max_bytes is not None and size > max_bytes:
                        raise TooBig(size)
                    digest.update(chunk)
                    out.write(chunk)
                    chunk = source.read(CHUNK)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            return StoredBlob(sha, size, self._place(temp, sha, size))
        finally:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()

    def _place(self, temp: Path, sha: str, size: int) -> bool:
        final = self.path(sha)
        if final.is_file() and final.stat().st_size == size and self.rehash(sha) == sha:
            return False
        final.parent.mkdir(exist_ok=True)
        if final.exists():
            # A damaged copy: make room for the good one.
            final.chmod(stat.S_IWRITE | stat.S_IREAD)
        os.chmod(temp, stat.S_IREAD | stat.S_IRGRP | stat.S_IROTH)
        try:
            os.replace(temp, final)
        except PermissionError:
            # Windows: another process is placing or reading the same content.
            if not final.is_file():
                raise
            return False
        sync_folder(final.parent)
        return True

    def open(self, sha256: str) -> BinaryIO:
        return self.path(sha256).open("rb")

    def read_verified(self, sha256: str) -> bytes:
        """The blob's bytes, if they still hash to their name (ValueError otherwise)."""
        data = self.path(sha256).read_bytes()
        if hashlib.sha256(data).hexdigest() != sha256:
            raise ValueError(f"the evidence file {sha256} was changed on disk")
        return data

    def rehash(self, sha256: str) -> str | None:
        """The hash of what is stored under this name now; None if nothing is."""
        try:
            with self.open(sha256) as f:
                digest = hashlib.sha256()
                for chunk in iter(lambda: f.read(CHUNK), b""):
                    digest.update(chunk)
                return digest.hexdigest()
        except FileNotFoundError:
            return None

    def remove_unreferenced(self, sha256: str) -> None:
        """Take back a blob this process just wrote for an attachment that was then
        refused (the case changed meanwhile): nothing references it."""
        path = self.path(sha256)
        with contextlib.suppress(FileNotFoundError):
            path.chmod(stat.S_IWRITE | stat.S_IREAD)
            path.unlink()

    def names(self) -> Iterator[str]:
        if not self.root.is_dir():
            return
        for shard in sorted(self.root.iterdir()):
            if shard.is_dir() and len(shard.name) == 2:
                for blob in sorted(shard.iterdir()):
                    if _SHA.match(blob.name):
                        yield blob.name

    def _clear_stale_temps(self) -> None:
        # A write killed half-way leaves its temporary file; one a day old is no one's.
        cutoff = time.time() - STALE_TEMP_SECONDS
        for temp in self.root.glob(_TEMP_PREFIX + "*"):
            with contextlib.suppress(OSError):
                if temp.stat().st_mtime < cutoff:
                    temp.unlink()


def sync_folder(folder: Path) -> None:
    """The rename itself is on disk (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
