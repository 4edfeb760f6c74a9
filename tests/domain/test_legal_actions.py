"""The one table of what a case's kind and status allow (the Actions tab offers these,
every money and fulfilment action checks itself against them)."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.case_rules import CaseState
from app.domain.enums import CaseKind as K
from app.domain.enums import CaseStatus as S
from app.domain.enums import Reason as R
from app.domain.errors import RuleRefused
from app.domain.legal_actions import (
    ACTIONS,
    ActionNotAllowed,
    check_allowed,
    legal_actions,
    shipped_state,
)

T0 = datetime(2026, 11, 20, 9, 0)


def _state(kind: K, status: S, reason: R = R.BUYER_MISTAKE, fast: bool = False,
           order: bool = True) -> CaseState:
    return CaseState(kind=kind, reason=reason, status=status, amount_fen=19_900,
                     fast_refund=fast, order_id=7 if order else None)


# kind, status, reason, has_order, shipped, fast refund -> the actions offered
TABLE = [
    (K.REFUND_ONLY, S.NEW, R.BUYER_MISTAKE, True, None, False,
     ("approve_refund", "reject", "fast_refund", "compensate", "coupon", "escalate")),
    (K.REFUND_ONLY, S.PENDING_APPROVAL, R.BUYER_MISTAKE, True, None, False,
     ("approve_refund", "reject", "fast_refund", "compensate", "coupon")),
    (K.REFUND_ONLY, S.IN_PROGRESS, R.BUYER_MISTAKE, True, None, True,
     ("appeal", "compensate", "coupon", "escalate")),
    (K.REFUND_ONLY, S.NEW, R.MISSING_ITEM, False, None, False,
     ("approve_refund", "reject", "fast_refund", "reship", "escalate")),
    (K.RETURN_REFUND, S.NEW, R.NO_REASON_7DAY, True, None, False,
     ("approve_return", "reject", "fast_refund", "compensate", "coupon", "escalate")),
    (K.RETURN_REFUND, S.WAITING_BUYER, R.NO_REASON_7DAY, True, None, False,
     ("approve_return", "fast_refund", "compensate", "coupon", "escalate")),
    (K.RETURN_REFUND, S.WAITING_RETURN, R.NO_REASON_7DAY, True, None, False,
     ("receive_return", "fast_refund", "compensate", "coupon", "escalate")),
    (K.RETURN_REFUND, S.INSPECTING, R.QUALITY_PROBLEM, True, None, False,
     ("inspect", "reject", "fast_refund", "compensate", "coupon", "escalate")),
    (K.RETURN_REFUND, S.IN_PROGRESS, R.NO_REASON_7DAY, True, None, True,
     ("receive_return", "appeal", "compensate", "coupon", "escalate")),
    (K.RETURN_REFUND, S.INSPECTING, R.NO_REASON_7DAY, True, None, True,
     ("inspect", "appeal", "compensate", "coupon", "escalate")),
    (K.RETURN_REFUND, S.ESCALATED, R.NO_REASON_7DAY, True, None, False,
     ("reject", "fast_refund", "compensate", "coupon")),
    (K.EXCEPTION_PARCEL, S.NEW, R.TRANSIT_DAMAGE, True, True, False,
     ("compensate", "coupon", "reship", "intercept", "escalate")),
    (K.EXCEPTION_PARCEL, S.WAITING_SUPPLIER, R.LOST, True, None, False,
     ("compensate", "coupon", "reship", "escalate")),
    (K.EXCHANGE, S.IN_PROGRESS, R.WRONG_ITEM, True, None, False,
     ("compensate", "coupon", "reship", "exchange", "escalate")),
    (K.RESHIP, S.NEW, R.LOST, True, None, False,
     ("compensate", "coupon", "reship", "escalate")),
    (K.INTERCEPT, S.NEW, R.BUYER_MISTAKE, True, True, False,
     ("compensate", "coupon", "intercept", "escalate")),
    (K.INTERCEPT, S.NEW, R.BUYER_MISTAKE, True, None, False,
     ("compensate", "coupon", "escalate")),
    (K.ADDRESS_CHANGE, S.NEW, R.BUYER_MISTAKE, True, False, False,
     ("compensate", "coupon", "address_change", "escalate")),
    (K.ADDRESS_CHANGE, S.NEW, R.BUYER_MISTAKE, True, True, False,
     ("compensate", "coupon", "intercept", "escalate")),
    (K.URGE, S.NEW, R.LATE_SHIPMENT, False, None, False, ("escalate",)),
    (K.REFUND_ONLY, S.RESOLVED, R.BUYER_MISTAKE, True, True, False, ("compensate", "coupon")),
    (K.RETURN_REFUND, S.REJECTED, R.QUALITY_PROBLEM, True, None, True,
     ("compensate", "coupon")),
    (K.EXCEPTION_PARCEL, S.CANCELLED, R.TRANSIT_DAMAGE, False, None, False, ()),
]


@pytest.mark.parametrize("kind, status, reason, has_order, shipped, fast, expected", TABLE)
def test_legal_actions_table(kind, status, reason, has_order, shipped, fast, expected) -> None:
    state = _state(kind, status, reason, fast, has_order)
    assert legal_actions(state, has_order=has_order, shipped=shipped,
                         fast_refund=fast) == expected


def test_actions_are_offered_in_one_stable_order_and_only_known_names() -> None:
    assert ACTIONS == ("approve_refund", "approve_return", "receive_return", "inspect",
                       "reject", "fast_refund", "appeal", "compensate", "coupon", "reship",
                       "exchange", "intercept", "address_change", "escalate")
    for *_, expected in TABLE:
        assert list(expected) == sorted(expected, key=ACTIONS.index)


def test_the_state_s_own_fast_refund_flag_counts_too() -> None:
    state = _state(K.REFUND_ONLY, S.IN_PROGRESS, fast=True)
    assert "approve_refund" not in legal_actions(state, has_order=True, shipped=None,
                                                 fast_refund=False)


def test_check_allowed_refuses_by_rule_naming_action_kind_and_status() -> None:
    with pytest.raises(ActionNotAllowed) as err:
        check_allowed("approve_refund", _state(K.RETURN_REFUND, S.NEW))
    assert isinstance(err.value, RuleRefused) and err.value.code == "action_not_allowed"
    assert err.value.numbers == {"action": "approve_refund", "kind": "return_refund",
                                 "status": "new", "fast_refund": False}
    assert "return_refund" in str(err.value) and "new" in str(err.value)
    check_allowed("approve_return", _state(K.RETURN_REFUND, S.NEW))  # allowed: no error


@pytest.mark.parametrize("shipments, expected", [
    ([], None),
    ([("outbound", None, None)], False),
    ([("outbound", T0, None)], True),
    ([("outbound", T0, T0)], None),
    ([("return", T0, None)], None),
    ([("outbound", T0, T0), ("outbound", T0, None)], True),
])
def test_shipped_state_from_an_order_s_shipments(shipments, expected) -> None:
    assert shipped_state(shipments) is expected
