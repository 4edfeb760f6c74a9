"""Judging a live store against a signed tree head it was once summed up by.

An anchor (a checkpoint file, or an archive's manifest) carries the signed head and
its leaves: each case's chain length and newest hash as they stood. The live store
must still hold each of those chains, unchanged, only appended to. The rows' own
`history_head` proves nothing here (whoever edits the file can fix it too): every
vouched chain is recomputed from its events.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.domain.errors import DomainError
from app.domain.history import StoredEvent, verify_chain
from app.domain.tree_head import Leaf, RootBuilder, TreeHead

REWRITTEN = "rewritten"
TRUNCATED = "truncated"
REMOVED = "removed"
BROKEN_SINCE = "broken_since"  # vouched part intact, a later event does not verify


@dataclass(frozen=True)
class Anchor:
    """What a checkpoint or an archive vouches for, as read from its file (leaves in
    case-id order; `leaves_problem` says whether they are the ones signed)."""

    head: TreeHead
    signature: bytes
    public_raw: bytes
    leaves: Sequence[Leaf]
    kind: str = "checkpoint"  # or "archive"
    claimed_fingerprint: str | None = None  # what the file says its key is, if it does


class AnchorTampered(DomainError):
    """The file is not what was signed: its header, its leaves or its signature were
    altered (or it is damaged). `detail` names what was found."""

    code = "anchor_tampered"

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(f"{path} was altered or is damaged: {detail}")
        self.path = path
        self.detail = detail


def leaves_problem(head: TreeHead, leaves: Sequence[Leaf]) -> str | None:
    """Why these leaves are not the ones the head sums up, or None."""
    if len(leaves) != head.cases:
        return f"it holds {len(leaves)} cases where its head vouches for {head.cases}"
    builder = RootBuilder()
    events = 0
    last = -1
    for leaf in leaves:
        if leaf.case_id <= last:
            return f"case {leaf.case_id} is out of order (after case {last})"
        if leaf.length < 0:
            return f"case {leaf.case_id} has a negative length"
        last = leaf.case_id
        events += leaf.length
        builder.add(leaf)
    if events != head.events:
        return f"its cases hold {events} events where its head vouches for {head.events}"
    if builder.root() != head.root:
        return ("its cases do not sum up to the signed root (a case's entry or the root "
                "was edited)")
    return None


@dataclass(frozen=True, slots=True)
class Finding:
    """One vouched case the live store no longer holds as it was."""

    case_id: int
    verdict: str
    vouched_length: int
    live_length: int
    seq: int
    problem: str

    def to_json(self) -> dict[str, Any]:
        return {"case_id": self.case_id, "vouched_length": self.vouched_length,
                "live_length": self.live_length, "seq": self.seq, "problem": self.problem}


def judge(leaf: Leaf, events: Sequence[StoredEvent]) -> Finding | None:
    """How the live case's events (stored order) stand to what the leaf vouched for;
    None when every vouched event is there unchanged (appended events are allowed)."""
    def found(verdict: str, seq: int, problem: str) -> Finding:
        return Finding(leaf.case_id, verdict, leaf.length, len(events), seq, problem)

    if leaf.length > 0 and not events:
        return found(REMOVED, 0, "the case is there but its history is gone")
    brk = verify_chain(leaf.case_id, events, None)
    # Where it broke, by position: a forged event's own seq may say anything.
    at = next((i for i, ev in enumerate(events, 1) if brk and ev.id == brk.event_id), 0)
    if brk is not None and at <= leaf.length:
        return found(REWRITTEN, at, brk.problem)
    if len(events) < leaf.length:
        return found(TRUNCATED, len(events),
                     f"{len(events)} of the {leaf.length} events vouched for remain")
    if leaf.length > 0 and events[leaf.length - 1].hash != leaf.head:
        return found(REWRITTEN, leaf.length,
                     f"event {leaf.length} is not the one vouched for (its history was "
                     "recomputed)")
    if brk is not None:
        return found(BROKEN_SINCE, at, brk.problem)
    return None


def gone(leaf: Leaf, orphan_events: int) -> Finding:
    """A vouched case whose row is not in the live store."""
    problem = "the case and its history are gone" if not orphan_events else (
        f"the case is gone ({orphan_events} of its events remain)")
    return Finding(leaf.case_id, REMOVED, leaf.length, orphan_events, 0, problem)
