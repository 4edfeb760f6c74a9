"""Reply templates (话术): what one is, what it may say, and rendering it for a case.

A template's body is sent to a buyer, so it is checked when it is saved, not when it is
used: Jinja2's sandbox with StrictUndefined, and on top of it an allow-list of what a
body may hold (placeholders, a few text filters, `if`). Attribute access, calls, loops
and arithmetic are refused, so a body cannot reach Python objects or spin forever.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from jinja2 import StrictUndefined, TemplateSyntaxError, meta, nodes
from jinja2.exceptions import SecurityError, TemplateError, UndefinedError
from jinja2.sandbox import SandboxedEnvironment

from app.domain.enums import CaseKind, Platform, Reason
from app.domain.template_errors import BadValue, InvalidTemplate, MissingValues
from app.domain.template_errors import ReplyTemplateError as ReplyTemplateError
from app.domain.template_errors import UnknownTemplate as UnknownTemplate

LANGS = ("zh_CN", "en")
# What a body may name, filled from the case (or typed by the agent when it has none).
PLACEHOLDERS = ("buyer", "order_no", "product", "sku", "amount", "tracking_no", "carrier",
                "return_address", "deadline", "agent")
FILTERS = frozenset({"upper", "lower", "title", "capitalize", "trim", "truncate"})
ALLOWED_NODES: tuple[type[nodes.Node], ...] = (
    nodes.Template, nodes.Output, nodes.TemplateData, nodes.Name, nodes.Const,
    nodes.Filter, nodes.If, nodes.CondExpr, nodes.Compare, nodes.Operand, nodes.And,
    nodes.Or, nodes.Not, nodes.Concat,
)
KEY = re.compile(r"^[a-z][a-z0-9_]{1,47}$")
MAX_BODY = 2_000  # characters of a body as written
MAX_TEXT = 4_000  # characters of a rendered reply: more is no chat message
MAX_TITLE = 60
MAX_VALUE = 300  # a value the agent types for a placeholder


@dataclass(frozen=True)
class Template:
    key: str
    title: Mapping[str, str]
    body: Mapping[str, str]
    category: str = "general"
    kinds: tuple[str, ...] = ()  # none: suits every kind
    reasons: tuple[str, ...] = ()
    variants: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # platform → body

    def title_in(self, lang: str) -> str:
        return _pick(self.title, lang)

    def body_for(self, lang: str, platform: str | None = None) -> str:
        variant = self.variants.get(platform or "")
        if variant:
            return _pick(variant, lang)
        return _pick(self.body, lang)

    def suits(self, kind: str | None = None, reason: str | None = None) -> bool:
        return ((not kind or not self.kinds or kind in self.kinds)
                and (not reason or not self.reasons or reason in self.reasons))

    def to_spec(self) -> dict[str, Any]:
        spec: dict[str, Any] = {"key": self.key, "title": dict(self.title),
                                "body": dict(self.body), "category": self.category}
        if self.kinds:
            spec["kinds"] = list(self.kinds)
        if self.reasons:
            spec["reasons"] = list(self.reasons)
        if self.variants:
            spec["variants"] = {p: dict(v) for p, v in self.variants.items()}
        return spec


def _pick(texts: Mapping[str, str], lang: str) -> str:
    return texts.get(lang) or next((texts[x] for x in LANGS if texts.get(x)), "")


# The one environment: sandboxed, nothing undefined passes silently, plain chat text.
_ENV = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False,
                            keep_trailing_newline=False)


def _texts(key: str, where: Mapping[str, Any], raw: Any, limit: int) -> dict[str, str]:
    """One text per language; `where` names the field (and platform) for messages."""
    if isinstance(raw, str):
        raw = {"zh_CN": raw}
    if not isinstance(raw, Mapping):
        raise InvalidTemplate(key, "not_per_language", **where, langs=LANGS)
    out: dict[str, str] = {}
    for lang, text in raw.items():
        if lang not in LANGS:
            raise InvalidTemplate(key, "unknown_language", **where, lang=lang)
        if not isinstance(text, str):
            raise InvalidTemplate(key, "not_text", **where, lang=lang)
        text = text.strip()
        if len(text) > limit:
            raise InvalidTemplate(key, "too_long", **where, lang=lang, length=len(text),
                                  limit=limit)
        if text:
            out[lang] = text
    if not out:
        raise InvalidTemplate(key, "empty", **where)
    return out


def _names(key: str, raw: Any, allowed: Iterable[str], unknown: str) -> tuple[str, ...]:
    values = [raw] if isinstance(raw, str) else list(raw or ())
    known = set(allowed)
    for value in values:
        if value not in known:
            if unknown == "kind":
                raise InvalidTemplate(key, "unknown_kind", value=value)
            raise InvalidTemplate(key, "unknown_reason", value=value)
    return tuple(dict.fromkeys(values))


def from_spec(spec: Mapping[str, Any]) -> Template:
    """A template from its stored form (data file or database), checked whole: a body
    that could not be sent to a buyer is refused here, with what is wrong."""
    if not isinstance(spec, Mapping):
        raise InvalidTemplate("?", "not_mapping")
    key = spec.get("key")
    if not isinstance(key, str) or not KEY.match(key):
        raise InvalidTemplate(str(key), "bad_key")
    unknown = set(spec) - {"key", "title", "body", "category", "kinds", "reasons", "variants"}
    if unknown:
        raise InvalidTemplate(key, "unknown_field", name=sorted(unknown)[0])
    variants_raw = spec.get("variants") or {}
    if not isinstance(variants_raw, Mapping):
        raise InvalidTemplate(key, "bad_variants")
    platforms = {p.value for p in Platform}
    variants: dict[str, dict[str, str]] = {}
    for platform, body in variants_raw.items():
        if platform not in platforms:
            raise InvalidTemplate(key, "unknown_platform", platform=platform)
        variants[platform] = _texts(key, {"field": "body", "platform": platform}, body,
                                    MAX_BODY)
    category = spec.get("category") or "general"
    if not isinstance(category, str) or len(category) > 32:
        raise InvalidTemplate(key, "bad_category")
    template = Template(
        key=key,
        title=_texts(key, {"field": "title"}, spec.get("title"), MAX_TITLE),
        body=_texts(key, {"field": "body"}, spec.get("body"), MAX_BODY),
        category=category.strip() or "general",
        kinds=_names(key, spec.get("kinds"), (k.value for k in CaseKind), "kind"),
        reasons=_names(key, spec.get("reasons"), (r.value for r in Reason), "reason"),
        variants=variants,
    )
    for where, body in bodies(template):
        check_body(key, where, body)
    return template


def bodies(template: Template) -> list[tuple[dict[str, str], str]]:
    """Every text of the template that can reach a buyer, with where it is (field,
    lang and platform, for messages)."""
    out = [({"field": "body", "lang": lang}, text) for lang, text in template.body.items()]
    for platform, texts in template.variants.items():
        out += [({"field": "body", "lang": lang, "platform": platform}, text)
                for lang, text in texts.items()]
    return out


def check_body(key: str, where: Mapping[str, str], body: str) -> frozenset[str]:
    """The placeholders the body uses; InvalidTemplate if it could not be sent."""
    try:
        tree = _ENV.parse(body)
    except TemplateSyntaxError as exc:
        raise InvalidTemplate(key, "syntax", **where, line=exc.lineno,
                              detail=exc.message) from exc
    for node in tree.find_all(nodes.Node):
        if not isinstance(node, ALLOWED_NODES):
            raise InvalidTemplate(key, "not_allowed", **where, construct=_construct(node),
                                  node=type(node).__name__, allowed=sorted(FILTERS))
        if isinstance(node, nodes.Filter) and node.name not in FILTERS:
            raise InvalidTemplate(key, "unknown_filter", **where, name=node.name,
                                  allowed=sorted(FILTERS))
        if isinstance(node, nodes.Name) and node.ctx != "load":
            raise InvalidTemplate(key, "assigns", **where, name=node.name)
    used = frozenset(meta.find_undeclared_variables(tree))
    unknown = sorted(used - set(PLACEHOLDERS))
    if unknown:
        raise InvalidTemplate(key, "unknown_placeholder", **where, name=unknown[0],
                              known=PLACEHOLDERS)
    # A trial run with long values: the sandbox has the last word, and the output bound.
    _run(key, body, {name: "x" * 40 for name in PLACEHOLDERS})
    return used


def _construct(node: nodes.Node) -> str:
    """The code (of CONSTRUCTS) for what the node does; "other" if none fits."""
    codes = ((nodes.Getattr, "attribute"), (nodes.Getitem, "index"), (nodes.Call, "call"),
             (nodes.For, "loop"), (nodes.Macro, "macro"), (nodes.Assign, "assignment"),
             (nodes.Include, "include"), (nodes.Import, "import"),
             (nodes.FromImport, "import"), (nodes.Extends, "inheritance"),
             (nodes.BinExpr, "arithmetic"), (nodes.UnaryExpr, "arithmetic"),
             (nodes.Test, "test"))
    return next((code for cls, code in codes if isinstance(node, cls)), "other")


def _run(key: str, body: str, values: Mapping[str, str]) -> str:
    try:
        text = _ENV.from_string(body).render(**values)
    except SecurityError as exc:
        raise InvalidTemplate(key, "sandbox", detail=str(exc)) from exc
    except UndefinedError as exc:
        raise InvalidTemplate(key, "undefined", detail=exc.message) from exc
    except (TemplateError, TypeError, ValueError, OverflowError) as exc:
        raise InvalidTemplate(key, "cannot_render", detail=str(exc)) from exc
    if len(text) > MAX_TEXT:
        raise InvalidTemplate(key, "renders_too_long", length=len(text), limit=MAX_TEXT)
    return text.strip()


def needed(template: Template, lang: str, platform: str | None = None) -> tuple[str, ...]:
    """The placeholders this body uses, in the order of PLACEHOLDERS."""
    used = meta.find_undeclared_variables(_ENV.parse(template.body_for(lang, platform)))
    return tuple(p for p in PLACEHOLDERS if p in used)


def clean_value(name: str, value: Any) -> str:
    """A placeholder's value as it may go into a reply: one line, bounded, no controls."""
    raw = "".join(c for c in str(value if value is not None else "") if ord(c) >= 32 or c in "\n\t")
    text = " ".join(raw.split())
    if len(text) > MAX_VALUE:
        raise BadValue(name, "value_too_long", limit=MAX_VALUE, length=len(text))
    return text


