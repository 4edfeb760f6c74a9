"""What the window says about money and the case's decisions, in the user's language:
amounts, payment reasons and statuses, what the rules allow right now, why an amount
typed is not one, and why a rule refused an action.

The services refuse with `RuleRefused` carrying a `code` and its `numbers` (fen as
ints, counts); the sentence is made here, so an agent reads the rule and its numbers
in their language and never a code. A code not listed keeps the service's English.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CTX = "MoneyTexts"


def yuan(fen: int | None) -> str:
    """¥9,990.00: thousands separated, two decimals, the sign in front."""
    if fen is None:
        return "—"
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(int(fen)), 100)
    return f"{sign}¥{whole:,}.{cents:02d}"


def fen_of(value: Any) -> int | None:
    """A service's amount as fen: an int of fen, or a yuan string such as "12.50"."""
    if value is None or value == "":
        return None
    if isinstance(value, int):
        return value
    from app.domain.money import parse_yuan

    return parse_yuan(str(value))


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


PAYMENT_REASONS = {
    "goodwill": QT_TRANSLATE_NOOP("MoneyTexts", "Goodwill (late or damaged parcel)"),
    "postage": QT_TRANSLATE_NOOP("MoneyTexts", "Return postage"),
    "price_difference": QT_TRANSLATE_NOOP("MoneyTexts", "Price difference"),
    "other": QT_TRANSLATE_NOOP("MoneyTexts", "Other"),
}

PAYMENT_STATUSES = {
    "pending": QT_TRANSLATE_NOOP("MoneyTexts", "waiting for a supervisor"),
    "approved": QT_TRANSLATE_NOOP("MoneyTexts", "approved, to pay in the back office"),
    "paid": QT_TRANSLATE_NOOP("MoneyTexts", "paid"),
    "denied": QT_TRANSLATE_NOOP("MoneyTexts", "denied"),
    "failed": QT_TRANSLATE_NOOP("MoneyTexts", "failed"),
}

SOURCES = {
    "warehouse": QT_TRANSLATE_NOOP("MoneyTexts", "Our warehouse"),
    "supplier": QT_TRANSLATE_NOOP("MoneyTexts", "The supplier"),
    "other_seller": QT_TRANSLATE_NOOP("MoneyTexts", "Another seller"),
}


def sep() -> str:
    """What joins the parts of a line: "; ", in Chinese a full-width "；"."""
    return QCoreApplication.translate("MoneyTexts", "; ")


def payment_reason(code: str) -> str:
    return tr(PAYMENT_REASONS[code]) if code in PAYMENT_REASONS else code


def payment_status(code: str) -> str:
    return tr(PAYMENT_STATUSES[code]) if code in PAYMENT_STATUSES else code


def source(code: str) -> str:
    return tr(SOURCES[code]) if code in SOURCES else code


# -- what an agent typed ------------------------------------------------------------------
AMOUNT_PROBLEMS = {
    "empty": QT_TRANSLATE_NOOP("MoneyTexts", "Enter an amount, such as 12.50."),
    "not_number": QT_TRANSLATE_NOOP(
        "MoneyTexts", "“%1” is not an amount in yuan; write it like 12.50."
    ),
    "negative": QT_TRANSLATE_NOOP("MoneyTexts", "An amount cannot be negative."),
    "decimals": QT_TRANSLATE_NOOP(
        "MoneyTexts", "At most two decimals: the smallest amount is one fen (0.01)."
    ),
    "too_large": QT_TRANSLATE_NOOP("MoneyTexts", "“%1” is far too large; check the amount."),
}


def amount_problem(exc: BaseException) -> str:
    problem = str(getattr(exc, "problem", ""))
    text = AMOUNT_PROBLEMS.get(problem)
    if text is None:
        return str(exc)
    return tr(text).replace("%1", str(getattr(exc, "text", "")))


