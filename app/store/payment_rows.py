"""Compensation payments' rows (`uow.payments`).

A payment, its shop's day ledger and its case's cost change in one transaction, under
the ledger row's lock (`uow.money.lock_day`). An order belongs to one shop, so that
lock also serialises every payment of the order, even across days: the order's caps
are checked by whoever holds the shop's lock for today, and no one else of that shop
can write a payment meanwhile (a denial of an older day's payment locks that day's row
and only frees room, so it cannot push the order over a cap).
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import exc, func, select
from sqlalchemy.orm import Session

from app.domain.payments import COUNTING, Payment
from app.store import models as m
from app.store.errors import StoreError

_COUNTING = tuple(s.value for s in COUNTING)


class KeyTaken(StoreError):
    """Another transaction wrote a payment with this key first (PostgreSQL: it was not
    committed yet when this one looked). Roll back and ask again: the key replays."""

    def __init__(self, key: str) -> None:
        super().__init__(f"payment key {key!r} was taken meanwhile", "key_taken")
        self.key = key


@dataclass(frozen=True)
class CaseMoney:
    """What a payment on a case needs to know about it."""

    case_id: int
    case_no: str
    shop_id: int
    shop: str
    platform: str
    order_id: int | None
    order_no: str | None
    order_paid_at: datetime | None
    buyer: str | None


def _payment(row: m.Payment, **extra: Any) -> Payment:
    return Payment(
        id=row.id, case_id=row.case_id, order_id=row.order_id, shop_id=row.shop_id,
        amount_fen=int(row.amount_fen), reason=row.reason, note=row.note, status=row.status,
        shop_day=row.shop_day, key=row.key, requested_by=row.requested_by,
        requested_at=row.requested_at, decided_by=row.decided_by, decided_at=row.decided_at,
        decision_note=row.decision_note, gateway=row.gateway, reference=row.reference,
        paid_by=row.paid_by, paid_at=row.paid_at, extra=extra)


class PaymentRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def case_money(self, case_id: int) -> CaseMoney | None:
        row = self.session.execute(
            select(m.Case.id, m.Case.case_no, m.Case.shop_id, m.Shop.name, m.Shop.platform,
                   m.Case.order_id, m.Order.platform_order_no, m.Order.paid_at,
                   m.Buyer.nickname)
            .join(m.Shop, m.Shop.id == m.Case.shop_id)
            .outerjoin(m.Order, m.Order.id == m.Case.order_id)
            .outerjoin(m.Buyer, m.Buyer.id == m.Order.buyer_id)
            .where(m.Case.id == case_id)).one_or_none()
        return None if row is None else CaseMoney(*row)

    def role_of(self, user: str) -> str | None:
        """A disabled account has no role: it can no longer do anything its role allowed."""
        return self.session.scalar(select(m.User.role).where(m.User.name == user,
                                                             m.User.active.is_(True)))

    def add(self, *, case_id: int, order_id: int | None, shop_id: int, amount_fen: int,
            reason: str, note: str | None, status: str, shop_day: str, key: str,
            requested_by: str, requested_at: datetime, gateway: str) -> Payment:
        row = m.Payment(case_id=case_id, order_id=order_id, shop_id=shop_id,
                        amount_fen=amount_fen, reason=reason, note=note, status=status,
                        shop_day=shop_day, key=key, requested_by=requested_by,
                        requested_at=requested_at, gateway=gateway)
        self.session.add(row)
        try:
            self.session.flush()
        except exc.IntegrityError as err:
            # payments.key is the table's one unique column besides the id.
            if "unique" not in str(err.orig).lower():
                raise
            raise KeyTaken(key) from err
        return _payment(row)

    def get(self, payment_id: int) -> Payment | None:
        row = self.session.get(m.Payment, payment_id, populate_existing=True)
        return None if row is None else _payment(row)

    def set_status(self, payment_id: int, status: str, **fields: Any) -> Payment:
        """Move a payment on (decided_by/at, decision_note, reference, paid_by/at)."""
        row = self.session.get(m.Payment, payment_id)
        assert row is not None
        allowed = {"decided_by", "decided_at", "decision_note", "reference", "paid_by",
                   "paid_at"}
        if set(fields) - allowed:
            raise ValueError(f"a payment has no field {sorted(set(fields) - allowed)}")
        row.status = status
        for name, value in fields.items():
            setattr(row, name, value)
        self.session.flush()
        return _payment(row)

    def order_totals(self, order_id: int) -> tuple[int, int]:
        """(count, fen) of the order's payments that count against its caps."""
        count, fen = self.session.execute(
            select(func.count(m.Payment.id), func.coalesce(func.sum(m.Payment.amount_fen), 0))
            .where(m.Payment.order_id == order_id, m.Payment.status.in_(_COUNTING))).one()
        return int(count), int(fen)

    def day_totals(self, shop_id: int, day: str) -> dict[str, int]:
        """The counting payments of a shop-day summed from the rows, by status (what
        the ledger must agree with), and "counting" for all three."""
        rows = self.session.execute(
            select(m.Payment.status, func.count(m.Payment.id), func.sum(m.Payment.amount_fen))
            .where(m.Payment.shop_id == shop_id, m.Payment.shop_day == day)
            .group_by(m.Payment.status))
        out = {"counting": 0, "counting_count": 0}
        for status, n, fen in rows:
            out[status] = int(fen or 0)
            out[f"{status}_count"] = int(n)
            if status in _COUNTING:
                out["counting"] += int(fen or 0)
                out["counting_count"] += int(n)
        return out

    def _listing(self) -> Any:
        return (select(m.Payment, m.Case.case_no, m.Shop.name, m.Shop.platform,
                       m.Order.platform_order_no, m.Buyer.nickname)
                .join(m.Case, m.Case.id == m.Payment.case_id)
                .join(m.Shop, m.Shop.id == m.Payment.shop_id)
                .outerjoin(m.Order, m.Order.id == m.Payment.order_id)
                .outerjoin(m.Buyer, m.Buyer.id == m.Order.buyer_id))

    def list(self, *, shop_id: int | None = None, day: str | None = None,
             status: str | None = None, case_id: int | None = None,
             platform: str | None = None, limit: int | None = None,
             oldest_first: bool = False) -> builtins.list[Payment]:
        """Payments with their case no., shop, platform, order no. and buyer nickname;
        newest first unless `oldest_first`."""
        q = self._listing()
        if shop_id is not None:
            q = q.where(m.Payment.shop_id == shop_id)
        if day is not None:
            q = q.where(m.Payment.shop_day == day)
        if status is not None:
            q = q.where(m.Payment.status == status)
        if case_id is not None:
            q = q.where(m.Payment.case_id == case_id)
        if platform is not None:
            q = q.where(m.Shop.platform == platform)
        q = q.order_by(m.Payment.id if oldest_first else m.Payment.id.desc())
        if limit is not None:
            q = q.limit(limit)
        return [_payment(p, case_no=case_no, shop=shop, platform=platform_, order_no=order_no,
                         buyer=buyer)
                for p, case_no, shop, platform_, order_no, buyer in self.session.execute(q)]

    def for_case(self, case_id: int) -> builtins.list[Payment]:
        return self.list(case_id=case_id, oldest_first=True)

    def shop_id_of(self, name_or_id: str) -> int | None:
        """A shop by its name (as agents see it) or its id written out."""
        found = self.session.scalar(select(m.Shop.id).where(m.Shop.name == name_or_id)
                                    .order_by(m.Shop.id).limit(1))
        if found is None and name_or_id.isdigit():
            found = self.session.scalar(select(m.Shop.id).where(m.Shop.id == int(name_or_id)))
        return found

    def shop_platform(self, shop_id: int) -> str | None:
        return self.session.scalar(select(m.Shop.platform).where(m.Shop.id == shop_id))

    def payable_cases(self, limit: int) -> builtins.list[tuple[int, datetime]]:
        """(case id, when it last changed) of cases on a paid order that no platform
        change waits to be looked at, oldest id first: what the demo pays on."""
        last = (select(m.CaseEvent.case_id, func.max(m.CaseEvent.at).label("at"))
                .group_by(m.CaseEvent.case_id).subquery())
        rows = self.session.execute(
            select(m.Case.id, m.Case.updated_at, last.c.at)
            .join(m.Order, m.Order.id == m.Case.order_id)
            .outerjoin(last, last.c.case_id == m.Case.id)
            .where(m.Order.paid_at.is_not(None), m.Case.needs_look.is_(False))
            .order_by(m.Case.id).limit(limit))
        return [(case_id, max(t for t in (updated, at) if t is not None))
                for case_id, updated, at in rows]
