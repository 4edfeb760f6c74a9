"""Queries behind the inbox table: ordered ids, pages of rows by id, view counts.

Every query goes through `case_queries.apply_filter`, so whatever the filter learns
(full-text search included) the inbox gets for free. Pages are read by id, so the
page at row 900,000 costs what the page at row 0 costs.
"""

from __future__ import annotations

from array import array
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from sqlalchemy import Connection, Dialect, Select, exists, func, select, union_all
from sqlalchemy.orm import Session

from app.domain.filters import CaseFilter
from app.store import sqlite_direct as direct
from app.store.case_queries import apply_filter
from app.store.models import Buyer, Case, Order, Shipment, Shop, User

# Any SELECT: filters add WHERE clauses and keep the statement's own columns.
_S = TypeVar("_S", bound="Select[*tuple[Any, ...]]")

SORT_COLUMNS = {
    "deadline": Case.deadline_at,
    "amount": Case.amount_fen,
    "updated": Case.updated_at,
    "id": Case.id,
}


def _auto_first(sort: str, descending: bool) -> bool:
    """The deadline sort puts first the cases the platform will act on by itself when
    their time runs out (a refund approved, a return agreed): missing those deadlines
    costs the shop the decision. Only ascending: descending is the plain reverse."""
    return sort == "deadline" and not descending


def auto_ids_stmt(f: CaseFilter) -> Select[*tuple[Any, ...]]:
    """The filter's cases with an auto-action, by deadline, from the partial index
    (migration 0007) that holds only those, with the columns the views filter on."""
    return (apply_filter(select(Case.id), f).where(Case.auto_action.is_not(None))
            .order_by(Case.deadline_at.asc(), Case.id.asc()))


def _order_by(sort: str, descending: bool) -> tuple[Any, ...]:
    col = SORT_COLUMNS.get(sort)
    if col is None:
        raise ValueError(f"cannot sort cases by {sort!r}")
    if sort == "id":
        return (Case.id.desc() if descending else Case.id.asc(),)
    if descending:
        return (col.desc(), Case.id.desc())
    return (col.asc(), Case.id.asc())


def row_select() -> Select[*tuple[Any, ...]]:
    """The columns of one inbox row, joined to shop, order, buyer and assignee."""
    urged = exists().where(Shipment.order_id == Case.order_id, Shipment.urge_count > 0)
    return (
        select(
            Case.id, Case.deadline_at, Shop.platform, Shop.name, Case.case_no, Case.kind,
            Case.reason, Case.status, Order.platform_order_no, Buyer.nickname, Case.amount_fen,
            User.name, Case.updated_at, Case.quality_refund, Case.second_refund,
            urged.label("urged"), Case.priority, Case.paused_at, Case.auto_action,
        )
        .select_from(Case)
        .join(Shop, Shop.id == Case.shop_id)
        .outerjoin(Order, Order.id == Case.order_id)
        .outerjoin(Buyer, Buyer.id == Order.buyer_id)
        .outerjoin(User, User.id == Case.assignee_id)
    )


def first_page_stmt(f: CaseFilter, sort: str, descending: bool, limit: int) -> Select[*tuple[Any, ...]]:
    """The first `limit` rows of a view.

    The ids come first from the filter alone (an index walk, no joins), then only
    those rows are joined to shop, order and buyer: joining first made SQLite join
    every matching case before sorting (seconds at a million cases).
    """
    if _auto_first(sort, descending):
        # The first `limit` of the auto-action cases and of all cases, each from its own
        # index; the rows joined are at most twice a page, ordered here.
        auto = auto_ids_stmt(f).limit(limit).subquery()
        plain = ids_stmt(f, sort, descending).limit(limit).subquery()
        ids = union_all(select(auto.c.id), select(plain.c.id))
        return (row_select().where(Case.id.in_(ids))
                .order_by(Case.auto_action.is_(None), *_order_by(sort, descending)).limit(limit))
    first_ids = ids_stmt(f, sort, descending).limit(limit).scalar_subquery()
    return row_select().where(Case.id.in_(first_ids)).order_by(*_order_by(sort, descending))


def first_page(session: Session | Connection, f: CaseFilter, sort: str, descending: bool, limit: int) -> list[Any]:
    if _is_sqlite(session):
        key = (f, sort, descending, limit)
        bound = _FIRST_PAGE.get(key)
        if bound is None:
            bound = direct.compile_bound(first_page_stmt(f, sort, descending, limit),
                                         _dialect(session))
            if len(_FIRST_PAGE) > 64:
                _FIRST_PAGE.clear()
            _FIRST_PAGE[key] = bound
        return direct.fetch_rows(session, bound)
    return list(session.execute(first_page_stmt(f, sort, descending, limit)).all())