@dataclass(frozen=True)
class Rendering:
    key: str
    lang: str
    needed: tuple[str, ...]
    missing: tuple[str, ...]  # placeholders without a value: the text is not final
    text: str | None  # None while something is missing
    preview: str  # the text with each missing value shown as [name]

    @property
    def ready(self) -> bool:
        return self.text is not None

    def to_json(self) -> dict[str, Any]:
        return {"template": self.key, "lang": self.lang, "text": self.text,
                "missing": list(self.missing), "needed": list(self.needed)}


def render(template: Template, values: Mapping[str, Any], lang: str = "zh_CN",
           platform: str | None = None, mark: Callable[[str], str] | None = None
           ) -> Rendering:
    """The reply for these values. A placeholder with no value (or an empty one) is
    missing: the text stays None and the preview marks the gap (`mark`, by default
    [name]), never an empty one."""
    body = template.body_for(lang, platform)
    wanted = needed(template, lang, platform)
    filled = {name: clean_value(name, values.get(name)) for name in PLACEHOLDERS}
    missing = tuple(name for name in wanted if not filled[name])
    marked = mark or (lambda name: f"[{name}]")
    shown = {name: filled[name] or marked(name) for name in PLACEHOLDERS}
    preview = _run(template.key, body, shown)
    text = None if missing else _run(template.key, body, filled)
    return Rendering(template.key, lang, wanted, missing, text, preview)


