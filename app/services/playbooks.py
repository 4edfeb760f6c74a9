"""The playbooks a case is handled by: which one a case gets, where it stands in it (as
plain data for the case pane and the command line), and ticking a step.

The shipped playbooks are read once per process from resources/playbooks
(app.services.playbook_files checks them); a fault there is a PlaybookError naming
file and line.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain import case_status
from app.domain import handling as h
from app.domain.case_rules import CaseState, is_quality_refund
from app.domain.clock import utcnow
from app.domain.enums import CaseKind
from app.domain.playbooks import (
    Playbook,
    Progress,
    StepRefused,
    StepState,
    StepView,
    check_tick,
    evaluate,
)
from app.services import playbook_files
from app.services.case_actions import Done, perform
from app.services.playbook_files import PlaybookError
from app.services.store import Store

__all__ = ["PlaybookError", "StepRefused", "Ticked", "library", "playbook_for",
           "playbook_json", "tick"]


@dataclass(frozen=True)
class Library:
    playbooks: tuple[Playbook, ...]

    def for_case(self, kind: CaseKind | str, quality_refund: bool) -> Playbook:
        """The kind's quality-refund playbook for a quality refund (talk first, offer an
        alternative), otherwise the kind's own."""
        kind = CaseKind(kind)
        own = None
        for book in self.playbooks:
            if book.kind == kind and book.quality_refund and quality_refund:
                return book
            if book.kind == kind and not book.quality_refund:
                own = book
        if own is None:
            raise PlaybookError([f"no playbook for {kind.value}"])
        return own


@functools.cache
def _shipped() -> Library:
    return Library(playbook_files.load(playbook_files.shipped_folder()))


def library(folder: Path | None = None) -> Library:
    """The shipped playbooks (read once), or those of another folder (read each time)."""
    return _shipped() if folder is None else Library(playbook_files.load(folder))


def playbook_for(kind: CaseKind | str, quality_refund: bool = False) -> Playbook:
    return _shipped().for_case(kind, quality_refund)


def _case_facts(case: CaseState | Mapping[str, Any]) -> tuple[Playbook, dict[str, Any], str]:
    """(playbook, answers, our status) of a case state or a case_detail() dict."""
    if isinstance(case, CaseState):
        return playbook_of(case), case.step_answers, case.status.value
    return (playbook_for(case["kind"], bool(case.get("quality_refund"))),
            dict(case.get("steps_done") or {}), str(case.get("status") or "new"))


def playbook_of(state: CaseState) -> Playbook:
    return playbook_for(state.kind, state.quality_refund
                        or is_quality_refund(state.kind, state.reason))


def _step_json(v: StepView, lang: str, status: str, playbook: Playbook) -> dict[str, Any]:
    s = v.step
    out: dict[str, Any] = {
        "key": s.key, "title": s.title.in_(lang), "help": s.help.in_(lang),
        "state": v.state.value, "answer": v.answer if v.state == StepState.DONE else None,
        "evidence": s.evidence.in_(lang) if s.evidence else None,
        "evidence_missing": v.evidence_missing,
        "suggest": None, "question": s.question.in_(lang) if s.question else None,
        "answers": [{"key": a.key, "label": a.label.in_(lang)} for a in s.answers],
        "answer_label": None, "skipped_by": None,
    }
    if s.suggest is not None:
        target = s.suggest.status.value if s.suggest.status else None
        out["suggest"] = {
            "template": s.suggest.template, "status": target,
            # A move the state machine refuses from here is not offered.
            "status_allowed": bool(target and target != status
                                   and case_status.can_transition(status, target)),
        }
    if v.state == StepState.DONE and isinstance(v.answer, str):
        chosen = s.answer(v.answer)
        out["answer_label"] = chosen.label.in_(lang) if chosen else v.answer
    if v.skipped_by:
        by = playbook.step(v.skipped_by)
        out["skipped_by"] = {"key": v.skipped_by, "title": by.title.in_(lang) if by else ""}
    return out


def progress_json(progress: Progress, lang: str = "en", status: str = "new") -> dict[str, Any]:
    book = progress.playbook
    current = progress.current
    return {
        "key": book.key, "lang": lang, "title": book.title.in_(lang), "kind": book.kind.value,
        "quality_refund": book.quality_refund, "done": progress.done, "total": progress.total,
        "complete": progress.complete, "next": current.step.key if current else None,
        "missing_evidence": list(progress.missing_evidence),
        "steps": [_step_json(v, lang, status, book) for v in progress.steps],
    }


def playbook_json(case: CaseState | Mapping[str, Any], lang: str = "en",
                  evidence_steps: Sequence[str] | set[str] | None = None) -> dict[str, Any]:
    """The case's playbook with each step's state, for case_detail() and `case show`:
    texts in `lang` (zh_CN or en). The steps evidence is attached to come from a
    case_detail() dict, or are given."""
    book, answers, status = _case_facts(case)
    if evidence_steps is None and not isinstance(case, CaseState):
        evidence_steps = case.get("evidence_steps") or ()
    return progress_json(evaluate(book, answers, evidence_steps or ()), lang, status)


@dataclass(frozen=True)
class Ticked:
    done: Done
    step: str
    undo: bool
    playbook: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {**self.done.to_json(), "step": self.step, "undo": self.undo,
                "playbook": self.playbook}


def tick(store: Store, actor: str, ref: int | str, key: str, *, answer: bool | str = True,
         undo: bool = False, version: int | None = None, lang: str = "en") -> Ticked:
    """Tick (or with `undo` un-tick) one step of the case's playbook: one history event.
    A step the playbook does not have, an answer it does not offer or a step an earlier
    answer skipped is refused (StepRefused) and nothing is written."""
    seen: list[CaseState] = []

    def check(before: CaseState, actions: Sequence[h.Action]) -> None:
        book, answers, _ = _case_facts(before)
        check_tick(book, answers, key, answer, undo)
        seen.append(before)

    spec = {"do": "step", "key": key, "answer": answer, "undo": undo}
    done = perform(store, actor, ref, [spec], version=version, check=check)
    # The same action perform applied, on the state it saw: the state it wrote.
    after = h.Step(key, answer, undo).apply(seen[-1], utcnow())
    with store.unit_of_work() as uow:
        _, steps = uow.evidence.counts(done.case_id)
    return Ticked(done, key, undo, playbook_json(after, lang, steps))
