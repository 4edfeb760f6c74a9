"""The aggregate queries behind the order-based reports: refund rate and quality
refunds (refunded orders / orders paid in the period) and the suppliers' exception
rate. Everything is counted with GROUP BY in the database; a result is a few hundred
rows however many orders there are.

An order counts as refunded when one of its refund-only or return-and-refund cases was
resolved (the refund approved, or the returned goods passed inspection) or was
refunded by the platform by itself (a fast refund), whenever that happened.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from sqlalchemy import ColumnElement, case, distinct, func, or_, select
from sqlalchemy.orm import Session

from app.domain.enums import QUALITY_REASONS, REFUND_KINDS, CaseKind, CaseStatus, ExceptionSubtype
from app.store.models import Case, Order, OrderItem, Product, Shop, Sku, Supplier
from app.store.report_sql import Scope, day_number, in_period, item_matches, of_shop, order_matches

Grouping = Literal["shop_day", "product", "sku"]

_REFUND_KINDS = sorted(k.value for k in REFUND_KINDS)
QUALITY_SUBTYPES = (ExceptionSubtype.QUALITY_DEFECT.value, ExceptionSubtype.UNUSABLE.value)


def refunded_case() -> ColumnElement[bool]:
    """A case whose money went back to the buyer (the module's definition)."""
    return Case.kind.in_(_REFUND_KINDS) & or_(
        Case.status == CaseStatus.RESOLVED.value, Case.fast_refund.is_(True))


def _refunded_orders(quality: bool) -> Any:
    stmt = select(Case.order_id).where(refunded_case(), Case.order_id.is_not(None))
    return stmt.where(Case.quality_refund.is_(True)) if quality else stmt


def refund_groups(session: Session, scope: Scope, by: Grouping,
                  quality: bool = False) -> list[Sequence[Any]]:
    """Of the orders paid in the period: (shop, platform, day number | product | SKU id,
    refunded orders, paid orders); `quality` counts only quality refunds as refunded.
    By shop and day every order is one row, so the groups add up to any total; by
    product (SKU) an order counts once for each matching product (SKU) it holds."""
    refunded = Order.id.in_(_refunded_orders(quality))
    where = [Order.paid_at.is_not(None), *in_period(Order.paid_at, scope),
             *of_shop(Order.shop_id, scope)]
    if by == "shop_day":
        keys: tuple[Any, ...] = (Shop.name, Shop.platform, day_number(Order.paid_at))
        stmt = (select(*keys, func.sum(case((refunded, 1), else_=0)), func.count(Order.id))
                .join(Shop, Shop.id == Order.shop_id)
                .where(*where, *order_matches(Order.id, scope)))
    else:
        keys = (OrderItem.product_name,) if by == "product" else (OrderItem.sku_id,)
        stmt = (select(*keys, func.count(distinct(case((refunded, Order.id)))),
                       func.count(distinct(Order.id)))
                .select_from(Order).join(OrderItem, OrderItem.order_id == Order.id)
                .where(*where, *item_matches(scope)))
        if by == "sku":
            stmt = stmt.where(OrderItem.sku_id.is_not(None))
    return list(session.execute(stmt.group_by(*keys)).all())


def sku_names(session: Session) -> dict[int, tuple[str, str]]:
    """SKU id -> (code, product name): a few hundred rows, joined in Python so that the
    grouping above stays on one integer."""
    rows = session.execute(select(Sku.id, Sku.code, Product.name)
                           .join(Product, Product.id == Sku.product_id))
    return {sku_id: (code, name) for sku_id, code, name in rows}


def supplier_groups(session: Session, scope: Scope) -> list[Sequence[Any]]:
    """(supplier, orders paid in the period with its products, exception-parcel cases of
    those orders, of which quality problems) per supplier."""
    quality = or_(Case.reason.in_(sorted(r.value for r in QUALITY_REASONS)),
                  Case.exception_subtype.in_(QUALITY_SUBTYPES))
    stmt = (
        select(Supplier.name, func.count(distinct(Order.id)), func.count(distinct(Case.id)),
               func.count(distinct(case((quality, Case.id)))))
        .select_from(Order)
        .join(OrderItem, OrderItem.order_id == Order.id)
        .join(Sku, Sku.id == OrderItem.sku_id)
        .join(Product, Product.id == Sku.product_id)
        .join(Supplier, Supplier.id == Product.supplier_id)
        .outerjoin(Case, (Case.order_id == Order.id)
                   & (Case.kind == CaseKind.EXCEPTION_PARCEL.value))
        .where(Order.paid_at.is_not(None), *in_period(Order.paid_at, scope),
               *of_shop(Order.shop_id, scope), *item_matches(scope))
        .group_by(Supplier.name)
    )
    return list(session.execute(stmt).all())
