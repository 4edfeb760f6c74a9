"""The audit's reads of the history: events of every case, newest first, a page at a
time, and their counts by actor and action (SQLAlchemy Core, SQLite and PostgreSQL).

Pages are keyset pages on (at, id): each starts below the last row of the one before,
so a page costs the same at the millionth event as at the first, and an event
appended meanwhile never shifts one into the next page twice. The indexes
case_events (at) and (actor, at) of migration 0010 serve the order and the range.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from app.domain.audit_filter import AuditFilter, Cursor
from app.store.models import Case, CaseEvent, Shop

_S = TypeVar("_S", bound="Select[*tuple[Any, ...]]")


def _where(stmt: _S, f: AuditFilter, *, joined: bool = False) -> _S:
    """The filter on case_events alone, so that its indexes drive the read (a planner
    with statistics would otherwise start from the few shops and sort every event)."""
    e = CaseEvent
    if f.actor:
        stmt = stmt.where(e.actor == f.actor)
    if f.actions:
        stmt = stmt.where(e.action.in_(f.actions))
    start, end = f.utc_range()
    if start is not None:
        stmt = stmt.where(e.at >= start)
    if end is not None:
        stmt = stmt.where(e.at < end)
    if f.shop:
        shops = select(Shop.id).where(Shop.name == f.shop)
        if joined:  # counting every event of the shop: from its cases to their events
            stmt = stmt.join(Case, Case.id == e.case_id).where(Case.shop_id.in_(shops))
        else:
            # A page, newest first: checked per event, not found by case (a big shop
            # holds most events, and sorting them all for 200 is what a page avoids).
            stmt = stmt.where(select(Case.id).where(Case.id == e.case_id,
                                                    Case.shop_id.in_(shops)).exists())
    if f.case_no.strip():
        # A few cases match a part of a case no.: their events are found by case.
        pattern = "%" + _escaped(f.case_no.strip()) + "%"
        stmt = stmt.where(e.case_id.in_(
            select(Case.id).where(Case.case_no.like(pattern, escape="\\"))))
    return stmt


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def events_page(session: Session, f: AuditFilter, after: Cursor | None,
                limit: int) -> list[Any]:
    """Rows (id, at, actor, action, changes, case_id, case_no, shop, platform), newest
    first, the `limit` after `after`."""
    return list(session.execute(page_statement(f, after, limit)))


def page_statement(f: AuditFilter, after: Cursor | None, limit: int) -> Select[*tuple[Any, ...]]:
    e = CaseEvent
    page = _where(select(e.id, e.at), f)
    if after is not None:
        # `at <= a` bounds the index range; the OR only settles the ties at `a`.
        page = page.where(and_(e.at <= after.at, or_(e.at < after.at, e.id < after.id)))
    ids = page.order_by(e.at.desc(), e.id.desc()).limit(limit).subquery()
    # Then the page's own rows, with their case and shop: `limit` lookups by key.
    return (select(e.id, e.at, e.actor, e.action, e.changes, e.case_id, Case.case_no,
                   Shop.name.label("shop"), Shop.platform)
            .select_from(ids).join(e, e.id == ids.c.id)
            .join(Case, Case.id == e.case_id).join(Shop, Shop.id == Case.shop_id)
            .order_by(e.at.desc(), e.id.desc()))


def counts(session: Session, f: AuditFilter) -> list[tuple[str, str, int]]:
    """(actor, action, events) for the filter, most first."""
    e = CaseEvent
    n = func.count(e.id).label("n")
    stmt = _where(select(e.actor, e.action, n).select_from(e), f, joined=True)
    stmt = stmt.group_by(e.actor, e.action)
    stmt = stmt.order_by(n.desc(), e.actor, e.action)
    return [(str(a), str(b), int(c)) for a, b, c in session.execute(stmt)]


def case_events(session: Session, case_id: int, actor: str | None = None,
                action: str | None = None) -> list[Any]:
    """One case's events in order (seq), filtered by who and what."""
    e = CaseEvent
    stmt = select(e.seq, e.at, e.actor, e.action, e.changes, e.hash).where(e.case_id == case_id)
    if actor:
        stmt = stmt.where(e.actor == actor)
    if action:
        stmt = stmt.where(e.action == action)
    return list(session.execute(stmt.order_by(e.seq, e.id)))
