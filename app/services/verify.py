"""Checking a store: engine integrity, foreign keys, every history chain and every
evidence file."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.domain.case_rules import STATE_FIELDS, CaseState
from app.domain.history import verify_chain
from app.services import evidence_checks
from app.services.evidence_checks import EvidenceCheck
from app.services.store import Store
from app.store import engine as engines
from app.store.history import StoredChain, chain_of, iter_chains

MAX_LISTED = 1000


@dataclass
class VerifyReport:
    database: str
    integrity: list[str] = field(default_factory=list)
    cases_checked: int = 0
    events_checked: int = 0
    broken_cases: list[dict[str, Any]] = field(default_factory=list)
    broken_total: int = 0
    evidence: EvidenceCheck = field(default_factory=EvidenceCheck)

    @property
    def ok(self) -> bool:
        return not self.integrity and self.broken_total == 0 and not self.evidence.problems_total

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "database": self.database,
            "integrity": self.integrity,
            "cases_checked": self.cases_checked,
            "events_checked": self.events_checked,
            "broken_cases": self.broken_cases,
            "broken_total": self.broken_total,
            "evidence_checked": self.evidence.files_checked,
            "evidence_problems": self.evidence.problems,
            "evidence_problems_total": self.evidence.problems_total,
        }


def verify(store: Store) -> VerifyReport:
    report = VerifyReport(database=store.description)
    report.integrity = engines.integrity_problems(store.engine)
    in_history: set[tuple[int, str]] = set()
    with store.unit_of_work() as uow:
        for stored in iter_chains(uow.session):
            report.events_checked += len(stored.events)
            in_history |= evidence_checks.recorded(stored.events)
            brk = _problem(stored)
            if stored.head is not None:
                report.cases_checked += 1
            if brk is None:
                continue
            report.broken_total += 1
            if len(report.broken_cases) < MAX_LISTED:
                report.broken_cases.append(brk)
    report.evidence = evidence_checks.check(store, in_history)
    return report


@dataclass(frozen=True)
class CaseChain:
    """One case's history as `verify` judges it: intact, or the first broken event."""

    case_id: int
    events: int
    problem: dict[str, Any] | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None

    def to_json(self) -> dict[str, Any]:
        return {"case_id": self.case_id, "ok": self.ok, "events": self.events,
                "problem": self.problem}


def verify_case(store: Store, case_id: int) -> CaseChain:
    """The same check `verify` makes of every case, for one (the timeline's chain
    status); CaseNotFound if there is neither the case nor an event of it."""
    from app.services.cases import CaseNotFound

    with store.unit_of_work() as uow:
        stored = chain_of(uow.session, case_id)
    if stored is None:
        raise CaseNotFound(case_id)
    return CaseChain(case_id, len(stored.events), _problem(stored))


def _problem(stored: StoredChain) -> dict[str, Any] | None:
    """What is wrong with one case's history and row, or None."""
    events = stored.events
    if stored.head is None:
        return {"case_id": stored.case_id, "event_id": events[0].id, "seq": events[0].seq,
                "problem": "event of a case that does not exist"}
    try:
        state_hash = CaseState(**dict(zip(STATE_FIELDS, stored.state or (), strict=True))).digest()
    except (ValueError, TypeError):
        last = events[-1] if events else None
        return {"case_id": stored.case_id, "event_id": last.id if last else 0,
                "seq": last.seq if last else 0,
                "problem": "the case row holds values the program never writes "
                           "(edited outside the program)"}
    found = verify_chain(stored.case_id, events, stored.head, state_hash)
    if found is None:
        return None
    return {"case_id": found.case_id, "event_id": found.event_id, "seq": found.seq,
            "problem": found.problem}
