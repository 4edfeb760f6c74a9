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

Grouping = Literal["product", "sku", "shop", "day", "total"]

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
    """(group key columns…, refunded orders, paid orders) of the orders paid in the
    period; `quality` counts only quality refunds as refunded. By product or SKU an
    order counts once for each product (SKU) it holds that matches the scope."""
    refunded = Order.id.in_(_refunded_orders(quality))
    paid = func.count(distinct(Order.id))
    hit = func.count(distinct(case((refunded, Order.id))))
    where = [Order.paid_at.is_not(None), *in_period(Order.paid_at, scope),
             *of_shop(Order.shop_id, scope)]
    keys: tuple[Any, ...]
    if by in ("product", "sku"):
        stmt = select().select_from(Order).join(OrderItem, OrderItem.order_id == Order.id)
        where += item_matches(scope)
        if by == "product":
            keys = (OrderItem.product_name,)
        else:
            stmt = (stmt.join(Sku, Sku.id == OrderItem.sku_id)
                    .join(Product, Product.id == Sku.product_id))
            keys = (Sku.code, Product.name)
    else:
        stmt = select().select_from(Order)
        where += order_matches(Order.id, scope)
        if by == "shop":
            stmt = stmt.join(Shop, Shop.id == Order.shop_id)
            keys = (Shop.name, Shop.platform)
        elif by == "day":
            keys = (day_number(Order.paid_at),)
        else:
            keys = ()
    stmt = stmt.add_columns(*keys, hit, paid).where(*where)
    if keys:
        stmt = stmt.group_by(*keys)
    return list(session.execute(stmt).all())


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
