"""Second refunds: a new refund on an order that already had one (seed 000), among the
refund cases opened in the period, with how they ended: refunded (resolved, or fast
refunded by the platform), rejected, cancelled, or still open."""

from __future__ import annotations

from app.domain.enums import CaseStatus
from app.services.reports import common as c
from app.services.reports.catalog import OUTCOMES
from app.services.reports.model import ReportFilter, ReportResult
from app.services.reports.reasons import refund_cases
from app.services.store import Store


def outcome(status: str, fast: bool) -> str:
    if status == CaseStatus.RESOLVED.value or fast:
        return "refunded"
    if status in (CaseStatus.REJECTED.value, CaseStatus.CANCELLED.value):
        return status
    return "open"


def compute(store: Store, flt: ReportFilter) -> ReportResult:
    outcomes = dict.fromkeys(OUTCOMES, 0)
    reasons: dict[str, list[int]] = {}
    shops: dict[str, list[int]] = {}
    for shop, _platform, reason, status, fast, second, n, fen in refund_cases(store, flt):
        s = shops.setdefault(shop, [0, 0])
        s[1] += int(n)
        if not second:
            continue
        s[0] += int(n)
        outcomes[outcome(status, bool(fast))] += int(n)
        r = reasons.setdefault(reason, [0, 0])
        r[0] += int(n)
        r[1] += int(fen)
    count = sum(outcomes.values())
    refund_cases_n = sum(total for _, total in shops.values())
    out = c.result("second-refunds", flt)
    c.add_figures(out, {"count": count, "share": c.share(count, refund_cases_n),
                        "refund_cases": refund_cases_n})
    rows = [(k, n, c.share(n, count)) for k, n in outcomes.items()]
    c.add_table(out, "outcomes", rows)
    c.add_table(out, "by_reason", sorted(((k, n, fen) for k, (n, fen) in reasons.items()),
                                         key=lambda r: (-r[1], r[0])))
    c.add_table(out, "by_shop", sorted(((k, n, total, c.share(n, total))
                                        for k, (n, total) in shops.items()),
                                       key=lambda r: (-r[1], r[0])))
    c.add_chart(out, "outcomes", "pie", [r[0] for r in rows], {"count": [r[1] for r in rows]})
    return out
