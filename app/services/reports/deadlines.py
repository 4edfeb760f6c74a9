"""Deadline compliance: the cases closed in the period (closed at their last status
change, app.store.report_case_queries), on time when closed at or before their
deadline, and their handling time from arrival to closing (median, to 0.1 h); the open
cases past their deadline now, whatever the period."""

from __future__ import annotations

from collections.abc import Sequence
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

    def add(self, on_time: int, bucket: int, n: int) -> None:
        self.closed += int(n)
        self.on_time += int(n) if on_time else 0
        self.hours.add(bucket, n)

    @property
    def late(self) -> int:
        return self.closed - self.on_time


def tallies(rows: Sequence[Sequence[Any]]) -> dict[Any, Tally]:
    out: dict[Any, Tally] = {}
    for key, on_time, bucket, n in rows:
        out.setdefault(key, Tally()).add(on_time, bucket, n)
    return out


def compute(store: Store, flt: ReportFilter) -> ReportResult:
    scope = c.scope_of(flt)
    with store.unit_of_work() as uow:
        kinds = tallies(q.closed_groups(uow.session, scope, "kind"))
        weeks = tallies(q.closed_groups(uow.session, scope, "week"))
        open_now = q.open_groups(uow.session, scope, utcnow())
    every = Tally()
    for t in kinds.values():
        for bucket, n in t.hours.counts.items():
            every.hours.add(bucket, n)
        every.closed += t.closed
        every.on_time += t.on_time
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
