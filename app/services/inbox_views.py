"""Inbox rows as plain values: no database, cheap to import.

The window imports this at start-up while the store opens in another thread; the
views themselves and their filter algebra live in `app.domain.views` and are
re-exported here for the window.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from app.domain.case_rules import is_closed
from app.domain.masking import mask_name
from app.domain.views import (
    DUE_SOON_HOURS,
    SORT_KEYS,
    VIEW_KEYS,
    combine,
    view_filter,
    view_values,
)

__all__ = ["DUE_SOON_HOURS", "SORT_KEYS", "VIEW_KEYS", "CaseRow", "Reference", "case_row",
           "combine", "view_filter", "view_values"]

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
    paused_at: datetime | None = None  # the deadline clock stopped (waiting on someone)
    auto_action: str | None = None  # what the platform does by itself at the deadline

    @property
    def is_open(self) -> bool:
        return not is_closed(self.status)


def case_row(r: Sequence[Any]) -> CaseRow:
    """A CaseRow from the values of `inbox_queries.row_select()`, buyer masked here."""
    return CaseRow(
        r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8] or "", mask_name(r[9]),
        r[10] or 0, r[11] or "", r[12], bool(r[13]), bool(r[14]), bool(r[15]), r[16] or 0,
        r[17], r[18],
    )


@dataclass(frozen=True)
class Reference:
    """What the filter bar offers: shops (id, platform, name) and users (id, name, shown)."""

    shops: tuple[tuple[int, str, str], ...]
    users: tuple[tuple[int, str, str], ...]
