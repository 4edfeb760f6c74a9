"""Playbooks: the guided steps of handling a case of one kind, and where a case stands
in them.

A playbook is data (resources/playbooks, loaded by app.services.playbooks); this module
holds its shape and the evaluation, which only needs the case's answers
(`CaseState.steps`: step key -> True, or the answer key of a branching step). Steps run
in order; an answer may skip steps or jump ahead to a later one, and a skipped step no
longer counts towards the progress.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from enum import StrEnum

from app.domain.enums import CaseKind, CaseStatus
from app.domain.errors import DomainError


@dataclass(frozen=True)
class Text:
    """A text written for agents in both languages the program speaks."""

    zh_CN: str
    en: str

    def in_(self, lang: str) -> str:
        return self.zh_CN if lang.startswith("zh") else self.en


@dataclass(frozen=True)
class Answer:
    key: str
    label: Text
    skips: tuple[str, ...] = ()
    next: str | None = None  # jump to this later step: those in between are skipped


@dataclass(frozen=True)
class Suggestion:
    template: str | None = None
    status: CaseStatus | None = None


@dataclass(frozen=True)
class Step:
    key: str
    title: Text
    help: Text
    evidence: Text | None = None
    suggest: Suggestion | None = None
    question: Text | None = None
    answers: tuple[Answer, ...] = ()

    @property
    def branches(self) -> bool:
        return bool(self.answers)

    def answer(self, key: str) -> Answer | None:
        return next((a for a in self.answers if a.key == key), None)


@dataclass(frozen=True)
class Playbook:
    key: str
    kind: CaseKind
    title: Text
    steps: tuple[Step, ...]
    quality_refund: bool = False

    def step(self, key: str) -> Step | None:
        return next((s for s in self.steps if s.key == key), None)


class StepState(StrEnum):
    DONE = "done"
    CURRENT = "current"  # the first step neither done nor skipped
    TODO = "todo"
    SKIPPED = "skipped"  # an earlier answer made it not apply


@dataclass(frozen=True)
class StepView:
    step: Step
    state: StepState
    answer: bool | str | None = None
    skipped_by: str | None = None  # the step whose answer skipped this one
    has_evidence: bool = False  # a file is attached to this step

    @property
    def evidence_missing(self) -> bool:
        # A step ticked without its evidence still misses it: the platform decides an
        # appeal on the files, not on the tick.
        return (self.step.evidence is not None and self.state != StepState.SKIPPED
                and not self.has_evidence)


@dataclass(frozen=True)
class Progress:
    playbook: Playbook
    steps: tuple[StepView, ...]

    @property
    def applicable(self) -> tuple[StepView, ...]:
        return tuple(v for v in self.steps if v.state != StepState.SKIPPED)

    @property
    def done(self) -> int:
        return sum(v.state == StepState.DONE for v in self.steps)

    @property
    def total(self) -> int:
        return len(self.applicable)

    @property
    def complete(self) -> bool:
        return self.done == self.total

    @property
    def current(self) -> StepView | None:
        return next((v for v in self.steps if v.state == StepState.CURRENT), None)

    @property
    def missing_evidence(self) -> tuple[str, ...]:
        return tuple(v.step.key for v in self.steps if v.evidence_missing)

    def view(self, key: str) -> StepView | None:
        return next((v for v in self.steps if v.step.key == key), None)


def evaluate(playbook: Playbook, answers: Mapping[str, bool | str],
             evidence_steps: Collection[str] = ()) -> Progress:
    """Each step's state for the answers given, in the playbook's order. An answer
    counts only while its step applies: undoing a branch brings its skipped steps back.
    `evidence_steps`: the steps a file is attached to."""
    has = frozenset(evidence_steps)
    skipped: dict[str, str] = {}
    order = {s.key: i for i, s in enumerate(playbook.steps)}
    views: list[StepView] = []
    current_seen = False
    for i, step in enumerate(playbook.steps):
        if step.key in skipped:
            views.append(StepView(step, StepState.SKIPPED, answers.get(step.key),
                                  skipped[step.key], step.key in has))
            continue
        if step.key in answers:
            answer = answers[step.key]
            views.append(StepView(step, StepState.DONE, answer, None, step.key in has))
            chosen = step.answer(answer) if isinstance(answer, str) else None
            if chosen is not None:
                for key in chosen.skips:
                    skipped.setdefault(key, step.key)
                if chosen.next is not None:
                    for later in playbook.steps[i + 1:order.get(chosen.next, i + 1)]:
                        skipped.setdefault(later.key, step.key)
            continue
        views.append(StepView(step, StepState.TODO if current_seen else StepState.CURRENT,
                              has_evidence=step.key in has))
        current_seen = True
    return Progress(playbook, tuple(views))


class StepRefused(DomainError):
    """A tick the case's playbook does not allow."""


def check_tick(playbook: Playbook, answers: Mapping[str, bool | str], key: str,
               answer: bool | str, undo: bool) -> None:
    """Refuse a step the playbook does not have, an answer it does not offer, or a
    step an earlier answer has skipped."""
    step = playbook.step(key)
    if step is None:
        known = ", ".join(s.key for s in playbook.steps)
        raise StepRefused(f"the {playbook.key} playbook has no step {key!r} (its steps: {known})")
    if undo:
        return
    if step.branches:
        offered = ", ".join(a.key for a in step.answers)
        if not isinstance(answer, str) or step.answer(answer) is None:
            got = "no answer" if answer is True else f"the answer {answer!r}"
            raise StepRefused(f"step {key!r} asks a question; {got} is not one of: {offered}")
    elif answer is not True:
        raise StepRefused(f"step {key!r} asks no question; tick it without an answer")
    view = evaluate(playbook, answers).view(key)
    if view is not None and view.state == StepState.SKIPPED:
        raise StepRefused(f"step {key!r} does not apply: the answer to {view.skipped_by!r} "
                          "skipped it")


def evidence_step(playbook: Playbook, answers: Mapping[str, bool | str], key: str) -> bool:
    """Whether evidence attached to step `key` ticks it: a step of this playbook that
    asks for evidence and no answer, applies and is not done yet. A step the playbook
    does not have is refused (EvidenceRefused)."""
    from app.domain.evidence import EvidenceRefused

    step = playbook.step(key)
    if step is None:
        known = ", ".join(s.key for s in playbook.steps)
        raise EvidenceRefused("no_step", f"the {playbook.key} playbook has no step {key!r} "
                              f"(its steps: {known})", step=key)
    view = evaluate(playbook, answers).view(key)
    return (step.evidence is not None and not step.branches and view is not None
            and view.state in (StepState.CURRENT, StepState.TODO))
