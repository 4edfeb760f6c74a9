"""The tamper-evident case history.

Every change to a case is an event carrying the SHA-256 of the previous event of the
same case, and its own hash over (case, sequence, time, actor, action, changes,
previous hash). Editing, deleting or reordering a stored event breaks the chain at
that event.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

GENESIS_HASH = "0" * 64


def canonical_time(at: datetime) -> str:
    """Seconds precision in UTC: the same text whatever the database gives back."""
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.replace(microsecond=0).isoformat(timespec="seconds")


def canonical_changes(changes: Mapping[str, Any]) -> str:
    return json.dumps(changes, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def event_hash(
    case_id: int, seq: int, at: datetime, actor: str, action: str,
    changes_json: str, prev_hash: str,
) -> str:
    payload = "\x1f".join(
        (str(case_id), str(seq), canonical_time(at), actor, action, changes_json, prev_hash)
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


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


def verify_chain(
    case_id: int, events: Iterable[StoredEvent], head_hash: str | None
) -> ChainBreak | None:
    """The first broken event of one case's history (events in stored order), or None."""
    expected_prev = GENESIS_HASH
    expected_seq = 1
    last: StoredEvent | None = None
    for ev in events:
        if ev.seq != expected_seq:
            return ChainBreak(case_id, ev.id, ev.seq,
                              f"sequence {ev.seq} where {expected_seq} was expected "
                              "(an event was deleted or moved)")
        if ev.prev_hash != expected_prev:
            return ChainBreak(case_id, ev.id, ev.seq,
                              "previous-hash does not match the event before it "
                              "(an event was deleted, inserted or reordered)")
        actual = event_hash(ev.case_id, ev.seq, ev.at, ev.actor, ev.action,
                            ev.changes_json, ev.prev_hash)
        if actual != ev.hash:
            return ChainBreak(case_id, ev.id, ev.seq, "content does not match its hash (edited)")
        expected_prev = ev.hash
        expected_seq += 1
        last = ev
    if head_hash is not None and head_hash != expected_prev:
        return ChainBreak(
            case_id, last.id if last else 0, last.seq if last else 0,
            "the case's last recorded event is missing (history was truncated)",
        )
    return None
