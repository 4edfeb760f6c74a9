"""Saved views: an agent's filters and search under a name of their own.

A saved view's query is the filter bar's state as plain JSON (`QUERY_KEYS`), with the
built-in view it narrows; `filter_of` is the one place that turns it into a
CaseFilter, for the filter bar as for the counts. Cheap to import (the window's
filter bar uses it at start-up): the store is only touched inside the functions.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from app.domain.clock import utcnow
from app.domain.errors import DomainError
from app.domain.filters import CaseFilter
from app.domain.money import parse_yuan
from app.domain.views import VIEW_KEYS, combine, view_filter

if TYPE_CHECKING:
    from app.services.store import Store

UNASSIGNED = "__unassigned__"
DATE_FIELDS = ("deadline", "updated")
QUERY_KEYS = ("view", "platform", "shop", "kind", "status", "reason", "assignee", "quality",
              "second", "min_amount", "max_amount", "date_field", "date_from", "date_to",
              "search")
MAX_NAME = 60


class SavedViewError(DomainError):
    pass


class DuplicateViewName(SavedViewError):
    def __init__(self, name: str) -> None:
        super().__init__(f"you already have a saved view named {name!r}: choose another name")
        self.name = name


class NoSuchView(SavedViewError):
    def __init__(self, view_id: int) -> None:
        super().__init__(f"there is no saved view {view_id} of yours")
        self.view_id = view_id


@dataclass(frozen=True)
class SavedView:
    id: int
    name: str
    query: dict[str, Any]

    @property
    def key(self) -> str:
        """Its key among the window's views (built-in views have plain keys)."""
        return f"saved:{self.id}"


# -- the query as a filter ---------------------------------------------------------------

def _amount(text: object) -> int | None:
    if text is None or not str(text).strip():
        return None
    try:
        return parse_yuan(str(text).strip())
    except DomainError:
        return None


def _local_midnight_utc(day: str) -> datetime:
    local = datetime.combine(date.fromisoformat(day), time()).astimezone()
    return local.astimezone(UTC).replace(tzinfo=None)


def bar_filter(q: Mapping[str, Any]) -> CaseFilter:
    """The filter bar's part of a query: every chosen value narrows, the dates are
    whole local days."""
    def one(key: str) -> tuple[Any, ...]:
        v = q.get(key)
        return () if v is None else (v,)

    assignee = q.get("assignee")
    dates: dict[str, datetime] = {}
    field = q.get("date_field")
    if field in DATE_FIELDS and q.get("date_from") and q.get("date_to"):
        dates = {f"{field}_from": _local_midnight_utc(q["date_from"]),
                 f"{field}_to": _local_midnight_utc(q["date_to"]) + timedelta(days=1)}
    return CaseFilter(
        platforms=one("platform"), shop_ids=one("shop"), kinds=one("kind"),
        statuses=one("status"), reasons=one("reason"),
        assignee_ids=() if assignee in (None, UNASSIGNED) else (assignee,),
        unassigned=assignee == UNASSIGNED,
        quality_refund=q.get("quality"), second_refund=q.get("second"),
        min_amount_fen=_amount(q.get("min_amount")), max_amount_fen=_amount(q.get("max_amount")),
        search=str(q.get("search") or "").strip(),
        **dates,  # type: ignore[arg-type]
    )


def filter_of(q: Mapping[str, Any], *, me_id: int | None, now: datetime) -> CaseFilter:
    """The whole saved view: its built-in view narrowed by its filters and search."""
    view = q.get("view") if q.get("view") in VIEW_KEYS else "all"
    return combine(view_filter(str(view), me_id=me_id, now=now), bar_filter(q))


def clean_query(q: Mapping[str, Any]) -> dict[str, Any]:
    """Only the keys a query holds, without the empty ones."""
    return {k: q[k] for k in QUERY_KEYS if q.get(k) not in (None, "")}


def _name(name: str) -> str:
    text = " ".join(name.split())
    if not text:
        raise SavedViewError("a saved view needs a name")
    if len(text) > MAX_NAME:
        raise SavedViewError(f"a saved view's name has at most {MAX_NAME} characters")
    return text


# -- the store ------------------------------------------------------------------------------

def list_views(store: Store, owner: str) -> list[SavedView]:
    with store.unit_of_work() as uow:
        return [SavedView(i, n, q) for i, n, q in uow.settings.saved_views(owner)]


def save_view(store: Store, owner: str, name: str, query: Mapping[str, Any],
              now: Callable[[], datetime] = utcnow) -> SavedView:
    """Save the query under a new name; DuplicateViewName if the owner has it already."""
    text = _name(name)
    q = clean_query(query)
    with store.unit_of_work().for_writing() as uow:
        if uow.settings.view_named(owner, text) is not None:
            raise DuplicateViewName(text)
        view_id = uow.settings.save_view(owner, text, q, now())
        uow.commit()
    return SavedView(view_id, text, q)


def rename_view(store: Store, owner: str, view_id: int, name: str) -> str:
    text = _name(name)
    with store.unit_of_work().for_writing() as uow:
        other = uow.settings.view_named(owner, text)
        if other is not None and other != view_id:
            raise DuplicateViewName(text)
        if not uow.settings.rename_view(owner, view_id, text):
            raise NoSuchView(view_id)
        uow.commit()
    return text


def delete_view(store: Store, owner: str, view_id: int) -> None:
    with store.unit_of_work().for_writing() as uow:
        if not uow.settings.delete_view(owner, view_id):
            raise NoSuchView(view_id)
        uow.commit()


def count_views(store: Store, views: list[SavedView], *, me_id: int | None,
                now: datetime) -> dict[str, int]:
    """How many cases each saved view holds, by its key."""
    filters = {v.key: filter_of(v.query, me_id=me_id, now=now) for v in views}
    with store.unit_of_work() as uow:
        return uow.inbox.counts(filters)
