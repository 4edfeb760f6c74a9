"""The reports' figures computed again in plain Python over the rows
`tests.report_rows` inserted, without the store's queries: what each report must equal."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from typing import Any

from app.services.reports import ReportFilter
from tests.report_rows import CLOSED, REFUND, Built, CaseRow, Item, OrderRow, refunded

QUALITY = {"quality_problem", "not_as_described"}


def sh_day(at: datetime) -> date:
    return (at + timedelta(hours=8)).date()


def in_period(at: datetime, f: ReportFilter) -> bool:
    d = sh_day(at)
    return (f.date_from is None or d >= f.date_from) and (f.date_to is None or d <= f.date_to)


def item_ok(i: Item, f: ReportFilter) -> bool:
    return ((f.product is None or i.product == f.product) and (f.sku is None or i.sku == f.sku)
            and (f.supplier is None or i.supplier == f.supplier))


def shop_ok(shop: str, platform: str, f: ReportFilter) -> bool:
    return (f.shop is None or shop == f.shop) and (f.platform is None or platform == f.platform)


def order_ok(o: OrderRow, f: ReportFilter) -> bool:
    return shop_ok(o.shop, o.platform, f) and any(item_ok(i, f) for i in o.items)


def case_ok(c: CaseRow, f: ReportFilter) -> bool:
    return order_ok(c.order, f)


def share(a: float, b: float) -> float | None:
    return a / b if b else None


def paid_orders(b: Built, f: ReportFilter) -> list[OrderRow]:
    return [o for o in b.orders if in_period(o.paid_at, f) and order_ok(o, f)]


def refund_rate(b: Built, f: ReportFilter, quality: bool = False) -> dict[str, Any]:
    hit = {c.order.id for c in b.cases if refunded(c) and (c.quality or not quality)}
    paid = paid_orders(b, f)
    by_product: dict[str, list[set[int]]] = defaultdict(lambda: [set(), set()])
    by_shop: dict[str, list[set[int]]] = defaultdict(lambda: [set(), set()])
    for o in paid:
        for i in o.items:
            if item_ok(i, f):
                by_product[i.product][1].add(o.id)
                if o.id in hit:
                    by_product[i.product][0].add(o.id)
        by_shop[o.shop][1].add(o.id)
        if o.id in hit:
            by_shop[o.shop][0].add(o.id)
    n = sum(o.id in hit for o in paid)
    return {"refunded": n, "paid": len(paid), "rate": share(n, len(paid)),
            "by_product": {k: (len(r), len(p)) for k, (r, p) in by_product.items()},
            "by_shop": {k: (len(r), len(p)) for k, (r, p) in by_shop.items()}}


def supplier_rates(b: Built, f: ReportFilter) -> dict[str, tuple[int, int, int]]:
    out: dict[str, tuple[int, int, int]] = {}
    paid = [o for o in b.orders if in_period(o.paid_at, f) and shop_ok(o.shop, o.platform, f)]
    for sup in {i.supplier for o in b.orders for i in o.items if i.supplier}:
        orders = {o.id for o in paid if any(i.supplier == sup and item_ok(i, f) for i in o.items)}
        exc = [c for c in b.cases if c.kind == "exception_parcel" and c.order.id in orders]
        quality = [c for c in exc if c.reason in QUALITY
                   or c.subtype in ("quality_defect", "unusable")]
        if orders:
            out[sup] = (len(orders), len(exc), len(quality))
    return out


def opened(b: Built, f: ReportFilter) -> list[CaseRow]:
    return [c for c in b.cases if in_period(c.created, f) and case_ok(c, f)]


def costs(b: Built, f: ReportFilter) -> dict[str, Any]:
    cases = [c for c in opened(b, f) if c.cost]
    hidden = sum(v for c in cases for k, v in c.cost.items() if k != "refunded")
    explicit = sum(c.cost["refunded"] for c in cases)
    by_shop: Counter[str] = Counter()
    by_product: Counter[str] = Counter()
    for c in cases:
        total = sum(c.cost.values())
        by_shop[c.shop] += total
        lines = [(i.qty * i.price, -n, i.product) for n, i in enumerate(c.order.items)
                 if item_ok(i, f)]
        by_product[max(lines)[2]] += total
    return {"explicit": explicit, "hidden": hidden, "cases": len(cases),
            "by_shop": dict(by_shop), "by_product": dict(by_product)}


def refund_cases(b: Built, f: ReportFilter) -> list[CaseRow]:
    return [c for c in opened(b, f) if c.kind in REFUND]


def reasons(b: Built, f: ReportFilter) -> dict[str, tuple[int, int]]:
    out: dict[str, tuple[int, int]] = {}
    for c in refund_cases(b, f):
        n, fen = out.get(c.reason, (0, 0))
        out[c.reason] = (n + 1, fen + c.amount)
    return out


def outcome(c: CaseRow) -> str:
    if c.status == "resolved" or c.fast:
        return "refunded"
    return c.status if c.status in ("rejected", "cancelled") else "open"


def second(b: Built, f: ReportFilter) -> dict[str, Any]:
    cases = refund_cases(b, f)
    seconds = [c for c in cases if c.second]
    return {"count": len(seconds), "refund_cases": len(cases),
            "outcomes": dict(Counter(outcome(c) for c in seconds))}


def money(b: Built, f: ReportFilter) -> dict[tuple[str, str], list[int]]:
    first = f.date_from.isoformat() if f.date_from else "0000"
    last = f.date_to.isoformat() if f.date_to else "9999"
    out: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for p in b.payments:
        if p.status != "denied" and first <= p.day <= last and case_ok(p.case, f):
            out[(p.shop, p.day)][0] += p.amount
            out[(p.shop, p.day)][1] += 1
    for cp in b.coupons:
        if first <= cp.day <= last and case_ok(cp.case, f):
            out[(cp.shop, cp.day)][2] += cp.amount
            out[(cp.shop, cp.day)][3] += 1
    return dict(out)


def hours(c: CaseRow) -> float:
    """Where its bucket begins: tenths of an hour in the first day, hours in the first
    week, six hours beyond."""
    assert c.closed_at is not None
    s = int((c.closed_at - c.created).total_seconds())
    if s < 86_400:
        return (s // 360) * 360 / 3600
    if s < 604_800:
        return (86_400 + (s - 86_400) // 3600 * 3600) / 3600
    return (604_800 + (s - 604_800) // 21_600 * 21_600) / 3600


def median(values: list[float]) -> float | None:
    if not values:
        return None
    v = sorted(values)
    return round((v[(len(v) - 1) // 2] + v[len(v) // 2]) / 2, 2)


def closed(b: Built, f: ReportFilter) -> list[CaseRow]:
    return [c for c in b.cases if c.status in CLOSED and c.closed_at is not None
            and in_period(c.closed_at, f) and case_ok(c, f)]


def on_time(c: CaseRow) -> bool:
    return c.deadline is None or (c.closed_at is not None and c.closed_at <= c.deadline)


def workload(b: Built, f: ReportFilter, now: datetime) -> dict[str, tuple[int, int, int, int]]:
    """agent -> (open, overdue, closed, actions)"""
    out: dict[str, tuple[int, int, int, int]] = {}
    done = closed(b, f)
    for agent in ("lina", "wanglei", "zhangmin", "zhaoli"):
        mine = [c for c in b.cases if c.assignee == agent and case_ok(c, f)]
        still = [c for c in mine if c.status not in CLOSED]
        late = [c for c in still if c.deadline is not None and c.deadline < now]
        actions = sum(1 for c in b.cases if case_ok(c, f) for at, who, _to in c.events
                      if who == agent and in_period(at, f))
        n_closed = sum(1 for c in done if c.assignee == agent)
        if still or n_closed or actions:
            out[agent] = (len(still), len(late), n_closed, actions)
    return out
