"""Realistic, deterministic demo data in Chinese, fast enough for a million cases.

The same seed and the same `now` give the same store. Times are laid out around
`now` so that the inbox has overdue cases, cases due within hours and closed ones.
"""

from __future__ import annotations

import json
import random
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from importlib import resources
from typing import Any

from sqlalchemy import select

from app.domain import history as chain
from app.domain.case_status import TRANSITIONS
from app.domain.clock import utcnow
from app.domain.enums import (
    QUALITY_REASONS,
    CaseKind,
    CaseStatus,
    ExceptionSubtype,
    Priority,
    Reason,
)
from app.services.store import Store
from app.store import bulk, search
from app.store import engine as engines
from app.store.models import (
    Buyer,
    Case,
    CaseEvent,
    Order,
    OrderItem,
    Product,
    Shipment,
    Shop,
    Sku,
    Supplier,
    User,
)

K = CaseKind
S = CaseStatus
R = Reason

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

    def to_json(self) -> dict[str, int]:
        return dict(self.__dict__)


@cache
def _vocab() -> dict[str, Any]:
    text = resources.files("resources").joinpath("demo/vocab.json").read_text("utf-8")
    return json.loads(text)


@cache
def _path_to(target: CaseStatus) -> tuple[CaseStatus, ...]:
    """A shortest legal walk NEW → target through the state machine."""
    prev: dict[CaseStatus, CaseStatus | None] = {S.NEW: None}
    todo = deque([S.NEW])
    while todo:
        cur = todo.popleft()
        if cur == target:
            break
        for nxt in sorted(TRANSITIONS[cur]):
            if nxt not in prev:
                prev[nxt] = cur
                todo.append(nxt)
    walk: list[CaseStatus] = []
    node: CaseStatus | None = target
    while node is not None and node != S.NEW:
        walk.append(node)
        node = prev[node]
    return tuple(reversed(walk))


# Refund-type cases go through in_progress before they wait for a return.
_path_to_waiting_return = (S.IN_PROGRESS, S.WAITING_RETURN)


def _status_path(target: CaseStatus) -> tuple[CaseStatus, ...]:
    if target == S.NEW:
        return ()
    if target == S.WAITING_RETURN:
        return _path_to_waiting_return
    if target == S.INSPECTING:
        return (*_path_to_waiting_return, S.INSPECTING)
    if target in (S.RESOLVED, S.REJECTED, S.PENDING_APPROVAL, S.ESCALATED,
                  S.WAITING_BUYER, S.WAITING_SUPPLIER):
        return (S.IN_PROGRESS, target)
    return _path_to(target)


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


def has_cases(store: Store) -> bool:
    with store.unit_of_work() as uow:
        return uow.session.scalar(select(Case.id).limit(1)) is not None


