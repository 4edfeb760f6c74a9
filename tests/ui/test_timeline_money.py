"""The timeline words the money and parcel events as an agent reads them: what was
done, the amounts in yuan, the reason in the platform's words, never a bare code."""

from __future__ import annotations

from app.domain.filters import CaseFilter
from app.services import case_money
from app.services.cases import case_detail, list_cases
from app.services.idempotency import new_key
from ui import labels
from ui.timeline_text import describe_changes


def _last(store, case_id: int) -> dict:  # type: ignore[type-arg,no-untyped-def]
    return case_detail(store, case_id)["history"][-1]


def test_money_events_in_words(qapp, english, demo_store) -> None:  # type: ignore[no-untyped-def]
    cases = {k: list_cases(demo_store, CaseFilter(kinds=(k,), statuses=("new", "in_progress")),
                           limit=2)
             for k in ("refund_only", "exception_parcel")}
    refund, parcel = cases["refund_only"][0].id, cases["exception_parcel"][0].id
    case_money.act(demo_store, "lina", parcel, "compensate",
                   {"amount_fen": 500, "reason": "goodwill", "key": new_key()})
    paid = _last(demo_store, parcel)
    assert labels.label("action", paid["action"]) == "Compensation requested"
    text = describe_changes(paid["changes"])
    assert "Amount: ¥5.00" in text and "Goodwill (late or damaged parcel)" in text
    assert "goodwill;" not in text

    reason = case_money.summary(demo_store, "lina", cases["refund_only"][1].id)[
        "reject_reasons"]
    note_only = next(r for r in reason if not r.needs_images)
    case_money.act(demo_store, "lina", cases["refund_only"][1].id, "reject",
                   {"reason_code": note_only.code, "note": "已协商", "evidence_ids": [],
                    "key": new_key()})
    rejected = _last(demo_store, cases["refund_only"][1].id)
    assert labels.label("action", rejected["action"]) == "Refund rejected"
    text = describe_changes(rejected["changes"])
    assert note_only.zh in text and f": {note_only.code}" not in text

    case_money.act(demo_store, "lina", refund, "approve_refund", {"key": new_key()})
    approved = _last(demo_store, refund)
    assert labels.label("action", approved["action"]) == "Refund approved"
    assert "Refunded: ¥" in describe_changes(approved["changes"])
