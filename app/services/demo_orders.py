"""Orders that went well: the demo's shops sell far more than their buyers complain
about. Without these every demo order would carry a case, and the supervisors' rates
would read what no shop sees (a refund rate over 10 %, every supplier's exception rate
over 17 %, so every supplier flagged). They come from a random stream of their own, so
the cases a seed makes stay exactly as they were."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from app.store.case_bulk import NewOrder

PER_CASE = (2, 3, 4, 5, 6)  # 4 on average: one order in 5 has a case
SERIAL_BASE = 50_000_000   # their order numbers sit above any case's
PAID_WITHIN = 60 * 24 * 45  # minutes: paid over the last 45 days, as the cases arrive


def person(rng: random.Random, v: dict[str, Any]) -> tuple[str, str, str, str]:
    """(nickname, name, phone, address) of a made-up buyer."""
    name = rng.choice(v["surnames"]) + rng.choice(v["given"])
    nick = rng.choice(v["nick_parts"]) + rng.choice(v["nick_tails"])
    phone = f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}"
    addr = (f"{rng.choice(v['regions'])}{rng.choice(v['streets'])}{rng.randint(1, 999)}号"
            f"{rng.randint(1, 30)}栋{rng.randint(101, 2806)}室")
    return nick, name, phone, addr


class QuietOrders:
    def __init__(self, seed: int, vocab: dict[str, Any], now: datetime,
                 order_no: Callable[[str, int, datetime], str]) -> None:
        self.rng = random.Random(f"quiet orders {seed}")
        self.v = vocab
        self.now = now
        self.order_no = order_no
        self.serial = SERIAL_BASE

    def beside(self, shop_id: int, platform: str, skus: Sequence[tuple[int, str, str, int]],
               carriers: Sequence[tuple[str, str]]) -> list[NewOrder]:
        """The shop's orders without a case sold alongside one that has one."""
        rng = self.rng
        made = []
        for _ in range(rng.choice(PER_CASE)):
            self.serial += 1
            paid = self.now - timedelta(minutes=rng.randrange(60, PAID_WITHIN))
            nick, name, phone, addr = person(rng, self.v)
            order = NewOrder(row={}, buyer={"platform": platform, "nickname": nick,
                                            "name": name, "phone": phone, "address": addr})
            sku_id, pname, spec, price = rng.choice(skus)
            qty = 1 if rng.random() < 0.85 else rng.randint(2, 3)
            order.items.append({"sku_id": sku_id,
                                "platform_sub_order_no": str(self.serial * 11 + 900_000_000),
                                "product_name": pname, "sku_spec": spec, "quantity": qty,
                                "unit_price_fen": price})
            ship_at = paid + timedelta(hours=rng.randint(2, 48))
            delivered = ship_at + timedelta(hours=rng.randint(20, 96))
            shipped = ship_at <= self.now
            order.row.update(shop_id=shop_id,
                             platform_order_no=self.order_no(platform, self.serial, paid),
                             buyer_id=None, status="已发货" if shipped else "待发货",
                             total_fen=price * qty, paid_at=paid, created_at=paid)
            carrier, prefix = rng.choice(carriers)
            order.ships.append({
                "kind": "outbound", "carrier": carrier if shipped else None,
                "tracking_no": f"{prefix}{rng.randrange(10**12, 10**13)}" if shipped else None,
                "shipped_at": ship_at if shipped else None,
                "delivered_at": delivered if delivered <= self.now else None,
                "urge_count": 0, "priority_shipping": False})
            made.append(order)
        return made
