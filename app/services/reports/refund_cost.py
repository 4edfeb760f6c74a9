"""The cost of refunds (seed 003, Kuaishou's article): of the cases opened in the period
that cost the shop something, the explicit loss (the amount refunded) and the hidden
loss (`app.domain.case_cost.HIDDEN_PARTS`: marketing, logistics, processing, goods
lost, compensation, coupons), per product, shop and kind of cost. A case counts
towards its order's largest line (app.store.report_case_queries.main_product)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.domain.case_cost import HIDDEN_PARTS
from app.services.reports import common as c
from app.services.reports.model import ReportFilter, ReportResult
from app.services.store import Store
from app.store import report_case_queries as q

PARTS = ("refunded", *HIDDEN_PARTS)  # the order of the store's cost columns


def _row(key: Any, n: int, parts: Sequence[Any]) -> tuple[Any, int, int, int, int]:
    explicit = int(parts[0] or 0)
    hidden = sum(int(p or 0) for p in parts[1:])
    return key, int(n), explicit, hidden, explicit + hidden


def compute(store: Store, flt: ReportFilter) -> ReportResult:
    scope = c.scope_of(flt)
    with store.unit_of_work() as uow:
        shops = q.cost_groups(uow.session, scope, "shop")
        products = q.cost_groups(uow.session, scope, "product")
    kinds = dict.fromkeys(PARTS, 0)
    for _key, _n, *parts in shops:
        for part, fen in zip(PARTS, parts, strict=True):
            kinds[part] += int(fen or 0)
    explicit = kinds["refunded"]
    hidden = sum(kinds[p] for p in HIDDEN_PARTS)
    out = c.result("refund-cost", flt)
    c.add_figures(out, {"explicit": explicit, "hidden": hidden, "total": explicit + hidden,
                        "hidden_share": c.share(hidden, explicit + hidden)})

    def costliest(rows: list[Sequence[Any]]) -> list[tuple[Any, ...]]:
        made = [_row(key, n, parts) for key, n, *parts in rows]
        return sorted(made, key=lambda r: (-r[4], str(r[0])))

    c.add_table(out, "by_product", costliest(products))
    by_shop = costliest(shops)
    c.add_table(out, "by_shop", by_shop)
    total = explicit + hidden
    c.add_table(out, "by_kind", [(k, fen, c.share(fen, total)) for k, fen in kinds.items()])
    c.add_chart(out, "by_shop", "stacked_bar", [r[0] for r in by_shop],
                {"explicit": [r[2] for r in by_shop], "hidden": [r[3] for r in by_shop]}, "fen")
    return out