# On SQLite the inbox's page queries are compiled once and run on the driver's cursor
# (app/store/sqlite_direct.py says why). Same statement, same filter (apply_filter),
# same rows; the values stay bound parameters.
_FIRST_PAGE: dict[tuple[Any, ...], direct.Bound] = {}
_ROWS_BASE: dict[str, direct.Bound] = {}


def _is_sqlite(bind: Session | Connection) -> bool:
    return bool(_dialect(bind).name == "sqlite")


def _dialect(bind: Session | Connection) -> Dialect:
    return bind.dialect if isinstance(bind, Connection) else bind.get_bind().dialect


def ids_stmt(f: CaseFilter, sort: str, descending: bool) -> Select[*tuple[Any, ...]]:
    return apply_filter(select(Case.id), f).order_by(*_order_by(sort, descending))


def ordered_ids(session: Session, f: CaseFilter, sort: str, descending: bool) -> array[int]:
    """All matching ids in display order, as a compact array (8 bytes a case).

    On SQLite the ids are read through the driver's cursor: SQLAlchemy's result
    rows cost eight times the query itself for a million ids.
    """
    out = _ids(session, ids_stmt(f, sort, descending))
    if not _auto_first(sort, descending):
        return out
    first = _ids(session, auto_ids_stmt(f))
    if not first:
        return out
    # The rest keep their order; the auto-action cases are only moved to the front.
    seen = set(first)
    first.extend(i for i in out if i not in seen)
    return first


def _ids(session: Session, stmt: Select[*tuple[Any, ...]]) -> array[int]:
    out = array("q")
    if _is_sqlite(session):
        return direct.fetch_ids(session, direct.compile_bound(stmt, _dialect(session)), out)
    for part in session.execute(stmt).scalars().partitions(20000):
        out.extend(part)
    return out


def rows_stmt(ids: Sequence[int]) -> Select[*tuple[Any, ...]]:
    return row_select().where(Case.id.in_(list(ids)))


def rows_by_id(session: Session | Connection, ids: Sequence[int]) -> list[Any]:
    if not ids:
        return []
    if _is_sqlite(session):
        base = _ROWS_BASE.get("base")
        if base is None:
            base = _ROWS_BASE["base"] = direct.compile_bound(row_select(), _dialect(session))
        return direct.rows_by_id(session, base, ids)
    return list(session.execute(rows_stmt(ids)).all())


def count(session: Session, f: CaseFilter) -> int:
    stmt = apply_filter(select(func.count()).select_from(Case), f)
    return int(session.execute(stmt).scalar_one())


def counts(session: Session, filters: Mapping[str, CaseFilter]) -> dict[str, int]:
    return {key: count(session, f) for key, f in filters.items()}


def user_id(session: Session, name: str) -> int | None:
    return session.execute(select(User.id).where(User.name == name)).scalar_one_or_none()


def shops(session: Session) -> list[tuple[int, str, str]]:
    return [(r[0], r[1], r[2]) for r in session.execute(
        select(Shop.id, Shop.platform, Shop.name).order_by(Shop.platform, Shop.name))]


def users(session: Session) -> list[tuple[int, str, str]]:
    return [(r[0], r[1], r[2]) for r in session.execute(
        select(User.id, User.name, User.display_name).where(User.active.is_(True))
        .order_by(User.name))]


class InboxRepository:
    """The inbox's reads inside one unit of work (the services never see a session)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def first_page(self, f: CaseFilter, sort: str, descending: bool, limit: int) -> list[Any]:
        return first_page(self._session, f, sort, descending, limit)

    def ordered_ids(self, f: CaseFilter, sort: str, descending: bool) -> array[int]:
        return ordered_ids(self._session, f, sort, descending)

    def rows_by_id(self, ids: Sequence[int]) -> list[Any]:
        return rows_by_id(self._session, ids)

    def counts(self, filters: Mapping[str, CaseFilter]) -> dict[str, int]:
        return counts(self._session, filters)

    def user_id(self, name: str) -> int | None:
        return user_id(self._session, name)

    def shops(self) -> list[tuple[int, str, str]]:
        return shops(self._session)

    def users(self) -> list[tuple[int, str, str]]:
        return users(self._session)

    def people(self) -> list[tuple[str, str, str]]:
        """(name, shown name, role) of every active user, for "who am I"."""
        return [(r[0], r[1], r[2]) for r in self._session.execute(
            select(User.name, User.display_name, User.role).where(User.active.is_(True))
            .order_by(User.role, User.name))]
