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


# Why a macro is refused, in English for the command line and the log; the window
# words the same codes in the user's language (ui/library_texts.py) from the facts.
PROBLEMS = {
    "not_mapping": "is not a mapping of fields",
    "bad_key": "a key is 2 to 48 lower-case letters, digits or _, starting with a letter",
    "unknown_field": "unknown field {name!r}",
    "bad_title": "the title is a short text per language ({langs})",
    "bad_template": "template {template!r} is not a template key",
    "actions_not_list": "actions is a list",
    "does_nothing": "it does nothing: give a template or an action",
    "too_many_actions": "at most {limit} actions",
    "bad_shortcut": "shortcut {shortcut!r} is not like Ctrl+Alt+1",
    "shortcut_taken": "shortcut {shortcut} is already used by macro {other!r}",
    "not_rendered": "its reply was not rendered",
    "action_not_mapping": "action {n} is not a mapping",
    "reply_action": "a reply comes from the macro's template, not an action",
    "unknown_action": "action {n} does {do!r}; known: {known}",
    "action_needs": "action {n} ({do}) needs {name!r}",
    "action_unknown_field": "action {n} ({do}) has an unknown field {name!r}",
    "unknown_status": "action {n}: there is no status {value!r}",
    "unknown_target": "action {n}: cannot escalate to {value!r}",
    "action_not_text": "action {n} ({do}): {name} must be a text",
    "bad_user": "action {n}: user is a name, 'me' or null (release)",
}


class InvalidMacro(DomainError):
    """`problem` is a code of PROBLEMS; `facts` fill its sentence: n (the action's
    place, from 1), do, name, value, template, shortcut, other, limit, and the lists
    langs and known."""

    def __init__(self, key: str, problem: str, **facts: Any) -> None:
        shown = {k: ", ".join(v) if isinstance(v, list | tuple) else v
                 for k, v in facts.items()}
        super().__init__(f"macro {key!r}: {PROBLEMS[problem].format(**shown)}")
        self.key = key
        self.problem = problem
        self.facts = facts


class UnknownMacro(DomainError):
    problem = "unknown_macro"

    def __init__(self, key: str) -> None:
        super().__init__(f"there is no macro {key!r}")
        self.key = key
        self.facts = {"key": key}


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
                raise InvalidMacro(self.key, "not_rendered")
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
        raise InvalidMacro(key, "action_not_mapping", n=n)
    do = raw.get("do")
    if do == "reply":
        raise InvalidMacro(key, "reply_action", n=n)
    if do not in ACTIONS:
        raise InvalidMacro(key, "unknown_action", n=n, do=do, known=tuple(ACTIONS))
    fields = set(raw) - {"do"}
    need, may = set(ACTIONS[do]), set(OPTIONAL.get(do, ()))
    if need - fields:
        raise InvalidMacro(key, "action_needs", n=n, do=do, name=sorted(need - fields)[0])
    if fields - need - may:
        raise InvalidMacro(key, "action_unknown_field", n=n, do=do,
                           name=sorted(fields - need - may)[0])
    if do == "status" and raw["to"] not in {s.value for s in CaseStatus}:
        raise InvalidMacro(key, "unknown_status", n=n, value=raw["to"])
    if do == "escalate" and raw["to"] not in {t.value for t in EscalationTarget}:
        raise InvalidMacro(key, "unknown_target", n=n, value=raw["to"])
    for name in ("tag", "text", "reason", "note"):
        if name in raw and (not isinstance(raw[name], str) or not raw[name].strip()):
            raise InvalidMacro(key, "action_not_text", n=n, do=do, name=name)
    if do == "assign" and raw["user"] is not None and not isinstance(raw["user"], str):
        raise InvalidMacro(key, "bad_user", n=n)
    return dict(raw)


def from_spec(spec: Mapping[str, Any]) -> Macro:
    if not isinstance(spec, Mapping):
        raise InvalidMacro("?", "not_mapping")
    key = spec.get("key")
    if not isinstance(key, str) or not KEY.match(key):
        raise InvalidMacro(str(key), "bad_key")
    unknown = set(spec) - {"key", "title", "template", "actions", "shortcut"}
    if unknown:
        raise InvalidMacro(key, "unknown_field", name=sorted(unknown)[0])
    title = spec.get("title")
    if isinstance(title, str):
        title = {"zh_CN": title}
    if (not isinstance(title, Mapping) or not title or set(title) - set(LANGS)
            or not all(isinstance(t, str) and t.strip() and len(t) <= MAX_TITLE
                       for t in title.values())):
        raise InvalidMacro(key, "bad_title", langs=LANGS, limit=MAX_TITLE)
    template = spec.get("template") or None
    if template is not None and (not isinstance(template, str) or not KEY.match(template)):
        raise InvalidMacro(key, "bad_template", template=template)
    raw_actions = spec.get("actions") or []
    if not isinstance(raw_actions, Sequence) or isinstance(raw_actions, str):
        raise InvalidMacro(key, "actions_not_list")
    if not raw_actions and template is None:
        raise InvalidMacro(key, "does_nothing")
    if len(raw_actions) > MAX_ACTIONS:
        raise InvalidMacro(key, "too_many_actions", limit=MAX_ACTIONS)
    shortcut = spec.get("shortcut") or None
    if shortcut is not None and (not isinstance(shortcut, str) or not SHORTCUT.match(shortcut)):
        raise InvalidMacro(key, "bad_shortcut", shortcut=shortcut)
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
