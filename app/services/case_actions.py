"""An agent acting on cases: one case (with a version check) or many at once.

Actions are given as plain specs, the same shape macros store in their data files:
    {"do": "status", "to": "waiting_buyer", "note": "…"}
    {"do": "assign", "user": "lina"}        (user "me": the actor; None: release)
    {"do": "tag", "tag": "破损"}  {"do": "untag", "tag": "破损"}
    {"do": "note", "text": "…"}
    {"do": "escalate", "to": "supervisor" | "platform", "reason": "…"}
    {"do": "step", "key": "confirm_buyer", "answer": true | "…", "undo": false}
    {"do": "reply", "template": "ask_photos", "text": "…"}
Each case gets one event for all the actions applied to it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.domain import handling as h
from app.domain.case_rules import CaseState
from app.domain.clock import utcnow
from app.domain.enums import CaseStatus, EscalationTarget
from app.domain.errors import DomainError
from app.services.cases import CaseNotFound
from app.services.store import Store

# Checks a plan against what the domain alone cannot know (the playbook of the case):
# raises DomainError to refuse it.
Check = Callable[[CaseState, Sequence[h.Action]], None]
MAX_BULK = 20_000


class UnknownUser(DomainError):
    def __init__(self, name: str) -> None:
        super().__init__(f"there is no user {name!r}")
        self.name = name


@dataclass(frozen=True)
class Done:
    case_id: int
    version: int
    status: str
    action: str
    changes: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.case_id, "ok": True, "version": self.version,
                "status": self.status, "action": self.action, "changes": self.changes}


@dataclass(frozen=True)
class Refused:
    case_id: int
    reason: str
    code: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.case_id, "ok": False, "code": self.code, "reason": self.reason}


def _actions(uow: Any, actor: str, specs: Sequence[Mapping[str, Any]]) -> list[h.Action]:
    out: list[h.Action] = []
    for spec in specs:
        do = spec.get("do")
        if do == "status":
            out.append(h.Move(CaseStatus(spec["to"]), spec.get("note")))
        elif do == "assign":
            name = spec.get("user")
            name = actor if name == "me" else name
            if name is None:
                out.append(h.Assign(None))
                continue
            user_id = uow.users.id_of(name)
            if user_id is None:
                raise UnknownUser(name)
            out.append(h.Assign(user_id, name))
        elif do in ("tag", "untag"):
            out.append(h.Tag(str(spec["tag"]), remove=do == "untag"))
        elif do == "note":
            out.append(h.Note(str(spec["text"])))
        elif do == "escalate":
            out.append(h.Escalate(EscalationTarget(spec["to"]), str(spec.get("reason") or "")))
        elif do == "step":
            out.append(h.Step(str(spec["key"]), spec.get("answer", True),
                              bool(spec.get("undo"))))
        elif do == "reply":
            out.append(h.Sent(str(spec["template"]), str(spec["text"])))
        else:
            raise DomainError(f"unknown action {do!r}")
    return out


def _code(exc: Exception) -> str:
    name = type(exc).__name__
    return "".join("_" + c.lower() if c.isupper() else c for c in name).lstrip("_")


def _one(uow: Any, actor: str, case_id: int, actions: Sequence[h.Action], now: Any,
         name: str | None, context: Mapping[str, Any], version: int | None,
         check: Check | None) -> Done:
    found = uow.cases.state(case_id, version)
    if found is None:
        raise CaseNotFound(case_id)
    _, before = found
    if check is not None:
        check(before, actions)
    planned = h.plan(before, actions, now, name, **context)
    new_version = uow.cases.write(case_id, actor, planned.action, now, planned.after,
                                  planned.changes)
    return Done(case_id, new_version, planned.after.status.value, planned.action,
                planned.changes)


def perform(store: Store, actor: str, ref: int | str, specs: Sequence[Mapping[str, Any]], *,
            version: int | None = None, name: str | None = None,
            context: Mapping[str, Any] | None = None, check: Check | None = None) -> Done:
    """Apply the actions to one case and record them as one event. With `version` (the
    case's version as the agent saw it), a case changed since is refused with StaleCase
    naming who changed it; nothing is written."""
    with store.unit_of_work().for_writing() as uow:
        case_id = uow.cases.find_id(ref)
        if case_id is None:
            raise CaseNotFound(ref)
        now = utcnow()
        uow.users.ensure(actor, now)
        done = _one(uow, actor, case_id, _actions(uow, actor, specs), now, name,
                    context or {}, version, check)
        uow.commit()
        return done


Specs = Sequence[Mapping[str, Any]]


def perform_many(store: Store, actor: str, case_ids: Iterable[int],
                 specs: Specs | Mapping[int, Specs], *, name: str | None = None,
                 context: Mapping[str, Any] | None = None,
                 check: Check | None = None) -> list[Done | Refused]:
    """The same actions (or each case's own, `specs` by case id: a reply rendered for
    each) on many cases in one transaction, one event per case changed. A case the
    actions do not fit is refused with its reason; the others still go."""
    ids = list(dict.fromkeys(case_ids))
    if len(ids) > MAX_BULK:
        raise DomainError(f"at most {MAX_BULK} cases at once, not {len(ids)}")
    out: list[Done | Refused] = []
    with store.unit_of_work().for_writing() as uow:
        now = utcnow()
        uow.users.ensure(actor, now)
        shared = None if isinstance(specs, Mapping) else _actions(uow, actor, specs)
        for case_id in ids:
            try:
                if shared is not None:
                    actions = shared
                else:
                    assert isinstance(specs, Mapping)
                    actions = _actions(uow, actor, specs.get(case_id, ()))
                out.append(_one(uow, actor, case_id, actions, now, name, context or {},
                                None, check))
            except (DomainError, ValueError, KeyError) as exc:
                # ValueError: a status or target that does not exist, said per case.
                out.append(Refused(case_id, str(exc), _code(exc)))
        uow.commit()
    return out


def change_status(store: Store, actor: str, case_ref: int | str, target: str,
                  note: str | None = None, version: int | None = None) -> str:
    """Move a case along the state machine; an illegal move raises IllegalTransition."""
    spec: dict[str, Any] = {"do": "status", "to": target}
    if note:
        spec["note"] = note
    return perform(store, actor, case_ref, [spec], version=version).status


def assignable_users(store: Store) -> list[str]:
    """The names a case can be given to: every active user."""
    with store.unit_of_work() as uow:
        return [name for name, _display, _role in uow.users.active()]
