"""Agent workload: per user, the cases assigned to them and open now (and of those
overdue), the cases assigned to them that closed in the period with their median
handling time, and the history events they recorded in the period. Actors that are no
user (the platform, an import) are left out."""

from __future__ import annotations

from app.domain.clock import utcnow
from app.services.reports import common as c
from app.services.reports.deadlines import tallies
from app.services.reports.model import ReportFilter, ReportResult
from app.services.store import Store
from app.store import report_case_queries as q


def compute(store: Store, flt: ReportFilter) -> ReportResult:
    scope = c.scope_of(flt)
    with store.unit_of_work() as uow:
        users = set(q.user_names(uow.session))
        closed = tallies(q.closed_groups(uow.session, scope, "agent"), lambda r: r[0])
        open_now = {who: (int(n), int(o)) for who, n, o in q.open_groups(uow.session, scope,
                                                                          utcnow())}
        actions = {who: int(n) for who, n in q.action_counts(uow.session, scope)}
    names = sorted(users & (set(closed) | set(open_now) | set(actions)))
    rows = []
    for name in names:
        n_open, overdue = open_now.get(name, (0, 0))
        t = closed.get(name)
        rows.append((name, n_open, overdue, t.closed if t else 0, actions.get(name, 0),
                     t.hours.median_hours() if t else None))
    rows.sort(key=lambda r: (-(r[1] + r[3]), r[0]))
    out = c.result("workload", flt)
    c.add_figures(out, {"agents": len(rows), "open": sum(r[1] for r in rows),
                        "closed": sum(r[3] for r in rows)})
    c.add_table(out, "agents", rows)
    c.add_chart(out, "agents", "stacked_bar", [r[0] for r in rows],
                {"open": [r[1] for r in rows], "closed": [r[3] for r in rows]})
    return out
