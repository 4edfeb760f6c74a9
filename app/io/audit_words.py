"""An audit row's action and details in words, in Chinese or English, without Qt: for
the audit's spreadsheet export. The window words its rows itself (ui/history_words.py)
in the same way.

Details name what was done, never the buyer's data: a reveal says which field was
shown, not its value.
"""

from __future__ import annotations

from typing import Any

from app.io.export_labels import TABLES, label

# Actions added by the supervisors' features (the others are in export_labels).
ACTIONS: dict[str, tuple[str, str]] = {
    "bundle_exported": ("导出申诉包", "Appeal bundle exported"),
}
REVEALED: dict[str, tuple[str, str]] = {
    "phone": ("查看了买家手机号", "revealed the buyer's phone"),
    "address": ("查看了买家地址", "revealed the buyer's address"),
    "name": ("查看了买家姓名", "revealed the buyer's name"),
}
_MONEY = {"payment_requested", "payment_approved", "payment_denied", "payment_paid",
          "payment_failed", "approve_refund", "reject"}


def action_words(action: str, lang: str) -> str:
    """export_labels' word for the action; ours only where it has none."""
    found = ACTIONS.get(action)
    if found is not None and action not in TABLES["action"]:
        return found[0] if lang == "zh" else found[1]
    return label("action", action, lang) or action


def revealed_field(changes: dict[str, Any]) -> str:
    """Which of the buyer's fields a reveal showed ("phone", "address", "name"), or ""."""
    value = changes.get("field")
    return value if isinstance(value, str) else ""


def details(action: str, changes: dict[str, Any], lang: str) -> str:
    zh = lang == "zh"
    if action == "reveal":
        field = revealed_field(changes)
        words = REVEALED.get(field)
        return (words[0] if zh else words[1]) if words else field
    if action == "bundle_exported":
        name, files = changes.get("file", ""), changes.get("files", 0)
        return f"{name}（{files} 个文件）" if zh else \
            f"{name} ({files} file{'' if files == 1 else 's'})"
    if action in _MONEY:
        amount = changes.get("amount") or changes.get("refunded")
        return f"¥{amount}" if amount else ""
    parts = []
    for key, value in changes.items():
        name = label("field", key, lang) or key
        if isinstance(value, list) and len(value) == 2 and not isinstance(value[0], dict):
            parts.append(f"{name}: {_text(value[0])} → {_text(value[1])}")
        elif isinstance(value, str | int | float) and not isinstance(value, bool):
            parts.append(f"{name}: {value}")
    return "; ".join(parts)


def _text(value: Any) -> str:
    return "—" if value is None else str(value)