def rendered_text(template: Template, values: Mapping[str, Any], lang: str = "zh_CN",
                  platform: str | None = None) -> str:
    """The final text, or MissingValues naming what the agent must still give."""
    done = render(template, values, lang, platform)
    if done.text is None:
        raise MissingValues(template.key, done.missing)
    return done.text


def matches(template: Template, query: str) -> bool:
    """Does a search (words, any order) find the template by key, title or body?"""
    hay = " ".join([template.key, template.category, *template.title.values(),
                    *template.body.values()]).lower()
    return all(word in hay for word in query.lower().split())


def ranked(templates: Iterable[Template], query: str = "", kind: str | None = None,
           reason: str | None = None, lang: str = "zh_CN") -> list[Template]:
    """Those the search finds: the ones made for the case's kind and reason first, then
    keys that start with the query, then by title."""
    q = query.strip().lower()
    found = [t for t in templates if not q or matches(t, q)]

    def order(t: Template) -> tuple[int, int, int, str]:
        fits = (0 if kind and kind in t.kinds else 1 if t.suits(kind, reason) else 2)
        by_reason = 0 if reason and reason in t.reasons else 1
        prefix = 0 if q and (t.key.startswith(q) or t.title_in(lang).lower().startswith(q)) else 1
        return (fits, prefix, by_reason, t.title_in(lang))

    return sorted(found, key=order)
