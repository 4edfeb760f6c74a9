"""Each demo shop's cost numbers (setting "costs"), so the reports and `case show` have
a hidden cost of refunds to show: a marketing cost per order, a processing cost per
refund and the postage of a returned parcel, varied by shop. A shop that already has
its own is kept. The demo's refunded cases then get the cost a refund decision would
have recorded (`give_demo_refund_costs`)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from app.domain.money import fen_to_yuan
from app.domain.shop_costs import COSTS_KEY, shop_costs_from
from app.services.shop_costs import costs_of


def give_demo_costs(uow: Any, shop_ids: Iterable[int], now: datetime) -> None:
    have = uow.settings.shop_values(COSTS_KEY)
    for k, shop_id in enumerate(shop_ids):
        if shop_id in have:
            continue
        costs = shop_costs_from({"marketing": fen_to_yuan(300 + 150 * (k % 4)),
                                 "processing": fen_to_yuan(200 + 50 * (k % 3)),
                                 "return_postage": fen_to_yuan(800 + 200 * (k % 3))})
        uow.settings.set_shop_value(shop_id, COSTS_KEY, costs.as_json(), "demo", now)


def give_demo_refund_costs(uow: Any, shop_ids: Iterable[int], after_id: int,
                           now: datetime) -> None:
    """The cases this demo run made (ids above `after_id`) that were refunded."""
    for shop_id in shop_ids:
        costs = costs_of(uow, shop_id)
        uow.demo.refund_costs(shop_id, after_id, marketing=costs.marketing_fen,
                              processing=costs.processing_fen,
                              return_postage=costs.return_postage_fen, at=now)
