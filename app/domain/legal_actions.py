"""Which actions a case's kind and status allow: the one list the Actions tab offers
and every money and fulfilment action checks itself against before it does anything.

A refusal of an action the case's state does not allow is a rule's refusal
(`ActionNotAllowed`, code "action_not_allowed"): the command line exits 3 and names
the action, the kind and the status.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from app.domain.case_rules import CaseState
from app.domain.case_status import can_transition
from app.domain.entities import Case
from app.domain.enums import REFUND_KINDS, CaseKind, CaseStatus, Reason, ShipmentKind
from app.domain.errors import RuleRefused

K = CaseKind
S = CaseStatus

# Every action the Actions tab can offer, in the order it offers them.
ACTIONS = ("approve_refund", "approve_return", "receive_return", "inspect", "reject",
           "fast_refund", "appeal", "compensate", "coupon", "reship", "exchange", "intercept",
           "address_change", "escalate")

# Cases whose goods must be sent again: a parcel gone wrong, a reship or an exchange
# asked for, and any case about goods missing or wrong in the parcel.
_RESHIP_KINDS = frozenset({K.EXCEPTION_PARCEL, K.RESHIP, K.EXCHANGE})
_RESHIP_REASONS = frozenset({Reason.MISSING_ITEM, Reason.WRONG_ITEM})


class ActionNotAllowed(RuleRefused):
    def __init__(self, action: str, state: CaseState) -> None:
        super().__init__(f"{action} is not allowed on a {state.kind.value} case that is "
                         f"{state.status.value}"
                         + (" (the platform already refunded it: fast refund)"
                            if state.fast_refund else ""),
                         "action_not_allowed", action=action, kind=state.kind.value,
                         status=state.status.value, fast_refund=state.fast_refund)
        self.action = action


def shipped_state(shipments: Iterable[tuple[str, datetime | None, datetime | None]]
                  ) -> bool | None:
    """What `legal_actions` calls `shipped`, from an order's (kind, shipped_at,
    delivered_at) shipments: True while an outbound parcel is on its way (shipped, not
    delivered), False before anything went out, None when there is no outbound parcel
    to act on any more (delivered) or no order."""
    outbound = [(s, d) for kind, s, d in shipments if kind == ShipmentKind.OUTBOUND.value]
    if not outbound:
        return None
    if any(s is not None and d is None for s, d in outbound):
        return True
    if all(s is None for s, _d in outbound):
        return False
    return None


def _allowed(action: str, st: CaseState, has_order: bool, shipped: bool | None,
             fast: bool) -> bool:
    kind, status = st.kind, st.status
    refund = kind in REFUND_KINDS
    if action == "approve_refund":
        return kind == K.REFUND_ONLY and not fast and can_transition(status, S.RESOLVED)
    if action == "approve_return":
        return (kind == K.RETURN_REFUND and not fast
                and can_transition(status, S.WAITING_RETURN))
    if action == "receive_return":
        # A fast-refunded return is still watched for: its parcel may come back.
        return kind == K.RETURN_REFUND and (
            status == S.WAITING_RETURN or (fast and status == S.IN_PROGRESS))
    if action == "inspect":
        return kind == K.RETURN_REFUND and status == S.INSPECTING
    if action == "reject":
        # Once the platform refunded by itself, there is nothing left to reject: appeal.
        return refund and not fast and can_transition(status, S.REJECTED)
    if action == "fast_refund":
        return refund and not fast
    if action == "appeal":
        return fast and can_transition(status, S.ESCALATED)
    if action in ("compensate", "coupon"):
        return has_order
    if action == "reship":
        return kind in _RESHIP_KINDS or st.reason in _RESHIP_REASONS
    if action == "exchange":
        return kind == K.EXCHANGE
    if action == "intercept":
        return has_order and shipped is True
    if action == "address_change":
        return has_order and shipped is False
    if action == "escalate":
        return can_transition(status, S.ESCALATED)
    raise ValueError(f"unknown action {action!r}")


def legal_actions(state: CaseState, *, has_order: bool, shipped: bool | None,
                  fast_refund: bool) -> tuple[str, ...]:
    """The actions a case's kind and status allow, in ACTIONS order. A closed case
    still takes a compensation or a coupon (the buyer comes back after the case is
    settled; the payment window and caps still hold), nothing else.
    `shipped` as `shipped_state` says; `fast_refund`: the platform refunded by itself."""
    if not state.is_open:
        return ("compensate", "coupon") if has_order else ()
    return tuple(a for a in ACTIONS
                 if _allowed(a, state, has_order, shipped, fast_refund or state.fast_refund))


def case_actions(case: Case) -> tuple[str, ...]:
    """`legal_actions` of a case as read from the store, its order's parcels included."""
    assert case.state is not None
    order = case.order
    shipped = None if order is None else shipped_state(
        (s.kind.value, s.shipped_at, s.delivered_at) for s in order.shipments)
    return legal_actions(case.state, has_order=order is not None, shipped=shipped,
                         fast_refund=case.fast_refund)


def check_allowed(action: str, state: CaseState, *, has_order: bool | None = None,
                  shipped: bool | None = None) -> None:
    """Raise ActionNotAllowed unless the case's state allows `action` (has_order: from
    the state's order unless given)."""
    order = state.order_id is not None if has_order is None else has_order
    if action not in legal_actions(state, has_order=order, shipped=shipped,
                                   fast_refund=state.fast_refund):
        raise ActionNotAllowed(action, state)
