"""What a user asks the inbox for: plain values, shared by UI, services and store."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
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
    extra: dict[str, object] = field(default_factory=dict, compare=False, hash=False)

    def with_(self, **changes: object) -> CaseFilter:
        return replace(self, **changes)  # type: ignore[arg-type]


SORT_KEYS = ("deadline", "amount", "updated", "id")
