"""The signed tree head over every case's history (Certificate Transparency's model,
RFC 6962 §2.1): one leaf per case (id, chain length, newest event hash), sorted by case
id, folded into a Merkle root. A file carrying the signed root and its leaves vouches
for each case's history as it stood; a later store must hold every leaf's chain
unchanged, only appended to."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

FORMAT = "aftersales-tree-head/1"


@dataclass(frozen=True, slots=True)
class Leaf:
    case_id: int
    length: int
    head: str  # hex SHA-256 of the case's newest event (GENESIS_HASH for none)

    def encode(self) -> bytes:
        return f"{self.case_id}\x1f{self.length}\x1f{self.head}".encode("ascii")


def leaf_hash(leaf: Leaf) -> bytes:
    return hashlib.sha256(b"\x00" + leaf.encode()).digest()


def _node(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


class RootBuilder:
    """RFC 6962's Merkle tree hash over leaves fed one at a time in case-id order,
    keeping one node per level (a million cases need not be held to be signed or
    checked): equal subtrees merge as they complete, and what is left folds from the
    right, which is the RFC's largest-power-of-two split."""

    def __init__(self) -> None:
        self._stack: list[tuple[int, bytes]] = []  # (height, node), heights decreasing
        self.count = 0

    def add(self, leaf: Leaf) -> None:
        height, node = 0, leaf_hash(leaf)
        while self._stack and self._stack[-1][0] == height:
            node = _node(self._stack.pop()[1], node)
            height += 1
        self._stack.append((height, node))
        self.count += 1

    def root(self) -> str:
        if not self._stack:
            return hashlib.sha256(b"").hexdigest()
        node = self._stack[-1][1]
        for _, left in reversed(self._stack[:-1]):
            node = _node(left, node)
        return node.hex()


def merkle_root(leaves: Sequence[Leaf]) -> str:
    """RFC 6962's Merkle tree hash over the leaves, sorted by case id."""
    builder = RootBuilder()
    for leaf in sorted(leaves, key=lambda x: x.case_id):
        builder.add(leaf)
    return builder.root()


@dataclass(frozen=True)
class TreeHead:
    """What is signed: the root with the counts it covers, when and over what."""

    made_at: str          # ISO 8601 UTC, seconds
    cases: int
    events: int
    root: str
    scope: dict[str, Any]  # the archive's filter ({} for the whole store)

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "made_at": self.made_at, "cases": self.cases,
                "events": self.events, "root": self.root, "scope": self.scope}

    def canonical(self) -> bytes:
        """The exact bytes the signature covers."""
        return json.dumps(self.to_json(), ensure_ascii=False, sort_keys=True,
                          separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TreeHead:
        if data.get("format") != FORMAT:
            raise ValueError(f"not a tree head of this program (format {data.get('format')!r})")
        return cls(str(data["made_at"]), int(data["cases"]), int(data["events"]),
                   str(data["root"]), dict(data.get("scope") or {}))


def head_over(leaves: Iterable[Leaf], made_at: str, scope: dict[str, Any]) -> TreeHead:
    got = sorted(leaves, key=lambda x: x.case_id)
    return TreeHead(made_at, len(got), sum(x.length for x in got), merkle_root(got), scope)
