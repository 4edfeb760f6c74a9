"""Refund rate: refunded orders / orders paid in the period, per product, SKU, shop and
week, each with its band (good under 5 %, watch, high over 10 %). What "refunded" means
is `app.store.report_queries`' definition; the quality-refund report shares this code."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.services.reports import common as c
from app.services.reports.model import ReportFilter, ReportResult
from app.services.store import Store
from app.store import report_queries as q

TOP_PRODUCTS = 10


def _rate(refunded: int, paid: int) -> tuple[int, int, float | None, str | None]:
    rate = c.share(refunded, paid)
    return int(refunded), int(paid), rate, c.band(rate)


def weekly(rows: Sequence[Sequence[Any]]) -> list[tuple[str, int, int, float | None]]:
    """Day rows (day number, refunded, paid) folded into ISO weeks: an order is paid on
    one day, so the days add up."""
    weeks: dict[str, list[int]] = {}
    for day, refunded, paid in rows:
        w = weeks.setdefault(c.week_of_day(c.day_label(day)), [0, 0])
        w[0] += int(refunded)
        w[1] += int(paid)
    return [(k, r, p, c.share(r, p)) for k, (r, p) in sorted(weeks.items())]


def groups(store: Store, flt: ReportFilter, quality: bool) -> dict[str, list[Sequence[Any]]]:
    scope = c.scope_of(flt)
    with store.unit_of_work() as uow:
        return {by: q.refund_groups(uow.session, scope, by, quality)
                for by in ("total", "product", "sku", "shop", "day")}


def _by_rate(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Highest rate first, then most orders; the key breaks ties so the order is stable."""
    return sorted(rows, key=lambda r: (-(r[-2] or 0), -r[-3], str(r[0])))


def compute(store: Store, flt: ReportFilter) -> ReportResult:
    g = groups(store, flt, quality=False)
    refunded, paid = g["total"][0] if g["total"] else (0, 0)
    out = c.result("refund-rate", flt)
    c.add_figures(out, {"rate": c.share(refunded, paid), "refunded": int(refunded),
                        "paid": int(paid)})
    products = _by_rate([(name, *_rate(r, p)) for name, r, p in g["product"]])
    c.add_table(out, "by_product", products)
    c.add_table(out, "by_sku", _by_rate([(sku, name, *_rate(r, p))
                                         for sku, name, r, p in g["sku"]]))
    c.add_table(out, "by_shop", _by_rate([(shop, platform, *_rate(r, p))
                                          for shop, platform, r, p in g["shop"]]))
    weeks = weekly(g["day"])
    c.add_table(out, "by_week", weeks)
    c.add_chart(out, "trend", "line", [w[0] for w in weeks], {"rate": [w[3] for w in weeks]},
                "percent")
    # The products most refunded in number: a rare product's 1 of 2 is not the problem.
    top = sorted(products, key=lambda r: (-r[1], str(r[0])))[:TOP_PRODUCTS]
    c.add_chart(out, "top_products", "bar", [r[0] for r in top], {"rate": [r[3] for r in top]},
                "percent")
    return out
