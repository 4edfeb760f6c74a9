"""The queries behind the exports: cases of a view, orders flagged for priority shipping.

Rows are streamed (`yield_per`), never loaded all at once; the service turns them
into spreadsheet rows.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.domain.filters import CaseFilter
from app.store.case_queries import apply_filter
from app.store.models import Buyer, Case, Order, OrderItem, Shipment, Shop, User


def _cases_statement(f: CaseFilter, limit: int | None) -> Select[*tuple[Any, ...]]:
    stmt = (
        select(Case.case_no, Shop.platform, Shop.name, Order.platform_order_no, Case.kind,
               Case.exception_subtype, Case.reason, Case.reason_text, Case.status,
               Case.platform_status, Case.amount_fen, Case.quality_refund, Case.second_refund,
               Case.fast_refund, Case.priority, User.name, Buyer.nickname, Case.deadline_at,
               Case.created_at, Case.updated_at, Case.note, Buyer.name, Buyer.phone,
               Buyer.address)
        .join(Shop, Shop.id == Case.shop_id)
        .outerjoin(Order, Order.id == Case.order_id)
        .outerjoin(Buyer, Buyer.id == Order.buyer_id)
        .outerjoin(User, User.id == Case.assignee_id)
    )
    filtered = apply_filter(stmt, f).order_by(Case.id)
    return filtered if limit is None else filtered.limit(limit)


def count_cases(session: Session, f: CaseFilter, limit: int | None) -> int:
    stmt = _cases_statement(f, limit)
    return int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)


def case_rows(session: Session, f: CaseFilter, limit: int | None,
              batch: int) -> Iterator[Sequence[Any]]:
    """(case_no, platform, shop, order_no, kind, subtype, reason, reason_text, status,
    platform_status, amount_fen, quality, second, fast, priority, assignee, buyer,
    deadline, created, updated, note, buyer's name, phone, address) per case, in id order."""
    stmt = _cases_statement(f, limit)
    yield from session.execute(stmt.execution_options(yield_per=batch))


def priority_orders(session: Session, batch: int) -> Iterator[Sequence[Any]]:
    """(order id, platform, shop, order_no, status, paid_at) of every order with a
    shipment flagged for priority shipping, oldest payment first."""
    flagged = select(Shipment.order_id).where(Shipment.priority_shipping.is_(True))
    stmt = (
        select(Order.id, Shop.platform, Shop.name, Order.platform_order_no, Order.status,
               Order.paid_at)
        .join(Shop, Shop.id == Order.shop_id)
        .where(Order.id.in_(flagged))
        .order_by(Order.paid_at, Order.id)
    )
    yield from session.execute(stmt.execution_options(yield_per=batch))


def order_items(session: Session, ids: Sequence[int]) -> Iterator[Sequence[Any]]:
    """(order id, product name, SKU spec, quantity) of the orders' items."""
    rows = session.execute(
        select(OrderItem.order_id, OrderItem.product_name, OrderItem.sku_spec, OrderItem.quantity)
        .where(OrderItem.order_id.in_(ids)).order_by(OrderItem.id))
    yield from rows


def outbound_shipments(session: Session, ids: Sequence[int]) -> Iterator[Sequence[Any]]:
    """(order id, carrier, tracking no., times urged) of the orders' outbound parcels."""
    rows = session.execute(
        select(Shipment.order_id, Shipment.carrier, Shipment.tracking_no, Shipment.urge_count)
        .where(Shipment.order_id.in_(ids), Shipment.kind == "outbound").order_by(Shipment.id))
    yield from rows
