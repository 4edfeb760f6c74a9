"""Appending to and reading back the hash-chained case history."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import history as chain
from app.store.models import Case, CaseEvent


def append_event(
    session: Session, case: Case, actor: str, action: str,
    changes: Mapping[str, Any], at: datetime,
) -> CaseEvent:
    """The only way an event is written; keeps the case's head hash in step."""
    at = at.replace(microsecond=0, tzinfo=None)
    seq = case.history_len + 1
    prev = case.history_head or chain.GENESIS_HASH
    body = chain.canonical_changes(changes)
    digest = chain.event_hash(case.id, seq, at, actor, action, body, prev)
    ev = CaseEvent(case_id=case.id, seq=seq, at=at, actor=actor, action=action,
                   changes=body, prev_hash=prev, hash=digest)
    session.add(ev)
    case.history_len = seq
    case.history_head = digest
    return ev


def events_of(session: Session, case_id: int) -> list[CaseEvent]:
    return list(session.scalars(
        select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.seq, CaseEvent.id)
    ))


def iter_chains(session: Session) -> Iterator[tuple[int, str | None, list[chain.StoredEvent]]]:
    """Every case with its head hash and its events in stored order, streamed.

    Events whose case is gone come with a head of None.
    """
    heads = session.execute(
        select(Case.id, Case.history_head).order_by(Case.id)
    ).yield_per(20000)
    events = session.connection().execution_options(yield_per=20000).execute(
        select(CaseEvent.id, CaseEvent.case_id, CaseEvent.seq, CaseEvent.at, CaseEvent.actor,
               CaseEvent.action, CaseEvent.changes, CaseEvent.prev_hash, CaseEvent.hash)
        .order_by(CaseEvent.case_id, CaseEvent.seq, CaseEvent.id)
    )
    pending = next(events, None)
    for case_id, head in heads:
        evs: list[chain.StoredEvent] = []
        while pending is not None and pending.case_id < case_id:
            # Events of a case that no longer exists: reported as an orphan chain.
            yield pending.case_id, None, [chain.StoredEvent(*pending)]
            pending = next(events, None)
        while pending is not None and pending.case_id == case_id:
            evs.append(chain.StoredEvent(*pending))
            pending = next(events, None)
        yield case_id, head, evs
    while pending is not None:
        yield pending.case_id, None, [chain.StoredEvent(*pending)]
        pending = next(events, None)
