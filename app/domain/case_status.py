"""The explicit state machine of our own handling status of a case.

The platform's status (待买家退货, 退款成功 …) is stored as the platform says it; this is
the merchant-side workflow, and only these moves are allowed.
"""

from app.domain.enums import CaseStatus as S
from app.domain.errors import IllegalTransition

_REOPEN = frozenset({S.IN_PROGRESS})

TRANSITIONS: dict[S, frozenset[S]] = {
    S.NEW: frozenset({
        S.IN_PROGRESS, S.WAITING_BUYER, S.WAITING_RETURN, S.PENDING_APPROVAL,
        S.ESCALATED, S.RESOLVED, S.REJECTED, S.CANCELLED,
    }),
    S.IN_PROGRESS: frozenset({
        S.WAITING_BUYER, S.WAITING_RETURN, S.WAITING_SUPPLIER, S.PENDING_APPROVAL,
        S.ESCALATED, S.RESOLVED, S.REJECTED, S.CANCELLED,
    }),
    S.WAITING_BUYER: frozenset({
        S.IN_PROGRESS, S.WAITING_RETURN, S.ESCALATED, S.RESOLVED, S.CANCELLED,
    }),
    # The buyer ships the parcel back; it can only be inspected once it arrives.
    S.WAITING_RETURN: frozenset({S.INSPECTING, S.IN_PROGRESS, S.ESCALATED, S.CANCELLED}),
    S.INSPECTING: frozenset({
        S.IN_PROGRESS, S.WAITING_SUPPLIER, S.PENDING_APPROVAL, S.ESCALATED,
        S.RESOLVED, S.REJECTED,
    }),
    # Goods sent to the supplier for appraisal (鉴定).
    S.WAITING_SUPPLIER: frozenset({S.IN_PROGRESS, S.ESCALATED, S.RESOLVED, S.REJECTED}),
    # A supervisor decides: approve (resolved), refuse (rejected) or send back.
    S.PENDING_APPROVAL: frozenset({S.IN_PROGRESS, S.RESOLVED, S.REJECTED}),
    S.ESCALATED: frozenset({S.IN_PROGRESS, S.RESOLVED, S.REJECTED}),
    S.RESOLVED: _REOPEN,
    S.REJECTED: _REOPEN,
    S.CANCELLED: _REOPEN,
}


def allowed_targets(current: S | str) -> frozenset[S]:
    return TRANSITIONS[S(current)]


def can_transition(current: S | str, target: S | str) -> bool:
    return S(target) in TRANSITIONS[S(current)]


def check_transition(current: S | str, target: S | str) -> S:
    """Return the target status, or raise IllegalTransition."""
    cur, tgt = S(current), S(target)
    if tgt not in TRANSITIONS[cur]:
        raise IllegalTransition(cur.value, tgt.value)
    return tgt
