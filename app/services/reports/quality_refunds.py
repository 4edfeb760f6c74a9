"""Quality refunds (Pinduoduo's definition): paid orders refunded for a quality problem
or "not as described" (the case's quality_refund flag), counted and as a share of the
orders paid in the period, per shop, product and week."""

from __future__ import annotations

from typing import Any

from app.services.reports import common as c
from app.services.reports.model import ReportFilter, ReportResult
from app.services.reports.refund_rate import Groups
from app.services.store import Store


def compute(store: Store, flt: ReportFilter) -> ReportResult:
    g = Groups(store, flt, quality=True)
    out = c.result("quality-refunds", flt)
    c.add_figures(out, {"rate": c.share(g.refunded, g.paid), "count": g.refunded,
                        "paid": g.paid})

    def ranked(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        # Most quality refunds first: the count weighs on the rating as the rate does.
        return sorted(rows, key=lambda r: (-r[-3], -r[-2], str(r[0])))

    c.add_table(out, "by_shop", ranked([(shop, platform, n, p, c.share(n, p))
                                        for shop, platform, n, p in g.shops]))
    c.add_table(out, "by_product", ranked([(name, int(n), int(p), c.share(n, p))
                                           for name, n, p in g.products]))
    c.add_table(out, "by_week", g.weeks)
    c.add_chart(out, "trend", "line", [w[0] for w in g.weeks], {"rate": [w[3] for w in g.weeks]},
                "percent")
    return out
