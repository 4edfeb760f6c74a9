"""What a user asks the inbox for: plain values, shared by UI, services and store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class CaseFilter:
    statuses: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    platforms: tuple[str, ...] = ()
    shop_ids: tuple[int, ...] = ()
    reasons: tuple[str, ...] = ()
    assignee_ids: tuple[int, ...] = ()
    unassigned: bool = False
    quality_refund: bool | None = None
    second_refund: bool | None = None
    urged: bool | None = None
    min_amount_fen: int | None = None
    max_amount_fen: int | None = None
    deadline_from: datetime | None = None
    deadline_to: datetime | None = None
    updated_from: datetime | None = None
    updated_to: datetime | None = None
    search: str = ""
    # True when the filter is known to match no case (two filters that exclude each other).
    empty: bool = False

