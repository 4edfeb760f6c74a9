"""The agent's inbox: views, filters, ordered ids, pages of rows and view counts.

Plain data in, plain data out; the window (ui/) never sees SQL. All calls are
blocking and thread-safe (one session per call), so the UI runs them in a worker.
"""

from __future__ import annotations

from array import array
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from app.domain.clock import utcnow
from app.domain.filters import CaseFilter
from app.services.inbox_views import (
    DUE_SOON_HOURS,
    SORT_KEYS,
    VIEW_KEYS,
    CaseRow,
    Reference,
    case_row,
    combine,
    view_filter,
)
from app.services.store import Store
from app.store import inbox_queries as q

__all__ = ["DUE_SOON_HOURS", "SORT_KEYS", "VIEW_KEYS", "CaseRow", "Inbox", "Reference",
           "combine", "view_filter"]

class Inbox:
    """The inbox of one user over one store; every method is a short transaction."""

    def __init__(self, store: Store, user: str) -> None:
        self.store = store
        self.user = user
        self._me: int | None = None
        self._me_known = False

    @property
    def description(self) -> str:
        return self.store.description

    def me_id(self) -> int | None:
        if not self._me_known:
            with self.store.unit_of_work() as uow:
                self._me = q.user_id(uow.session, self.user)
            self._me_known = True
        return self._me

    def view_filters(self, now: datetime | None = None) -> dict[str, CaseFilter]:
        now = now or utcnow()
        me = self.me_id()
        return {k: view_filter(k, me_id=me, now=now) for k in VIEW_KEYS}

    def first_page(self, f: CaseFilter, sort: str = "deadline", descending: bool = False,
                   limit: int = 100) -> list[CaseRow]:
        # A plain connection, not a unit of work: one read-only statement.
        with self.store.engine.connect() as conn:
            return [case_row(r) for r in q.first_page(conn, f, sort, descending, limit)]

    def case_ids(self, f: CaseFilter, sort: str = "deadline", descending: bool = False) -> array:  # type: ignore[type-arg]
        with self.store.unit_of_work() as uow:
            return q.ordered_ids(uow.session, f, sort, descending)

    def rows(self, ids: Sequence[int]) -> list[CaseRow]:
        """Rows for these ids, in the order given (ids no longer there are left out)."""
        with self.store.engine.connect() as conn:
            found = {r[0]: r for r in q.rows_by_id(conn, ids)}
        return [case_row(found[i]) for i in ids if i in found]

    def counts(self, filters: Mapping[str, CaseFilter]) -> dict[str, int]:
        with self.store.unit_of_work() as uow:
            return q.counts(uow.session, filters)

    def reference(self) -> Reference:
        with self.store.unit_of_work() as uow:
            return Reference(tuple(q.shops(uow.session)), tuple(q.users(uow.session)))

    def case(self, case_id: int) -> dict[str, Any]:
        from app.services.cases import case_detail

        return case_detail(self.store, case_id)
