"""Coupon templates per shop and the coupons issued from them (`uow.coupons`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.store import models as m


def _template(row: m.CouponTemplate, shop: str) -> dict[str, Any]:
    return {"id": row.id, "shop_id": row.shop_id, "shop": shop, "name": row.name,
            "value_fen": row.value_fen, "min_spend_fen": row.min_spend_fen,
            "valid_days": row.valid_days, "active": row.active,
            "created_by": row.created_by, "created_at": row.created_at}


def _coupon(row: m.Coupon, case_no: str) -> dict[str, Any]:
    return {"id": row.id, "case_id": row.case_id, "case_no": case_no, "shop_id": row.shop_id,
            "template_id": row.template_id, "buyer_id": row.buyer_id, "name": row.name,
            "value_fen": row.value_fen, "min_spend_fen": row.min_spend_fen,
            "valid_until": row.valid_until, "reference": row.reference,
            "shop_day": row.shop_day, "key": row.key, "issued_by": row.issued_by,
            "issued_at": row.issued_at}


class CouponRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # Shops -----------------------------------------------------------------------------
    def shop_id(self, ref: str | int) -> int | None:
        """A shop by its id, or by its name (the first, should two platforms share one)."""
        text = str(ref).strip()
        if text.isdigit() and self.session.get(m.Shop, int(text)) is not None:
            return int(text)
        return self.session.scalar(select(m.Shop.id).where(m.Shop.name == text)
                                   .order_by(m.Shop.id).limit(1))

    # Templates -------------------------------------------------------------------------
    def add_template(self, shop_id: int, name: str, value_fen: int, min_spend_fen: int,
                     valid_days: int, actor: str, at: datetime) -> int | None:
        """The new template's id; None if the shop already has a template of that name."""
        if self.template(shop_id, name, active_only=False) is not None:
            return None
        row = m.CouponTemplate(shop_id=shop_id, name=name, value_fen=value_fen,
                               min_spend_fen=min_spend_fen, valid_days=valid_days, active=True,
                               created_by=actor, created_at=at)
        self.session.add(row)
        self.session.flush()
        return row.id

    def template(self, shop_id: int, name: str, *, active_only: bool = True
                 ) -> dict[str, Any] | None:
        q = (select(m.CouponTemplate, m.Shop.name).join(m.Shop)
             .where(m.CouponTemplate.shop_id == shop_id, m.CouponTemplate.name == name))
        if active_only:
            q = q.where(m.CouponTemplate.active.is_(True))
        found = self.session.execute(q).first()
        return None if found is None else _template(found[0], found[1])

    def templates(self, shop_id: int | None = None, *, active_only: bool = True
                  ) -> list[dict[str, Any]]:
        q = select(m.CouponTemplate, m.Shop.name).join(m.Shop)
        if shop_id is not None:
            q = q.where(m.CouponTemplate.shop_id == shop_id)
        if active_only:
            q = q.where(m.CouponTemplate.active.is_(True))
        q = q.order_by(m.CouponTemplate.shop_id, m.CouponTemplate.value_fen,
                       m.CouponTemplate.id)
        return [_template(row, shop) for row, shop in self.session.execute(q)]

    def set_active(self, shop_id: int, name: str, active: bool) -> bool | None:
        """Whether it changed; None if the shop has no template of that name."""
        row = self.session.scalar(select(m.CouponTemplate).where(
            m.CouponTemplate.shop_id == shop_id, m.CouponTemplate.name == name))
        if row is None:
            return None
        if row.active == active:
            return False
        row.active = active
        self.session.flush()
        return True

    # Issued coupons --------------------------------------------------------------------
    def case_buyer(self, case_id: int) -> tuple[int, int | None, int | None]:
        """(shop id, order id, buyer id) of a case."""
        row = self.session.execute(
            select(m.Case.shop_id, m.Case.order_id, m.Order.buyer_id)
            .outerjoin(m.Order, m.Order.id == m.Case.order_id)
            .where(m.Case.id == case_id)).one()
        return int(row[0]), row[1], row[2]

    def issue(self, *, case_id: int, shop_id: int, template_id: int | None,
              buyer_id: int | None, name: str, value_fen: int, min_spend_fen: int,
              valid_until: datetime, reference: str | None, shop_day: str, key: str,
              actor: str, at: datetime) -> int:
        row = m.Coupon(case_id=case_id, shop_id=shop_id, template_id=template_id,
                       buyer_id=buyer_id, name=name, value_fen=value_fen,
                       min_spend_fen=min_spend_fen, valid_until=valid_until,
                       reference=reference, shop_day=shop_day, key=key, issued_by=actor,
                       issued_at=at)
        self.session.add(row)
        self.session.flush()
        return row.id

    def get(self, coupon_id: int) -> dict[str, Any] | None:
        found = self.session.execute(
            select(m.Coupon, m.Case.case_no).join(m.Case, m.Case.id == m.Coupon.case_id)
            .where(m.Coupon.id == coupon_id)).first()
        return None if found is None else _coupon(found[0], found[1])

    def set_reference(self, coupon_id: int, reference: str) -> None:
        row = self.session.get(m.Coupon, coupon_id)
        assert row is not None
        row.reference = reference
        self.session.flush()

    def listed(self, *, case_id: int | None = None, shop_id: int | None = None,
               day: str | None = None, limit: int = 10_000) -> list[dict[str, Any]]:
        """Issued coupons, oldest first: of a case, or of a shop and/or Asia/Shanghai day."""
        q = select(m.Coupon, m.Case.case_no).join(m.Case, m.Case.id == m.Coupon.case_id)
        if case_id is not None:
            q = q.where(m.Coupon.case_id == case_id)
        if shop_id is not None:
            q = q.where(m.Coupon.shop_id == shop_id)
        if day is not None:
            q = q.where(m.Coupon.shop_day == day)
        q = q.order_by(m.Coupon.id).limit(limit)
        return [_coupon(row, case_no) for row, case_no in self.session.execute(q)]

    def day_sums(self, shop_id: int | None = None, day: str | None = None
                 ) -> list[tuple[int, str, int, int]]:
        """(shop id, day, count, fen) summed from the coupon rows themselves: what the
        shop-day ledger must agree with."""
        q = select(m.Coupon.shop_id, m.Coupon.shop_day, func.count(), func.sum(m.Coupon.value_fen))
        if shop_id is not None:
            q = q.where(m.Coupon.shop_id == shop_id)
        if day is not None:
            q = q.where(m.Coupon.shop_day == day)
        q = q.group_by(m.Coupon.shop_id, m.Coupon.shop_day).order_by(m.Coupon.shop_id,
                                                                      m.Coupon.shop_day)
        return [(int(s), str(d), int(n), int(fen or 0)) for s, d, n, fen in self.session.execute(q)]
