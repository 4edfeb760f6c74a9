"""What an agent can do to a case, as values: each action checks itself against the
case's state and returns the state after it, with what the history should say.

The window, the command line, macros and bulk work all build these; the store applies
a list of them to one case under its row lock and writes one event
(`app.services.case_actions`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Protocol

from app.domain.case_rules import CaseState, changes_between
from app.domain.enums import CaseStatus, EscalationTarget
from app.domain.errors import DomainError, NoChange
from app.domain.evidence import NOTE_LIMIT, EvidenceFile
from app.domain.limits import FREE_TEXT_LIMIT

TAG_LIMIT = 32
MAX_TAGS = 20


class Action(Protocol):
    @property
    def name(self) -> str: ...

    def apply(self, state: CaseState, at: datetime) -> CaseState: ...

    def context(self) -> dict[str, Any]: ...


class BadText(DomainError):
    """A note, tag, reason or reply that cannot be stored: `problem` is "empty",
    "too_long" (`limit`, `length`) or "control"."""

    def __init__(self, what: str, problem: str, limit: int = 0, length: int = 0) -> None:
        words = {"empty": f"{what} cannot be empty",
                 "too_long": f"{what} is {length} characters long; at most {limit} fit",
                 "control": f"{what} holds control characters"}
        super().__init__(words[problem])
        self.what, self.problem, self.limit, self.length = what, problem, limit, length


def _text(what: str, value: str, limit: int = FREE_TEXT_LIMIT) -> str:
    text = " ".join(value.split()) if limit <= TAG_LIMIT else value.strip()
    if not text:
        raise BadText(what, "empty")
    if len(text) > limit:
        raise BadText(what, "too_long", limit, len(text))
    if any(ord(c) < 32 and c not in "\n\t" for c in text):
        raise BadText(what, "control")
    return text


@dataclass(frozen=True)
class Move:
    target: CaseStatus
    note: str | None = None
    name: str = "status"

    def apply(self, state: CaseState, at: datetime) -> CaseState:
        moved = state.moved_to(self.target, at)
        # Out of escalation, no one is still asked to decide.
        return replace(moved, escalated_to=None) if moved.status != CaseStatus.ESCALATED else moved

    def context(self) -> dict[str, Any]:
        return {"note": _text("a note", self.note)} if self.note else {}


@dataclass(frozen=True)
class Assign:
    """To a user (claim: to oneself), or back to the pool (`user_id` None: release)."""

    user_id: int | None
    user_name: str | None = None
    name: str = "assign"

    def apply(self, state: CaseState, at: datetime) -> CaseState:
        if state.assignee_id == self.user_id:
            raise NoChange(f"already with {self.user_name}" if self.user_id else "not assigned")
        return state.assigned_to(self.user_id)

    def context(self) -> dict[str, Any]:
        return {"assignee_name": self.user_name}


@dataclass(frozen=True)
class Tag:
    tag: str
    remove: bool = False
    name: str = "tag"

    def apply(self, state: CaseState, at: datetime) -> CaseState:
        tag = _text("a tag", self.tag, TAG_LIMIT)
        if self.remove:
            if tag not in state.tags:
                raise NoChange(f"no tag {tag}")
            return state.without_tag(tag)
        if tag in state.tags:
            raise NoChange(f"already tagged {tag}")
        if len(state.tags) >= MAX_TAGS:
            raise BadText("a case's tags", "too_long", MAX_TAGS, len(state.tags) + 1)
        return state.with_tag(tag)

    def context(self) -> dict[str, Any]:
        return {}


@dataclass(frozen=True)
class Note:
    """An internal note: for colleagues, never shown to the buyer."""

    text: str
    name: str = "note"

    def apply(self, state: CaseState, at: datetime) -> CaseState:
        return state

    def context(self) -> dict[str, Any]:
        return {"note": _text("a note", self.text)}


@dataclass(frozen=True)
class Escalate:
    to: EscalationTarget
    reason: str
    name: str = "escalate"

    def apply(self, state: CaseState, at: datetime) -> CaseState:
        moved = state.moved_to(CaseStatus.ESCALATED, at)
        return replace(moved, escalated_to=EscalationTarget(self.to).value)

    def context(self) -> dict[str, Any]:
        return {"reason": _text("the reason to escalate", self.reason)}


@dataclass(frozen=True)
class Step:
    """Tick a playbook step (with the answer of a branching step), or un-tick it."""

    key: str
    answer: bool | str = True
    undo: bool = False
    name: str = "step"

    def apply(self, state: CaseState, at: datetime) -> CaseState:
        done = state.step_answers
        if self.undo:
            if self.key not in done:
                raise NoChange(f"step {self.key} is not done")
            return state.without_step(self.key)
        if done.get(self.key) == self.answer:
            raise NoChange(f"step {self.key} is already done")
        return state.with_step(self.key, self.answer)

    def context(self) -> dict[str, Any]:
        out: dict[str, Any] = {"step": self.key}
        if self.undo:
            out["undo"] = True
        elif self.answer is not True:
            out["answer"] = self.answer
        return out


@dataclass(frozen=True)
class Sent:
    """A reply was sent to the buyer (in the platform's own chat) from a template."""

    template: str
    text: str
    name: str = "reply"

    def apply(self, state: CaseState, at: datetime) -> CaseState:
        return state

    def context(self) -> dict[str, Any]:
        return {"template": self.template, "text": _text("a reply", self.text)}


@dataclass(frozen=True)
class Attach:
    """Files added to the case as evidence (on a playbook step, or on the case). A
    step that asks for nothing but this evidence is done by it (`ticks`)."""

    files: tuple[EvidenceFile, ...]
    note: str | None = None
    ticks: str | None = None
    name: str = "evidence"

    def apply(self, state: CaseState, at: datetime) -> CaseState:
        if not self.files:
            raise NoChange("no file to attach")
        if self.ticks and self.ticks not in state.step_answers:
            return state.with_step(self.ticks, True)
        return state

    def context(self) -> dict[str, Any]:
        out: dict[str, Any] = {"evidence": [f.as_json() for f in self.files]}
        if self.note:
            out["note"] = _text("a note", self.note, NOTE_LIMIT)
        return out


@dataclass(frozen=True)
class Detach:
    """Evidence taken off the case: hidden from it, recorded, and never deleted."""

    evidence_id: int
    file: EvidenceFile
    reason: str
    name: str = "evidence_removed"

    def apply(self, state: CaseState, at: datetime) -> CaseState:
        return state

    def context(self) -> dict[str, Any]:
        return {"evidence_removed": {"id": self.evidence_id, **self.file.as_json()},
                "reason": _text("the reason to remove evidence", self.reason, NOTE_LIMIT)}


@dataclass(frozen=True)
class Planned:
    after: CaseState
    action: str
    changes: dict[str, Any]


def plan(state: CaseState, actions: Sequence[Action], at: datetime,
         name: str | None = None, **context: Any) -> Planned:
    """The state after every action in turn, and the one event recording them all: its
    action is the only action's name, or `name` (a macro) for several."""
    if not actions:
        raise NoChange("no action given")
    after = state
    extra: dict[str, Any] = {}
    for action in actions:
        after = action.apply(after, at)
        for key, value in action.context().items():
            if key in extra and extra[key] != value:
                extra[key] = f"{extra[key]}\n{value}"
            else:
                extra[key] = value
    if after.needs_look:
        # The agent acting on the case has looked at what the platform did.
        after = replace(after, needs_look=False)
    changes = changes_between(state, after)
    if not changes and not extra:
        raise NoChange("the case is already so")
    return Planned(after, name or (actions[0].name if len(actions) == 1 else "actions"),
                   {**changes, **extra, **context})
