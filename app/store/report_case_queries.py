"""The aggregate queries behind the case-based reports: refund cases by reason and
outcome, compensation and coupons per shop-day, the cost of cases, deadline compliance
and handling time, agents' workload. GROUP BY in the database, a few hundred rows out.

A case closes at its last history event that changed its status: a closed case's
latest status change is the one that closed it (a coupon given afterwards does not
move it). Its handling time runs from its arrival (created_at) to that event.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from app.domain.enums import CLOSED_STATUSES, OPEN_STATUSES, REFUND_KINDS
from app.domain.payments import COUNTING
from app.store.models import Case, CaseCost, CaseEvent, Coupon, OrderItem, Payment, Shop, User
from app.store.report_sql import (
    Scope,
    bucket,
    day_number,
    in_days,
    in_period,
    item_matches,
    of_shop,
    order_matches,
)

COST_COLUMNS = (CaseCost.refunded_fen, CaseCost.marketing_fen, CaseCost.logistics_fen,
                CaseCost.processing_fen, CaseCost.goods_loss_fen, CaseCost.compensation_fen,
                CaseCost.coupon_fen)
# How the history writes a status change (canonical JSON, app.domain.history).
STATUS_CHANGE = '%"status":[%'


def _cases_in(scope: Scope, when: Any = Case.created_at) -> list[ColumnElement[bool]]:
    return [*in_period(when, scope), *of_shop(Case.shop_id, scope),
            *order_matches(Case.order_id, scope)]


def refund_case_groups(session: Session, scope: Scope) -> list[Sequence[Any]]:
    """(shop, platform, reason, status, fast refund, second refund, cases, amount fen) of
    the refund-only and return-and-refund cases opened in the period."""
    keys = (Shop.name, Shop.platform, Case.reason, Case.status, Case.fast_refund,
            Case.second_refund)
    stmt = (select(*keys, func.count(Case.id), func.coalesce(func.sum(Case.amount_fen), 0))
            .join(Shop, Shop.id == Case.shop_id)
            .where(Case.kind.in_(sorted(k.value for k in REFUND_KINDS)), *_cases_in(scope))
            .group_by(*keys))
    return list(session.execute(stmt).all())


def payment_groups(session: Session, scope: Scope) -> list[Sequence[Any]]:
    """(shop id, shop, platform, shop-day, reason, payments, fen) of the payments that
    count against the caps (pending, approved, paid), by the day they count on."""
    keys = (Payment.shop_id, Shop.name, Shop.platform, Payment.shop_day, Payment.reason)
    stmt = (select(*keys, func.count(Payment.id), func.sum(Payment.amount_fen))
            .join(Shop, Shop.id == Payment.shop_id)
            .where(Payment.status.in_([s.value for s in COUNTING]),
                   *in_days(Payment.shop_day, scope), *of_shop(Payment.shop_id, scope),
                   *order_matches(Payment.order_id, scope))
            .group_by(*keys))
    return list(session.execute(stmt).all())


def coupon_groups(session: Session, scope: Scope) -> list[Sequence[Any]]:
    """(shop id, shop, platform, shop-day, coupons, face value fen) of coupons issued."""
    keys = (Coupon.shop_id, Shop.name, Shop.platform, Coupon.shop_day)
    stmt = (select(*keys, func.count(Coupon.id), func.sum(Coupon.value_fen))
            .join(Shop, Shop.id == Coupon.shop_id)
            .where(*in_days(Coupon.shop_day, scope), *of_shop(Coupon.shop_id, scope))
            .group_by(*keys))
    if scope.by_items:
        stmt = stmt.join(Case, Case.id == Coupon.case_id).where(
            *order_matches(Case.order_id, scope))
    return list(session.execute(stmt).all())


def main_product(scope: Scope) -> Any:
    """The product a case's cost is put down to: its order's largest line by value
    (among the lines matching the scope), so that every case counts once."""
    return (select(OrderItem.product_name)
            .where(OrderItem.order_id == Case.order_id, *item_matches(scope))
            .order_by((OrderItem.quantity * OrderItem.unit_price_fen).desc(), OrderItem.id)
            .limit(1).correlate(Case).scalar_subquery())


def cost_groups(session: Session, scope: Scope,
                by: Literal["shop", "product"]) -> list[Sequence[Any]]:
    """(shop | product, cases, refunded, marketing, logistics, processing, goods loss,
    compensation, coupon fen) of the cases opened in the period that cost something."""
    key = Shop.name.label("key") if by == "shop" else main_product(scope).label("key")
    inner = (select(key, *COST_COLUMNS)
             .select_from(CaseCost)
             .join(Case, Case.id == CaseCost.case_id)
             .join(Shop, Shop.id == Case.shop_id)
             .where(*_cases_in(scope))
             .subquery())
    parts = [func.sum(getattr(inner.c, c.key)) for c in COST_COLUMNS]
    stmt = select(inner.c.key, func.count(), *parts).group_by(inner.c.key)
    return list(session.execute(stmt).all())


def _closes(scope: Scope) -> Any:
    """(case id, closing event's time) of the cases closed now that closed in the period."""
    last = (select(CaseEvent.case_id, func.max(CaseEvent.seq).label("seq"))
            .join(Case, Case.id == CaseEvent.case_id)
            .where(Case.status.in_(sorted(s.value for s in CLOSED_STATUSES)),
                   CaseEvent.changes.like(STATUS_CHANGE))
            .group_by(CaseEvent.case_id))
    if scope.start is not None:  # a case closes before its last change
        last = last.where(Case.updated_at >= scope.start)
    last_sq = last.subquery()
    return (select(CaseEvent.case_id, CaseEvent.at)
            .join(last_sq, and_(CaseEvent.case_id == last_sq.c.case_id,
                                CaseEvent.seq == last_sq.c.seq))
            .where(*in_period(CaseEvent.at, scope))
            .subquery())


def closed_groups(session: Session, scope: Scope,
                  by: Literal["kind_week", "agent"]) -> list[Sequence[Any]]:
    """(kind, week number | assignee, handling-time bucket, cases, of which on time) of
    the cases closed in the period; on time when closed at or before the deadline (a
    case without one cannot be late)."""
    closes = _closes(scope)
    on_time = case((or_(Case.deadline_at.is_(None), closes.c.at <= Case.deadline_at), 1),
                   else_=0)
    spent = bucket(closes.c.at, Case.created_at)
    keys: tuple[Any, ...]
    stmt = select().select_from(closes).join(Case, Case.id == closes.c.case_id)
    if by == "kind_week":
        keys = (Case.kind, day_number(closes.c.at) // 7, spent)
    else:
        stmt = stmt.outerjoin(User, User.id == Case.assignee_id)
        keys = (User.name, spent)
    stmt = (stmt.add_columns(*keys, func.count(), func.sum(on_time))
            .where(*of_shop(Case.shop_id, scope), *order_matches(Case.order_id, scope))
            .group_by(*keys))
    return list(session.execute(stmt).all())


def open_groups(session: Session, scope: Scope, now: datetime) -> list[Sequence[Any]]:
    """(assignee or None, open cases, of which overdue) now; a waiting case's clock
    stopped when it began to wait."""
    overdue = case((Case.deadline_at < func.coalesce(Case.paused_at, now), 1), else_=0)
    stmt = (select(User.name, func.count(Case.id), func.coalesce(func.sum(overdue), 0))
            .select_from(Case).outerjoin(User, User.id == Case.assignee_id)
            .where(Case.status.in_(sorted(s.value for s in OPEN_STATUSES)),
                   *of_shop(Case.shop_id, scope), *order_matches(Case.order_id, scope))
            .group_by(User.name))
    return list(session.execute(stmt).all())


def action_counts(session: Session, scope: Scope) -> list[Sequence[Any]]:
    """(actor, history events) recorded in the period, on the cases in scope."""
    stmt = (select(CaseEvent.actor, func.count(CaseEvent.id))
            .where(*in_period(CaseEvent.at, scope)).group_by(CaseEvent.actor))
    if scope.shop or scope.platform or scope.by_items:
        stmt = stmt.join(Case, Case.id == CaseEvent.case_id).where(
            *of_shop(Case.shop_id, scope), *order_matches(Case.order_id, scope))
    return list(session.execute(stmt).all())


def user_names(session: Session) -> list[str]:
    return list(session.scalars(select(User.name).order_by(User.name)))
