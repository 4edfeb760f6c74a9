"""What a supervisor asks of the audit (every history event of every case): plain
values shared by the window, the command line, the services and the store.

Periods are Asia/Shanghai days, both ends included, like every other day the
product counts by; the store keeps naive UTC, so a period becomes a UTC range here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from app.domain.errors import DomainError
from app.domain.money_rules import SHOP_DAY_ZONE

# The quick filters: which actions each one means. Money decisions are what decides
# where money goes (a payment approved, denied or paid; a refund approved or refused).
REVEALS = ("reveal",)
MONEY_DECISIONS = ("payment_approved", "payment_denied", "payment_paid",
                   "approve_refund", "reject")
EXPORTS = ("bundle_exported",)
QUICK = {"reveals": REVEALS, "money": MONEY_DECISIONS, "exports": EXPORTS}


@dataclass(frozen=True)
class AuditFilter:
    actor: str | None = None
    actions: tuple[str, ...] = ()  # empty: every action
    date_from: date | None = None
    date_to: date | None = None
    shop: str | None = None  # a shop's name (the same name on two platforms: both)
    case_no: str = ""  # part of a case no.

    def utc_range(self) -> tuple[datetime | None, datetime | None]:
        """[start, end) in the store's naive UTC for the Shanghai days asked for."""
        return (_day_start(self.date_from) if self.date_from else None,
                _day_start(self.date_to + timedelta(days=1)) if self.date_to else None)


def _day_start(day: date) -> datetime:
    return (datetime.combine(day, time(), SHOP_DAY_ZONE).astimezone(UTC)
            .replace(tzinfo=None))


@dataclass(frozen=True, order=True)
class Cursor:
    """Where a page ended: the last event's time and id (newest first, ties by id)."""

    at: datetime
    id: int

    def text(self) -> str:
        return f"{self.at.isoformat()}|{self.id}"

    @classmethod
    def parse(cls, text: str) -> Cursor:
        at, _, id_ = text.partition("|")
        try:
            return cls(datetime.fromisoformat(at), int(id_))
        except ValueError:
            raise DomainError(f"not a page cursor: {text!r} (give the 'next' of a page)") \
                from None
