"""Deadline compliance: the cases closed in the period (closed at their last status
change, app.store.report_case_queries), on time when closed at or before their
deadline, and their handling time from arrival to closing (median, to 0.1 h); the open
cases past their deadline now, whatever the period."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from app.domain.clock import utcnow
from app.services.reports import common as c
from app.services.reports.model import ReportFilter, ReportResult
from app.services.store import Store
from app.store import report_case_queries as q


class Tally:
    def __init__(self) -> None:
        self.closed = self.on_time = 0
        self.hours = c.Histogram()

    def add(self, bucket: int, n: int, on_time: int) -> None:
        self.closed += int(n)
        self.on_time += int(on_time or 0)
        self.hours.add(bucket, n)

    @property
    def late(self) -> int:
        return self.closed - self.on_time


def tallies(rows: Sequence[Sequence[Any]], key: Callable[[Sequence[Any]], Any]) -> dict[Any, Tally]:
    """Rows ending (bucket, cases, on time) summed per `key(row)`."""
    out: dict[Any, Tally] = {}
    for row in rows:
        out.setdefault(key(row), Tally()).add(*row[-3:])
    return out


def compute(store: Store, flt: ReportFilter) -> ReportResult:
    scope = c.scope_of(flt)
    with store.unit_of_work() as uow:
        rows = q.closed_groups(uow.session, scope, "kind_week")
        open_now = q.open_groups(uow.session, scope, utcnow())
    kinds = tallies(rows, lambda r: r[0])
    weeks = tallies(rows, lambda r: r[1])
    every = tallies(rows, lambda r: None).get(None, Tally())
    out = c.result("deadlines", flt)
    c.add_figures(out, {"on_time_rate": c.share(every.on_time, every.closed),
                        "closed": every.closed, "late": every.late,
                        "overdue_open": sum(int(o) for _who, _n, o in open_now),
                        "median_hours": every.hours.median_hours()})
    c.add_table(out, "by_kind", sorted(
        ((k, t.closed, t.on_time, t.late, c.share(t.on_time, t.closed), t.hours.median_hours())
         for k, t in kinds.items()), key=lambda r: (-r[1], r[0])))
    week_rows = [(c.week_label(w), t.closed, c.share(t.on_time, t.closed),
                  t.hours.median_hours()) for w, t in sorted(weeks.items())]
    c.add_table(out, "by_week", week_rows)
    c.add_chart(out, "trend", "line", [r[0] for r in week_rows],
                {"on_time_rate": [r[2] for r in week_rows]}, "percent")
    return out
