"""Repositories: rows in, domain entities out."""

from __future__ import annotations

import json

from sqlalchemy.orm import Session, selectinload

from app.domain import entities as e
from app.domain.enums import (
    CaseKind,
    CaseStatus,
    ExceptionSubtype,
    Platform,
    Priority,
    Reason,
    ShipmentKind,
)
from app.store import models as m
from app.store.history import events_of


def _shop(row: m.Shop) -> e.Shop:
    return e.Shop(row.id, Platform(row.platform), row.name)


def _sku(row: m.Sku | None) -> e.Sku | None:
    if row is None:
        return None
    sup = row.product.supplier
    return e.Sku(row.id, row.code, row.spec, row.price_fen, row.product.name,
                 e.Supplier(sup.id, sup.name, sup.contact) if sup else None)


def _order(row: m.Order) -> e.Order:
    buyer = row.buyer
    return e.Order(
        id=row.id, shop=_shop(row.shop), platform_order_no=row.platform_order_no,
        total_fen=row.total_fen, paid_at=row.paid_at, status=row.status,
        buyer=None if buyer is None else e.Buyer(
            buyer.id, Platform(buyer.platform), buyer.nickname, buyer.name, buyer.phone,
            buyer.address),
        items=tuple(
            e.OrderItem(i.product_name, i.sku_spec, i.quantity, i.unit_price_fen, _sku(i.sku),
                        i.platform_sub_order_no)
            for i in row.items),
        shipments=tuple(
            e.Shipment(ShipmentKind(s.kind), s.carrier, s.tracking_no, s.shipped_at,
                       s.delivered_at, s.urge_count, s.priority_shipping)
            for s in row.shipments),
    )


class CaseRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, case_id: int, *, with_history: bool = True) -> e.Case | None:
        row = self.session.get(m.Case, case_id, options=[
            selectinload(m.Case.order).selectinload(m.Order.items),
            selectinload(m.Case.order).selectinload(m.Order.shipments),
        ])
        if row is None:
            return None
        history = tuple(
            e.HistoryEntry(ev.seq, ev.at, ev.actor, ev.action, json.loads(ev.changes), ev.hash)
            for ev in events_of(self.session, case_id)
        ) if with_history else ()
        return e.Case(
            id=row.id, case_no=row.case_no, shop=_shop(row.shop), kind=CaseKind(row.kind),
            reason=Reason(row.reason), status=CaseStatus(row.status), amount_fen=row.amount_fen,
            created_at=row.created_at, updated_at=row.updated_at,
            order=_order(row.order) if row.order else None,
            exception_subtype=ExceptionSubtype(row.exception_subtype) if row.exception_subtype else None,
            reason_text=row.reason_text, quality_refund=row.quality_refund,
            second_refund=row.second_refund, fast_refund=row.fast_refund,
            platform_status=row.platform_status, priority=Priority(row.priority),
            deadline_at=row.deadline_at, assignee=row.assignee.name if row.assignee else None,
            note=row.note, history=history,
        )
