"""The inbox's views as filters, and how two filters narrow each other.

Pure values: the window, the services and the store's query builder all read the
views from here. A filter that can match nothing says so (`CaseFilter.empty`)
instead of asking for a status or an id no case has.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from app.domain.enums import (
    CLOSED_STATUSES,
    OPEN_STATUSES,
    PAUSED_STATUSES,
    REFUND_KINDS,
    CaseKind,
    CaseStatus,
)
from app.domain.filters import CaseFilter

# Views in the order the window lists them (Ctrl+1..9 follow this order).
VIEW_KEYS = (
    "mine", "unassigned", "due_soon", "overdue", "exceptions", "refunds", "urged",
    "waiting_return", "escalated", "closed", "all",
)
DUE_SOON_HOURS = 24
SORT_KEYS = ("deadline", "amount", "updated")

_OPEN = tuple(sorted(s.value for s in OPEN_STATUSES))
_CLOSED = tuple(sorted(s.value for s in CLOSED_STATUSES))
# A waiting case's clock is stopped: it is neither late nor due soon. By status, so that
# the views still walk the (status, deadline) index.
_RUNNING = tuple(sorted(s.value for s in OPEN_STATUSES - PAUSED_STATUSES))


_BASE: dict[str, CaseFilter] = {
    "mine": CaseFilter(statuses=_OPEN),
    "unassigned": CaseFilter(statuses=_OPEN, unassigned=True),
    "due_soon": CaseFilter(statuses=_RUNNING),
    "overdue": CaseFilter(statuses=_RUNNING),
    "exceptions": CaseFilter(statuses=_OPEN, kinds=(CaseKind.EXCEPTION_PARCEL.value,)),
    "refunds": CaseFilter(statuses=_OPEN, kinds=tuple(sorted(k.value for k in REFUND_KINDS))),
    "urged": CaseFilter(statuses=_OPEN, urged=True),
    "waiting_return": CaseFilter(statuses=(CaseStatus.WAITING_RETURN.value,)),
    "escalated": CaseFilter(statuses=(CaseStatus.ESCALATED.value,)),
    "closed": CaseFilter(statuses=_CLOSED),
    "all": CaseFilter(),
}


def view_values(key: str, *, me_id: int | None, now: datetime) -> dict[str, Any]:
    """The fields of a view's filter that move: with the clock or with the user.

    `view_filter` takes them from here, and so does the quick start, which replays a
    view's first page with these values as the parameters of a shipped statement.
    """
    if key == "mine":
        # Someone who is no user of this store has no cases of their own.
        return {"assignee_ids": (me_id,)} if me_id is not None else {
            "assignee_ids": (), "empty": True}
    if key == "due_soon":
        return {"deadline_from": now, "deadline_to": now + timedelta(hours=DUE_SOON_HOURS)}
    if key == "overdue":
        return {"deadline_to": now}
    if key not in _BASE:
        raise ValueError(f"no inbox view {key!r}")
    return {}


def view_filter(key: str, *, me_id: int | None, now: datetime) -> CaseFilter:
    """The filter behind one of the inbox views, at time `now` (naive UTC)."""
    values = view_values(key, me_id=me_id, now=now)  # raises ValueError for no such view
    return replace(_BASE[key], **values)


def _both(a: tuple[Any, ...], b: tuple[Any, ...]) -> tuple[Any, ...]:
    if not a:
        return b
    if not b:
        return a
    return tuple(x for x in a if x in b)


def _max(a: Any, b: Any) -> Any:
    return b if a is None else a if b is None else max(a, b)


def _min(a: Any, b: Any) -> Any:
    return b if a is None else a if b is None else min(a, b)


def _overlap(a: tuple[Any, ...], b: tuple[Any, ...]) -> tuple[tuple[Any, ...], bool]:
    """The values both filters allow, and whether that leaves nothing to match."""
    both = _both(a, b)
    return both, bool(a and b and not both)


def combine(view: CaseFilter, bar: CaseFilter) -> CaseFilter:
    """Cases matching both filters (a view narrowed by the filter bar and search)."""
    empty = view.empty or bar.empty
    narrowed: dict[str, Any] = {}
    for name in ("statuses", "kinds", "platforms", "shop_ids", "reasons", "assignee_ids"):
        narrowed[name], nothing_left = _overlap(getattr(view, name), getattr(bar, name))
        empty = empty or nothing_left
    unassigned = view.unassigned or bar.unassigned
    if (view.unassigned and bar.assignee_ids and not bar.unassigned) or (
            bar.unassigned and view.assignee_ids and not view.unassigned):
        empty = True  # "unassigned" and "assigned to X" together match nothing
    flags: dict[str, Any] = {}
    for name in ("quality_refund", "second_refund", "urged"):
        a, b = getattr(view, name), getattr(bar, name)
        flags[name] = b if a is None else a
        empty = empty or (a is not None and b is not None and a != b)
    return replace(
        view,
        **narrowed,
        unassigned=unassigned,
        min_amount_fen=_max(view.min_amount_fen, bar.min_amount_fen),
        max_amount_fen=_min(view.max_amount_fen, bar.max_amount_fen),
        deadline_from=_max(view.deadline_from, bar.deadline_from),
        deadline_to=_min(view.deadline_to, bar.deadline_to),
        updated_from=_max(view.updated_from, bar.updated_from),
        updated_to=_min(view.updated_to, bar.updated_to),
        search=" ".join(x for x in (view.search.strip(), bar.search.strip()) if x),
        empty=empty,
        **flags,
    )
