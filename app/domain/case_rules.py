"""The rules every change to a case goes through, on every path (window, command line,
import, demo): what a new case is, what counts as a quality refund, how urgent it
starts, what an import may change, and the moves of the state machine.

`CaseState` is the part of a case its history binds: each event carries the digest
of the state after it, so a case row edited behind the program's back no longer
matches its newest event (`verify` says so).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from datetime import datetime, timedelta
from typing import Any

from app.domain import case_status
from app.domain.enums import (
    CLOSED_STATUSES,
    PAUSED_STATUSES,
    QUALITY_REASONS,
    REFUND_KINDS,
    CaseKind,
    CaseStatus,
    Priority,
    Reason,
)
from app.domain.errors import DomainError
from app.domain.history import canonical_time, diff

# The fields of a case the platform owns: an import may change these and nothing else.
PLATFORM_FIELDS = ("platform_status", "amount_fen", "fast_refund", "reason_text")
# A second refund for one of these reasons costs the most (docs/domain.md: what a refund costs).
COSTLY_REASONS = frozenset({Reason.LATE_SHIPMENT, Reason.NOT_AS_DESCRIBED, Reason.QUALITY_PROBLEM})
DEFAULT_RESPONSE_HOURS = 48


def is_quality_refund(kind: CaseKind | str, reason: Reason | str) -> bool:
    """What a platform counts towards the shop's quality-refund rate (Pinduoduo's rule):
    a refund whose reason is a quality problem or 'not as described'."""
    return CaseKind(kind) in REFUND_KINDS and Reason(reason) in QUALITY_REASONS


def is_closed(status: CaseStatus | str) -> bool:
    return CaseStatus(status) in CLOSED_STATUSES


def initial_priority(*, second_refund: bool, urged: bool, reason: Reason | str) -> Priority:
    """How urgent a case starts: a costly second refund first, then any second refund or
    an urged order, then the rest."""
    if second_refund and Reason(reason) in COSTLY_REASONS:
        return Priority.URGENT
    if second_refund or urged:
        return Priority.HIGH
    return Priority.NORMAL


def is_paused(status: CaseStatus | str) -> bool:
    """Waiting for the buyer, the return parcel or the supplier stops the clock."""
    return CaseStatus(status) in PAUSED_STATUSES


def is_overdue(status: CaseStatus | str, deadline_at: datetime | None, now: datetime) -> bool:
    return (not is_closed(status) and not is_paused(status)
            and deadline_at is not None and deadline_at < now)


class NotAPlatformField(DomainError):
    def __init__(self, names: tuple[str, ...]) -> None:
        super().__init__(f"an import may not change {', '.join(names)}")
        self.names = names


@dataclass(frozen=True, slots=True)
class CaseState:
    """Every field of a case that a change can touch (not its times or its history)."""

    kind: CaseKind
    reason: Reason
    status: CaseStatus
    amount_fen: int
    exception_subtype: str | None = None
    reason_text: str | None = None
    platform_status: str | None = None
    quality_refund: bool = False
    second_refund: bool = False
    fast_refund: bool = False
    priority: Priority = Priority.NORMAL
    deadline_at: datetime | None = None
    assignee_id: int | None = None
    order_id: int | None = None
    note: str | None = None
    # Fields from schema 0006 on; the digest leaves each out while it holds its default
    # (LATER_DEFAULTS), so states bound by older events still verify.
    tags: tuple[str, ...] = ()
    steps: tuple[tuple[str, bool | str], ...] = ()  # (step key, True or the answer), sorted
    paused_at: datetime | None = None
    escalated_to: str | None = None
    needs_look: bool = False
    auto_action: str | None = None
    platform_updated_at: datetime | None = None

    def __post_init__(self) -> None:
        # Rows give plain strings and ints; the digest must not depend on which.
        object.__setattr__(self, "kind", CaseKind(self.kind))
        object.__setattr__(self, "reason", Reason(self.reason))
        object.__setattr__(self, "status", CaseStatus(self.status))
        object.__setattr__(self, "priority", Priority(self.priority))
        object.__setattr__(self, "amount_fen", int(self.amount_fen))
        for flag in ("quality_refund", "second_refund", "fast_refund", "needs_look"):
            object.__setattr__(self, flag, bool(getattr(self, flag)))
        # Rows hold tags and steps as JSON text.
        tags = json.loads(self.tags) if isinstance(self.tags, str) else self.tags or ()
        object.__setattr__(self, "tags", tuple(sorted(set(tags))))
        steps = json.loads(self.steps) if isinstance(self.steps, str) else self.steps or ()
        pairs = steps.items() if isinstance(steps, Mapping) else steps
        object.__setattr__(self, "steps", tuple(sorted((str(k), v) for k, v in pairs)))

    @property
    def is_open(self) -> bool:
        return not is_closed(self.status)

    @property
    def step_answers(self) -> dict[str, bool | str]:
        return dict(self.steps)

    def moved_to(self, target: CaseStatus | str, at: datetime | None = None) -> CaseState:
        """This case in the new status; raises IllegalTransition for a move not allowed.
        With `at`, the deadline clock pauses or resumes as the move says."""
        moved = replace(self, status=case_status.check_transition(self.status, target))
        return moved.clock_at(at) if at is not None else moved

    def forced_to(self, target: CaseStatus | str, at: datetime) -> CaseState:
        """The platform decided: its status stands whatever ours was (no state machine)."""
        return replace(self, status=CaseStatus(target)).clock_at(at)

    def clock_at(self, at: datetime) -> CaseState:
        """Pause the deadline clock on entering a waiting status; on leaving one, push
        the deadline back by the time spent waiting."""
        waiting = is_paused(self.status) and not is_closed(self.status)
        if waiting and self.paused_at is None:
            return replace(self, paused_at=at)
        if not waiting and self.paused_at is not None:
            deadline = self.deadline_at
            if deadline is not None and at > self.paused_at:
                deadline = deadline + (at - self.paused_at)
            return replace(self, paused_at=None, deadline_at=deadline)
        return self

    def time_left(self, now: datetime) -> timedelta | None:
        """What is left of the response time; a paused clock counts from when it stopped."""
        if self.deadline_at is None:
            return None
        return self.deadline_at - (self.paused_at or now)

    def with_tag(self, tag: str) -> CaseState:
        return replace(self, tags=(*self.tags, tag))

    def without_tag(self, tag: str) -> CaseState:
        return replace(self, tags=tuple(t for t in self.tags if t != tag))

    def with_step(self, key: str, answer: bool | str) -> CaseState:
        return replace(self, steps=(*((k, v) for k, v in self.steps if k != key), (key, answer)))

    def without_step(self, key: str) -> CaseState:
        return replace(self, steps=tuple((k, v) for k, v in self.steps if k != key))

    def assigned_to(self, user_id: int | None) -> CaseState:
        return replace(self, assignee_id=user_id)

    def with_platform_update(self, values: Mapping[str, Any]) -> CaseState:
        """The platform's newer word on the fields it owns; anything else is refused."""
        foreign = tuple(k for k in values if k not in PLATFORM_FIELDS)
        if foreign:
            raise NotAPlatformField(foreign)
        return replace(self, **dict(values))

    def as_json(self, *, full: bool = False) -> dict[str, Any]:
        """The state as the digest sees it; `full` keeps fields at their defaults too."""
        # By hand, not dataclasses.asdict: this runs for every event of every bulk load.
        out: dict[str, Any] = {name: getattr(self, name) for name in STATE_FIELDS}
        out["deadline_at"] = canonical_time(self.deadline_at) if self.deadline_at else None
        out["priority"] = int(self.priority)
        for name in ("kind", "reason", "status"):
            out[name] = out[name].value
        out["tags"] = list(self.tags)
        out["steps"] = dict(self.steps)
        for name in ("paused_at", "platform_updated_at"):
            value = getattr(self, name)
            out[name] = canonical_time(value) if value else None
        if not full:
            for name, default in LATER_DEFAULTS.items():
                if out[name] == default:
                    del out[name]
        return out

    def column_values(self) -> dict[str, Any]:
        """The state as a case row stores it."""
        out: dict[str, Any] = {}
        for name in STATE_FIELDS:
            value = getattr(self, name)
            out[name] = value.value if hasattr(value, "value") else value
        out["priority"] = int(self.priority)
        out["tags"] = json.dumps(list(self.tags), ensure_ascii=False) if self.tags else None
        out["steps"] = (json.dumps(dict(self.steps), ensure_ascii=False, sort_keys=True)
                        if self.steps else None)
        return out

    def digest(self) -> str:
        body = json.dumps(self.as_json(), ensure_ascii=False, sort_keys=True,
                          separators=(",", ":"))
        return hashlib.sha256(body.encode("utf-8")).hexdigest()