# -- a rule's refusal -----------------------------------------------------------------------
# {name} is filled from the refusal's numbers: amounts (fen, or yuan text) as ¥1,234.00,
# counts as they are, a status or kind in the user's words.
RULES = {
    "amount_zero": QT_TRANSLATE_NOOP("MoneyTexts", "A payment needs an amount above ¥0.00."),
    "no_order": QT_TRANSLATE_NOOP(
        "MoneyTexts", "This case has no order, so nothing can be paid or sent to the buyer."
    ),
    "not_paid": QT_TRANSLATE_NOOP(
        "MoneyTexts", "The order was never paid, so the platform takes no payment on it."
    ),
    "window": QT_TRANSLATE_NOOP(
        "MoneyTexts",
        "The order was paid {used} days ago, more than the {limit} days in which "
        "the platform takes payments on it.",
    ),
    "order_count": QT_TRANSLATE_NOOP(
        "MoneyTexts", "The order already has {used} payments, the most it may have."
    ),
    "order_amount": QT_TRANSLATE_NOOP(
        "MoneyTexts",
        "That would bring the order's payments to {would_be} of {limit}: "
        "at most {left} more on this order.",
    ),
    "shop_day": QT_TRANSLATE_NOOP(
        "MoneyTexts",
        "That would bring the shop's payments today to {would_be} of {limit}: "
        "at most {left} more today.",
    ),
    "not_permitted": QT_TRANSLATE_NOOP("MoneyTexts", "Only a supervisor or an admin may do this."),
    "state": QT_TRANSLATE_NOOP(
        "MoneyTexts", "The payment has moved on meanwhile (someone else decided it)."
    ),
    "no_return_address": QT_TRANSLATE_NOOP(
        "MoneyTexts",
        "The shop {shop} has no return address yet: enter it, and it is kept for the shop.",
    ),
    "reason_needs_note": QT_TRANSLATE_NOOP(
        "MoneyTexts", "The platform takes this reason only with a description: write one."
    ),
    "reason_needs_images": QT_TRANSLATE_NOOP(
        "MoneyTexts",
        "The platform takes this reason only with evidence images: tick at "
        "least one (attach them on the Evidence tab first).",
    ),
    "too_many_images": QT_TRANSLATE_NOOP(
        "MoneyTexts",
        "The platform takes at most {limit} images with this reason; {chosen} are ticked.",
    ),
    "unknown_reason": QT_TRANSLATE_NOOP(
        "MoneyTexts", "The platform does not list this reason; choose one from the list."
    ),
    "inspection_needs_note": QT_TRANSLATE_NOOP(
        "MoneyTexts", "A failed inspection needs a note saying what was wrong."
    ),
    "inspection_needs_evidence": QT_TRANSLATE_NOOP(
        "MoneyTexts",
        "A failed inspection needs at least one evidence file (a photo of the "
        "goods as they came back): tick it.",
    ),
    "appeal_needs_evidence": QT_TRANSLATE_NOOP(
        "MoneyTexts",
        "An appeal needs evidence on the case: attach photos of what came back "
        "or the return's tracking first.",
    ),
    "refund_over_amount": QT_TRANSLATE_NOOP(
        "MoneyTexts", "A refund is never more than the buyer asked for: at most {case_amount}."
    ),
    "refund_not_positive": QT_TRANSLATE_NOOP("MoneyTexts", "A refund needs an amount above ¥0.00."),
    "over_batch_amount": QT_TRANSLATE_NOOP(
        "MoneyTexts",
        "{amount} is over the platform's {batch_max} a batch call: approve it on its own.",
    ),
    "no_buyer": QT_TRANSLATE_NOOP(
        "MoneyTexts", "The case's order has no buyer to give a coupon to."
    ),
    "already_shipped": QT_TRANSLATE_NOOP(
        "MoneyTexts",
        "The parcel {tracking_no} has already shipped: the address can no "
        "longer change. Ask the carrier to intercept it instead.",
    ),
    "nothing_in_transit": QT_TRANSLATE_NOOP(
        "MoneyTexts",
        "No parcel of this order is on its way: only a parcel shipped and not "
        "delivered can be intercepted.",
    ),
    "not_outgoing": QT_TRANSLATE_NOOP(
        "MoneyTexts", "That is the buyer's parcel coming back; the shop cannot intercept it."
    ),
    "not_shipped": QT_TRANSLATE_NOOP(
        "MoneyTexts", "That parcel has not shipped: change its address instead."
    ),
    "already_delivered": QT_TRANSLATE_NOOP(
        "MoneyTexts", "The parcel {tracking_no} was already delivered."
    ),
    "already_intercepted": QT_TRANSLATE_NOOP(
        "MoneyTexts", "An intercept of this parcel was already requested."
    ),
    "no_intercept_requested": QT_TRANSLATE_NOOP(
        "MoneyTexts", "No intercept of this parcel is waiting for its outcome."
    ),
    "tracking_in_use": QT_TRANSLATE_NOOP(
        "MoneyTexts", "The tracking no. {tracking_no} is already on another parcel."
    ),
    "case_closed": QT_TRANSLATE_NOOP("MoneyTexts", "The case is {status}: reopen it first."),
    "action_not_allowed": QT_TRANSLATE_NOOP(
        "MoneyTexts", "A {kind} case that is {status} does not allow this."
    ),
    # checked by the dialogs themselves, before anything is sent
    "amount_over_case": QT_TRANSLATE_NOOP(
        "MoneyTexts", "The refund can be at most the case's amount, {limit}."
    ),
}

