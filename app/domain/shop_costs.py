"""A shop's own numbers for the hidden cost of a refund (seed 003, Kuaishou's article):
the marketing spent to win each order, the cost of processing one refund, and the
postage of a returned parcel when the shop pays it. Kept in the shop setting "costs" as
yuan strings (`{"marketing": "3.00", "processing": "2.00", "return_postage": "8.00"}`)
and read with `parse_amount`, as an agent types them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.domain.errors import DomainError, InvalidAmount
from app.domain.money import fen_to_yuan, parse_amount

COSTS_KEY = "costs"
COST_KEYS = ("marketing", "processing", "return_postage")


class BadShopCosts(DomainError):
    def __init__(self, message: str, key: str = "") -> None:
        super().__init__(message)
        self.key = key


@dataclass(frozen=True)
class ShopCosts:
    marketing_fen: int = 0
    processing_fen: int = 0
    return_postage_fen: int = 0

    def as_json(self) -> dict[str, str]:
        return {k: fen_to_yuan(getattr(self, f"{k}_fen")) for k in COST_KEYS}


def shop_costs_from(raw: Mapping[str, Any] | None) -> ShopCosts:
    """The costs a setting holds (a part not set costs nothing); a bad one is refused
    whole, naming the part."""
    if not raw:
        return ShopCosts()
    if not isinstance(raw, Mapping):
        raise BadShopCosts(f"a shop's costs are {', '.join(COST_KEYS)} in yuan")
    unknown = set(raw) - set(COST_KEYS)
    if unknown:
        raise BadShopCosts(f"no cost {', '.join(sorted(unknown))}: a shop's costs are "
                           f"{', '.join(COST_KEYS)}", sorted(unknown)[0])
    values: dict[str, int] = {}
    for key in COST_KEYS:
        if raw.get(key) in (None, ""):
            continue
        try:
            values[f"{key}_fen"] = parse_amount(str(raw[key]))
        except InvalidAmount as exc:
            raise BadShopCosts(f"{key}: {exc}", key) from None
    return ShopCosts(**values)
