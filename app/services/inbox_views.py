"""Inbox views and rows as plain values: no database, cheap to import.

The window imports this at start-up while the store opens in another thread;
`app.services.inbox` (which needs SQLAlchemy) re-exports all of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from app.domain.enums import CLOSED_STATUSES, OPEN_STATUSES, REFUND_KINDS, CaseKind, CaseStatus
from app.domain.filters import CaseFilter
from app.domain.masking import mask_name

# Views in the order the window lists them (Ctrl+1..9 follow this order).
VIEW_KEYS = (
    "mine", "unassigned", "due_soon", "overdue", "exceptions", "refunds", "urged",
    "waiting_return", "escalated", "closed", "all",
)
DUE_SOON_HOURS = 24
SORT_KEYS = ("deadline", "amount", "updated")
NOTHING = "__none__"  # a status no case has: an empty intersection of two filters

_OPEN = tuple(sorted(s.value for s in OPEN_STATUSES))
_CLOSED = tuple(sorted(s.value for s in CLOSED_STATUSES))


_BASE: dict[str, CaseFilter] = {
    "mine": CaseFilter(statuses=_OPEN),
    "unassigned": CaseFilter(statuses=_OPEN, unassigned=True),
    "due_soon": CaseFilter(statuses=_OPEN),
    "overdue": CaseFilter(statuses=_OPEN),
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
        return {"assignee_ids": (me_id if me_id is not None else -1,)}
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


def _both(a: tuple, b: tuple) -> tuple:  # type: ignore[type-arg]
    if not a:
        return b
    if not b:
        return a
    return tuple(x for x in a if x in b)


def _max(a: Any, b: Any) -> Any:
    return b if a is None else a if b is None else max(a, b)


def _min(a: Any, b: Any) -> Any:
    return b if a is None else a if b is None else min(a, b)


def combine(view: CaseFilter, bar: CaseFilter) -> CaseFilter:
    """Cases matching both filters (a view narrowed by the filter bar and search)."""
    statuses = _both(view.statuses, bar.statuses)
    if view.statuses and bar.statuses and not statuses:
        statuses = (NOTHING,)
    kinds = _both(view.kinds, bar.kinds)
    if view.kinds and bar.kinds and not kinds:
        kinds = (NOTHING,)
    assignees = _both(view.assignee_ids, bar.assignee_ids)
    unassigned = view.unassigned or bar.unassigned
    if view.assignee_ids and bar.assignee_ids and not assignees:
        assignees = (-1,)
    if (view.unassigned and bar.assignee_ids and not bar.unassigned) or (
            bar.unassigned and view.assignee_ids and not view.unassigned):
        # "unassigned" and "assigned to X" together match nothing
        unassigned, assignees = False, (-1,)
    flags: dict[str, Any] = {}
    for name in ("quality_refund", "second_refund", "urged"):
        a, b = getattr(view, name), getattr(bar, name)
        flags[name] = b if a is None else a
        if a is not None and b is not None and a != b:
            statuses = (NOTHING,)
    return replace(
        view,
        statuses=statuses,
        kinds=kinds,
        platforms=_both(view.platforms, bar.platforms) or (
            (NOTHING,) if view.platforms and bar.platforms else ()),
        shop_ids=_both(view.shop_ids, bar.shop_ids) or (
            (-1,) if view.shop_ids and bar.shop_ids else ()),
        reasons=_both(view.reasons, bar.reasons) or (
            (NOTHING,) if view.reasons and bar.reasons else ()),
        assignee_ids=assignees,
        unassigned=unassigned,
        min_amount_fen=_max(view.min_amount_fen, bar.min_amount_fen),
        max_amount_fen=_min(view.max_amount_fen, bar.max_amount_fen),
        deadline_from=_max(view.deadline_from, bar.deadline_from),
        deadline_to=_min(view.deadline_to, bar.deadline_to),
        updated_from=_max(view.updated_from, bar.updated_from),
        updated_to=_min(view.updated_to, bar.updated_to),
        search=" ".join(x for x in (view.search.strip(), bar.search.strip()) if x),
        **flags,
    )


class CaseRow(NamedTuple):
    """One inbox row, ready to show (times naive UTC, money in fen, buyer masked).

    A named tuple: a page of them is built for every page the table reads.
    """

    id: int
    deadline_at: datetime | None
    platform: str
    shop: str
    case_no: str
    kind: str
    reason: str
    status: str
    order_no: str
    buyer: str
    amount_fen: int
    assignee: str
    updated_at: datetime | None
    quality_refund: bool
    second_refund: bool
    urged: bool
    priority: int

    @property
    def is_open(self) -> bool:
        return self.status not in _CLOSED


def case_row(r: Sequence[Any]) -> CaseRow:
    """A CaseRow from the values of `inbox_queries.row_select()`, buyer masked here."""
    return CaseRow(
        r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8] or "", mask_name(r[9]),
        r[10] or 0, r[11] or "", r[12], bool(r[13]), bool(r[14]), bool(r[15]), r[16] or 0,
    )


@dataclass(frozen=True)
class Reference:
    """What the filter bar offers: shops (id, platform, name) and users (id, name, shown)."""

    shops: tuple[tuple[int, str, str], ...]
    users: tuple[tuple[int, str, str], ...]
