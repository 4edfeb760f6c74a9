"""What the approvals queue, the payments list and the status bar's spend say, in the
user's language: amounts as "¥10,000.00", a total against its cap, the shop's spend
today, and why an approval, a denial or a confirmation was refused.

The services refuse with a code and the numbers (fen) the sentence quotes
(`RuleRefused.code` / `.numbers`); the sentence is made here, never shown as a code.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

CTX = "ApprovalsTexts"


def yuan(fen: int | None) -> str:
    """12345678 -> "¥123,456.78" (the sign before the ¥)."""
    if fen is None:
        return ""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(int(fen)), 100)
    return f"{sign}¥{whole:,}.{cents:02d}"


def against(total_fen: int | None, cap_fen: int | None) -> str:
    """"¥60.00 of ¥10,000.00"; without a cap just the total."""
    if total_fen is None:
        return ""
    if cap_fen is None:
        return yuan(total_fen)
    return QCoreApplication.translate("ApprovalsTexts", "%1 of %2").replace(
        "%1", yuan(total_fen)).replace("%2", yuan(cap_fen))


def over(total_fen: int | None, cap_fen: int | None) -> bool:
    return total_fen is not None and cap_fen is not None and total_fen > cap_fen


def local_time(at: str | None) -> str:
    """An ISO time from the services ("…Z" is UTC) as the user's local "12-01 14:05"."""
    if not at:
        return ""
    try:
        parsed = datetime.fromisoformat(at.replace("Z", "+00:00"))
    except ValueError:
        return at
    if parsed.tzinfo is None:  # the services' times without a zone are UTC
        from datetime import UTC

        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone().strftime("%m-%d %H:%M")


def spend_line(spend: Mapping[str, Any]) -> str:
    """The status bar's "Today ¥120.00 of ¥10,000.00 · coupons ¥15.00 · 1 waiting"."""
    parts = [QCoreApplication.translate("ApprovalsTexts", "Today %1").replace(
        "%1", against(int(spend.get("payments_fen") or 0), _int(spend.get("cap_fen"))))]
    coupons = int(spend.get("coupons_fen") or 0)
    if coupons:
        parts.append(QCoreApplication.translate("ApprovalsTexts", "coupons %1").replace("%1", yuan(coupons)))
    waiting = int(spend.get("pending_count") or 0)
    if waiting:
        parts.append(QCoreApplication.translate("ApprovalsTexts", "%1 waiting").replace("%1", str(waiting)))
    return " · ".join(parts)


def spend_tip(shop: str, spend: Mapping[str, Any]) -> str:
    lines = [QCoreApplication.translate("ApprovalsTexts", "What %1 paid out today (Asia/Shanghai day), waiting "
                "payments included: they count against the cap until denied.").replace("%1", shop)]
    left = _int(spend.get("left_fen"))
    if left is not None:
        lines.append(QCoreApplication.translate("ApprovalsTexts", "Left today: %1").replace("%1", yuan(left)))
    pending = int(spend.get("pending_fen") or 0)
    if pending:
        lines.append(QCoreApplication.translate("ApprovalsTexts", "Waiting for approval: %1").replace("%1", yuan(pending)))
    return "\n".join(lines)


def _int(value: Any) -> int | None:
    return None if value is None else int(value)


def refusal(exc: BaseException) -> str:
    """Why an approval, a denial or a confirmation did not go through."""
    code = str(getattr(exc, "code", ""))
    numbers: Mapping[str, Any] = getattr(exc, "numbers", None) or {}
    if code == "not_permitted":
        from ui.permission_texts import refusal

        return refusal(exc)
    if code == "state":
        from ui import labels

        return QCoreApplication.translate("ApprovalsTexts", "Not done: the payment is “%1” now.").replace("%1", labels.label("payment_status",
                                                      str(numbers.get("status") or "?")))
    if type(exc).__name__ == "NoPayment":
        return QCoreApplication.translate("ApprovalsTexts", "There is no such payment any more.")
    from ui import action_texts

    return action_texts.describe(exc)
