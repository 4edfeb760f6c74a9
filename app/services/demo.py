"""Realistic, deterministic demo data in Chinese, fast enough for a million cases.

The same seed and the same `now` give the same store. Times are laid out around
`now` so that the inbox has overdue cases, cases due within hours and closed ones.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import cache
from importlib import resources
from typing import Any

from app.domain.case_rules import is_closed
from app.domain.clock import utcnow
from app.domain.enums import CaseKind, CaseStatus, ExceptionSubtype, Reason
from app.services.demo_cases import CaseMaker
from app.services.demo_costs import give_demo_costs, give_demo_refund_costs
from app.services.demo_coupons import demo_coupon_templates
from app.services.demo_orders import SERIAL_BASE, QuietOrders, person
from app.services.demo_payments import demo_payments
from app.services.store import Store
from app.store.case_bulk import NewCase, NewOrder
from app.store.demo_writer import DemoWriter

K = CaseKind
S = CaseStatus
R = Reason
RETURN_ADDRESS = "return_address"  # the shop setting the reply templates read

KIND_WEIGHTS: list[tuple[CaseKind, int]] = [
    (K.EXCEPTION_PARCEL, 26), (K.REFUND_ONLY, 20), (K.RETURN_REFUND, 22), (K.EXCHANGE, 8),
    (K.RESHIP, 6), (K.REPAIR, 3), (K.INTERCEPT, 5), (K.ADDRESS_CHANGE, 4), (K.URGE, 6),
]

REASONS_BY_KIND: dict[CaseKind, list[Reason]] = {
    K.EXCEPTION_PARCEL: [R.TRANSIT_DAMAGE, R.LOST, R.WRONG_ITEM, R.MISSING_ITEM,
                         R.QUALITY_PROBLEM, R.OTHER],
    K.REFUND_ONLY: [R.BUYER_MISTAKE, R.LATE_SHIPMENT, R.MISSING_ITEM, R.NOT_AS_DESCRIBED,
                    R.QUALITY_PROBLEM, R.OTHER],
    K.RETURN_REFUND: [R.NO_REASON_7DAY, R.NO_REASON_7DAY, R.QUALITY_PROBLEM,
                      R.NOT_AS_DESCRIBED, R.WRONG_ITEM, R.BUYER_MISTAKE],
    K.EXCHANGE: [R.WRONG_ITEM, R.QUALITY_PROBLEM, R.NO_REASON_7DAY, R.NOT_AS_DESCRIBED],
    K.RESHIP: [R.MISSING_ITEM, R.LOST, R.TRANSIT_DAMAGE, R.WRONG_ITEM],
    K.REPAIR: [R.QUALITY_PROBLEM],
    K.INTERCEPT: [R.BUYER_MISTAKE, R.LATE_SHIPMENT, R.OTHER],
    K.ADDRESS_CHANGE: [R.BUYER_MISTAKE],
    K.URGE: [R.LATE_SHIPMENT],
}

SUBTYPE_BY_REASON: dict[Reason, list[ExceptionSubtype]] = {
    R.TRANSIT_DAMAGE: [ExceptionSubtype.DAMAGED],
    R.LOST: [ExceptionSubtype.LOST, ExceptionSubtype.STUCK, ExceptionSubtype.RETURNED_TO_SENDER],
    R.WRONG_ITEM: [ExceptionSubtype.WRONG_ITEM],
    R.MISSING_ITEM: [ExceptionSubtype.MISSING_ITEM],
    R.QUALITY_PROBLEM: [ExceptionSubtype.QUALITY_DEFECT, ExceptionSubtype.UNUSABLE],
    R.OTHER: [ExceptionSubtype.ADDRESS_ERROR, ExceptionSubtype.STUCK],
}

# Statuses that make sense per kind: only returns wait for a parcel and are inspected.
_COMMON = [S.NEW, S.IN_PROGRESS, S.WAITING_BUYER, S.PENDING_APPROVAL, S.ESCALATED,
           S.RESOLVED, S.RESOLVED, S.RESOLVED, S.REJECTED, S.CANCELLED]
_RETURNS = [*_COMMON, S.WAITING_RETURN, S.WAITING_RETURN, S.INSPECTING]
STATUSES_BY_KIND: dict[CaseKind, list[CaseStatus]] = {
    K.EXCEPTION_PARCEL: [*_COMMON, S.WAITING_SUPPLIER],
    K.REFUND_ONLY: _COMMON,
    K.RETURN_REFUND: _RETURNS,
    K.EXCHANGE: _RETURNS,
    K.RESHIP: [S.NEW, S.IN_PROGRESS, S.WAITING_BUYER, S.RESOLVED, S.RESOLVED, S.CANCELLED],
    K.REPAIR: [*_RETURNS, S.WAITING_SUPPLIER],
    K.INTERCEPT: [S.NEW, S.IN_PROGRESS, S.WAITING_RETURN, S.RESOLVED, S.REJECTED],
    K.ADDRESS_CHANGE: [S.NEW, S.IN_PROGRESS, S.RESOLVED, S.REJECTED],
    K.URGE: [S.NEW, S.IN_PROGRESS, S.RESOLVED, S.RESOLVED],
}

NOTE_KEY_BY_KIND = {K.REFUND_ONLY: "refund", K.RETURN_REFUND: "refund", K.URGE: "urge",
                    K.ADDRESS_CHANGE: "address_change", K.INTERCEPT: "intercept",
                    K.REPAIR: "repair", K.EXCHANGE: "exchange", K.RESHIP: "reship"}
SECOND_REFUND_REASONS = [R.QUALITY_PROBLEM, R.LATE_SHIPMENT, R.TRANSIT_DAMAGE,
                         R.NOT_AS_DESCRIBED, R.BUYER_MISTAKE]


@dataclass(frozen=True)
class DemoCounts:
    users: int
    shops: int
    suppliers: int
    products: int
    skus: int
    buyers: int
    orders: int
    shipments: int
    cases: int
    events: int
    evidence: int = 0  # files attached to demo cases

    def to_json(self) -> dict[str, int]:
        return dict(self.__dict__)


@cache
def _vocab() -> dict[str, Any]:
    text = resources.files("resources").joinpath("demo/vocab.json").read_text("utf-8")
    vocab: dict[str, Any] = json.loads(text)
    return vocab


def _case_no(platform: str, n: int) -> str:
    if platform == "pinduoduo":
        return str(100_000_000 + n * 7 % 899_999_999)
    if platform == "jd":
        return str(1_000_000_000 + n)
    if platform == "kuaishou":
        return str(2_100_000_000_000_000 + n * 131)
    return str(7_300_000_000_000_000_000 + n * 7919)


def _order_no(platform: str, n: int, at: datetime) -> str:
    if platform == "pinduoduo":
        return f"{at:%y%m%d}-{100_000_000_000_000 + n * 104729}"
    if platform == "jd":
        return str(280_000_000_000 + n * 37)
    if platform == "kuaishou":
        return str(2_400_000_000_000_000 + n * 97)
    return str(6_920_000_000_000_000_000 + n * 6007)


DEMO_PASSWORD = "demo"  # every demo account's; shorter than a user may choose


def _demo_password_hash() -> str:
    # One real argon2id hash per generate call, shared by every demo account: hashing
    # each of them would cost a quarter second apiece, and it is a demo.
    from app.services.accounts import hasher

    return hasher.hash(DEMO_PASSWORD)


def demo_accounts() -> list[dict[str, str]]:
    """The demo's users, for its output: each signs in with DEMO_PASSWORD."""
    return [{"name": n, "display": d, "role": r} for n, d, r in _vocab()["users"]]


