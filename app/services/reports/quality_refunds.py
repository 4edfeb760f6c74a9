"""Quality refunds (Pinduoduo's definition): paid orders refunded for a quality problem
or "not as described" (the case's quality_refund flag), counted and as a share of the
orders paid in the period, per shop, product and week."""

from __future__ import annotations

from typing import Any

from app.services.reports import common as c
from app.services.reports.model import ReportFilter, ReportResult
from app.services.reports.refund_rate import groups, weekly
from app.services.store import Store


def compute(store: Store, flt: ReportFilter) -> ReportResult:
    g = groups(store, flt, quality=True)
    count, paid = g["total"][0] if g["total"] else (0, 0)
    out = c.result("quality-refunds", flt)
    c.add_figures(out, {"rate": c.share(count, paid), "count": int(count), "paid": int(paid)})

    def ranked(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        # Most quality refunds first: the count weighs on the rating as the rate does.
        return sorted(rows, key=lambda r: (-r[-3], -r[-2], str(r[0])))

    c.add_table(out, "by_shop", ranked([(shop, platform, int(n), int(p), c.share(n, p))
                                        for shop, platform, n, p in g["shop"]]))
    c.add_table(out, "by_product", ranked([(name, int(n), int(p), c.share(n, p))
                                           for name, n, p in g["product"]]))
    weeks = weekly(g["day"])
    c.add_table(out, "by_week", weeks)
    c.add_chart(out, "trend", "line", [w[0] for w in weeks], {"rate": [w[3] for w in weeks]},
                "percent")
    return out