STATE_FIELDS = tuple(f.name for f in fields(CaseState))
# As as_json() writes them: a field equal to its default here is left out of the digest.
LATER_DEFAULTS: dict[str, Any] = {
    "tags": [], "steps": {}, "paused_at": None, "escalated_to": None, "needs_look": False,
    "auto_action": None, "platform_updated_at": None,
}


def changes_between(before: CaseState, after: CaseState) -> dict[str, list[Any]]:
    """{field: [before, after]} of what changed, as the history records it."""
    return diff(before.as_json(full=True), after.as_json(full=True))


def new_case_state(
    *, kind: CaseKind | str, reason: Reason | str, amount_fen: int, opened_at: datetime,
    deadline_at: datetime | None = None, response_hours: int = DEFAULT_RESPONSE_HOURS,
    second_refund: bool = False, urged: bool = False, status: CaseStatus | str = CaseStatus.NEW,
    **rest: Any,
) -> CaseState:
    """A case as it is created: its flags and priority decided by the rules above, its
    deadline the platform's or `response_hours` after it was opened."""
    if amount_fen < 0:
        raise DomainError("a case's amount cannot be negative")
    return CaseState(
        kind=CaseKind(kind), reason=Reason(reason), status=CaseStatus(status),
        amount_fen=amount_fen, quality_refund=is_quality_refund(kind, reason),
        second_refund=second_refund,
        priority=initial_priority(second_refund=second_refund, urged=urged, reason=reason),
        deadline_at=deadline_at or opened_at + timedelta(hours=response_hours), **rest,
    )


def created_changes(state: CaseState, **context: Any) -> dict[str, Any]:
    """What the first event of a case records."""
    out: dict[str, Any] = {"kind": state.kind.value, "reason": state.reason.value,
                           "amount_fen": state.amount_fen,
                           "platform_status": state.platform_status}
    if state.second_refund:
        out["second_refund"] = True
    out.update(context)
    return out
