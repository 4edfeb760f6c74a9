"""Reading and changing cases."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from app.domain.case_status import allowed_targets
from app.domain.clock import iso_utc, utcnow
from app.domain.entities import Case, Order
from app.domain.enums import CaseStatus
from app.domain.errors import DomainError
from app.domain.filters import CaseFilter
from app.domain.money import fen_to_yuan
from app.services.store import Store


class CaseNotFound(DomainError):
    def __init__(self, ref: int | str) -> None:
        super().__init__(f"no case with id or case no. {ref}")
        self.ref = ref


@dataclass(frozen=True)
class CaseSummary:
    id: int
    case_no: str
    shop: str
    platform: str
    kind: str
    status: str
    reason: str
    amount: str
    deadline: str | None
    assignee: str | None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def list_cases(store: Store, f: CaseFilter, limit: int = 100, offset: int = 0) -> list[CaseSummary]:
    with store.unit_of_work() as uow:
        rows = uow.cases.list_rows(f, limit, offset)
    return [
        CaseSummary(r[0], r[1], r[2], r[3], r[4], r[5], r[6], fen_to_yuan(r[7]), iso_utc(r[8]), r[9])
        for r in rows
    ]


def case_detail(store: Store, ref: int | str) -> dict[str, Any]:
    """The case (by id or case no.) with its order, shipments and full history, as
    plain JSON-able data."""
    with store.unit_of_work() as uow:
        case_id = uow.cases.find_id(ref)
        case = uow.cases.get(case_id) if case_id is not None else None
        evidence = uow.evidence.counts(case.id) if case is not None else (0, set())
    if case is None:
        raise CaseNotFound(ref)
    return case_to_json(case, evidence)


def case_to_json(case: Case, evidence: tuple[int, set[str]] = (0, set())) -> dict[str, Any]:
    """`evidence`: how many files the case shows, and the playbook steps they are on."""
    # Imported here: the playbooks act on cases through case_actions, which needs this module.
    from app.services.playbooks import playbook_json

    order = case.order
    now = utcnow()
    return {
        "id": case.id,
        "case_no": case.case_no,
        "shop": case.shop.name,
        "platform": case.shop.platform.value,
        "kind": case.kind.value,
        "exception_subtype": case.exception_subtype and case.exception_subtype.value,
        "reason": case.reason.value,
        "reason_text": case.reason_text,
        "quality_refund": case.counts_as_quality_refund,
        "second_refund": case.second_refund,
        "fast_refund": case.fast_refund,
        "urged": bool(order and order.urged),
        "platform_status": case.platform_status,
        "status": case.status.value,
        "open": case.is_open,
        "overdue": case.is_overdue(now),
        "priority": int(case.priority),
        "deadline": iso_utc(case.deadline_at),
        "assignee": case.assignee,
        "amount": fen_to_yuan(case.amount_fen),
        "note": case.note,
        "version": case.version,
        **_handling_json(case, now),
        "evidence_count": evidence[0],
        "evidence_steps": sorted(evidence[1]),
        "playbook": None if case.state is None else playbook_json(case.state,
                                                                  evidence_steps=evidence[1]),
        "created_at": iso_utc(case.created_at),
        "updated_at": iso_utc(case.updated_at),
        "order": None if order is None else _order_json(order),
        "history": [
            {"seq": h.seq, "at": iso_utc(h.at), "actor": h.actor, "action": h.action,
             "changes": h.changes, "hash": h.hash}
            for h in case.history
        ],
    }


def _order_json(order: Order) -> dict[str, Any]:
    buyer = order.buyer
    return {
        "order_no": order.platform_order_no,
        "status": order.status,
        "total": fen_to_yuan(order.total_fen),
        "paid_at": iso_utc(order.paid_at),
        "priority_shipping": order.priority_shipping,
        "buyer": None if buyer is None else {
            "nickname": buyer.nickname,
            "name": buyer.masked_name,
            "phone": buyer.masked_phone,
            "address": buyer.masked_address,
        },
        "items": [
            {"product": i.product_name, "sku_spec": i.sku_spec,
             "sku_code": i.sku.code if i.sku else None,
             "supplier": i.sku.supplier.name if i.sku and i.sku.supplier else None,
             "quantity": i.quantity, "unit_price": fen_to_yuan(i.unit_price_fen)}
            for i in order.items
        ],
        "shipments": [
            {"kind": s.kind.value, "carrier": s.carrier, "tracking_no": s.tracking_no,
             "shipped_at": iso_utc(s.shipped_at), "delivered_at": iso_utc(s.delivered_at),
             "urge_count": s.urge_count, "priority_shipping": s.priority_shipping}
            for s in order.shipments
        ],
    }


def _handling_json(case: Case, now: Any) -> dict[str, Any]:
    """Tags, steps done, the paused clock and what the platform will do by itself."""
    state = case.state
    if state is None:
        return {}
    left = state.time_left(now)
    return {
        "next_statuses": [s.value for s in CaseStatus if s in allowed_targets(state.status)],
        "tags": list(state.tags),
        "steps_done": dict(state.steps),
        "paused": state.paused_at is not None,
        "paused_at": iso_utc(state.paused_at),
        "seconds_left": None if left is None else int(left.total_seconds()),
        "escalated_to": state.escalated_to,
        "needs_look": state.needs_look,
        "auto_action": state.auto_action,
        "platform_updated_at": iso_utc(state.platform_updated_at),
        "pauses": _pauses(case),
        "notes": [{"at": iso_utc(h.at), "actor": h.actor, "text": h.changes.get("note")}
                  for h in case.history if h.changes.get("note")],
    }


def _pauses(case: Case) -> list[dict[str, Any]]:
    """Each stretch the deadline clock stood still, from the history."""
    out: list[dict[str, Any]] = []
    for h in case.history:
        change = h.changes.get("paused_at")
        if not isinstance(change, list) or len(change) != 2:
            continue
        if change[1] is not None:
            out.append({"from": iso_utc(h.at), "to": None, "status": _after(h, "status")})
        elif out and out[-1]["to"] is None:
            out[-1]["to"] = iso_utc(h.at)
    return out


def _after(h: Any, name: str) -> Any:
    change = h.changes.get(name)
    return change[1] if isinstance(change, list) and len(change) == 2 else None
