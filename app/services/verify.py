"""Checking a database: engine integrity, foreign keys and every history chain."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.domain.history import verify_chain
from app.services.store import Store
from app.store import engine as engines
from app.store.history import iter_chains

MAX_LISTED = 1000


@dataclass
class VerifyReport:
    database: str
    integrity: list[str] = field(default_factory=list)
    cases_checked: int = 0
    events_checked: int = 0
    broken_cases: list[dict[str, Any]] = field(default_factory=list)
    broken_total: int = 0

    @property
    def ok(self) -> bool:
        return not self.integrity and self.broken_total == 0

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "database": self.database,
            "integrity": self.integrity,
            "cases_checked": self.cases_checked,
            "events_checked": self.events_checked,
            "broken_cases": self.broken_cases,
            "broken_total": self.broken_total,
        }


def verify(store: Store) -> VerifyReport:
    report = VerifyReport(database=store.description)
    report.integrity = engines.integrity_problems(store.engine)
    with store.unit_of_work() as uow:
        for case_id, head, events in iter_chains(uow.session):
            report.events_checked += len(events)
            if head is None:
                brk = {"case_id": case_id, "event_id": events[0].id, "seq": events[0].seq,
                       "problem": "event of a case that does not exist"}
            else:
                report.cases_checked += 1
                found = verify_chain(case_id, events, head)
                if found is None:
                    continue
                brk = {"case_id": found.case_id, "event_id": found.event_id,
                       "seq": found.seq, "problem": found.problem}
            report.broken_total += 1
            if len(report.broken_cases) < MAX_LISTED:
                report.broken_cases.append(brk)
    return report
