"""Supplier exceptions (seed 001): exception-parcel cases / orders paid in the period
that hold the supplier's products; a supplier over the threshold is flagged to be
re-evaluated. An order with two suppliers' products counts for both."""

from __future__ import annotations

from app.services.reports import common as c
from app.services.reports.catalog import SUPPLIER_THRESHOLD
from app.services.reports.model import ReportFilter, ReportResult
from app.services.store import Store
from app.store import report_queries as q


def compute(store: Store, flt: ReportFilter) -> ReportResult:
    scope = c.scope_of(flt)
    with store.unit_of_work() as uow:
        groups = q.supplier_groups(uow.session, scope)
    rows = []
    for name, orders, exceptions, quality in groups:
        rate = c.share(exceptions, orders)
        rows.append((name, int(orders), int(exceptions), rate, int(quality),
                     rate is not None and rate > SUPPLIER_THRESHOLD))
    rows.sort(key=lambda r: (-(r[3] or 0), -r[1], r[0]))
    out = c.result("supplier-exceptions", flt)
    c.add_figures(out, {"threshold": SUPPLIER_THRESHOLD, "flagged": sum(r[5] for r in rows)})
    c.add_table(out, "suppliers", rows)
    c.add_chart(out, "suppliers", "bar", [r[0] for r in rows], {"rate": [r[3] for r in rows]},
                "percent")
    return out