def has_cases(store: Store) -> bool:
    with store.unit_of_work() as uow:
        return uow.cases.any()


def generate(
    store: Store, cases: int, seed: int = 1, now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None, evidence: bool = True,
) -> DemoCounts:
    """Add `cases` demo cases (with their shops, orders and history) in one transaction,
    then (`evidence`) attach the demo evidence to a few of them as an agent would."""
    if cases < 0:
        raise ValueError("the number of cases cannot be negative")
    now = (now or utcnow()).replace(minute=0, second=0, microsecond=0)
    rng = random.Random(seed)
    with store.unit_of_work().for_writing() as uow:
        vocab = _vocab()
        gen = _Generator(uow.demo, rng, vocab, now, QuietOrders(seed, vocab, now, _order_no))
        before = uow.demo.last_case_id()
        counts = gen.run(cases, progress)
        _return_addresses(uow, gen, now)
        give_demo_costs(uow, [shop_id for shop_id, _platform in gen.shops], now)
        give_demo_refund_costs(uow, [shop_id for shop_id, _platform in gen.shops], before, now)
        money_events = demo_payments(uow, now, random.Random(seed)) + demo_coupon_templates(
            uow, now)
        counts = replace(counts, events=counts.events + money_events)
        uow.demo.refresh_statistics()
        uow.commit()
    if not cases or not evidence:
        return counts
    from app.services.demo_evidence import attach_demo_evidence

    files, events = attach_demo_evidence(store, now)
    return replace(counts, events=counts.events + events, evidence=files)


