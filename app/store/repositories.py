"""Repositories: rows in, domain entities out; every change to a case through the domain."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.domain import entities as e
from app.domain.case_rules import CaseState, changes_between
from app.domain.enums import (
    CaseKind,
    CaseStatus,
    ExceptionSubtype,
    Platform,
    Priority,
    Reason,
    Role,
    ShipmentKind,
)
from app.domain.errors import StaleCase
from app.domain.filters import CaseFilter
from app.domain.history import LOOKS, canonical_time
from app.store import case_queries
from app.store import models as m
from app.store.history import append_event, apply_state, events_of, state_of


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

    def find_id(self, ref: str | int) -> int | None:
        """A case by its internal id (an int) or, for text, by its platform case no. (what
        agents see) and failing that by the id written out."""
        if isinstance(ref, int):
            return ref if 0 < ref < 2**63 and self.session.get(m.Case, ref) is not None else None
        text = ref.strip()
        if text.isdigit():
            found = self.session.scalar(select(m.Case.id).where(m.Case.case_no == text)
                                        .order_by(m.Case.id).limit(1))
            if found is not None:
                return found
            as_id = int(text)
            if as_id < 2**63 and self.session.get(m.Case, as_id) is not None:
                return as_id
            return None
        return self.session.scalar(select(m.Case.id).where(m.Case.case_no == text)
                                   .order_by(m.Case.id).limit(1))

    def list_rows(self, f: CaseFilter, limit: int, offset: int = 0) -> list[Any]:
        return case_queries.list_rows(self.session, f, limit, offset)

    def any(self) -> bool:
        return self.session.scalar(select(m.Case.id).limit(1)) is not None

    def change(
        self, case_id: int, actor: str, action: str, at: datetime,
        change: Callable[[CaseState], CaseState], note: Mapping[str, Any] | None = None,
        *, expected_version: int | None = None,
    ) -> tuple[CaseState, CaseState] | None:
        """Apply a domain change to a case under a row lock and record it; None if the
        case does not exist. The event binds the state after the change."""
        row = self._locked(case_id, expected_version)
        if row is None:
            return None
        before = state_of(row)
        after = change(before)
        self.record(row, actor, action, at, after, {**changes_between(before, after),
                                                    **(note or {})})
        return before, after

    def state(self, case_id: int, expected_version: int | None = None
              ) -> tuple[int, CaseState] | None:
        """The case's version and state, locked for this transaction; StaleCase if an
        expected version is given and the case moved on since."""
        row = self._locked(case_id, expected_version)
        return None if row is None else (row.history_len or 0, state_of(row))

    def write(self, case_id: int, actor: str, action: str, at: datetime, after: CaseState,
              changes: Mapping[str, Any]) -> int:
        """Store the state an agent's action led to, with its event; the new version."""
        row = self.session.get(m.Case, case_id)
        assert row is not None  # locked by state() in this transaction
        self.record(row, actor, action, at, after, changes)
        return row.history_len

    def record(self, row: m.Case, actor: str, action: str, at: datetime, after: CaseState,
               changes: Mapping[str, Any]) -> None:
        apply_state(row, after)
        row.updated_at = row.agent_changed_at = at
        append_event(self.session, row, actor, action, changes, at)

    def buyer_field(self, case_id: int, field: str) -> str | None:
        """The buyer's stored `field` (name, phone or address) on the case's order, whole."""
        column = {"name": m.Buyer.name, "phone": m.Buyer.phone,
                  "address": m.Buyer.address}[field]
        found: str | None = self.session.scalar(
            select(column).select_from(m.Case).join(m.Order, m.Order.id == m.Case.order_id)
            .join(m.Buyer, m.Buyer.id == m.Order.buyer_id).where(m.Case.id == case_id))
        return found

    def log(self, case_id: int, actor: str, action: str, at: datetime,
            changes: Mapping[str, Any]) -> int:
        """An event that changes nothing on the case (someone looked at what it guards):
        appended to its chain under the row's lock, the state and times as they were;
        the new version."""
        row = self.session.get(m.Case, case_id, with_for_update=True)
        assert row is not None  # the caller found it in this transaction
        append_event(self.session, row, actor, action, changes, at)
        return row.history_len

    def _locked(self, case_id: int, expected_version: int | None) -> m.Case | None:
        row = self.session.get(m.Case, case_id, with_for_update=True)
        if row is None or expected_version is None or (row.history_len or 0) == expected_version:
            return row
        since = self.session.execute(
            select(m.CaseEvent.action, m.CaseEvent.actor, m.CaseEvent.at)
            .where(m.CaseEvent.case_id == case_id, m.CaseEvent.seq > expected_version)
            .order_by(m.CaseEvent.seq.desc())).all()
        changed = [ev for ev in since if ev.action not in LOOKS]
        if since and not changed and expected_version < (row.history_len or 0):
            return row  # only looks since (reveals): what the agent saw still holds
        last = changed[0] if changed else self.session.execute(
            select(m.CaseEvent.actor, m.CaseEvent.at).where(m.CaseEvent.case_id == case_id)
            .order_by(m.CaseEvent.seq.desc()).limit(1)).one()
        raise StaleCase(last.actor, canonical_time(last.at) + "Z", row.history_len)

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
            note=row.note, history=history, version=row.history_len or 0, state=state_of(row),
        )


class UserRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def id_of(self, name: str) -> int | None:
        return self.session.scalar(select(m.User.id).where(m.User.name == name))

    def active(self) -> list[tuple[str, str, str]]:
        """(name, display name, role) of every active user, by name."""
        rows = self.session.execute(select(m.User.name, m.User.display_name, m.User.role)
                                    .where(m.User.active.is_(True)).order_by(m.User.name))
        return [(n, d, r) for n, d, r in rows]

    def ensure(self, name: str, at: datetime, role: Role = Role.AGENT) -> int:
        """The user's id, adding them (an agent) the first time they act."""
        found = self.id_of(name)
        if found is not None:
            return found
        user = m.User(name=name, display_name=name, role=role.value, active=True, created_at=at)
        self.session.add(user)
        self.session.flush()
        return user.id
