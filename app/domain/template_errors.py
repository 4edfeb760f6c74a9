"""Why a reply template, or a value for one, is refused.

Each error carries a problem code and the facts of its sentence. The English sentence
here is for the command line and the log; the window words the same code in the
user's language (ui/library_texts.py), so nothing here is shown there as it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from app.domain.errors import DomainError

PROBLEMS = {
    "not_mapping": "is not a mapping of fields",
    "bad_key": "a key is 2 to 48 lower-case letters, digits or _, starting with a letter",
    "unknown_field": "unknown field {name!r}",
    "bad_variants": "variants must map a platform to its body",
    "unknown_platform": "variant for unknown platform {platform!r}",
    "bad_category": "a category is a short word",
    "unknown_kind": "case kind {value!r} does not exist",
    "unknown_reason": "reason {value!r} does not exist",
    "not_per_language": "{what} must give a text per language ({langs})",
    "unknown_language": "{what} has an unknown language {lang!r}",
    "not_text": "{what} in {lang} is not text",
    "too_long": "{what} in {lang} is {length} characters; at most {limit} fit",
    "empty": "{what} is empty",
    "syntax": "{what} in {lang} has a syntax error on line {line}: {detail}",
    "not_allowed": "{what} in {lang} uses {construct_words}, which a template may not; "
                   "only placeholders such as {{{{ buyer }}}}, the filters {allowed} and "
                   "{{% if %}} are allowed",
    "unknown_filter": "{what} in {lang} uses the filter {name!r}; allowed: {allowed}",
    "assigns": "{what} in {lang} assigns to {name!r}",
    "unknown_placeholder": "{what} in {lang} names an unknown placeholder {name!r}; "
                           "known: {known}",
    "sandbox": "the sandbox refused it: {detail}",
    "undefined": "it names something no case has: {detail}",
    "cannot_render": "it cannot be rendered: {detail}",
    "renders_too_long": "it renders to {length} characters; at most {limit} fit in a reply",
}
# What a body may not do (the `construct` of "not_allowed"), as the English says it.
CONSTRUCTS = {"attribute": "attribute access", "index": "indexing", "call": "a call",
              "loop": "a loop", "macro": "a macro", "assignment": "an assignment",
              "include": "an include", "import": "an import",
              "inheritance": "template inheritance", "arithmetic": "arithmetic",
              "test": "a test"}
VALUE_PROBLEMS = {
    "value_too_long": "the value for {name} is {length} characters; at most {limit} fit",
    "no_such_placeholder": "there is no placeholder {name!r}; known: {known}",
}


def _english(table: Mapping[str, str], problem: str, facts: Mapping[str, Any]) -> str:
    """The sentence for the code, lists joined; the body's field as "the douyin body"."""
    platform = facts.get("platform")
    what = ("the title" if facts.get("field") == "title" else
            f"the {platform} body" if platform else "the body")
    construct = facts.get("construct", "")
    words = (f"{CONSTRUCTS[construct]} ({facts.get('node')})" if construct in CONSTRUCTS
             else f"a {facts.get('node')} expression")
    shown = {k: ", ".join(v) if isinstance(v, list | tuple) else v for k, v in facts.items()}
    return table[problem].format(**{"what": what, "construct_words": words, **shown})


class ReplyTemplateError(DomainError):
    problem = ""
    facts: Mapping[str, Any] = {}


class InvalidTemplate(ReplyTemplateError):
    """`problem` is a code of PROBLEMS; `facts` fill its sentence: field ("title" or
    "body"), lang, platform, name, value, line, limit, length, construct and node,
    the lists langs, allowed (filters) and known (placeholders), and detail (Jinja's
    own English words)."""

    def __init__(self, key: str, problem: str, **facts: Any) -> None:
        super().__init__(f"template {key!r}: {_english(PROBLEMS, problem, facts)}")
        self.key = key
        self.problem = problem
        self.facts = facts


class MissingValues(ReplyTemplateError):
    """The case cannot fill these placeholders: the agent must type them first."""

    problem = "missing_values"

    def __init__(self, key: str, missing: Iterable[str]) -> None:
        self.missing = tuple(missing)
        super().__init__(f"template {key!r} needs a value for "
                         f"{', '.join(self.missing)}, which the case does not have")
        self.key = key
        self.facts = {"missing": self.missing}


class UnknownTemplate(ReplyTemplateError):
    problem = "unknown_template"

    def __init__(self, key: str) -> None:
        super().__init__(f"there is no reply template {key!r}")
        self.key = key
        self.facts = {"key": key}


class BadValue(ReplyTemplateError):
    """A placeholder's value that cannot go into a reply: `problem` is a code of
    VALUE_PROBLEMS; `facts` are name and limit, length or known."""

    def __init__(self, name: str, problem: str, **facts: Any) -> None:
        super().__init__(_english(VALUE_PROBLEMS, problem, {"name": name, **facts}))
        self.name = name
        self.problem = problem
        self.facts = {"name": name, **facts}