CHUNK = 20000


def _return_addresses(uow: Any, gen: _Generator, now: datetime) -> None:
    """Each demo shop's return address (the reply templates give it to buyers); one
    a shop already has is kept."""
    v = gen.v
    have = uow.settings.shop_values(RETURN_ADDRESS)
    for k, (shop_id, _platform) in enumerate(gen.shops):
        if shop_id in have:
            continue
        region = v["regions"][(k * 7) % len(v["regions"])]
        street = v["streets"][(k * 3) % len(v["streets"])]
        who = v["surnames"][k % len(v["surnames"])] + v["given"][(k * 5) % len(v["given"])]
        text = (f"{region}{street}{18 + k * 11}号 售后仓 {who} 收 "
                f"1{3 + k % 6}{(k * 7919 + 1234567) % 10**9:09d}")
        uow.settings.set_shop_value(shop_id, RETURN_ADDRESS, text, "demo", now)


class _Generator:
    def __init__(self, writer: DemoWriter, rng: random.Random, vocab: dict[str, Any],
                 now: datetime, quiet: QuietOrders) -> None:
        self.w = writer
        self.rng = rng
        self.quiet = quiet
        self.v = vocab
        self.now = now

    def _reference_data(self) -> None:
        w, v, now = self.w, self.v, self.now
        users = w.users([tuple(u) for u in v["users"]], now - timedelta(days=400),
                        _demo_password_hash())
        self.agent_ids = [users[n] for n, _d, role in v["users"] if role == "agent"]
        self.agent_names = {users[n]: n for n, _d, _r in v["users"]}
        shops = w.shops([tuple(s) for s in v["shops"]])
        self.shops = [(shops[(p, n)], p) for p, n in v["shops"]]
        suppliers = w.suppliers([tuple(s) for s in v["suppliers"]])
        supplier_ids = [suppliers[n] for n, _c in v["suppliers"]]
        # Every shop sells a handful of the catalogue; SKUs carry the spec and price.
        self.shop_skus = w.skus_by_shop()
        catalogue = v["products"]
        products = skus = 0
        for k, (shop_id, _platform) in enumerate(self.shops):
            if shop_id in self.shop_skus:
                continue  # a store that already has demo products reuses them
            for j, (name, specs, sup_idx, price) in enumerate(
                    catalogue[(k * 5 + j) % len(catalogue)] for j in range(6)):
                rows = [{"code": f"SKU-{10000 + k * 100 + j * 10 + n}", "spec": spec,
                         "price_fen": price + n * 1000} for n, spec in enumerate(specs)]
                ids = w.add_product({"shop_id": shop_id, "name": name,
                                     "supplier_id": supplier_ids[sup_idx % len(supplier_ids)],
                                     "platform_product_id": str(3_500_000_000 + k * 13 + j)},
                                    rows)
                for sku_id, row in zip(ids, rows, strict=True):
                    self.shop_skus.setdefault(shop_id, []).append(
                        (sku_id, name, row["spec"], row["price_fen"]))
                products += 1
                skus += len(rows)
        self.added = {**w.added, "products": products, "skus": skus}

    def _person(self) -> tuple[str, str, str, str]:
        return person(self.rng, self.v)

    def run(self, n_cases: int, progress: Callable[[int, int], None] | None) -> DemoCounts:
        self._reference_data()
        rng, v, now = self.rng, self.v, self.now
        kinds = [k for k, w in KIND_WEIGHTS for _ in range(w)]
        # Platform numbers follow the cases already there, so a second run adds new ones.
        serial = self.w.case_count()
        # Above every quiet order an earlier run made (each made fewer than there are now).
        self.quiet.serial = SERIAL_BASE + self.w.order_count()
        maker = CaseMaker(rng, v, now, self.agent_ids, self.agent_names)
        orders: list[NewOrder] = []
        loose: list[NewCase] = []
        totals = dict.fromkeys(("buyers", "orders", "shipments", "cases", "events"), 0)
        recent: list[tuple[NewOrder, int]] = []  # (order, shop index) for second refunds
        carriers = list(zip(v["carriers"], v["carrier_prefix"], strict=True))

        def flush() -> None:
            self.w.write(orders, loose)
            for o in orders:
                totals["orders"] += 1
                totals["buyers"] += o.buyer is not None
                totals["shipments"] += len(o.ships)
            made = [c for o in orders for c in o.cases] + loose
            totals["cases"] += len(made)
            totals["events"] += sum(len(c.history) for c in made)
            orders.clear()
            loose.clear()
            if progress:
                progress(totals["cases"], n_cases)

        for i in range(n_cases):
            serial += 1
            shop_idx = min(int(rng.paretovariate(1.6)) - 1, len(self.shops) - 1)
            shop_idx = (shop_idx + i % 3) % len(self.shops) if rng.random() < 0.5 else shop_idx
            shop_id, platform = self.shops[shop_idx]
            kind = rng.choice(kinds)
            status = rng.choice(STATUSES_BY_KIND[kind])
            created, deadline = maker.times(status)
            second = bool(recent) and kind in (K.REFUND_ONLY, K.RETURN_REFUND) and rng.random() < 0.07
            if second:
                order, shop_idx = rng.choice(recent)
                shop_id, platform = self.shops[shop_idx]
                reason = rng.choice(SECOND_REFUND_REASONS)
                urged = False
                amount_base = order.row["total_fen"]
            else:
                order, urged = self._order(shop_id, platform, kind, status, created, serial,
                                           carriers)
                amount_base = order.row["total_fen"]
                orders.append(order)
                # A second refund on an urged order would make that urge finished too.
                if not urged and len(recent) < 5000:
                    recent.append((order, shop_idx))
                elif not urged:
                    recent[rng.randrange(5000)] = (order, shop_idx)
                reason = rng.choice(REASONS_BY_KIND[kind])
                orders.extend(self.quiet.beside(shop_id, platform, self.shop_skus[shop_id],
                                                carriers))
            subtype = (rng.choice(SUBTYPE_BY_REASON.get(reason, [ExceptionSubtype.DAMAGED]))
                       if kind == K.EXCEPTION_PARCEL else None)
            case = maker.case(
                shop_id=shop_id, platform=platform, case_no=_case_no(platform, serial), kind=kind, reason=reason,
                status=status, subtype=subtype, amount_base=amount_base, created=created,
                deadline=deadline, second=second, urged=urged,
                note_key=NOTE_KEY_BY_KIND.get(kind) or (subtype.value if subtype else "damaged"),
                order_id=order.id)
            if order.id is None:
                order.cases.append(case)
            else:
                loose.append(case)
            if len(orders) + len(loose) >= CHUNK:
                flush()
        flush()
        return DemoCounts(**self.added, **totals)

    def _order(self, shop_id: int, platform: str, kind: CaseKind, status: CaseStatus,
               created: datetime, serial: int,
               carriers: list[tuple[str, str]]) -> tuple[NewOrder, bool]:
        """A buyer's order with its items and outbound shipment, and whether it was urged."""
        rng = self.rng
        nick, name, phone, addr = self._person()
        paid = created - timedelta(minutes=rng.randrange(30, 60 * 24 * 6))
        order = NewOrder(row={}, buyer={"platform": platform, "nickname": nick, "name": name,
                                        "phone": phone, "address": addr})
        total = 0
        for n in range(1 if rng.random() < 0.8 else 2):
            sku_id, pname, spec, price = rng.choice(self.shop_skus[shop_id])
            qty = 1 if rng.random() < 0.85 else rng.randint(2, 3)
            order.items.append({"sku_id": sku_id,
                                "platform_sub_order_no": str(serial * 11 + n + 900_000_000),
                                "product_name": pname, "sku_spec": spec, "quantity": qty,
                                "unit_price_fen": price})
            total += price * qty
        shipped = kind not in (K.URGE, K.ADDRESS_CHANGE) and not (
            kind == K.REFUND_ONLY and rng.random() < 0.6)
        # A buyer urges an order not shipped yet, while the case is still open: an urged
        # order the platform already refunded or exchanged contradicts itself.
        urged = kind == K.URGE or (not shipped and not is_closed(status) and rng.random() < 0.3)
        order.row.update(shop_id=shop_id, platform_order_no=_order_no(platform, serial, paid),
                         buyer_id=None, status="已发货" if shipped else "待发货",
                         total_fen=total, paid_at=paid, created_at=paid)
        carrier, prefix = rng.choice(carriers)
        ship_at = paid + timedelta(hours=rng.randint(2, 60)) if shipped else None
        delivered = (ship_at + timedelta(hours=rng.randint(20, 96))
                     if ship_at and kind not in (K.INTERCEPT,) and rng.random() < 0.7 else None)
        if delivered and delivered > self.now:
            delivered = None
        order.ships.append({"kind": "outbound", "carrier": carrier if shipped else None,
                            "tracking_no": f"{prefix}{rng.randrange(10**12, 10**13)}" if shipped else None,
                            "shipped_at": ship_at, "delivered_at": delivered,
                            "urge_count": rng.randint(1, 4) if urged else 0,
                            "priority_shipping": urged and rng.random() < 0.5})
        return order, urged
