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
from app.services.saved_views import SavedView
from app.services.store import Store

__all__ = ["DUE_SOON_HOURS", "SORT_KEYS", "VIEW_KEYS", "CaseRow", "Inbox", "Reference",
           "combine", "view_filter"]

class Inbox:
    """The inbox of one user over one store; every method is a short transaction."""

    def __init__(self, store: Store, user: str) -> None:
        self.store = store
        self.user = user
        self._me: int | None = None
        self._me_known = False

    def set_user(self, name: str) -> None:
        """Another agent works this inbox now (who am I)."""
        self.user = name
        self._me, self._me_known = None, False

    def saved_views(self) -> list[SavedView]:
        """This user's saved views."""
        from app.services.saved_views import list_views

        return list_views(self.store, self.user)

    @property
    def description(self) -> str:
        return self.store.description

    def me_id(self) -> int | None:
        if not self._me_known:
            with self.store.unit_of_work() as uow:
                self._me = uow.inbox.user_id(self.user)
            self._me_known = True
        return self._me

    def view_filters(self, now: datetime | None = None) -> dict[str, CaseFilter]:
        now = now or utcnow()
        me = self.me_id()
        return {k: view_filter(k, me_id=me, now=now) for k in VIEW_KEYS}

    def first_page(self, f: CaseFilter, sort: str = "deadline", descending: bool = False,
                   limit: int = 100) -> list[CaseRow]:
        with self.store.unit_of_work() as uow:
            return [case_row(r) for r in uow.inbox.first_page(f, sort, descending, limit)]

    def case_ids(self, f: CaseFilter, sort: str = "deadline",
                 descending: bool = False) -> array[int]:
        with self.store.unit_of_work() as uow:
            return uow.inbox.ordered_ids(f, sort, descending)

    def rows(self, ids: Sequence[int]) -> list[CaseRow]:
        """Rows for these ids, in the order given (ids no longer there are left out)."""
        with self.store.unit_of_work() as uow:
            found = {r[0]: r for r in uow.inbox.rows_by_id(ids)}
        return [case_row(found[i]) for i in ids if i in found]

    def counts(self, filters: Mapping[str, CaseFilter]) -> dict[str, int]:
        with self.store.unit_of_work() as uow:
            return uow.inbox.counts(filters)

    def reference(self) -> Reference:
        with self.store.unit_of_work() as uow:
            return Reference(tuple(uow.inbox.shops()), tuple(uow.inbox.users()))

    def case(self, case_id: int) -> dict[str, Any]:
        from app.services.cases import case_detail

        return case_detail(self.store, case_id)
