"""Refund reasons: the refund-only and return-and-refund cases opened in the period, by
the buyer's reason, with the amount they ask back; quality reasons flagged."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.domain.enums import QUALITY_REASONS
from app.services.reports import common as c
from app.services.reports.model import ReportFilter, ReportResult
from app.services.store import Store
from app.store import report_case_queries as q


def refund_cases(store: Store, flt: ReportFilter) -> list[Sequence[Any]]:
    """(shop, platform, reason, status, fast, second, cases, amount fen) groups."""
    scope = c.scope_of(flt)
    with store.unit_of_work() as uow:
        return q.refund_case_groups(uow.session, scope)


def compute(store: Store, flt: ReportFilter) -> ReportResult:
    by_reason: dict[str, list[int]] = {}
    for _shop, _platform, reason, _status, _fast, _second, n, fen in refund_cases(store, flt):
        r = by_reason.setdefault(reason, [0, 0])
        r[0] += int(n)
        r[1] += int(fen)
    cases = sum(n for n, _ in by_reason.values())
    out = c.result("reasons", flt)
    c.add_figures(out, {"cases": cases, "amount": sum(f for _, f in by_reason.values())})
    quality = {r.value for r in QUALITY_REASONS}
    rows = sorted(((reason, n, c.share(n, cases), fen, reason in quality)
                   for reason, (n, fen) in by_reason.items()), key=lambda r: (-r[1], r[0]))
    c.add_table(out, "reasons", rows)
    c.add_chart(out, "reasons", "pie", [r[0] for r in rows], {"cases": [r[1] for r in rows]})
    return out