# Refusals whose numbers are counts (days, payments, images), not amounts.
_COUNT_CODES = frozenset({"window", "order_count", "too_many_images"})
_YUAN_TEXT = frozenset({"amount", "case_amount", "batch_max"})


def _number(code: str, name: str, value: Any) -> str:
    from ui import labels

    if name == "status":
        return labels.status(str(value))
    if name == "kind":
        return labels.kind(str(value))
    if name in _YUAN_TEXT and isinstance(value, str):
        try:
            return yuan(fen_of(value))
        except ValueError:
            return value
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or code in _COUNT_CODES
        or name in ("chosen", "shipment_id", "case_id", "payment_id")
    ):
        return str(value)
    return yuan(value)


def fill(text: str, numbers: Mapping[str, Any], code: str = "") -> str:
    values = dict(numbers)
    if (
        "left" not in values
        and isinstance(values.get("limit"), int)
        and isinstance(values.get("used"), int)
    ):
        values["left"] = max(0, values["limit"] - values["used"])
    for name, value in values.items():
        text = text.replace("{" + name + "}", _number(code, name, value))
    return text


def refusal_text(code: str, **numbers: Any) -> str:
    return fill(tr(RULES[code]), numbers, code)


def refusal(exc: BaseException) -> str:
    """A rule's refusal (`.code`, `.numbers`), or any other error's own words."""
    if type(exc).__name__ == "InvalidAmount":
        return amount_problem(exc)
    code = getattr(exc, "code", None)
    if isinstance(code, str) and code in RULES:
        return refusal_text(code, **dict(getattr(exc, "numbers", None) or {}))
    from ui import action_texts

    return action_texts.describe(exc)


# Why nothing can be paid now (`Limits.refusal`), said without its numbers.
NOTHING_TO_PAY = {
    "no_order": RULES["no_order"],
    "not_paid": RULES["not_paid"],
    "window": QT_TRANSLATE_NOOP(
        "MoneyTexts", "The order was paid too long ago: the platform takes no more payments on it."
    ),
    "order_count": QT_TRANSLATE_NOOP(
        "MoneyTexts", "The order has had all the payments it may have."
    ),
    "order_amount": QT_TRANSLATE_NOOP("MoneyTexts", "Nothing is left to pay on this order."),
    "shop_day": QT_TRANSLATE_NOOP("MoneyTexts", "The shop has paid all it may today."),
}


