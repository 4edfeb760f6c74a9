"""The tamper-evident case history.

Every change to a case is an event carrying the SHA-256 of the previous event of the
same case, and its own hash over (case, sequence, time, actor, action, changes,
previous hash, digest of the case's state after it). Editing, deleting or reordering
a stored event breaks the chain at that event; editing the case row itself makes it
disagree with the state its newest event vouches for.

Events written before states were bound (schema 0004 and older) carry no state
digest; their hash covers the rest, as it always did, and such a case's row is
checked again from its next event on. `next_event` is the only builder of an event:
the window, the command line and the bulk paths (import, demo) all call it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

GENESIS_HASH = "0" * 64
# Events that record a look and change nothing on the case (a buyer's phone revealed):
# an agent who opened the case before one is not acting on a stale case.
REVEAL = "reveal"
LOOKS = frozenset({REVEAL})


def canonical_time(at: datetime) -> str:
    """Seconds precision in UTC: the same text whatever the database gives back."""
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.replace(microsecond=0).isoformat(timespec="seconds")


def canonical_changes(changes: Mapping[str, Any]) -> str:
    return json.dumps(changes, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def event_hash(
    case_id: int, seq: int, at: datetime, actor: str, action: str,
    changes_json: str, prev_hash: str, state_hash: str | None = None,
) -> str:
    parts = [str(case_id), str(seq), canonical_time(at), actor, action, changes_json, prev_hash]
    if state_hash is not None:
        parts.append(state_hash)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class ChainHead:
    """Where a case's history stands: how many events, and the newest one's hash."""

    length: int = 0
    hash: str = GENESIS_HASH


@dataclass(frozen=True, slots=True)
class NewEvent:
    """An event ready to store, hashed onto the chain it extends."""

    case_id: int
    seq: int
    at: datetime
    actor: str
    action: str
    changes_json: str
    prev_hash: str
    state_hash: str
    hash: str

    @property
    def head(self) -> ChainHead:
        return ChainHead(self.seq, self.hash)

    def row(self) -> dict[str, Any]:
        """The stored columns (case_events), for bulk writers."""
        return {"case_id": self.case_id, "seq": self.seq, "at": self.at, "actor": self.actor,
                "action": self.action, "changes": self.changes_json,
                "prev_hash": self.prev_hash, "state_hash": self.state_hash, "hash": self.hash}


def stored_time(at: datetime) -> datetime:
    """Events keep whole seconds in naive UTC: what every database gives back unchanged."""
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.replace(microsecond=0)


def next_event(
    case_id: int, head: ChainHead, at: datetime, actor: str, action: str,
    changes: Mapping[str, Any], state_hash: str,
) -> NewEvent:
    """The event after `head`, binding the case's state after it (`state_hash`)."""
    at = stored_time(at)
    seq = head.length + 1
    body = canonical_changes(changes)
    digest = event_hash(case_id, seq, at, actor, action, body, head.hash, state_hash)
    return NewEvent(case_id, seq, at, actor, action, body, head.hash, state_hash, digest)


def diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, list[Any]]:
    """{field: [before, after]} for the fields whose value changed."""
    return {k: [before.get(k), after[k]] for k in after if before.get(k) != after[k]}


@dataclass(frozen=True, slots=True)
class ChainBreak:
    case_id: int
    event_id: int
    seq: int
    problem: str


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """An event as read back from storage, for verification."""

    id: int
    case_id: int
    seq: int
    at: datetime
    actor: str
    action: str
    changes_json: str
    prev_hash: str
    hash: str
    state_hash: str | None = None


def _well_formed(ev: StoredEvent) -> bool:
    texts = (ev.changes_json, ev.actor, ev.action, ev.prev_hash, ev.hash)
    return (all(isinstance(t, str) for t in texts) and isinstance(ev.at, datetime)
            and isinstance(ev.seq, int) and (ev.state_hash is None or isinstance(ev.state_hash, str)))


def verify_chain(
    case_id: int, events: Iterable[StoredEvent], head_hash: str | None,
    state_hash: str | None = None,
) -> ChainBreak | None:
    """The first broken event of one case's history (events in stored order), or None.

    `state_hash` is the digest of the case row as stored now: it must be the state
    the newest event that binds one vouches for.
    """
    expected_prev = GENESIS_HASH
    expected_seq = 1
    last: StoredEvent | None = None
    bound: StoredEvent | None = None
    for ev in events:
        if not _well_formed(ev):
            return ChainBreak(case_id, ev.id, ev.seq,
                              "the event's stored values are malformed (edited outside the program)")
        if ev.seq != expected_seq:
            return ChainBreak(case_id, ev.id, ev.seq,
                              f"sequence {ev.seq} where {expected_seq} was expected "
                              "(an event was deleted or moved)")
        if ev.prev_hash != expected_prev:
            return ChainBreak(case_id, ev.id, ev.seq,
                              "previous-hash does not match the event before it "
                              "(an event was deleted, inserted or reordered)")
        actual = event_hash(ev.case_id, ev.seq, ev.at, ev.actor, ev.action,
                            ev.changes_json, ev.prev_hash, ev.state_hash)
        if actual != ev.hash:
            return ChainBreak(case_id, ev.id, ev.seq, "content does not match its hash (edited)")
        expected_prev = ev.hash
        expected_seq += 1
        last = ev
        if ev.state_hash is not None:
            bound = ev
    if head_hash is not None and head_hash != expected_prev:
        return ChainBreak(
            case_id, last.id if last else 0, last.seq if last else 0,
            "the case's last recorded event is missing (history was truncated)",
        )
    if state_hash is not None and last is not None and last.state_hash is None and bound is not None:
        # An old-format event after a bound one cannot have been written by the program.
        return ChainBreak(case_id, last.id, last.seq, "the newest event binds no case state")
    if state_hash is not None and last is not None and last.state_hash is not None \
            and last.state_hash != state_hash:
        return ChainBreak(
            case_id, last.id, last.seq,
            "the case row differs from the state its newest event records "
            "(the case was edited outside the program)",
        )
    return None
