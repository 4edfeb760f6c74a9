"""A shop's cost numbers (setting "costs": marketing per order, processing per refund,
return postage), and what a case has cost so far (`case_cost`), for the reports and
`case show`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.domain.case_cost import HIDDEN_PARTS, CaseCost
from app.domain.clock import utcnow
from app.domain.errors import DomainError
from app.domain.money import fen_to_yuan
from app.domain.shop_costs import COSTS_KEY, ShopCosts, shop_costs_from
from app.services.cases import CaseNotFound
from app.services.store import Store

__all__ = ["case_cost", "costs_of", "set_shop_costs", "shop_costs"]


def costs_of(uow: Any, shop_id: int) -> ShopCosts:
    """Inside a unit of work: the shop's costs (nothing set: all 0)."""
    return shop_costs_from(uow.settings.shop_value(shop_id, COSTS_KEY))


def _shop_id(uow: Any, shop: int | str) -> int:
    for shop_id, _platform, name in uow.settings.shops():
        if shop in (shop_id, name, str(shop_id)):
            return int(shop_id)
    raise DomainError(f"there is no shop {shop!r}")


def shop_costs(store: Store, shop: int | str) -> ShopCosts:
    """The costs of a shop (by id or name)."""
    with store.unit_of_work() as uow:
        return costs_of(uow, _shop_id(uow, shop))


def set_shop_costs(store: Store, actor: str, shop: int | str,
                   values: Mapping[str, str]) -> ShopCosts:
    """Set some of a shop's costs ("3.00" yuan each, as an agent types it); the others
    stay. A bad amount or an unknown part is refused whole (BadShopCosts)."""
    with store.unit_of_work().for_writing() as uow:
        shop_id = _shop_id(uow, shop)
        merged = {**costs_of(uow, shop_id).as_json(), **dict(values)}
        costs = shop_costs_from(merged)
        uow.settings.set_shop_value(shop_id, COSTS_KEY, costs.as_json(), actor, utcnow())
        uow.commit()
    return costs


def _money(fen: int) -> dict[str, Any]:
    return {"fen": fen, "yuan": fen_to_yuan(fen)}


def cost_json(parts: Mapping[str, int]) -> dict[str, Any]:
    cost = CaseCost(parts)
    return {"parts": {p: _money(int(v)) for p, v in parts.items()},
            "explicit": _money(cost.explicit_fen), "hidden": _money(cost.hidden_fen),
            "hidden_parts": list(HIDDEN_PARTS), "total": _money(cost.total_fen)}


def case_cost(store: Store, case_ref: int | str) -> dict[str, Any]:
    """What the case has cost so far: every part (refunded, marketing, logistics,
    processing, goods_loss, compensation, coupon) in fen and yuan, the explicit loss
    (refunded), the hidden loss (the rest) and the total."""
    with store.unit_of_work() as uow:
        case_id = uow.cases.find_id(case_ref)
        if case_id is None:
            raise CaseNotFound(case_ref)
        return {"case_id": case_id, **cost_json(uow.money.cost(case_id))}