# -- what the rules allow right now --------------------------------------------------------
def limits_line(limits: Mapping[str, Any]) -> str:
    """“¥9,990.00 left on this order, 2 payments; ¥9,994.00 left for the shop today;
    above ¥50.00 a supervisor approves” from a `Limits.to_json()`."""
    why = limits.get("refusal")
    parts = []
    order_left = fen_of(limits.get("order_amount_left"))
    count = limits.get("order_payments_left")
    if order_left is not None and count is not None:
        one = (
            QCoreApplication.translate("MoneyTexts", "%1 left on this order, 1 payment")
            if count == 1
            else QCoreApplication.translate("MoneyTexts", "%1 left on this order, %2 payments")
        )
        parts.append(one.replace("%1", yuan(order_left)).replace("%2", str(count)))
    day_left = fen_of(limits.get("shop_day_amount_left"))
    if day_left is not None:
        parts.append(
            QCoreApplication.translate("MoneyTexts", "%1 left for the shop today").replace(
                "%1", yuan(day_left)
            )
        )
    threshold = fen_of(limits.get("approval_threshold"))
    parts.append(
        QCoreApplication.translate("MoneyTexts", "above %1 a supervisor approves").replace(
            "%1", yuan(threshold)
        )
        if threshold is not None
        else QCoreApplication.translate("MoneyTexts", "no approval needed at your role")
    )
    text = sep().join(parts)
    if why:
        said = (
            tr(NOTHING_TO_PAY[why])
            if why in NOTHING_TO_PAY
            else str(limits.get("refusal_message") or why)
        )
        text = said + "\n" + text
    return text


def amount_hint(fen: int, limits: Mapping[str, Any]) -> str:
    """What paying `fen` would come to, as the agent types it."""
    order_left = fen_of(limits.get("order_amount_left"))
    day_left = fen_of(limits.get("shop_day_amount_left"))
    threshold = fen_of(limits.get("approval_threshold"))
    if fen <= 0:
        return QCoreApplication.translate("MoneyTexts", "A payment needs an amount above ¥0.00.")
    if order_left is not None and fen > order_left:
        return QCoreApplication.translate(
            "MoneyTexts", "Over what is left on this order (%1)."
        ).replace("%1", yuan(order_left))
    if day_left is not None and fen > day_left:
        return QCoreApplication.translate(
            "MoneyTexts", "Over what the shop has left today (%1)."
        ).replace("%1", yuan(day_left))
    if threshold is not None and fen > threshold:
        return (
            QCoreApplication.translate(
                "MoneyTexts", "%1 is over your %2: it waits for a supervisor's approval."
            )
            .replace("%1", yuan(fen))
            .replace("%2", yuan(threshold))
        )
    return QCoreApplication.translate("MoneyTexts", "%1 is paid on your own authority.").replace(
        "%1", yuan(fen)
    )


def payment_result(result: Mapping[str, Any]) -> str:
    """What a compensation came to, and what the agent does next."""
    fen = fen_of(result.get("amount")) or 0
    if result.get("status") == "pending":
        text = QCoreApplication.translate(
            "MoneyTexts",
            "%1 is waiting for a supervisor's approval; it counts against the caps meanwhile.",
        ).replace("%1", yuan(fen))
    elif result.get("status") == "paid" or (result.get("gateway") not in (None, "manual")):
        text = QCoreApplication.translate(
            "MoneyTexts", "%1 is approved; the platform's gateway pays it."
        ).replace("%1", yuan(fen))
    else:  # the manual gateway: the agent pays in the back office, then confirms here
        text = QCoreApplication.translate(
            "MoneyTexts",
            "%1 is approved. Pay it now in the platform's back office (小额打款), "
            "then confirm it here with the reference no.: Actions → Confirm paid…",
        ).replace("%1", yuan(fen))
    if result.get("replayed"):
        text = (
            QCoreApplication.translate(
                "MoneyTexts",
                "This payment was already made (the same request again): nothing new was paid.",
            )
            + " "
            + text
        )
    return text
