"""The checkpoint file: a signed tree head and the leaves it sums up, in one file.

    AFTERSALES-CHECKPOINT/1\\n
    {"head": {...}, "signature": b64, "public_key": b64, "fingerprint": "…"}\\n
    gzip( 44 bytes a case: id u64, chain length u32, newest hash 32 bytes; big-endian )

The header is one line a person can read (`head -c 600`); the leaves are binary since
they are most of the file (a case's hash does not compress: about 36 bytes a case
stay). Reading checks the file's shape only; whether the leaves are the ones signed is
the domain's `leaves_problem`, the signature the caller's.
"""

from __future__ import annotations

import base64
import binascii
import gzip
import json
import struct
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import overload

from app.domain.anchor import Anchor, AnchorTampered
from app.domain.tree_head import Leaf, TreeHead
from app.io.exporters import atomic_target

MAGIC = b"AFTERSALES-CHECKPOINT/1\n"
RECORD = struct.Struct(">QI32s")  # 44 bytes
MAX_HEADER = 64 * 1024


def pack(case_id: int, length: int, head_hex: str) -> bytes:
    """One leaf's record; ValueError for a head that is not 64 hex digits."""
    raw = bytes.fromhex(head_hex)
    if len(raw) != 32:
        raise ValueError(f"a history head of {len(raw)} bytes")
    return RECORD.pack(case_id, length, raw)


class PackedLeaves(Sequence[Leaf]):
    """The leaves as read, decoded one at a time (44 bytes a case held, not a Leaf)."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def __len__(self) -> int:
        return len(self._data) // RECORD.size

    @overload
    def __getitem__(self, i: int) -> Leaf: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[Leaf]: ...

    def __getitem__(self, i: int | slice) -> Leaf | Sequence[Leaf]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        case_id, length, head = RECORD.unpack_from(self._data, i * RECORD.size)
        return Leaf(case_id, length, head.hex())

    def __iter__(self) -> Iterator[Leaf]:
        for case_id, length, head in RECORD.iter_unpack(self._data):
            yield Leaf(case_id, length, head.hex())


def write_checkpoint(target: Path, head: TreeHead, signature: bytes, public_raw: bytes,
                     fingerprint: str, records: Iterable[bytes]) -> int:
    """Write the file whole or not at all (temp file, then rename); its size in bytes."""
    header = {"head": head.to_json(), "signature": _b64(signature),
              "public_key": _b64(public_raw), "fingerprint": fingerprint}
    with atomic_target(target) as tmp:
        with open(tmp, "wb") as out:
            out.write(MAGIC)
            out.write(_header_line(header))
            with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=6, mtime=0) as packed:
                for chunk in records:
                    packed.write(chunk)
        size = tmp.stat().st_size
    return size


def is_checkpoint(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(len(MAGIC)) == MAGIC


def read_checkpoint(path: Path) -> Anchor | None:
    """The checkpoint's anchor; None when the file is not a checkpoint at all.
    AnchorTampered when it is one whose shape is broken."""
    where = str(path)
    with open(path, "rb") as f:
        if f.read(len(MAGIC)) != MAGIC:
            return None
        line = f.readline(MAX_HEADER)
        rest = f.read()
    try:
        header = json.loads(line)
        head = TreeHead.from_json(header["head"])
        signature = base64.b64decode(header["signature"], validate=True)
        public_raw = base64.b64decode(header["public_key"], validate=True)
        claimed = str(header["fingerprint"])
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise AnchorTampered(where, f"its header is not readable ({exc})") from exc
    if _header_line(header) != line:
        # Written canonically: a byte changed anywhere in it is a change, meaning or not.
        raise AnchorTampered(where, "its header is not as this program wrote it")
    if head.cases < 0 or len(public_raw) != 32:
        raise AnchorTampered(where, "its header holds impossible values")
    return Anchor(head, signature, public_raw, PackedLeaves(_leaves(where, rest, head.cases)),
                  kind="checkpoint", claimed_fingerprint=claimed)


def _header_line(header: Mapping[str, object]) -> bytes:
    return json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\n"


def _leaves(where: str, data: bytes, cases: int) -> bytes:
    expected = cases * RECORD.size
    # Never inflate more than the head says is there: a crafted file stays small.
    inflater = zlib.decompressobj(wbits=31)
    try:
        raw = inflater.decompress(data, expected + 1)
    except zlib.error as exc:
        raise AnchorTampered(where, f"its leaves are damaged ({exc})") from exc
    if len(raw) != expected or not inflater.eof or inflater.unused_data:
        raise AnchorTampered(where, f"its leaves hold {len(raw)} bytes where its head "
                                    f"vouches for {cases} cases ({expected} bytes)")
    return raw


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
