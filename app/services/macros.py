"""Macros: the shipped ones (resources/macros/*.yaml) with the app's edits over them, and
running one on a case or on a selection.

A macro's reply is rendered for each case first; a case whose reply still misses a value
is refused with the placeholders it needs, and the actions go through
`case_actions.perform` / `perform_many` as one history event per case.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from app.domain import macros as mc
from app.domain import templates as t
from app.domain.clock import utcnow
from app.domain.errors import DomainError
from app.domain.permissions import Permission
from app.services import access, case_actions
from app.services import templates as tpl
from app.services.case_actions import Done, Refused
from app.services.store import Store

KIND = "macro"


@lru_cache(maxsize=1)
def shipped() -> dict[str, mc.Macro]:
    return tpl.load_entries("macros", "macros", mc.from_spec, lambda x: x.key)


@dataclass(frozen=True)
class MacroEntry:
    macro: mc.Macro
    source: str  # "shipped", "edited" or "added"

    def to_json(self, lang: str = "zh_CN") -> dict[str, Any]:
        return {"key": self.macro.key, "title": self.macro.title_in(lang),
                "template": self.macro.template, "shortcut": self.macro.shortcut,
                "actions": [dict(a) for a in self.macro.actions], "source": self.source}


def library(store: Store) -> list[MacroEntry]:
    with store.unit_of_work() as uow:
        edits = uow.library.entries(KIND)
    base = shipped()
    out = {k: MacroEntry(v, "shipped") for k, v in base.items()}
    for key, (spec, _by, _at) in edits.items():
        if spec is None:
            out.pop(key, None)
            continue
        try:
            out[key] = MacroEntry(mc.from_spec(spec), "edited" if key in base else "added")
        except DomainError:
            continue  # an edit that no longer passes is left out, not run
    return sorted(out.values(), key=lambda e: e.macro.key)


def macros(store: Store) -> list[mc.Macro]:
    return [e.macro for e in library(store)]


def get_macro(store: Store, key: str) -> mc.Macro:
    for m in macros(store):
        if m.key == key:
            return m
    raise mc.UnknownMacro(key)


def save_macro(store: Store, actor: str, spec: Mapping[str, Any]) -> mc.Macro:
    """Check and store a macro; its template must exist and its shortcut be free."""
    access.require(store, actor, Permission.EDIT_LIBRARY)
    macro = mc.from_spec(spec)
    if macro.template is not None:
        tpl.get_template(store, macro.template)
    others = [m for m in macros(store) if m.key != macro.key]
    taken = next((m.key for m in others if macro.shortcut and m.shortcut == macro.shortcut),
                 None)
    if taken:
        raise mc.InvalidMacro(macro.key, "shortcut_taken", shortcut=macro.shortcut,
                              other=taken)
    with store.unit_of_work().for_writing() as uow:
        uow.library.save(KIND, macro.key, macro.to_spec(), actor, utcnow())
        uow.commit()
    return macro


def delete_macro(store: Store, actor: str, key: str) -> str:
    """"restored" (an edited shipped macro), "hidden" (a shipped one) or "deleted"."""
    with store.unit_of_work().for_writing() as uow:
        access.require_in(uow, actor, Permission.EDIT_LIBRARY)
        edited = uow.library.entries(KIND).get(key)
        if key in shipped() and edited is None:
            uow.library.save(KIND, key, None, actor, utcnow())
            outcome = "hidden"
        elif edited is not None and edited[0] is not None:
            uow.library.forget(KIND, key)
            outcome = "restored" if key in shipped() else "deleted"
        else:
            raise mc.UnknownMacro(key)
        uow.commit()
    return outcome


def _specs_for(store: Store, macro: mc.Macro, template: t.Template | None,
               detail: Mapping[str, Any], actor: str,
               typed: Mapping[str, Any] | None, lang: str) -> list[dict[str, Any]]:
    """This case's action specs: the reply rendered for it (MissingValues if it cannot
    be), then the actions the case does not already fulfil."""
    reply = None
    if template is not None:
        addr = tpl.return_address(store, detail["shop"], detail["platform"])
        values = tpl.values_from_detail(detail, actor, lang, addr)
        reply = t.rendered_text(template, tpl.merged(values, typed), lang,
                                detail.get("platform"))
    actions = mc.still_to_do(macro.actions, status=detail.get("status"),
                             assignee=detail.get("assignee"), tags=detail.get("tags") or (),
                             actor=actor)
    return mc.Macro(macro.key, macro.title, macro.template, tuple(actions)).specs(reply)


def run_macro(store: Store, actor: str, ref: int | str, key: str, *,
              typed: Mapping[str, Any] | None = None, version: int | None = None,
              lang: str = "zh_CN") -> Done:
    """Run the macro on one case as one history event. A reply that misses a value is
    refused (MissingValues naming it) before anything is written."""
    from app.services.cases import case_detail

    macro = get_macro(store, key)
    template = tpl.get_template(store, macro.template) if macro.template else None
    detail = case_detail(store, ref)
    specs = _specs_for(store, macro, template, detail, actor, typed, lang)
    return case_actions.perform(store, actor, detail["id"], specs, name="macro",
                                context={"macro": macro.key},
                                version=detail["version"] if version is None else version)


def run_macro_many(store: Store, actor: str, case_ids: Iterable[int], key: str, *,
                   typed: Mapping[str, Any] | None = None, lang: str = "zh_CN"
                   ) -> list[Done | Refused]:
    """Run the macro on each case, in one transaction: a result per case, in the order
    given. A case whose reply misses a value is refused with what it needs."""
    from app.services.cases import case_detail

    macro = get_macro(store, key)
    template = tpl.get_template(store, macro.template) if macro.template else None
    ids = list(dict.fromkeys(case_ids))
    refused: dict[int, Refused] = {}
    specs: dict[int, Sequence[Mapping[str, Any]]] = {}
    for case_id in ids:
        try:
            detail = case_detail(store, case_id)
            specs[case_id] = _specs_for(store, macro, template, detail, actor, typed, lang)
        except DomainError as exc:
            refused[case_id] = Refused(case_id, str(exc), _code(exc))
    done = case_actions.perform_many(store, actor, [i for i in ids if i in specs], specs,
                                     name="macro", context={"macro": macro.key}) \
        if specs else []
    by_id: dict[int, Done | Refused] = {r.case_id: r for r in done}
    by_id.update(refused)
    return [by_id[i] for i in ids]


def _code(exc: Exception) -> str:
    name = type(exc).__name__
    return "".join("_" + c.lower() if c.isupper() else c for c in name).lstrip("_")
