"""Refund rate: refunded orders / orders paid in the period, per product, SKU, shop and
week, each with its band (good under 5 %, watch, high over 10 %). What "refunded" means
is `app.store.report_queries`' definition; the quality-refund report shares this code."""

from __future__ import annotations

from typing import Any

from app.services.reports import common as c
from app.services.reports.model import ReportFilter, ReportResult
from app.services.store import Store
from app.store import report_queries as q

TOP_PRODUCTS = 10


def _rate(refunded: int, paid: int) -> tuple[int, int, float | None, str | None]:
    rate = c.share(refunded, paid)
    return int(refunded), int(paid), rate, c.band(rate)


class Groups:
    """The store's groups of paid orders, and the totals, shops and weeks they add up to."""

    def __init__(self, store: Store, flt: ReportFilter, quality: bool) -> None:
        scope = c.scope_of(flt)
        with store.unit_of_work() as uow:
            days = q.refund_groups(uow.session, scope, "shop_day", quality)
            self.products = q.refund_groups(uow.session, scope, "product", quality)
            self.skus: list[tuple[Any, ...]] = []
            if not quality:  # the quality report has no SKU table
                names = q.sku_names(uow.session)
                self.skus = [(*names.get(sku_id, (str(sku_id), None)), r, p)
                             for sku_id, r, p in q.refund_groups(uow.session, scope, "sku")]
        shops: dict[tuple[str, str], list[int]] = {}
        weeks: dict[str, list[int]] = {}
        for shop, platform, day, refunded, paid in days:
            for acc in (shops.setdefault((shop, platform), [0, 0]),
                        weeks.setdefault(c.week_of_day(c.day_label(day)), [0, 0])):
                acc[0] += int(refunded or 0)
                acc[1] += int(paid)
        self.shops = [(shop, platform, r, p) for (shop, platform), (r, p) in shops.items()]
        self.weeks = [(k, r, p, c.share(r, p)) for k, (r, p) in sorted(weeks.items())]
        self.refunded = sum(r for _s, _p, r, _n in self.shops)
        self.paid = sum(n for _s, _p, _r, n in self.shops)


def _by_rate(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Highest rate first, then most orders; the key breaks ties so the order is stable."""
    return sorted(rows, key=lambda r: (-(r[-2] or 0), -r[-3], str(r[0])))


def compute(store: Store, flt: ReportFilter) -> ReportResult:
    g = Groups(store, flt, quality=False)
    out = c.result("refund-rate", flt)
    c.add_figures(out, {"rate": c.share(g.refunded, g.paid), "refunded": g.refunded,
                        "paid": g.paid})
    products = _by_rate([(name, *_rate(r, p)) for name, r, p in g.products])
    c.add_table(out, "by_product", products)
    c.add_table(out, "by_sku", _by_rate([(sku, name, *_rate(r, p)) for sku, name, r, p in g.skus]))
    c.add_table(out, "by_shop", _by_rate([(shop, platform, *_rate(r, p))
                                          for shop, platform, r, p in g.shops]))
    c.add_table(out, "by_week", g.weeks)
    c.add_chart(out, "trend", "line", [w[0] for w in g.weeks], {"rate": [w[3] for w in g.weeks]},
                "percent")
    # The products most refunded in number: a rare product's 1 of 2 is not the problem.
    top = sorted(products, key=lambda r: (-r[1], str(r[0])))[:TOP_PRODUCTS]
    c.add_chart(out, "top_products", "bar", [r[0] for r in top], {"rate": [r[3] for r in top]},
                "percent")
    return out
