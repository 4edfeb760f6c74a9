"""Words of the reply tools shown for stored names: placeholders and template
categories (context "ReplyTexts")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CTX = "ReplyTexts"
PLACEHOLDER_LABELS = {
    "buyer": QT_TRANSLATE_NOOP("ReplyTexts", "Buyer nickname"),
    "order_no": QT_TRANSLATE_NOOP("ReplyTexts", "Order no."),
    "product": QT_TRANSLATE_NOOP("ReplyTexts", "Product"),
    "sku": QT_TRANSLATE_NOOP("ReplyTexts", "SKU"),
    "amount": QT_TRANSLATE_NOOP("ReplyTexts", "Amount (¥)"),
    "tracking_no": QT_TRANSLATE_NOOP("ReplyTexts", "Tracking no."),
    "carrier": QT_TRANSLATE_NOOP("ReplyTexts", "Carrier"),
    "return_address": QT_TRANSLATE_NOOP("ReplyTexts", "Return address"),
    "deadline": QT_TRANSLATE_NOOP("ReplyTexts", "Deadline"),
    "agent": QT_TRANSLATE_NOOP("ReplyTexts", "Agent name"),
}
CATEGORY_LABELS = {
    "greeting": QT_TRANSLATE_NOOP("ReplyTexts", "Greeting"),
    "asking": QT_TRANSLATE_NOOP("ReplyTexts", "Asking"),
    "solution": QT_TRANSLATE_NOOP("ReplyTexts", "Solution"),
    "return": QT_TRANSLATE_NOOP("ReplyTexts", "Return"),
    "logistics": QT_TRANSLATE_NOOP("ReplyTexts", "Logistics"),
    "follow_up": QT_TRANSLATE_NOOP("ReplyTexts", "Follow-up"),
    "closing": QT_TRANSLATE_NOOP("ReplyTexts", "Closing"),
    "general": QT_TRANSLATE_NOOP("ReplyTexts", "General"),
}


def placeholder_label(name: str) -> str:
    return QCoreApplication.translate(CTX, PLACEHOLDER_LABELS.get(name, name))


def category_label(name: str) -> str:
    source = CATEGORY_LABELS.get(name)
    return QCoreApplication.translate(CTX, source) if source else name
