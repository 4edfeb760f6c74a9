"""A small store built by hand for the reports' tests (not the demo): three shops on
three platforms, products from three suppliers, orders paid inside and outside a
period, refund cases refunded and not, quality and second refunds, exception parcels,
costs, payments and coupons, closing events and a change after one. Every row is also
kept here as plain Python, so that a test computes each figure again on its own.

Deterministic for a seed; times are naive UTC as the store keeps them."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from app.domain.case_rules import is_quality_refund

START = datetime(2026, 10, 20)  # the first order
DAYS = 40
NOW = datetime(2026, 12, 1, 9, 0)
AGENTS = ("lina", "wanglei", "zhangmin")
REFUND = ("refund_only", "return_refund")
CLOSED = ("resolved", "rejected", "cancelled")
OPEN = ("new", "in_progress", "waiting_buyer", "waiting_return", "escalated")
REASONS = {"refund_only": ("buyer_mistake", "late_shipment", "quality_problem", "not_as_described"),
           "return_refund": ("no_reason_7day", "quality_problem", "wrong_item", "not_as_described"),
           "exception_parcel": ("transit_damage", "lost", "quality_problem", "wrong_item"),
           "exchange": ("wrong_item", "quality_problem")}
SUBTYPES = {"transit_damage": "damaged", "lost": "lost", "quality_problem": "quality_defect",
            "wrong_item": "wrong_item"}
COST_PARTS = ("refunded", "marketing", "logistics", "processing", "goods_loss",
              "compensation", "coupon")


@dataclass
class Item:
    sku: str
    product: str
    supplier: str | None
    qty: int
    price: int


@dataclass
class OrderRow:
    id: int
    shop: str
    platform: str
    paid_at: datetime
    items: list[Item]


@dataclass
class CaseRow:
    id: int
    shop: str
    platform: str
    order: OrderRow
    kind: str
    status: str
    reason: str
    subtype: str | None
    amount: int
    created: datetime
    deadline: datetime | None
    closed_at: datetime | None
    assignee: str | None
    quality: bool
    second: bool
    fast: bool
    cost: dict[str, int] = field(default_factory=dict)
    events: list[tuple[datetime, str, str | None]] = field(default_factory=list)  # at, actor, to


@dataclass
class Money:
    shop: str
    platform: str
    case: CaseRow
    day: str
    amount: int
    status: str = "approved"
    reason: str = "goodwill"


class Built:
    def __init__(self) -> None:
        self.orders: list[OrderRow] = []
        self.cases: list[CaseRow] = []
        self.payments: list[Money] = []
        self.coupons: list[Money] = []


SHOPS = (("甲店", "douyin"), ("乙店", "pinduoduo"), ("丙店", "kuaishou"))
SUPPLIERS = ("义乌一号供应链", "广州二号工厂", "深圳三号")
# (shop index, product, supplier index or None, [(sku code, price fen)])
PRODUCTS = ((0, "保温杯", 0, [("A-CUP-1", 5900), ("A-CUP-2", 6900)]),
            (0, "手机壳", 1, [("A-CASE", 1990)]),
            (1, "保温杯", 0, [("B-CUP", 5500)]),
            (1, "运动鞋", 2, [("B-SHOE-40", 19900), ("B-SHOE-42", 19900)]),
            (2, "面霜", 1, [("C-CREAM", 8800)]),
            (2, "红糖姜茶", None, [("C-TEA", 3900)]))


def _shanghai_day(at: datetime) -> str:
    return (at + timedelta(hours=8)).date().isoformat()


def build(store, seed: int = 3, orders: int = 260) -> Built:  # type: ignore[no-untyped-def]
    """Fill `store` (empty, migrated) and return what it holds."""
    from app.store import models as m

    rng = random.Random(seed)
    out = Built()
    with store.unit_of_work().for_writing() as uow:
        s = uow.session
        users = {}
        for name, role in (*((a, "agent") for a in AGENTS), ("zhaoli", "supervisor")):
            u = m.User(name=name, display_name=name, role=role, active=True, created_at=START)
            s.add(u)
            s.flush()
            users[name] = u.id
        shop_ids = []
        for name, platform in SHOPS:
            shop = m.Shop(name=name, platform=platform)
            s.add(shop)
            s.flush()
            shop_ids.append(shop.id)
        supplier_ids = []
        for name in SUPPLIERS:
            sup = m.Supplier(name=name)
            s.add(sup)
            s.flush()
            supplier_ids.append(sup.id)
        skus: dict[int, list[tuple[int, Item]]] = {}
        for shop_idx, pname, sup_idx, codes in PRODUCTS:
            prod = m.Product(shop_id=shop_ids[shop_idx], name=pname,
                             supplier_id=None if sup_idx is None else supplier_ids[sup_idx])
            s.add(prod)
            s.flush()
            for code, price in codes:
                sku = m.Sku(product_id=prod.id, code=code, spec="默认", price_fen=price)
                s.add(sku)
                s.flush()
                skus.setdefault(shop_idx, []).append(
                    (sku.id, Item(code, pname, None if sup_idx is None else SUPPLIERS[sup_idx],
                                  1, price)))
        n_case = 0
        for n in range(orders):
            shop_idx = rng.randrange(3)
            shop, platform = SHOPS[shop_idx]
            paid = START + timedelta(minutes=rng.randrange(DAYS * 24 * 60))
            lines = rng.sample(skus[shop_idx], 2 if rng.random() < 0.25 and len(skus[shop_idx]) > 1 else 1)
            items = [Item(i.sku, i.product, i.supplier, rng.choice((1, 1, 2)), i.price)
                     for _id, i in lines]
            o = m.Order(shop_id=shop_ids[shop_idx], platform_order_no=f"O{n}",
                        total_fen=sum(i.qty * i.price for i in items), paid_at=paid,
                        created_at=paid)
            s.add(o)
            s.flush()
            for (sku_id, _i), item in zip(lines, items, strict=True):
                s.add(m.OrderItem(order_id=o.id, sku_id=sku_id, product_name=item.product,
                                  quantity=item.qty, unit_price_fen=item.price))
            order = OrderRow(o.id, shop, platform, paid, items)
            out.orders.append(order)
            had_refund = False
            for _k in range(rng.choice((0, 0, 1, 1, 2))):
                kind = rng.choice(("refund_only", "return_refund", "exception_parcel", "exchange"))
                reason = rng.choice(REASONS[kind])
                status = rng.choice((*CLOSED, "resolved", *OPEN))
                created = paid + timedelta(hours=rng.randint(2, 200))
                # Room for every event before NOW, in order.
                created = min(created, NOW - timedelta(hours=101))
                deadline = created + timedelta(hours=48) if rng.random() < 0.9 else None
                second = kind in REFUND and had_refund
                had_refund = had_refund or kind in REFUND
                fast = kind == "return_refund" and rng.random() < 0.15
                assignee = rng.choice((*AGENTS, None))
                n_case += 1
                c = CaseRow(0, shop, platform, order, kind, status, reason,
                            SUBTYPES.get(reason) if kind == "exception_parcel" else None,
                            order.items[0].price, created, deadline, None, assignee,
                            is_quality_refund(kind, reason), second, fast)
                _events(c, rng)
                row = m.Case(
                    case_no=f"C{n_case}", shop_id=shop_ids[shop_idx], order_id=o.id, kind=kind,
                    exception_subtype=c.subtype, reason=reason, quality_refund=c.quality,
                    second_refund=second, fast_refund=fast, status=status, priority=1,
                    deadline_at=deadline, assignee_id=users.get(assignee or ""),
                    amount_fen=c.amount, created_at=created, updated_at=c.events[-1][0],
                    history_head="0" * 64, history_len=len(c.events))
                s.add(row)
                s.flush()
                c.id = row.id
                prev = None
                for seq, (at, actor, moved_to) in enumerate(c.events, 1):
                    changes = ({"status": [prev, moved_to]} if moved_to
                               else {"note": [None, "跟进"]})
                    prev = moved_to or prev
                    s.add(m.CaseEvent(case_id=row.id, seq=seq, at=at, actor=actor,
                                      action="status" if moved_to else "note",
                                      changes=json.dumps(changes, ensure_ascii=False,
                                                         sort_keys=True, separators=(",", ":")),
                                      prev_hash="0" * 64, hash=f"{row.id:032d}{seq:032d}"))
                _costs(c, rng, s, m, shop_ids[shop_idx], out)
                out.cases.append(c)
        uow.commit()
    return out


def _events(c: CaseRow, rng: random.Random) -> None:
    """created (a status move from nothing to new), maybe a note, then for a case that
    is not new the move to its status; sometimes a note after a close (a later change
    that must not count as the closing)."""
    c.events.append((c.created, "platform", "new"))
    if c.status == "new":
        return
    actor = c.assignee or "platform"
    at = c.created + timedelta(minutes=rng.randint(5, 600))
    if rng.random() < 0.5:
        c.events.append((at, actor, None))
    at += timedelta(minutes=rng.randint(10, 60 * 90))
    c.events.append((at, actor, c.status))
    if c.status in CLOSED:
        c.closed_at = at
        if rng.random() < 0.3:
            c.events.append((min(at + timedelta(days=2), NOW), actor, None))


def refunded(c: CaseRow) -> bool:
    return c.kind in REFUND and (c.status == "resolved" or c.fast)


def _costs(c: CaseRow, rng, s, m, shop_id: int, out: Built) -> None:  # type: ignore[no-untyped-def]
    cost = dict.fromkeys(COST_PARTS, 0)
    if refunded(c):
        cost.update(refunded=c.amount, marketing=300, processing=200,
                    logistics=800 if c.kind == "return_refund" else 0)
    if c.kind == "return_refund" and c.status == "rejected" and rng.random() < 0.5:
        cost["goods_loss"] = 1500
    if c.status != "new" and rng.random() < 0.25:
        amount = rng.choice((500, 1000, 2000))
        status = rng.choice(("pending", "approved", "paid", "denied"))
        at = c.created + timedelta(hours=rng.randint(1, 30))
        s.add(m.Payment(case_id=c.id, order_id=c.order.id, shop_id=shop_id, amount_fen=amount,
                        reason=rng.choice(("postage", "goodwill", "price_difference")),
                        status=status, shop_day=_shanghai_day(at), key=f"p{c.id}",
                        requested_by="lina", requested_at=at))
        out.payments.append(Money(c.shop, c.platform, c, _shanghai_day(at), amount, status))
        if status != "denied":
            cost["compensation"] = amount
    if c.status == "resolved" and rng.random() < 0.2:
        at = c.created + timedelta(hours=3)
        s.add(m.Coupon(case_id=c.id, shop_id=shop_id, name="满50减10", value_fen=1000,
                       valid_until=at + timedelta(days=30), shop_day=_shanghai_day(at),
                       key=f"c{c.id}", issued_by="lina", issued_at=at))
        out.coupons.append(Money(c.shop, c.platform, c, _shanghai_day(at), 1000))
        cost["coupon"] = 1000
    if any(cost.values()):
        s.add(m.CaseCost(case_id=c.id, shop_id=shop_id, updated_at=c.created,
                         **{f"{k}_fen": v for k, v in cost.items()}))
        c.cost = cost
