"""Words shown for the domain's stored values (platform, kind, reason, status, …).

The domain keeps stable identifiers; their labels live here, marked for Qt's
translation (context "Labels"). Lookups are cached per language because the case
table asks for them on every repaint; call `retranslate()` after switching language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CTX = "Labels"

PLATFORMS = {
    "douyin": QT_TRANSLATE_NOOP("Labels", "Douyin"),
    "kuaishou": QT_TRANSLATE_NOOP("Labels", "Kuaishou"),
    "pinduoduo": QT_TRANSLATE_NOOP("Labels", "Pinduoduo"),
    "taobao": QT_TRANSLATE_NOOP("Labels", "Taobao"),
    "jd": QT_TRANSLATE_NOOP("Labels", "JD"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other platform"),
}

KINDS = {
    "exception_parcel": QT_TRANSLATE_NOOP("Labels", "Exception parcel"),
    "refund_only": QT_TRANSLATE_NOOP("Labels", "Refund only"),
    "return_refund": QT_TRANSLATE_NOOP("Labels", "Return and refund"),
    "exchange": QT_TRANSLATE_NOOP("Labels", "Exchange"),
    "reship": QT_TRANSLATE_NOOP("Labels", "Reship"),
    "repair": QT_TRANSLATE_NOOP("Labels", "Repair"),
    "intercept": QT_TRANSLATE_NOOP("Labels", "Intercept"),
    "address_change": QT_TRANSLATE_NOOP("Labels", "Address change"),
    "urge": QT_TRANSLATE_NOOP("Labels", "Urged shipment"),
}

SUBTYPES = {
    "damaged": QT_TRANSLATE_NOOP("Labels", "Damaged"),
    "lost": QT_TRANSLATE_NOOP("Labels", "Lost"),
    "stuck": QT_TRANSLATE_NOOP("Labels", "Stuck in transit"),
    "returned_to_sender": QT_TRANSLATE_NOOP("Labels", "Returned to sender"),
    "wrong_item": QT_TRANSLATE_NOOP("Labels", "Wrong item sent"),
    "missing_item": QT_TRANSLATE_NOOP("Labels", "Missing item"),
    "quality_defect": QT_TRANSLATE_NOOP("Labels", "Quality defect"),
    "unusable": QT_TRANSLATE_NOOP("Labels", "Unusable"),
    "address_error": QT_TRANSLATE_NOOP("Labels", "Address error"),
}

REASONS = {
    "quality_problem": QT_TRANSLATE_NOOP("Labels", "Quality problem"),
    "not_as_described": QT_TRANSLATE_NOOP("Labels", "Not as described"),
    "late_shipment": QT_TRANSLATE_NOOP("Labels", "Late shipment"),
    "transit_damage": QT_TRANSLATE_NOOP("Labels", "Damaged in transit"),
    "lost": QT_TRANSLATE_NOOP("Labels", "Parcel lost"),
    "wrong_item": QT_TRANSLATE_NOOP("Labels", "Wrong item"),
    "missing_item": QT_TRANSLATE_NOOP("Labels", "Missing item"),
    "buyer_mistake": QT_TRANSLATE_NOOP("Labels", "Buyer mistake"),
    "no_reason_7day": QT_TRANSLATE_NOOP("Labels", "7-day no-reason return"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}

STATUSES = {
    "new": QT_TRANSLATE_NOOP("Labels", "New"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "waiting_buyer": QT_TRANSLATE_NOOP("Labels", "Waiting for buyer"),
    "waiting_return": QT_TRANSLATE_NOOP("Labels", "Waiting for return"),
    "inspecting": QT_TRANSLATE_NOOP("Labels", "Inspecting"),
    "waiting_supplier": QT_TRANSLATE_NOOP("Labels", "Waiting for supplier"),
    "pending_approval": QT_TRANSLATE_NOOP("Labels", "Pending approval"),
    "escalated": QT_TRANSLATE_NOOP("Labels", "Escalated"),
    "resolved": QT_TRANSLATE_NOOP("Labels", "Resolved"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "Rejected"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}

SHIPMENT_KINDS = {
    "outbound": QT_TRANSLATE_NOOP("Labels", "Outbound"),
    "return": QT_TRANSLATE_NOOP("Labels", "Return"),
    "reship": QT_TRANSLATE_NOOP("Labels", "Reship"),
}

ACTIONS = {
    "created": QT_TRANSLATE_NOOP("Labels", "Created"),
    "assign": QT_TRANSLATE_NOOP("Labels", "Assigned"),
    "status": QT_TRANSLATE_NOOP("Labels", "Status changed"),
    "note": QT_TRANSLATE_NOOP("Labels", "Note"),
    "import": QT_TRANSLATE_NOOP("Labels", "Imported"),
    "update": QT_TRANSLATE_NOOP("Labels", "Updated"),
    "tag": QT_TRANSLATE_NOOP("Labels", "Tags changed"),
    "escalate": QT_TRANSLATE_NOOP("Labels", "Escalated"),
    "step": QT_TRANSLATE_NOOP("Labels", "Playbook step"),
    "reply": QT_TRANSLATE_NOOP("Labels", "Reply sent"),
    "macro": QT_TRANSLATE_NOOP("Labels", "Macro"),
    "actions": QT_TRANSLATE_NOOP("Labels", "Several changes"),
    "platform_status": QT_TRANSLATE_NOOP("Labels", "Platform status changed"),
    "platform_update": QT_TRANSLATE_NOOP("Labels", "Updated by the platform"),
    "priority_shipping": QT_TRANSLATE_NOOP("Labels", "Priority shipping"),
    "evidence": QT_TRANSLATE_NOOP("Labels", "Evidence attached"),
    "evidence_removed": QT_TRANSLATE_NOOP("Labels", "Evidence removed"),
    "payment_requested": QT_TRANSLATE_NOOP("Labels", "Compensation requested"),
    "payment_approved": QT_TRANSLATE_NOOP("Labels", "Compensation approved"),
    "payment_denied": QT_TRANSLATE_NOOP("Labels", "Compensation denied"),
    "payment_paid": QT_TRANSLATE_NOOP("Labels", "Compensation paid"),
    "payment_failed": QT_TRANSLATE_NOOP("Labels", "Compensation failed"),
    "approve_refund": QT_TRANSLATE_NOOP("Labels", "Refund approved"),
    "approve_return": QT_TRANSLATE_NOOP("Labels", "Return approved"),
    "receive_return": QT_TRANSLATE_NOOP("Labels", "Return arrived"),
    "inspect": QT_TRANSLATE_NOOP("Labels", "Inspected"),
    "reject": QT_TRANSLATE_NOOP("Labels", "Refund rejected"),
    "fast_refund": QT_TRANSLATE_NOOP("Labels", "Fast refund by the platform"),
    "appeal": QT_TRANSLATE_NOOP("Labels", "Appealed to the platform"),
    "coupon": QT_TRANSLATE_NOOP("Labels", "Coupon given"),
    "coupon_reference": QT_TRANSLATE_NOOP("Labels", "Coupon code recorded"),
    "reship": QT_TRANSLATE_NOOP("Labels", "Reshipped"),
    "exchange": QT_TRANSLATE_NOOP("Labels", "Exchange sent"),
    "intercept": QT_TRANSLATE_NOOP("Labels", "Intercept requested"),
    "intercept_result": QT_TRANSLATE_NOOP("Labels", "Intercept result"),
    "address_change": QT_TRANSLATE_NOOP("Labels", "Address changed"),
    "reveal": QT_TRANSLATE_NOOP("Labels", "Buyer's data shown"),
}

# What a reveal showed in full (the event names the field, never the value).
BUYER_FIELDS = {
    "phone": QT_TRANSLATE_NOOP("Labels", "Full phone number"),
    "address": QT_TRANSLATE_NOOP("Labels", "Full delivery address"),
    "name": QT_TRANSLATE_NOOP("Labels", "Buyer's full name"),
}

FIELDS = {
    "status": QT_TRANSLATE_NOOP("Labels", "Status"),
    "assignee": QT_TRANSLATE_NOOP("Labels", "Assignee"),
    "kind": QT_TRANSLATE_NOOP("Labels", "Kind"),
    "reason": QT_TRANSLATE_NOOP("Labels", "Reason"),
    "amount_fen": QT_TRANSLATE_NOOP("Labels", "Amount"),
    "platform_status": QT_TRANSLATE_NOOP("Labels", "Platform status"),
    "note": QT_TRANSLATE_NOOP("Labels", "Note"),
    "deadline_at": QT_TRANSLATE_NOOP("Labels", "Deadline"),
    "priority": QT_TRANSLATE_NOOP("Labels", "Priority"),
    "assignee_name": QT_TRANSLATE_NOOP("Labels", "Assignee"),
    "tags": QT_TRANSLATE_NOOP("Labels", "Tags"),
    "steps": QT_TRANSLATE_NOOP("Labels", "Steps done"),
    "step": QT_TRANSLATE_NOOP("Labels", "Step"),
    "answer": QT_TRANSLATE_NOOP("Labels", "Answer"),
    "undo": QT_TRANSLATE_NOOP("Labels", "Undone"),
    "paused_at": QT_TRANSLATE_NOOP("Labels", "Clock paused"),
    "escalated_to": QT_TRANSLATE_NOOP("Labels", "Escalated to"),
    "needs_look": QT_TRANSLATE_NOOP("Labels", "Needs a look"),
    "auto_action": QT_TRANSLATE_NOOP("Labels", "Platform acts by itself"),
    "template": QT_TRANSLATE_NOOP("Labels", "Template"),
    "text": QT_TRANSLATE_NOOP("Labels", "Text"),
    "evidence": QT_TRANSLATE_NOOP("Labels", "Files"),
    "evidence_removed": QT_TRANSLATE_NOOP("Labels", "File removed"),
    "macro": QT_TRANSLATE_NOOP("Labels", "Macro"),
    "import_batch": QT_TRANSLATE_NOOP("Labels", "Import no."),
    "return_tracking_no": QT_TRANSLATE_NOOP("Labels", "Return tracking no."),
    "priority_shipping": QT_TRANSLATE_NOOP("Labels", "Priority shipping"),
    "second_refund": QT_TRANSLATE_NOOP("Labels", "Second refund"),
    "fast_refund": QT_TRANSLATE_NOOP("Labels", "Fast refund"),
    "reason_text": QT_TRANSLATE_NOOP("Labels", "Buyer's reason"),
    "key": QT_TRANSLATE_NOOP("Labels", "Key"),
    "cost": QT_TRANSLATE_NOOP("Labels", "Cost"),
    "refunded": QT_TRANSLATE_NOOP("Labels", "Refunded"),
    "amount": QT_TRANSLATE_NOOP("Labels", "Amount"),
    "payment_id": QT_TRANSLATE_NOOP("Labels", "Payment no."),
    "payment_reason": QT_TRANSLATE_NOOP("Labels", "Payment reason"),
    "payment_status": QT_TRANSLATE_NOOP("Labels", "Payment status"),
    "needs_approval": QT_TRANSLATE_NOOP("Labels", "Needs a supervisor"),
    "reference": QT_TRANSLATE_NOOP("Labels", "Reference no."),
    "return_address": QT_TRANSLATE_NOOP("Labels", "Return address"),
    "return_postage": QT_TRANSLATE_NOOP("Labels", "Return postage"),
    "field": QT_TRANSLATE_NOOP("Labels", "Shown"),
    "reject_reason": QT_TRANSLATE_NOOP("Labels", "Reject reason"),
    "reject_reason_text": QT_TRANSLATE_NOOP("Labels", "Reject reason"),
    "evidence_ids": QT_TRANSLATE_NOOP("Labels", "Evidence no."),
    "shipment": QT_TRANSLATE_NOOP("Labels", "Parcel"),
    "coupon": QT_TRANSLATE_NOOP("Labels", "Coupon"),
    "follow_up": QT_TRANSLATE_NOOP("Labels", "Follow-up"),
    "result": QT_TRANSLATE_NOOP("Labels", "Result"),
    "goods_loss": QT_TRANSLATE_NOOP("Labels", "Goods loss"),
    "passed": QT_TRANSLATE_NOOP("Labels", "Passed"),
    "address": QT_TRANSLATE_NOOP("Labels", "Address"),
    "carrier": QT_TRANSLATE_NOOP("Labels", "Carrier"),
    "tracking_no": QT_TRANSLATE_NOOP("Labels", "Tracking no."),
    "source": QT_TRANSLATE_NOOP("Labels", "From"),
    "value": QT_TRANSLATE_NOOP("Labels", "Value"),
    "min_spend": QT_TRANSLATE_NOOP("Labels", "Minimum spend"),
    "valid_until": QT_TRANSLATE_NOOP("Labels", "Valid until"),
    "marketing": QT_TRANSLATE_NOOP("Labels", "Marketing"),
    "processing": QT_TRANSLATE_NOOP("Labels", "Processing"),
    "logistics": QT_TRANSLATE_NOOP("Labels", "Logistics"),
    "compensation": QT_TRANSLATE_NOOP("Labels", "Compensation"),
    "intercept_state": QT_TRANSLATE_NOOP("Labels", "Intercept"),
}

ESCALATION = {
    "supervisor": QT_TRANSLATE_NOOP("Labels", "Supervisor"),
    "platform": QT_TRANSLATE_NOOP("Labels", "Platform"),
}

VIEWS = {
    "mine": QT_TRANSLATE_NOOP("Labels", "My cases"),
    "unassigned": QT_TRANSLATE_NOOP("Labels", "Unassigned"),
    "due_soon": QT_TRANSLATE_NOOP("Labels", "Due soon"),
    "overdue": QT_TRANSLATE_NOOP("Labels", "Overdue"),
    "exceptions": QT_TRANSLATE_NOOP("Labels", "Exception parcels"),
    "refunds": QT_TRANSLATE_NOOP("Labels", "Refund requests"),
    "urged": QT_TRANSLATE_NOOP("Labels", "Urged shipments"),
    "waiting_return": QT_TRANSLATE_NOOP("Labels", "Waiting for return"),
    "escalated": QT_TRANSLATE_NOOP("Labels", "Escalated"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    "all": QT_TRANSLATE_NOOP("Labels", "All cases"),
}

# Compensation payments (小额打款): why one is paid, and where it stands. Their own
# context, so that the money feature's words can be translated as it lands.
PAYMENT_CTX = "PaymentLabels"
PAYMENT_REASONS = {
    "postage": QT_TRANSLATE_NOOP("PaymentLabels", "Return postage"),
    "price_difference": QT_TRANSLATE_NOOP("PaymentLabels", "Price difference"),
    "goodwill": QT_TRANSLATE_NOOP("PaymentLabels", "Goodwill (late or damaged parcel)"),
    "other": QT_TRANSLATE_NOOP("PaymentLabels", "Other"),
}

PAYMENT_STATUSES = {
    "pending": QT_TRANSLATE_NOOP("PaymentLabels", "Waiting for approval"),
    "approved": QT_TRANSLATE_NOOP("PaymentLabels", "Approved, to be paid"),
    "paid": QT_TRANSLATE_NOOP("PaymentLabels", "Paid"),
    "denied": QT_TRANSLATE_NOOP("PaymentLabels", "Denied"),
    "failed": QT_TRANSLATE_NOOP("PaymentLabels", "Failed"),
}

_TABLES = {
    "platform": PLATFORMS, "kind": KINDS, "subtype": SUBTYPES, "reason": REASONS,
    "status": STATUSES, "shipment": SHIPMENT_KINDS, "action": ACTIONS, "field": FIELDS,
    "view": VIEWS, "escalation": ESCALATION, "payment_reason": PAYMENT_REASONS,
    "payment_status": PAYMENT_STATUSES, "buyer_field": BUYER_FIELDS,
}
_CONTEXTS = {"payment_reason": PAYMENT_CTX, "payment_status": PAYMENT_CTX}
_cache: dict[str, dict[str, str]] = {}
_generation = [0]


def retranslate() -> None:
    """Forget cached labels; the next lookup uses the translator now installed."""
    _cache.clear()
    _generation[0] += 1


def generation() -> int:
    """Changes whenever the language does: other caches of translated text compare it."""
    return _generation[0]


def label(table: str, value: str | None) -> str:
    """The user's word for a stored value; an unknown value is shown as it is."""
    if value is None:
        return ""
    cached = _cache.get(table)
    if cached is None:
        cached = _cache[table] = {
            k: QCoreApplication.translate(_CONTEXTS.get(table, CTX), v)
            for k, v in _TABLES[table].items()
        }
    return cached.get(value, value)


def platform(v: str | None) -> str:
    return label("platform", v)


def kind(v: str | None) -> str:
    return label("kind", v)


def reason(v: str | None) -> str:
    return label("reason", v)


def status(v: str | None) -> str:
    return label("status", v)


def view(v: str) -> str:
    return label("view", v)


def choices(table: str) -> list[tuple[str, str]]:
    """(value, label) pairs in declaration order, for combo boxes."""
    return [(k, label(table, k)) for k in _TABLES[table]]
