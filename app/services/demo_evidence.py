"""Evidence for the demo: a few cases get the files an agent would have gathered (the
buyer's photos of a dented box and its label, the chat, the courier's statement, an
inspection report), attached the way an agent attaches them, so that the history
records each and the Evidence tab, `verify` and bundles have something real to show.

Cases due soon are chosen first: they are the ones the window opens on.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from importlib import resources
from typing import NamedTuple

from app.domain.enums import OPEN_STATUSES, PAUSED_STATUSES
from app.domain.errors import DomainError
from app.domain.filters import CaseFilter
from app.domain.views import DUE_SOON_HOURS
from app.services.store import Store

# Cases whose clock runs: the agent is on them now (not waiting for the buyer).
_RUNNING = tuple(sorted(s.value for s in OPEN_STATUSES - PAUSED_STATUSES))


class _Batch(NamedTuple):
    files: tuple[str, ...]
    step: str | None
    note: str | None


class _Plan(NamedTuple):
    kind: str
    reasons: tuple[str, ...]
    statuses: tuple[str, ...]
    cases: int
    batches: tuple[_Batch, ...]


PLANS = (
    _Plan("exception_parcel", ("transit_damage",), _RUNNING, 3, (
        _Batch(("parcel-box-dented.jpg", "label-closeup.jpg"), "confirm_problem",
               "买家发来的外箱和面单照片"),
        _Batch(("chat-buyer.png", "courier-statement.txt", "inspection-report.pdf"), None,
               None))),
    _Plan("return_refund", (), ("inspecting",), 2, (
        _Batch(("inspection-report.pdf",), "inspect", "仓库验货报告"),)),
    _Plan("reship", (), _RUNNING, 1, (
        _Batch(("chat-buyer.png",), "confirm_exception", None),)),
)


def _file(name: str) -> bytes:
    return resources.files("resources").joinpath("demo/evidence").joinpath(name).read_bytes()


def _pick(store: Store, plan: _Plan, now: datetime) -> list[tuple[int, str]]:
    """(case id, who attaches) for the plan's cases: due within the day first."""
    from app.services.cases import list_cases

    f = CaseFilter(kinds=(plan.kind,), reasons=plan.reasons, statuses=plan.statuses,
                   quality_refund=False)
    rows = list_cases(store, f, limit=2000)
    soon = now + timedelta(hours=DUE_SOON_HOURS)

    def due(row: object) -> tuple[bool, str]:
        at = getattr(row, "deadline", None) or "9999"
        return (not (now.isoformat() <= at[:19] <= soon.isoformat()), at)

    rows.sort(key=due)
    # An unassigned case's files came in through whoever was on duty.
    return [(r.id, r.assignee or "zhangmin") for r in rows[:plan.cases]]


def attach_demo_evidence(store: Store, now: datetime) -> tuple[int, int]:
    """Attach the demo files to a few cases; (files attached, history events)."""
    from app.services import evidence

    files = events = 0
    for plan in PLANS:
        for case_id, agent in _pick(store, plan, now):
            for batch in plan.batches:
                sources = [evidence.Source(n, data=_file(n)) for n in batch.files]
                try:
                    result = evidence.attach(store, agent, case_id, sources, note=batch.note,
                                             step=batch.step)
                except DomainError:
                    continue  # a case whose playbook lacks the step: the next one will do
                files += sum(1 for f in result.files if isinstance(f, evidence.Attached))
                events += result.done is not None
    return files, events
