"""The checkpoint file's shape: what is read back is what was written, and a damaged
or crafted file is refused before anything trusts it."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from app.domain.anchor import AnchorTampered
from app.domain.tree_head import Leaf, head_over
from app.io.checkpoint_file import MAGIC, RECORD, pack, read_checkpoint, write_checkpoint

LEAVES = [Leaf(i, i % 4, f"{i * 7919:064x}") for i in range(1, 51)]
HEAD = head_over(LEAVES, "2026-11-20T09:00:00+00:00", {})


def written(tmp_path: Path) -> Path:
    out = tmp_path / "c"
    write_checkpoint(out, HEAD, b"s" * 64, b"k" * 32, "fp",
                     [pack(x.case_id, x.length, x.head) for x in LEAVES])
    return out


def test_what_is_written_is_read_back(tmp_path):
    got = read_checkpoint(written(tmp_path))
    assert got is not None and got.head == HEAD and got.kind == "checkpoint"
    assert list(got.leaves) == LEAVES and got.leaves[-1] == LEAVES[-1] and len(got.leaves) == 50
    assert got.leaves[2:4] == LEAVES[2:4]
    assert (got.signature, got.public_raw) == (b"s" * 64, b"k" * 32)
    assert RECORD.size == 44


def test_another_file_is_not_a_checkpoint(tmp_path):
    (tmp_path / "x").write_bytes(b"PK\x03\x04 a zip")
    assert read_checkpoint(tmp_path / "x") is None


def test_a_head_that_is_not_a_hash_is_not_packed():
    with pytest.raises(ValueError):
        pack(1, 1, "not hex")
    with pytest.raises(ValueError):
        pack(1, 1, "ab")


def head_and_rest(path: Path) -> tuple[bytes, bytes]:
    data = path.read_bytes()
    end = data.index(b"\n", len(MAGIC)) + 1
    return data[:end], data[end:]


def test_a_cut_off_file_is_refused(tmp_path):
    out = written(tmp_path)
    out.write_bytes(out.read_bytes()[:-30])
    with pytest.raises(AnchorTampered, match="leaves"):
        read_checkpoint(out)


def test_leaves_beyond_the_head_are_never_inflated_whole(tmp_path):
    out = written(tmp_path)
    header, _ = head_and_rest(out)
    out.write_bytes(header + gzip.compress(b"\0" * 50_000_000))  # 50 MB of zeros, 50 KB
    with pytest.raises(AnchorTampered, match="vouches for 50 cases"):
        read_checkpoint(out)


def test_bytes_after_the_leaves_are_refused(tmp_path):
    out = written(tmp_path)
    out.write_bytes(out.read_bytes() + b"more")
    with pytest.raises(AnchorTampered):
        read_checkpoint(out)


def test_a_header_of_wrong_values_is_refused(tmp_path):
    out = written(tmp_path)
    header, rest = head_and_rest(out)
    out.write_bytes(header.replace(b'"public_key": "', b'"public_key": "AAAA', 1) + rest)
    with pytest.raises(AnchorTampered, match=r"impossible|not readable"):
        read_checkpoint(out)
