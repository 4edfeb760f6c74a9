"""The rules money actions answer to, as each platform's rule profile states them
(`resources/rules/*.json`, blocks "payments", "batch" and "reject_reasons"; a shop may
override "payments" in its settings). The defaults are Kuaishou's published numbers for
compensation payments (小额打款): within 365 days of the order's payment, at most
¥10,000 and 3 payments an order, at most ¥10,000 a shop a day; an agent's own
authority ends at ¥50, above it a supervisor approves.

The checks against these numbers live in `app.domain.payments`; here is only what
the numbers are and how a profile spells them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from app.domain.enums import Role
from app.domain.errors import DomainError

# Caps count by the calendar day where the platforms keep their books.
SHOP_DAY_ZONE = ZoneInfo("Asia/Shanghai")


def shop_day(at: datetime) -> str:
    """The Asia/Shanghai calendar day ("2026-12-01") a money action at `at` (naive UTC,
    as stored) counts against: 23:59:59 there is still the day, 00:00:00 the next."""
    return at.replace(tzinfo=UTC).astimezone(SHOP_DAY_ZONE).date().isoformat()


class BadMoneyRules(DomainError):
    """A money block of a rule profile (or a shop's override) that cannot be used."""


@dataclass(frozen=True)
class PaymentCaps:
    window_days: int = 365
    order_max_fen: int = 1_000_000
    order_count: int = 3
    shop_day_max_fen: int = 1_000_000
    # The most a role pays on its own authority; a role not named here has no
    # threshold (a supervisor's payments are capped only by the caps above).
    approval_fen: Mapping[str, int] = field(
        default_factory=lambda: {Role.AGENT.value: 5_000})

    def threshold_for(self, role: str) -> int | None:
        return self.approval_fen.get(role)


@dataclass(frozen=True)
class BatchLimits:
    """How many refunds, and how much in total, one batch call of the platform takes
    (Taobao: 20 and ¥6,000; Douyin's afterSale/operate: 20)."""

    max_count: int | None = None
    max_fen: int | None = None


@dataclass(frozen=True)
class RejectReason:
    """A reason the platform accepts for rejecting a refund, and what it requires:
    a description (Kuaishou requiredRejectDesc), evidence images (Douyin evidence_need,
    Kuaishou requiredRejectImage), and how many images it takes."""

    code: str
    zh: str
    en: str
    needs_note: bool = False
    needs_images: bool = False
    max_images: int = 0  # 0: the profile's evidence limit, or none known

    def text(self, language: str) -> str:
        return self.zh if language.startswith("zh") else self.en


@dataclass(frozen=True)
class MoneyRules:
    payments: PaymentCaps = field(default_factory=PaymentCaps)
    batch: BatchLimits = field(default_factory=BatchLimits)
    reject_reasons: tuple[RejectReason, ...] = ()

    def reject_reason(self, code: str) -> RejectReason | None:
        return next((r for r in self.reject_reasons if r.code == code), None)

    def with_payments(self, raw: Mapping[str, Any] | None, where: str) -> MoneyRules:
        """These rules with a profile's or a shop's "payments" block over them; a bad
        block is refused whole."""
        if not raw:
            return self
        return replace(self, payments=payment_caps(raw, where, self.payments))


_PAYMENT_KEYS = {"window_days", "order_max", "order_count", "shop_day_max", "approval",
                 "_comment"}


def _count(value: Any, where: str, top: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= top:
        raise BadMoneyRules(f"{where} must be a whole number from 1 to {top}, not {value!r}")
    return value


def _yuan(value: Any, where: str) -> int:
    from app.domain.money import parse_amount

    try:
        return parse_amount(str(value))
    except DomainError as exc:
        raise BadMoneyRules(f"{where}: {exc}") from None


def payment_caps(raw: Mapping[str, Any], where: str,
                 base: PaymentCaps | None = None) -> PaymentCaps:
    if not isinstance(raw, Mapping):
        raise BadMoneyRules(f"{where}: 'payments' is an object")
    unknown = set(raw) - _PAYMENT_KEYS
    if unknown:
        raise BadMoneyRules(f"{where}: payments: unknown keys {', '.join(sorted(unknown))}")
    caps = base or PaymentCaps()
    values: dict[str, Any] = {}
    if "window_days" in raw:
        values["window_days"] = _count(raw["window_days"], f"{where}: window_days", 3650)
    if "order_count" in raw:
        values["order_count"] = _count(raw["order_count"], f"{where}: order_count", 100)
    if "order_max" in raw:
        values["order_max_fen"] = _yuan(raw["order_max"], f"{where}: order_max")
    if "shop_day_max" in raw:
        values["shop_day_max_fen"] = _yuan(raw["shop_day_max"], f"{where}: shop_day_max")
    if "approval" in raw:
        approval = raw["approval"]
        roles = {r.value for r in Role}
        if not isinstance(approval, Mapping) or not set(approval) <= roles:
            raise BadMoneyRules(f"{where}: approval maps a role ({', '.join(sorted(roles))}) "
                                f"to the most it pays without a supervisor")
        values["approval_fen"] = {role: _yuan(v, f"{where}: approval {role}")
                                  for role, v in approval.items()}
    return replace(caps, **values)


def batch_limits(raw: Any, where: str) -> BatchLimits:
    if raw is None:
        return BatchLimits()
    if not isinstance(raw, Mapping) or not set(raw) <= {"max_count", "max_amount", "_comment"}:
        raise BadMoneyRules(f"{where}: 'batch' holds max_count and max_amount")
    count = raw.get("max_count")
    amount = raw.get("max_amount")
    return BatchLimits(
        max_count=_count(count, f"{where}: batch max_count", 1000) if count is not None else None,
        max_fen=_yuan(amount, f"{where}: batch max_amount") if amount is not None else None)


def reject_reasons(raw: Any, where: str) -> tuple[RejectReason, ...]:
    out: list[RejectReason] = []
    for n, item in enumerate(raw or (), 1):
        try:
            reason = RejectReason(
                code=str(item["code"]), zh=str(item["zh"]), en=str(item["en"]),
                needs_note=bool(item.get("needs_note", False)),
                needs_images=bool(item.get("needs_images", False)),
                max_images=int(item.get("max_images", 0)))
        except (KeyError, TypeError, ValueError):
            raise BadMoneyRules(f"{where}: reject reason {n} needs a code, zh and en texts, "
                                f"not {item!r}") from None
        if not reason.code or not reason.zh.strip() or not reason.en.strip():
            raise BadMoneyRules(f"{where}: reject reason {n} has an empty code or text")
        if any(r.code == reason.code for r in out):
            raise BadMoneyRules(f"{where}: reject reason {reason.code!r} is listed twice")
        out.append(reason)
    return tuple(out)
