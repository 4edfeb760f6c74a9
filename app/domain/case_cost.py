"""What a refund really costs (Kuaishou's article): the explicit loss is the amount
refunded; the hidden loss is the order's marketing cost, return and exchange logistics,
the cost of processing the refund, goods lost after inspection, and what was paid or
given to keep the buyer (compensation and coupons)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

HIDDEN_PARTS = ("marketing", "logistics", "processing", "goods_loss", "compensation", "coupon")


@dataclass(frozen=True)
class CaseCost:
    parts: Mapping[str, int]  # fen by part, "refunded" among them

    @property
    def explicit_fen(self) -> int:
        return int(self.parts.get("refunded", 0))

    @property
    def hidden_fen(self) -> int:
        return sum(int(self.parts.get(p, 0)) for p in HIDDEN_PARTS)

    @property
    def total_fen(self) -> int:
        return self.explicit_fen + self.hidden_fen
