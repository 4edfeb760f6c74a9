"""The money tables of schema 0009: compensation payments, the shop-day ledger a
payment locks, coupons and their templates, idempotency keys, and case costs. Times
are naive UTC; money is integer fen."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models import Base


class Payment(Base):
    """A compensation payment (小额打款). While `status` is pending, approved or paid it
    counts against every cap; denied or failed frees its room. `key` makes a repeated
    request return the first one (app.services.payments)."""

    __tablename__ = "payments"
    __table_args__ = (Index("ix_payments_shop_day", "shop_id", "shop_day", "status"),
                      Index("ix_payments_order", "order_id", "status"),
                      Index("ix_payments_status", "status", "id"),
                      Index("ix_payments_case", "case_id", "id"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"))
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id"))
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(String(24))
    note: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    # The calendar day in Asia/Shanghai it counts against, "2026-12-01".
    shop_day: Mapped[str] = mapped_column(String(10))
    key: Mapped[str] = mapped_column(String(64), unique=True)
    requested_by: Mapped[str] = mapped_column(String(64))
    requested_at: Mapped[datetime] = mapped_column(DateTime)
    decided_by: Mapped[str | None] = mapped_column(String(64))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    decision_note: Mapped[str | None] = mapped_column(Text)
    gateway: Mapped[str] = mapped_column(String(16), default="manual")
    reference: Mapped[str | None] = mapped_column(String(64))
    paid_by: Mapped[str | None] = mapped_column(String(64))
    paid_at: Mapped[datetime | None] = mapped_column(DateTime)


class ShopDayLedger(Base):
    """What a shop has committed on one Asia/Shanghai day: the row a payment locks
    (FOR UPDATE on PostgreSQL; SQLite's BEGIN IMMEDIATE serialises all writers)."""

    __tablename__ = "shop_day_ledger"
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id"), primary_key=True)
    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    payments_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    payments_count: Mapped[int] = mapped_column(Integer, default=0)
    coupons_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    coupons_count: Mapped[int] = mapped_column(Integer, default=0)


class CouponTemplate(Base):
    __tablename__ = "coupon_templates"
    __table_args__ = (UniqueConstraint("shop_id", "name"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id"))
    name: Mapped[str] = mapped_column(String(64))
    value_fen: Mapped[int] = mapped_column(BigInteger)
    min_spend_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    valid_days: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Coupon(Base):
    """A coupon issued to a case's buyer, its terms copied from the template."""

    __tablename__ = "coupons"
    __table_args__ = (Index("ix_coupons_case", "case_id", "id"),
                      Index("ix_coupons_shop_day", "shop_id", "shop_day"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id"))
    template_id: Mapped[int | None] = mapped_column(ForeignKey("coupon_templates.id"))
    buyer_id: Mapped[int | None] = mapped_column(ForeignKey("buyers.id"))
    name: Mapped[str] = mapped_column(String(64))
    value_fen: Mapped[int] = mapped_column(BigInteger)
    min_spend_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    valid_until: Mapped[datetime] = mapped_column(DateTime)
    reference: Mapped[str | None] = mapped_column(String(64))
    shop_day: Mapped[str] = mapped_column(String(10))
    key: Mapped[str] = mapped_column(String(64), unique=True)
    issued_by: Mapped[str] = mapped_column(String(64))
    issued_at: Mapped[datetime] = mapped_column(DateTime)


class IdempotencyKey(Base):
    """A money action's key and what it was asked and answered: the same key again
    returns `result`; with other parameters (`params_hash`) it is refused."""

    __tablename__ = "idempotency_keys"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    action: Mapped[str] = mapped_column(String(32))
    params_hash: Mapped[str] = mapped_column(String(64))
    actor: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    result: Mapped[str] = mapped_column(Text)  # JSON


class CaseCost(Base):
    """What a case has cost the shop so far (Kuaishou's article): the refunded amount,
    and the hidden costs, each updated as the case's actions happen."""

    __tablename__ = "case_costs"
    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True, autoincrement=False)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id"), index=True)
    refunded_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    marketing_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    logistics_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    processing_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    goods_loss_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    compensation_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    coupon_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
