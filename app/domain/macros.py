"""Macros: one command that does what an agent does together every time, e.g. "ask for
damage photos" = send that reply, wait for the buyer, tag the case 待补图.

A macro holds action specs in the shape `app.services.case_actions` takes; they are
checked here when the macro is loaded or saved, so a bad one never reaches a case.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.domain.enums import CaseStatus, EscalationTarget
from app.domain.errors import DomainError
from app.domain.templates import KEY, LANGS, MAX_TITLE

# Each action a macro may hold, with the fields it needs (the reply is the template's).
ACTIONS: dict[str, tuple[str, ...]] = {
    "status": ("to",), "assign": ("user",), "tag": ("tag",), "untag": ("tag",),
    "note": ("text",), "escalate": ("to", "reason"), "step": ("key",),
}
OPTIONAL = {"status": ("note",), "step": ("answer", "undo")}
SHORTCUT = re.compile(r"^((Ctrl|Alt|Shift|Meta)\+){1,3}([A-Z0-9]|F([1-9]|1[0-2]))$")
MAX_ACTIONS = 8


class InvalidMacro(DomainError):
    def __init__(self, key: str, problem: str) -> None:
        super().__init__(f"macro {key!r}: {problem}")
        self.key = key
        self.problem = problem


class UnknownMacro(DomainError):
    def __init__(self, key: str) -> None:
        super().__init__(f"there is no macro {key!r}")
        self.key = key


@dataclass(frozen=True)
class Macro:
    key: str
    title: Mapping[str, str]
    template: str | None
    actions: tuple[Mapping[str, Any], ...]
    shortcut: str | None = None

    def title_in(self, lang: str) -> str:
        return self.title.get(lang) or next((self.title[x] for x in LANGS if x in self.title), "")

    def specs(self, reply: str | None = None) -> list[dict[str, Any]]:
        """The action specs for one case: the rendered reply first, when it has one."""
        out: list[dict[str, Any]] = []
        if self.template is not None:
            if reply is None:
                raise InvalidMacro(self.key, "its reply was not rendered")
            out.append({"do": "reply", "template": self.template, "text": reply})
        return out + [dict(a) for a in self.actions]

    def to_spec(self) -> dict[str, Any]:
        spec: dict[str, Any] = {"key": self.key, "title": dict(self.title),
                                "actions": [dict(a) for a in self.actions]}
        if self.template:
            spec["template"] = self.template
        if self.shortcut:
            spec["shortcut"] = self.shortcut
        return spec


def _action(key: str, n: int, raw: Any) -> dict[str, Any]:
    if not isinstance(raw, Mapping):
        raise InvalidMacro(key, f"action {n} is not a mapping")
    do = raw.get("do")
    if do == "reply":
        raise InvalidMacro(key, "a reply comes from the macro's template, not an action")
    if do not in ACTIONS:
        raise InvalidMacro(key, f"action {n} does {do!r}; known: {', '.join(ACTIONS)}")
    fields = set(raw) - {"do"}
    need, may = set(ACTIONS[do]), set(OPTIONAL.get(do, ()))
    if need - fields:
        raise InvalidMacro(key, f"action {n} ({do}) needs {sorted(need - fields)[0]!r}")
    if fields - need - may:
        raise InvalidMacro(key, f"action {n} ({do}) has an unknown field "
                                f"{sorted(fields - need - may)[0]!r}")
    if do == "status" and raw["to"] not in {s.value for s in CaseStatus}:
        raise InvalidMacro(key, f"action {n}: there is no status {raw['to']!r}")
    if do == "escalate" and raw["to"] not in {t.value for t in EscalationTarget}:
        raise InvalidMacro(key, f"action {n}: cannot escalate to {raw['to']!r}")
    for name in ("tag", "text", "reason", "note"):
        if name in raw and (not isinstance(raw[name], str) or not raw[name].strip()):
            raise InvalidMacro(key, f"action {n} ({do}): {name} must be a text")
    if do == "assign" and raw["user"] is not None and not isinstance(raw["user"], str):
        raise InvalidMacro(key, f"action {n}: user is a name, 'me' or null (release)")
    return dict(raw)


def from_spec(spec: Mapping[str, Any]) -> Macro:
    if not isinstance(spec, Mapping):
        raise InvalidMacro("?", "is not a mapping of fields")
    key = spec.get("key")
    if not isinstance(key, str) or not KEY.match(key):
        raise InvalidMacro(str(key), "a key is 2 to 48 lower-case letters, digits or _, "
                                     "starting with a letter")
    unknown = set(spec) - {"key", "title", "template", "actions", "shortcut"}
    if unknown:
        raise InvalidMacro(key, f"unknown field {sorted(unknown)[0]!r}")
    title = spec.get("title")
    if isinstance(title, str):
        title = {"zh_CN": title}
    if (not isinstance(title, Mapping) or not title or set(title) - set(LANGS)
            or not all(isinstance(t, str) and t.strip() and len(t) <= MAX_TITLE
                       for t in title.values())):
        raise InvalidMacro(key, f"the title is a short text per language ({', '.join(LANGS)})")
    template = spec.get("template") or None
    if template is not None and (not isinstance(template, str) or not KEY.match(template)):
        raise InvalidMacro(key, f"template {template!r} is not a template key")
    raw_actions = spec.get("actions") or []
    if not isinstance(raw_actions, Sequence) or isinstance(raw_actions, str):
        raise InvalidMacro(key, "actions is a list")
    if not raw_actions and template is None:
        raise InvalidMacro(key, "it does nothing: give a template or an action")
    if len(raw_actions) > MAX_ACTIONS:
        raise InvalidMacro(key, f"at most {MAX_ACTIONS} actions")
    shortcut = spec.get("shortcut") or None
    if shortcut is not None and (not isinstance(shortcut, str) or not SHORTCUT.match(shortcut)):
        raise InvalidMacro(key, f"shortcut {shortcut!r} is not like Ctrl+Alt+1")
    return Macro(key, {k: v.strip() for k, v in title.items()}, template,
                 tuple(_action(key, n, a) for n, a in enumerate(raw_actions, 1)), shortcut)


def clashing_shortcuts(macros: Sequence[Macro]) -> dict[str, list[str]]:
    """Shortcuts bound to more than one macro: key → the macros' keys."""
    seen: dict[str, list[str]] = {}
    for m in macros:
        if m.shortcut:
            seen.setdefault(m.shortcut, []).append(m.key)
    return {s: keys for s, keys in seen.items() if len(keys) > 1}


def still_to_do(actions: Sequence[Mapping[str, Any]], *, status: str | None,
                assignee: str | None, tags: Sequence[str], actor: str
                ) -> list[dict[str, Any]]:
    """The macro's actions without those the case already fulfils (already with me,
    already waiting for the buyer, already tagged): a macro does what is left, instead
    of being refused whole for one step that is done."""
    out: list[dict[str, Any]] = []
    for action in actions:
        do = action.get("do")
        if do == "status" and action.get("to") == status and not action.get("note"):
            continue
        if do == "assign":
            user = actor if action.get("user") == "me" else action.get("user")
            if user == assignee:
                continue
        if do == "tag" and action.get("tag") in tags:
            continue
        if do == "untag" and action.get("tag") not in tags:
            continue
        out.append(dict(action))
    return out
