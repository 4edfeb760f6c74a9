"""Rows every money action shares: its idempotency key, and the running cost of a case."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.store import models as m

DAY_PARTS = ("payments_fen", "payments_count", "coupons_fen", "coupons_count")
COST_PARTS = ("refunded", "marketing", "logistics", "processing", "goods_loss",
              "compensation", "coupon")


class MoneyRowRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # Idempotency keys ---------------------------------------------------------------
    def key(self, key: str) -> tuple[str, str, dict[str, Any]] | None:
        """(action, params hash, result) of a key used before."""
        row = self.session.get(m.IdempotencyKey, key)
        return None if row is None else (row.action, row.params_hash, json.loads(row.result))

    def keep_key(self, key: str, action: str, params_hash: str, actor: str, at: datetime,
                 result: dict[str, Any]) -> None:
        self.session.add(m.IdempotencyKey(
            key=key, action=action, params_hash=params_hash, actor=actor, created_at=at,
            result=json.dumps(result, ensure_ascii=False, sort_keys=True)))
        self.session.flush()

    # The shop's day ledger ------------------------------------------------------------
    def lock_day(self, shop_id: int, day: str) -> dict[str, int]:
        """The shop's totals for the day, its ledger row locked until the transaction
        ends: the one place concurrent money actions of a shop queue up. On PostgreSQL a
        row lock (the row is made first if missing, ON CONFLICT DO NOTHING, so two first
        payments of a day cannot both make it); on SQLite the unit of work already holds
        the database's write lock (BEGIN IMMEDIATE)."""
        dialect = self.session.get_bind().dialect.name
        insert = pg_insert if dialect == "postgresql" else sqlite_insert
        self.session.execute(insert(m.ShopDayLedger).values(
            shop_id=shop_id, day=day, **{p: 0 for p in DAY_PARTS}).on_conflict_do_nothing())
        row = self.session.execute(
            select(m.ShopDayLedger).where(m.ShopDayLedger.shop_id == shop_id,
                                          m.ShopDayLedger.day == day)
            .with_for_update()).scalar_one()
        self.session.refresh(row)
        return {p: int(getattr(row, p)) for p in DAY_PARTS}

    def add_to_day(self, shop_id: int, day: str, **amounts: int) -> None:
        """Add to (or, with negative numbers, take from) the day's totals; lock_day first."""
        unknown = set(amounts) - set(DAY_PARTS)
        if unknown:
            raise ValueError(f"no ledger part {sorted(unknown)}")
        row = self.session.get(m.ShopDayLedger, (shop_id, day))
        assert row is not None, "lock_day() makes the row"
        for part, value in amounts.items():
            setattr(row, part, int(getattr(row, part)) + int(value))
        self.session.flush()

    def day_totals(self, shop_id: int, day: str) -> dict[str, int]:
        """The day's totals without locking (for the status bar and `limits`)."""
        row = self.session.get(m.ShopDayLedger, (shop_id, day))
        return {p: (int(getattr(row, p)) if row else 0) for p in DAY_PARTS}

    # Case costs ---------------------------------------------------------------------
    def add_cost(self, case_id: int, at: datetime, **fen: int) -> None:
        """Add to a case's cost parts (`refunded=1250`, `compensation=500` …)."""
        unknown = set(fen) - set(COST_PARTS)
        if unknown:
            raise ValueError(f"no cost part {sorted(unknown)}")
        row = self.session.get(m.CaseCost, case_id)
        if row is None:
            shop_id = self.session.scalar(select(m.Case.shop_id).where(m.Case.id == case_id))
            row = m.CaseCost(case_id=case_id, shop_id=shop_id, updated_at=at,
                             **{f"{p}_fen": 0 for p in COST_PARTS})
            self.session.add(row)
        for part, value in fen.items():
            setattr(row, f"{part}_fen", getattr(row, f"{part}_fen") + int(value))
        row.updated_at = at
        self.session.flush()

    def cost(self, case_id: int) -> dict[str, int]:
        """The case's cost parts in fen (all 0 for a case that has cost nothing yet)."""
        row = self.session.get(m.CaseCost, case_id)
        return {p: (getattr(row, f"{p}_fen") if row else 0) for p in COST_PARTS}
