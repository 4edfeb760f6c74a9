"""Reading cases for lists: filters to SQL, keyset-friendly ordering."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, false, or_, select
from sqlalchemy.orm import Session

from app.domain.filters import CaseFilter
from app.store.models import Case, Shipment, Shop, User
from app.store.search import search_condition

# Any SELECT: the filter adds WHERE clauses and keeps the statement's own columns.
_S = TypeVar("_S", bound="Select[*tuple[Any, ...]]")


def apply_filter(stmt: _S, f: CaseFilter) -> _S:
    if f.empty:
        return stmt.where(false())
    conds: list[ColumnElement[bool]] = []
    if f.statuses:
        conds.append(Case.status.in_(f.statuses))
    if f.kinds:
        conds.append(Case.kind.in_(f.kinds))
    if f.platforms:
        conds.append(Case.shop_id.in_(select(Shop.id).where(Shop.platform.in_(f.platforms))))
    if f.shop_ids:
        conds.append(Case.shop_id.in_(f.shop_ids))
    if f.reasons:
        conds.append(Case.reason.in_(f.reasons))
    if f.unassigned and f.assignee_ids:
        conds.append(or_(Case.assignee_id.is_(None), Case.assignee_id.in_(f.assignee_ids)))
    elif f.unassigned:
        conds.append(Case.assignee_id.is_(None))
    elif f.assignee_ids:
        conds.append(Case.assignee_id.in_(f.assignee_ids))
    if f.quality_refund is not None:
        conds.append(Case.quality_refund.is_(f.quality_refund))
    if f.second_refund is not None:
        conds.append(Case.second_refund.is_(f.second_refund))
    if f.urged is not None:
        # The urged orders are few: find them first, then their cases by order id.
        urged_orders = select(Shipment.order_id).where(Shipment.urge_count > 0)
        urged = Case.order_id.in_(urged_orders)
        conds.append(urged if f.urged else or_(Case.order_id.is_(None), Case.order_id.not_in(urged_orders)))
    if f.min_amount_fen is not None:
        conds.append(Case.amount_fen >= f.min_amount_fen)
    if f.max_amount_fen is not None:
        conds.append(Case.amount_fen <= f.max_amount_fen)
    if f.deadline_from is not None:
        conds.append(Case.deadline_at >= f.deadline_from)
    if f.deadline_to is not None:
        conds.append(Case.deadline_at < f.deadline_to)
    if f.updated_from is not None:
        conds.append(Case.updated_at >= f.updated_from)
    if f.updated_to is not None:
        conds.append(Case.updated_at < f.updated_to)
    found = search_condition(f.search)
    if found is not None:
        conds.append(found)
    return stmt.where(*conds) if conds else stmt


def list_rows(session: Session, f: CaseFilter, limit: int, offset: int = 0) -> list[Any]:
    stmt = (
        select(Case.id, Case.case_no, Shop.name, Shop.platform, Case.kind, Case.status,
               Case.reason, Case.amount_fen, Case.deadline_at, User.name)
        .join(Shop, Shop.id == Case.shop_id)
        .outerjoin(User, User.id == Case.assignee_id)
    )
    stmt = apply_filter(stmt, f).order_by(Case.id).limit(limit).offset(offset)
    return list(session.execute(stmt).all())
