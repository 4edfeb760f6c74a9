"""The evidence folder: atomic writes, stored once, nothing half-written left behind."""

from __future__ import annotations

import hashlib
import io
import os
import threading
import time

import pytest

from app.store.blobs import STALE_TEMP_SECONDS, BlobStore, TooBig


def test_put_streams_the_source_and_names_the_file_by_its_hash(tmp_path):
    blobs = BlobStore(tmp_path / "evidence")
    data = os.urandom(3 * 1024 * 1024 + 17)  # several chunks
    stored = blobs.put(io.BytesIO(data))
    assert stored.sha256 == hashlib.sha256(data).hexdigest() and stored.size == len(data)
    assert stored.created and blobs.path(stored.sha256).read_bytes() == data
    assert blobs.path(stored.sha256).parent.name == stored.sha256[:2]
    assert list(blobs.names()) == [stored.sha256]
    again = blobs.put(io.BytesIO(data[:10]), data[10:20])  # head first, then the rest
    assert again.sha256 == hashlib.sha256(data[10:20] + data[:10]).hexdigest()


def test_the_same_content_from_many_writers_at_once_is_one_file(tmp_path):
    blobs = BlobStore(tmp_path / "evidence")
    data = os.urandom(512 * 1024)
    results = []
    threads = [threading.Thread(target=lambda: results.append(blobs.put(io.BytesIO(data))))
               for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert {r.sha256 for r in results} == {hashlib.sha256(data).hexdigest()}
    assert [p.name for p in (tmp_path / "evidence").rglob("*") if p.is_file()] == [
        results[0].sha256]


def test_a_write_past_the_limit_keeps_nothing(tmp_path):
    blobs = BlobStore(tmp_path / "evidence")
    with pytest.raises(TooBig):
        blobs.put(io.BytesIO(b"x" * 5000), b"", max_bytes=4096)
    assert [p for p in (tmp_path / "evidence").rglob("*") if p.is_file()] == []


def test_a_killed_writes_temporary_file_is_cleared_a_day_later(tmp_path):
    blobs = BlobStore(tmp_path / "evidence")
    blobs.root.mkdir(parents=True)
    old = blobs.root / ".incoming-killed"
    old.write_bytes(b"half")
    fresh = blobs.root / ".incoming-writing-now"
    fresh.write_bytes(b"half")
    past = time.time() - STALE_TEMP_SECONDS - 60
    os.utime(old, (past, past))
    blobs.put(io.BytesIO(b"new"))
    assert not old.exists() and fresh.exists()  # another process may still be writing it


def test_a_damaged_copy_is_replaced_by_good_content(tmp_path):
    blobs = BlobStore(tmp_path / "evidence")
    stored = blobs.put(io.BytesIO(b"the photo"))
    path = blobs.path(stored.sha256)
    path.chmod(0o644)
    path.write_bytes(b"the fotp")
    assert blobs.rehash(stored.sha256) != stored.sha256
    assert blobs.put(io.BytesIO(b"the photo")).created
    assert blobs.rehash(stored.sha256) == stored.sha256


def test_names_that_are_not_hashes_are_refused(tmp_path):
    blobs = BlobStore(tmp_path / "evidence")
    for bad in ("../../etc/passwd", "A" * 64, "0" * 63):
        with pytest.raises(ValueError):
            blobs.path(bad)
