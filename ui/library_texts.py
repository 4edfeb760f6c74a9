"""What the template and macro editors say when the reply library refuses something, in
the user's language.

The domain raises these refusals with a problem code and the facts of the sentence
(app.domain.template_errors, app.domain.macros: seen here only as an exception with
`problem` and `facts`); each code has a sentence here, and the facts are shown in the
user's words (a language, a platform, a placeholder's label). Anything else keeps its
own message: the case-action and store refusals have theirs, the rest its English,
never nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui import action_texts, labels, store_texts
from ui.reply_texts import placeholder_label

CTX = "LibraryTexts"

# The problems of a template (InvalidTemplate, MissingValues, UnknownTemplate).
TEMPLATE_TEXTS = {
    "not_mapping": QT_TRANSLATE_NOOP("LibraryTexts", "The template is not a set of fields."),
    "bad_key": QT_TRANSLATE_NOOP(
        "LibraryTexts", "A key is 2 to 48 lower-case letters, digits or _, starting with a "
                        "letter, e.g. ask_damage_photos."),
    "unknown_field": QT_TRANSLATE_NOOP(
        "LibraryTexts", "The template has a field '%1' that this program does not know."),
    "bad_variants": QT_TRANSLATE_NOOP(
        "LibraryTexts", "The platform texts must give each platform its own text."),
    "unknown_platform": QT_TRANSLATE_NOOP(
        "LibraryTexts", "There is no platform '%1' to give a text of its own."),
    "bad_category": QT_TRANSLATE_NOOP(
        "LibraryTexts", "A category is one short word (at most 32 characters)."),
    "unknown_kind": QT_TRANSLATE_NOOP("LibraryTexts", "There is no case kind '%1'."),
    "unknown_reason": QT_TRANSLATE_NOOP("LibraryTexts", "There is no reason '%1'."),
    "not_per_language": QT_TRANSLATE_NOOP(
        "LibraryTexts", "%1 must give one text per language."),
    "unknown_language": QT_TRANSLATE_NOOP(
        "LibraryTexts", "%1 is given in a language this program does not know (%2)."),
    "not_text": QT_TRANSLATE_NOOP("LibraryTexts", "%1 is not text."),
    "too_long": QT_TRANSLATE_NOOP(
        "LibraryTexts", "%1 is %2 characters long; at most %3 fit."),
    "empty": QT_TRANSLATE_NOOP("LibraryTexts", "%1 is empty: write it in Chinese or English."),
    # Jinja's words (%3) are English: a translation may leave them out.
    "syntax": QT_TRANSLATE_NOOP(
        "LibraryTexts", "%1 has a syntax error on line %2: %3. Check that every {{ has its }} "
                        "and every {% if %} its {% endif %}."),
    "not_allowed": QT_TRANSLATE_NOOP(
        "LibraryTexts", "%1 uses %2, which a template may not. Only placeholders such as "
                        "{{ buyer }}, the filters %3 and {% if %} are allowed."),
    "unknown_filter": QT_TRANSLATE_NOOP(
        "LibraryTexts", "%1 uses the filter '%2', which is not allowed. Allowed: %3."),
    "assigns": QT_TRANSLATE_NOOP(
        "LibraryTexts", "%1 assigns to '%2'; a template may only show values."),
    "unknown_placeholder": QT_TRANSLATE_NOOP(
        "LibraryTexts", "%1 names the placeholder '%2', which does not exist. Known: %3."),
    "sandbox": QT_TRANSLATE_NOOP("LibraryTexts", "The template was refused as unsafe: %1."),
    "undefined": QT_TRANSLATE_NOOP(
        "LibraryTexts", "The template names something no case has: %1."),
    "cannot_render": QT_TRANSLATE_NOOP(
        "LibraryTexts", "The template cannot be filled in: %1. Check the filters' "
                        "arguments, e.g. {{ buyer|truncate(10) }}."),
    "renders_too_long": QT_TRANSLATE_NOOP(
        "LibraryTexts", "Filled in, the reply would be %1 characters long; at most %2 fit "
                        "in a chat message."),
    "missing_values": QT_TRANSLATE_NOOP(
        "LibraryTexts", "The case has no %1: type it first."),
    "unknown_template": QT_TRANSLATE_NOOP(
        "LibraryTexts", "There is no reply template '%1' (any more)."),
}

# The problems of a macro (InvalidMacro, UnknownMacro). Action words (do, to, tag …)
# are what the agent types in the actions field, so they stay as written.
MACRO_TEXTS = {
    "not_mapping": QT_TRANSLATE_NOOP("LibraryTexts", "The macro is not a set of fields."),
    "bad_key": TEMPLATE_TEXTS["bad_key"],
    "unknown_field": QT_TRANSLATE_NOOP(
        "LibraryTexts", "The macro has a field '%1' that this program does not know."),
    "bad_title": QT_TRANSLATE_NOOP(
        "LibraryTexts", "Give the macro a title in Chinese or English, at most %1 "
                        "characters each."),
    "bad_template": QT_TRANSLATE_NOOP("LibraryTexts", "'%1' is not the key of a template."),
    "actions_not_list": QT_TRANSLATE_NOOP("LibraryTexts", "The actions must be a list."),
    "does_nothing": QT_TRANSLATE_NOOP(
        "LibraryTexts", "The macro does nothing: choose a reply or write an action."),
    "too_many_actions": QT_TRANSLATE_NOOP(
        "LibraryTexts", "A macro holds at most %1 actions."),
    "bad_shortcut": QT_TRANSLATE_NOOP(
        "LibraryTexts", "The shortcut '%1' is not like Ctrl+Alt+1."),
    "shortcut_taken": QT_TRANSLATE_NOOP(
        "LibraryTexts", "The shortcut %1 is already used by the macro '%2'."),
    "not_rendered": QT_TRANSLATE_NOOP("LibraryTexts", "The macro's reply was not filled in."),
    "action_not_mapping": QT_TRANSLATE_NOOP(
        "LibraryTexts", "Action %1 is not like {do: status, to: waiting_buyer}."),
    "reply_action": QT_TRANSLATE_NOOP(
        "LibraryTexts", "Action %1 sends a reply: choose the reply above instead."),
    "unknown_action": QT_TRANSLATE_NOOP(
        "LibraryTexts", "Action %1 does '%2', which a macro cannot. Known: %3."),
    "action_needs": QT_TRANSLATE_NOOP("LibraryTexts", "Action %1 (%2) needs '%3'."),
    "action_unknown_field": QT_TRANSLATE_NOOP(
        "LibraryTexts", "Action %1 (%2) has a field '%3' that it does not take."),
    "unknown_status": QT_TRANSLATE_NOOP("LibraryTexts", "Action %1: there is no status '%2'."),
    "unknown_target": QT_TRANSLATE_NOOP(
        "LibraryTexts", "Action %1: a case cannot be escalated to '%2'."),
    "action_not_text": QT_TRANSLATE_NOOP(
        "LibraryTexts", "Action %1 (%2): %3 must be a text."),
    "bad_user": QT_TRANSLATE_NOOP(
        "LibraryTexts", "Action %1: user is a name, me, or null to release the case."),
    "unknown_macro": QT_TRANSLATE_NOOP("LibraryTexts", "There is no macro '%1' (any more)."),
}

# A placeholder's value (BadValue).
VALUE_TEXTS = {
    "value_too_long": QT_TRANSLATE_NOOP(
        "LibraryTexts", "%1 is %2 characters long; at most %3 fit."),
    "no_such_placeholder": QT_TRANSLATE_NOOP(
        "LibraryTexts", "There is no placeholder '%1'. Known: %2."),
}

# Which words fill %1, %2 … of each sentence (the facts as `_words` shows them).
ARGS = {
    "unknown_field": ("name",), "unknown_platform": ("platform",),
    "unknown_kind": ("value",), "unknown_reason": ("value",),
    "not_per_language": ("where",), "unknown_language": ("where", "lang_code"),
    "not_text": ("what",), "too_long": ("what", "length", "limit"), "empty": ("where",),
    "syntax": ("what", "line", "detail"), "not_allowed": ("what", "construct", "allowed"),
    "unknown_filter": ("what", "name", "allowed"), "assigns": ("what", "name"),
    "unknown_placeholder": ("what", "name", "known"), "sandbox": ("detail",),
    "undefined": ("detail",), "cannot_render": ("detail",),
    "renders_too_long": ("length", "limit"), "missing_values": ("missing",),
    "unknown_template": ("key",),
    "bad_title": ("limit",), "bad_template": ("template",),
    "too_many_actions": ("limit",), "bad_shortcut": ("shortcut",),
    "shortcut_taken": ("shortcut", "other"), "action_not_mapping": ("n",),
    "reply_action": ("n",), "unknown_action": ("n", "do", "known"),
    "action_needs": ("n", "do", "name"), "action_unknown_field": ("n", "do", "name"),
    "unknown_status": ("n", "value"), "unknown_target": ("n", "value"),
    "action_not_text": ("n", "do", "name"), "bad_user": ("n",), "unknown_macro": ("key",),
    "value_too_long": ("label", "length", "limit"), "no_such_placeholder": ("name", "known"),
}

# Which table words which error.
TABLES = {"InvalidTemplate": TEMPLATE_TEXTS, "MissingValues": TEMPLATE_TEXTS,
          "UnknownTemplate": TEMPLATE_TEXTS, "InvalidMacro": MACRO_TEXTS,
          "UnknownMacro": MACRO_TEXTS, "BadValue": VALUE_TEXTS}

LANGUAGES = {"zh_CN": QT_TRANSLATE_NOOP("LibraryTexts", "Chinese"),
             "en": QT_TRANSLATE_NOOP("LibraryTexts", "English")}
# What a template body may not do, as the `construct` of "not_allowed" names it.
CONSTRUCTS = {
    "attribute": QT_TRANSLATE_NOOP("LibraryTexts", "attribute access (x.y)"),
    "index": QT_TRANSLATE_NOOP("LibraryTexts", "indexing (x[…])"),
    "call": QT_TRANSLATE_NOOP("LibraryTexts", "a call (x())"),
    "loop": QT_TRANSLATE_NOOP("LibraryTexts", "a loop ({% for %})"),
    "macro": QT_TRANSLATE_NOOP("LibraryTexts", "a macro ({% macro %})"),
    "assignment": QT_TRANSLATE_NOOP("LibraryTexts", "an assignment ({% set %})"),
    "include": QT_TRANSLATE_NOOP("LibraryTexts", "an include ({% include %})"),
    "import": QT_TRANSLATE_NOOP("LibraryTexts", "an import ({% import %})"),
    "inheritance": QT_TRANSLATE_NOOP("LibraryTexts", "template inheritance ({% extends %})"),
    "arithmetic": QT_TRANSLATE_NOOP("LibraryTexts", "arithmetic (+ - * /)"),
    "test": QT_TRANSLATE_NOOP("LibraryTexts", "a test (x is …)"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(CTX, source)


def _language(lang: Any) -> str:
    return _tr(LANGUAGES[lang]) if lang in LANGUAGES else str(lang)


def _field(field: Any, lang: Any, platform: Any) -> str:
    """The template's field as its editor labels it: "The text (Chinese)"."""
    if field == "title":
        return (_tr(QT_TRANSLATE_NOOP("LibraryTexts", "The title (%1)")).replace(
            "%1", _language(lang)) if lang else _tr(QT_TRANSLATE_NOOP("LibraryTexts", "The title")))
    if platform:
        text = (_tr(QT_TRANSLATE_NOOP("LibraryTexts", "The %1 text (%2)")) if lang
                else _tr(QT_TRANSLATE_NOOP("LibraryTexts", "The %1 text")))
        return _fill(text, [labels.platform(str(platform)), _language(lang)])
    return (_tr(QT_TRANSLATE_NOOP("LibraryTexts", "The text (%1)")).replace(
        "%1", _language(lang)) if lang else _tr(QT_TRANSLATE_NOOP("LibraryTexts", "The text")))


