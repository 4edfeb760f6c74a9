"""Rows every money action shares: its idempotency key, and the running cost of a case."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store import models as m

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
