"""The Actions tab's one read of a case (`case_money.summary`) and its one way in
(`case_money.act`), on a real store: the actions are `legal_actions`' for the case, the
limits the payment rules', and each action name reaches its service with the key."""

from __future__ import annotations

import pytest

from app.domain.errors import RuleRefused
from app.domain.filters import CaseFilter
from app.services import case_money, payment_lists
from app.services.cases import case_detail, list_cases
from app.services.idempotency import new_key

USER = "lina"


def _case(store, kind: str, statuses=("new", "in_progress")) -> int:  # type: ignore[no-untyped-def]
    found = list_cases(store, CaseFilter(kinds=(kind,), statuses=statuses), limit=1)
    assert found, kind
    return found[0].id


def test_summary_of_a_refund_only_case(demo_store) -> None:  # type: ignore[no-untyped-def]
    case_id = _case(demo_store, "refund_only")
    s = case_money.summary(demo_store, USER, case_id)
    assert s["actions"][0] == "approve_refund"
    assert "approve_return" not in s["actions"] and "reject" in s["actions"]
    assert s["limits"]["order_payments_left"] == 3
    assert s["limits"]["approval_threshold"] == "50.00"
    assert s["payments"] == [] and s["cost"]["total_fen"] == 0
    assert s["reject_reasons"] and all(r.code for r in s["reject_reasons"])
    assert s["max_images"] >= 0 and isinstance(s["evidence"], list)


def test_a_closed_case_allows_only_goodwill(demo_store) -> None:  # type: ignore[no-untyped-def]
    case_id = _case(demo_store, "refund_only", statuses=("resolved",))
    assert case_money.summary(demo_store, USER, case_id)["actions"] == ["compensate", "coupon"]


def test_act_pays_once_per_key_and_the_summary_follows(demo_store) -> None:  # type: ignore[no-untyped-def]
    case_id = _case(demo_store, "exception_parcel")
    key = new_key()
    params = {"amount_fen": 500, "reason": "goodwill", "note": None, "key": key}
    first = case_money.act(demo_store, USER, case_id, "compensate", params)
    again = case_money.act(demo_store, USER, case_id, "compensate", params)
    assert first["status"] == "approved" and not first["replayed"] and again["replayed"]
    assert len(payment_lists.list_payments(demo_store, case=case_id)) == 1
    s = case_money.summary(demo_store, USER, case_id)
    assert s["limits"]["order_payments_left"] == 2
    assert s["cost"]["parts"]["compensation"] == 500
    paid = case_money.act(demo_store, USER, case_id, "confirm_paid",
                          {"payment_id": first["id"], "reference": "KS-1", "key": new_key()})
    assert paid["status"] == "paid"


def test_act_approves_a_refund_and_refuses_by_rule(demo_store) -> None:  # type: ignore[no-untyped-def]
    case_id = _case(demo_store, "refund_only")
    amount = case_detail(demo_store, case_id)["amount"]
    with pytest.raises(RuleRefused) as refused:
        case_money.act(demo_store, USER, case_id, "compensate",
                       {"amount_fen": 1_000_001, "reason": "other", "key": new_key()})
    assert refused.value.code == "order_amount"
    done = case_money.act(demo_store, USER, case_id, "approve_refund", {"key": new_key()})
    assert done["status"] == "resolved"
    assert case_detail(demo_store, case_id)["history"][-1]["action"] == "approve_refund"
    assert amount in str(case_detail(demo_store, case_id)["history"][-1]["changes"])


def test_an_unknown_action_is_refused(demo_store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError):
        case_money.act(demo_store, USER, _case(demo_store, "refund_only"), "teleport",
                       {"key": new_key()})
