"""What a history event changed, in the user's words, for the timeline."""

from __future__ import annotations

import json
from typing import Any

from ui import labels


def value_text(field: str, value: Any) -> str:
    if value is None:
        return "—"
    if field in ("status", "kind", "reason"):
        return labels.label(field, str(value))
    if field == "field":  # a reveal: which of the buyer's data was shown
        return labels.label("buyer_field", str(value))
    if field == "escalated_to":
        return labels.label("escalation", str(value))
    if field == "amount_fen" and isinstance(value, int):
        from app.domain.money import fen_to_yuan

        return "¥" + fen_to_yuan(value)
    if field == "evidence" and isinstance(value, list):
        return "、".join(_file_text(f) for f in value if isinstance(f, dict)) or "—"
    if field == "evidence_removed" and isinstance(value, dict):
        return _file_text(value)
    if field == "tags" and isinstance(value, list):
        return "、".join(str(v) for v in value) or "—"
    if field in ("payment_reason", "payment_status", "source"):
        from ui import money_texts

        word = {"payment_reason": money_texts.payment_reason,
                "payment_status": money_texts.payment_status, "source": money_texts.source}
        return word[field](str(value))
    if field == "shipment" and isinstance(value, dict):
        kind = labels.label("shipment", str(value.get("kind") or ""))
        return " ".join(str(v) for v in (kind, value.get("carrier"), value.get("tracking_no"))
                        if v)
    if isinstance(value, dict):
        # a money action's parts (its cost, a coupon): each named, amounts as ¥
        return ", ".join(f"{labels.label('field', k)} {_money(k, v)}" for k, v in value.items()
                         if v is not None and k != "id")
    if field == "evidence_ids" and isinstance(value, list):
        return "、".join(f"#{v}" for v in value) or "—"
    if field == "valid_until" and isinstance(value, str):
        return value[:10]
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, str):
        return f"¥{value}" if field in _AMOUNTS else value
    return json.dumps(value, ensure_ascii=False)


_AMOUNTS = frozenset({"amount", "refunded", "return_postage", "value", "min_spend", "cost",
                      "marketing", "processing", "logistics", "goods_loss", "compensation",
                      "coupon"})


def _money(field: str, value: Any) -> str:
    return f"¥{value}" if field in _AMOUNTS and isinstance(value, str) else value_text(field, value)


def _file_text(f: dict[str, Any]) -> str:
    """'破损.jpg (JPEG, 1.2 MB)': a file as the history names it (its hash is in the
    event, for verify; the timeline shows what an agent recognises)."""
    size = f.get("size")
    kind = str(f.get("type") or "").upper()
    if isinstance(size, int):
        amount = f"{size / 1048576:.1f} MB" if size >= 1048576 else f"{max(1, size // 1024)} KB"
        kind = f"{kind}, {amount}" if kind else amount
    return f"{f.get('name', '?')} ({kind})" if kind else str(f.get("name", "?"))


def describe_changes(changes: dict[str, Any]) -> str:
    """'Status: New → In progress; Amount: ¥12.00' from an event's changes."""
    parts = []
    for field, value in changes.items():
        if field == "assignee_id" and "assignee_name" in changes:
            continue  # the name says it; the id is for the store
        if field == "reject_reason" and "reject_reason_text" in changes:
            continue  # the platform's words say it; the code is for the platform
        name = labels.label("field", field)
        # [before, after]; except a tag list of two tags, or two files: those are values.
        pair = isinstance(value, list) and len(value) == 2 and field not in ("evidence", "evidence_ids") and (
            field != "tags" or all(isinstance(v, list) for v in value))
        if pair:
            parts.append(f"{name}: {value_text(field, value[0])} → {value_text(field, value[1])}")
        else:
            parts.append(f"{name}: {value_text(field, value)}")
    return "; ".join(parts)