def generate(
    store: Store, cases: int, seed: int = 1, now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoCounts:
    """Add `cases` demo cases (with their shops, orders and history) in one transaction."""
    if cases < 0:
        raise ValueError("the number of cases cannot be negative")
    now = (now or utcnow()).replace(minute=0, second=0, microsecond=0)
    rng = random.Random(seed)
    v = _vocab()
    with store.unit_of_work() as uow:
        conn = uow.session.connection()
        gen = _Generator(conn, rng, v, now)
        counts = gen.run(cases, progress)
        engines.refresh_planner_statistics(conn)
        uow.commit()
    return counts


class _Generator:
    def __init__(self, conn, rng: random.Random, vocab: dict[str, Any], now: datetime):  # type: ignore[no-untyped-def]
        self.conn = conn
        self.rng = rng
        self.v = vocab
        self.now = now

    def _reference_data(self) -> None:
        conn, v, now = self.conn, self.v, self.now
        existing_users = {r[0]: r[1] for r in conn.execute(select(User.name, User.id))}
        uid = bulk.next_id(conn, User)
        new_users = []
        for name, display, role in v["users"]:
            if name not in existing_users:
                new_users.append({"id": uid, "name": name, "display_name": display, "role": role,
                                  "active": True, "created_at": now - timedelta(days=400)})
                existing_users[name] = uid
                uid += 1
        bulk.insert_rows(conn, User, new_users)
        self.agent_ids = [existing_users[n] for n, _d, role in v["users"] if role == "agent"]
        self.agent_names = {existing_users[n]: n for n, _d, _r in v["users"]}
        self.new_counts = {"users": len(new_users)}

        existing_shops = {(r[1], r[2]): r[0] for r in conn.execute(select(Shop.id, Shop.platform, Shop.name))}
        sid = bulk.next_id(conn, Shop)
        new_shops = []
        for platform, name in v["shops"]:
            if (platform, name) not in existing_shops:
                new_shops.append({"id": sid, "platform": platform, "name": name})
                existing_shops[(platform, name)] = sid
                sid += 1
        bulk.insert_rows(conn, Shop, new_shops)
        self.shops = [(existing_shops[(p, n)], p) for p, n in v["shops"]]
        self.new_counts["shops"] = len(new_shops)

        existing_sup = {r[1]: r[0] for r in conn.execute(select(Supplier.id, Supplier.name))}
        supid = bulk.next_id(conn, Supplier)
        new_sup = []
        for name, contact in v["suppliers"]:
            if name not in existing_sup:
                new_sup.append({"id": supid, "name": name, "contact": contact})
                existing_sup[name] = supid
                supid += 1
        bulk.insert_rows(conn, Supplier, new_sup)
        self.new_counts["suppliers"] = len(new_sup)
        supplier_ids = [existing_sup[n] for n, _c in v["suppliers"]]

        # Every shop sells a handful of the catalogue; SKUs carry the spec and price.
        pid, skid = bulk.next_id(conn, Product), bulk.next_id(conn, Sku)
        products, skus = [], []
        self.shop_skus: dict[int, list[tuple[int, str, str, int]]] = {}
        catalogue = v["products"]
        have_products = conn.execute(select(Product.shop_id, Product.name)).all()
        if have_products:
            # A store that already has demo products reuses them.
            rows = conn.execute(
                select(Product.shop_id, Sku.id, Product.name, Sku.spec, Sku.price_fen)
                .join(Sku, Sku.product_id == Product.id)
            ).all()
            for shop_id, sku_id, pname, spec, price in rows:
                self.shop_skus.setdefault(shop_id, []).append((sku_id, pname, spec, price))
        for k, (shop_id, _platform) in enumerate(self.shops):
            if shop_id in self.shop_skus:
                continue
            picks = [catalogue[(k * 5 + j) % len(catalogue)] for j in range(6)]
            for name, specs, sup_idx, price in picks:
                products.append({"id": pid, "shop_id": shop_id, "name": name,
                                 "supplier_id": supplier_ids[sup_idx % len(supplier_ids)],
                                 "platform_product_id": str(3_500_000_000 + pid * 13)})
                for j, spec in enumerate(specs):
                    sku_price = price + j * 1000
                    skus.append({"id": skid, "product_id": pid, "code": f"SKU-{10000 + skid}",
                                 "spec": spec, "price_fen": sku_price})
                    self.shop_skus.setdefault(shop_id, []).append((skid, name, spec, sku_price))
                    skid += 1
                pid += 1
        bulk.insert_rows(self.conn, Product, products)
        bulk.insert_rows(self.conn, Sku, skus)
        self.new_counts["products"] = len(products)
        self.new_counts["skus"] = len(skus)

    def _person(self) -> tuple[str, str, str, str]:
        rng, v = self.rng, self.v
        name = rng.choice(v["surnames"]) + rng.choice(v["given"])
        nick = rng.choice(v["nick_parts"]) + rng.choice(v["nick_tails"])
        phone = f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}"
        addr = (f"{rng.choice(v['regions'])}{rng.choice(v['streets'])}{rng.randint(1, 999)}号"
                f"{rng.randint(1, 30)}栋{rng.randint(101, 2806)}室")
        return nick, name, phone, addr

    def run(self, n_cases: int, progress: Callable[[int, int], None] | None) -> DemoCounts:
        self._reference_data()
        rng, v, now, conn = self.rng, self.v, self.now, self.conn
        kinds = [k for k, w in KIND_WEIGHTS for _ in range(w)]
        ids = {m: bulk.next_id(conn, m) for m in (Buyer, Order, OrderItem, Shipment, Case, CaseEvent)}
        buyers: list[dict[str, Any]] = []
        orders: list[dict[str, Any]] = []
        items: list[dict[str, Any]] = []
        ships: list[dict[str, Any]] = []
        cases: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        totals = dict.fromkeys(("buyers", "orders", "shipments", "cases", "events"), 0)
        recent_orders: list[tuple[int, int, int, int]] = []  # (order id, shop id, amount, shop idx)
        carriers = list(zip(v["carriers"], v["carrier_prefix"], strict=True))
        notes = v["notes"]
        pstatus = v["platform_status"]
        system = "platform"

        def flush(final: bool = False) -> None:
            if final or len(cases) >= bulk.CHUNK:
                first_case = cases[0]["id"] if cases else None
                last_case = cases[-1]["id"] if cases else None
                for model, rows, key in ((Buyer, buyers, "buyers"), (Order, orders, "orders"),
                                         (OrderItem, items, None), (Shipment, ships, "shipments"),
                                         (Case, cases, "cases"), (CaseEvent, events, "events")):
                    bulk.insert_rows(conn, model, rows)
                    if key:
                        totals[key] += len(rows)
                    rows.clear()
                if first_case is not None and last_case is not None:
                    search.reindex_range(conn, first_case, last_case)
                if progress:
                    progress(totals["cases"], n_cases)

        for i in range(n_cases):
            case_id = ids[Case]
            ids[Case] += 1
            shop_idx = min(int(rng.paretovariate(1.6)) - 1, len(self.shops) - 1)
            shop_idx = (shop_idx + i % 3) % len(self.shops) if rng.random() < 0.5 else shop_idx
            shop_id, platform = self.shops[shop_idx]
            kind = rng.choice(kinds)
            status = rng.choice(STATUSES_BY_KIND[kind])
            closed = status in (S.RESOLVED, S.REJECTED, S.CANCELLED)
            # Open cases cluster around now: overdue, due within hours, later this week.
            if closed:
                created = now - timedelta(minutes=rng.randrange(60 * 24 * 45))
                deadline = created + timedelta(hours=rng.choice((24, 48, 72)))
            else:
                created = now - timedelta(minutes=rng.randrange(60 * 24 * 4))
                deadline = now + timedelta(minutes=rng.randint(-60 * 36, 60 * 72))

            second = bool(recent_orders) and kind in (K.REFUND_ONLY, K.RETURN_REFUND) and rng.random() < 0.07
            if second:
                order_id, shop_id, amount_base, shop_idx = rng.choice(recent_orders)
                platform = self.shops[shop_idx][1]
                reason = rng.choice(SECOND_REFUND_REASONS)
                urged = False
            else:
                nick, name, phone, addr = self._person()
                buyer_id = ids[Buyer]
                ids[Buyer] += 1
                buyers.append({"id": buyer_id, "platform": platform, "nickname": nick, "name": name,
                               "phone": phone, "address": addr})
                order_id = ids[Order]
                ids[Order] += 1
                paid = created - timedelta(minutes=rng.randrange(30, 60 * 24 * 6))
                skus = self.shop_skus[shop_id]
                amount_base = 0
                for _ in range(1 if rng.random() < 0.8 else 2):
                    sku_id, pname, spec, price = rng.choice(skus)
                    qty = 1 if rng.random() < 0.85 else rng.randint(2, 3)
                    items.append({"id": ids[OrderItem], "order_id": order_id, "sku_id": sku_id,
                                  "platform_sub_order_no": str(ids[OrderItem] * 11 + 900_000_000),
                                  "product_name": pname, "sku_spec": spec, "quantity": qty,
                                  "unit_price_fen": price})
                    ids[OrderItem] += 1
                    amount_base += price * qty
                shipped = kind not in (K.URGE, K.ADDRESS_CHANGE) and not (
                    kind == K.REFUND_ONLY and rng.random() < 0.6)
                urged = kind == K.URGE or (not shipped and rng.random() < 0.3) or rng.random() < 0.03
                orders.append({"id": order_id, "shop_id": shop_id,
                               "platform_order_no": _order_no(platform, order_id, paid),
                               "buyer_id": buyer_id,
                               "status": "已发货" if shipped else "待发货",
                               "total_fen": amount_base, "paid_at": paid, "created_at": paid})
                carrier, prefix = rng.choice(carriers)
                ship_at = paid + timedelta(hours=rng.randint(2, 60)) if shipped else None
                delivered = (ship_at + timedelta(hours=rng.randint(20, 96))
                             if ship_at and kind not in (K.INTERCEPT,) and rng.random() < 0.7 else None)
                if delivered and delivered > now:
                    delivered = None
                ships.append({"id": ids[Shipment], "order_id": order_id, "kind": "outbound",
                              "carrier": carrier if shipped else None,
                              "tracking_no": f"{prefix}{rng.randrange(10**12, 10**13)}" if shipped else None,
                              "shipped_at": ship_at, "delivered_at": delivered,
                              "urge_count": rng.randint(1, 4) if urged else 0,
                              "priority_shipping": urged and rng.random() < 0.5})
                ids[Shipment] += 1
                if len(recent_orders) < 5000:
                    recent_orders.append((order_id, shop_id, amount_base, shop_idx))
                else:
                    recent_orders[rng.randrange(5000)] = (order_id, shop_id, amount_base, shop_idx)
                reason = rng.choice(REASONS_BY_KIND[kind])

            subtype = (rng.choice(SUBTYPE_BY_REASON.get(reason, [ExceptionSubtype.DAMAGED]))
                       if kind == K.EXCEPTION_PARCEL else None)
            if kind in (K.REFUND_ONLY, K.RETURN_REFUND):
                amount = amount_base if rng.random() < 0.8 else amount_base // 2
            elif kind in (K.EXCEPTION_PARCEL, K.RESHIP):
                amount = rng.choice((0, 0, 500, 1000, 2000, amount_base // 5))
            else:
                amount = 0
            path = _status_path(status)
            assignee = None if status == S.NEW and rng.random() < 0.7 else rng.choice(self.agent_ids)
            if status != S.NEW and assignee is None:
                assignee = rng.choice(self.agent_ids)
            actor = self.agent_names[assignee] if assignee else system
            note_key = NOTE_KEY_BY_KIND.get(kind) or (subtype.value if subtype else "damaged")
            note = rng.choice(notes[note_key])
            p_status = rng.choice(pstatus["resolved" if status == S.RESOLVED else
                                          "rejected" if status == S.REJECTED else
                                          "cancelled" if status == S.CANCELLED else "open"])

            prev = chain.GENESIS_HASH
            at = created
            seq = 0
            span = max((min(now, deadline if not closed else now) - created).total_seconds(), 60)
            change_log: list[tuple[str, str, dict[str, Any], datetime]] = [
                (system, "created", {"kind": kind.value, "reason": reason.value,
                                     "amount_fen": amount, "platform_status": p_status}, at)]
            if assignee is not None:
                change_log.append((self.agent_names[self.agent_ids[0]] if status != S.NEW else actor,
                                   "assign", {"assignee": [None, self.agent_names[assignee]]},
                                   at + timedelta(minutes=rng.randint(1, 30))))
            cur = S.NEW
            for step in path:
                at = at + timedelta(seconds=rng.uniform(60, span / (len(path) + 1)))
                change_log.append((actor, "status", {"status": [cur.value, step.value]}, at))
                cur = step
            last_at = created
            for who, action, changes, when in change_log:
                seq += 1
                when = min(when.replace(microsecond=0), now)
                last_at = max(last_at, when)
                body = chain.canonical_changes(changes)
                digest = chain.event_hash(case_id, seq, when, who, action, body, prev)
                events.append({"id": ids[CaseEvent], "case_id": case_id, "seq": seq, "at": when,
                               "actor": who, "action": action, "changes": body,
                               "prev_hash": prev, "hash": digest})
                ids[CaseEvent] += 1
                prev = digest

            cases.append({
                "id": case_id, "case_no": _case_no(platform, case_id), "shop_id": shop_id,
                "order_id": order_id, "kind": kind.value, "exception_subtype": subtype and subtype.value,
                "reason": reason.value, "reason_text": None,
                "quality_refund": reason in QUALITY_REASONS and kind in (
                    K.REFUND_ONLY, K.RETURN_REFUND, K.EXCEPTION_PARCEL),
                "second_refund": second, "fast_refund": kind == K.RETURN_REFUND and rng.random() < 0.08,
                "platform_status": p_status, "status": status.value,
                "priority": (Priority.URGENT if urged or second else
                             rng.choice((Priority.LOW, Priority.NORMAL, Priority.NORMAL, Priority.HIGH))).value,
                "deadline_at": deadline, "assignee_id": assignee, "amount_fen": amount, "note": note,
                "created_at": created, "updated_at": last_at,
                "history_head": prev, "history_len": seq,
            })
            flush()
        flush(final=True)
        return DemoCounts(users=self.new_counts["users"], shops=self.new_counts["shops"],
                          suppliers=self.new_counts["suppliers"], products=self.new_counts["products"],
                          skus=self.new_counts["skus"], **totals)