def _joined(values: Iterable[Any]) -> str:
    # The list separator is the language's: "a, b" in English, "a、b" in Chinese.
    return _tr(QT_TRANSLATE_NOOP("LibraryTexts", ", ")).join(str(v) for v in values)


def _words(facts: Mapping[str, Any]) -> dict[str, str]:
    """Every fact as the sentence shows it, and the derived words the sentences use."""
    out = {k: _joined(v) if isinstance(v, list | tuple) else str(v) for k, v in facts.items()}
    field, lang, platform = facts.get("field"), facts.get("lang"), facts.get("platform")
    construct = facts.get("construct")
    out.update(
        what=_field(field, lang, platform), where=_field(field, None, platform),
        lang_code=str(lang), platform=labels.platform(str(platform or "")),
        construct=(_tr(CONSTRUCTS[construct]) if construct in CONSTRUCTS else
                   _tr(QT_TRANSLATE_NOOP("LibraryTexts", "a %1 expression")).replace(
                       "%1", str(facts.get("node", "?")))),
        missing=_joined(placeholder_label(n) for n in facts.get("missing", ())),
        # Jinja's words end in a full stop; the sentence gives its own.
        detail=str(facts.get("detail", "")).rstrip("."),
        label=placeholder_label(str(facts.get("name", ""))))
    return out


def _fill(text: str, args: list[str]) -> str:
    # In one pass, so a value holding "%2" is not filled in again.
    return re.sub(r"%(\d)", lambda m: args[int(m.group(1)) - 1]
                  if 0 < int(m.group(1)) <= len(args) else m.group(0), text)


def describe(exc: BaseException) -> str:
    """The sentence for a refused template, macro or value; other errors keep theirs."""
    table = TABLES.get(type(exc).__name__)
    problem = getattr(exc, "problem", None)
    source = table.get(problem) if table is not None and isinstance(problem, str) else None
    if source is None or problem is None:
        if getattr(exc, "code", None) and hasattr(exc, "params"):
            return store_texts.describe(exc)
        return action_texts.describe(exc)
    words = _words(getattr(exc, "facts", None) or {})
    return _fill(_tr(source), [words.get(name, "") for name in ARGS.get(problem, ())])
