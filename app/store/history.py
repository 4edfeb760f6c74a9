"""Appending to and reading back the hash-chained case history.

Events are built by the domain (`app.domain.history.next_event`), here and on the
bulk paths alike; this module maps a case row to the state the event binds and
streams chains back for `verify`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import String, cast, select
from sqlalchemy.orm import Session

from app.domain import history as chain
from app.domain.case_rules import STATE_FIELDS, CaseState
from app.store.models import Case, CaseEvent

LEAF_CHUNK = 20000
STATE_COLUMNS = tuple(getattr(Case, name) for name in STATE_FIELDS)


def state_of(row: Case) -> CaseState:
    """The domain's view of a case row: what its history binds."""
    return CaseState(**{name: getattr(row, name) for name in STATE_FIELDS})


def apply_state(row: Case, state: CaseState) -> None:
    for name, value in state.column_values().items():
        setattr(row, name, value)


def head_of(row: Case) -> chain.ChainHead:
    return chain.ChainHead(row.history_len or 0, row.history_head or chain.GENESIS_HASH)


def append_event(
    session: Session, case: Case, actor: str, action: str,
    changes: Mapping[str, Any], at: datetime,
) -> CaseEvent:
    """The only way a single event is written; binds the row's state as it is now, so
    the caller changes the row first, then records why."""
    new = chain.next_event(case.id, head_of(case), at, actor, action, changes,
                           state_of(case).digest())
    ev = CaseEvent(**new.row())
    session.add(ev)
    case.history_len, case.history_head = new.seq, new.hash
    return ev


def events_of(session: Session, case_id: int) -> list[CaseEvent]:
    return list(session.scalars(
        select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.seq, CaseEvent.id)
    ))


@dataclass(frozen=True, slots=True)
class StoredChain:
    """One case's history as stored, with what its row says now."""

    case_id: int
    head: str | None  # None: events whose case is gone
    state: tuple[Any, ...] | None  # the row's state columns, in STATE_FIELDS order
    events: list[chain.StoredEvent]


def _time(raw: Any) -> Any:
    """A stored time read as text: a datetime, or the raw value for `verify` to name."""
    if isinstance(raw, datetime):
        return raw
    try:
        return datetime.fromisoformat(str(raw))
    except ValueError:
        return raw


def _event(row: Any) -> chain.StoredEvent:
    id_, case_id, seq, at, actor, action, changes, prev, state_hash, digest = row
    return chain.StoredEvent(id_, case_id, seq, _time(at), actor, action, changes, prev,
                             digest, state_hash)


def iter_chains(session: Session) -> Iterator[StoredChain]:
    """Every case with its head hash, its state and its events in stored order, streamed.

    Times are read as text, so one garbage value is reported, not raised.
    """
    heads = session.execute(
        select(Case.id, Case.history_head, *STATE_COLUMNS).order_by(Case.id)
    ).yield_per(20000)
    events = iter(session.connection().execution_options(yield_per=20000).execute(
        select(CaseEvent.id, CaseEvent.case_id, CaseEvent.seq, cast(CaseEvent.at, String),
               CaseEvent.actor, CaseEvent.action, CaseEvent.changes, CaseEvent.prev_hash,
               CaseEvent.state_hash, CaseEvent.hash)
        .order_by(CaseEvent.case_id, CaseEvent.seq, CaseEvent.id)
    ))
    pending = next(events, None)
    for case_id, head, *state in heads:
        evs: list[chain.StoredEvent] = []
        while pending is not None and pending.case_id < case_id:
            yield StoredChain(pending.case_id, None, None, [_event(pending)])
            pending = next(events, None)
        while pending is not None and pending.case_id == case_id:
            evs.append(_event(pending))
            pending = next(events, None)
        yield StoredChain(case_id, head, tuple(state), evs)
    while pending is not None:
        yield StoredChain(pending.case_id, None, None, [_event(pending)])
        pending = next(events, None)


def chain_of(session: Session, case_id: int) -> StoredChain | None:
    """One case's chain as `iter_chains` reads it (for checking one case); None if
    there is neither the case nor any event of it."""
    row = session.execute(
        select(Case.history_head, *STATE_COLUMNS).where(Case.id == case_id)).first()
    events = [_event(r) for r in session.execute(
        select(CaseEvent.id, CaseEvent.case_id, CaseEvent.seq, cast(CaseEvent.at, String),
               CaseEvent.actor, CaseEvent.action, CaseEvent.changes, CaseEvent.prev_hash,
               CaseEvent.state_hash, CaseEvent.hash)
        .where(CaseEvent.case_id == case_id).order_by(CaseEvent.seq, CaseEvent.id))]
    if row is None:
        return StoredChain(case_id, None, None, events) if events else None
    head, *state = row
    return StoredChain(case_id, head, tuple(state), events)


def iter_leaf_rows(session: Session) -> Iterator[Sequence[tuple[int, int | None, str | None]]]:
    """Every case's (id, history_len, history_head) in id order, in chunks of plain
    tuples: what a checkpoint of a million cases signs, without a million ORM objects."""
    result = session.connection().execution_options(yield_per=LEAF_CHUNK).execute(
        select(Case.id, Case.history_len, Case.history_head).order_by(Case.id))
    for part in result.partitions():
        yield [(row[0], row[1], row[2]) for row in part]


def case_numbers(session: Session, ids: Iterable[int]) -> dict[int, str]:
    """The case no. of each of these cases still in the store."""
    wanted = sorted(set(ids))
    found: dict[int, str] = {}
    for i in range(0, len(wanted), 500):
        rows = session.execute(
            select(Case.id, Case.case_no).where(Case.id.in_(wanted[i:i + 500])))
        found.update((case_id, case_no) for case_id, case_no in rows)
    return found


class HistoryRepository:
    """Case histories for checking (`verify`)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def chains(self) -> Iterator[StoredChain]:
        return iter_chains(self._session)
