"""The reply library: shipped templates (resources/templates/*.yaml) with the ones edited
in the app over them, and rendering one for a case.

Rendering is cheap (no transaction beyond reading the case and the shop's return
address), so the window may call it on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from importlib import resources
from typing import Any, TypeVar

import yaml  # type: ignore[import-untyped]

from app.domain import templates as t
from app.domain.clock import utcnow
from app.domain.errors import DomainError
from app.domain.permissions import Permission
from app.services.access import require_in
from app.services.cases import case_detail
from app.services.store import Store

T = TypeVar("T")
KIND = "template"


class LibraryFileError(DomainError):
    """A shipped data file that does not hold what it should: named with file and line."""


def load_entries(folder: str, top: str, parse: Callable[[Mapping[str, Any]], T],
                 key_of: Callable[[T], str], root: Any = None) -> dict[str, T]:
    """Every entry of the YAML files in `folder` of resources/ (or of `root`), each
    checked by `parse`; a fault names its file and line."""
    out: dict[str, T] = {}
    where: dict[str, str] = {}
    base = (root if root is not None else resources.files("resources")).joinpath(folder)
    for item in sorted(base.iterdir(), key=lambda p: p.name):
        if not item.name.endswith(".yaml"):
            continue
        text = item.read_text("utf-8")
        try:
            data = yaml.safe_load(text)
            node = yaml.compose(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = f":{mark.line + 1}" if mark is not None else ""
            raise LibraryFileError(f"{folder}/{item.name}{line}: not valid YAML: "
                                   f"{getattr(exc, 'problem', exc)}") from exc
        entries = data.get(top) if isinstance(data, dict) else None
        if not isinstance(entries, list):
            raise LibraryFileError(f"{folder}/{item.name}:1: holds no list {top!r}")
        lines = _entry_lines(node, top)
        for n, raw in enumerate(entries):
            at = f"{folder}/{item.name}:{lines[n] if n < len(lines) else 1}"
            try:
                entry = parse(raw)
            except DomainError as exc:
                raise LibraryFileError(f"{at}: {exc}") from exc
            key = key_of(entry)
            if key in out:
                raise LibraryFileError(f"{at}: key {key!r} is already used at {where[key]}")
            out[key], where[key] = entry, at
    return out


def _entry_lines(node: Any, top: str) -> list[int]:
    if not isinstance(node, yaml.MappingNode):
        return []
    for k, v in node.value:
        if k.value == top and isinstance(v, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in v.value]
    return []


@lru_cache(maxsize=1)
def shipped() -> dict[str, t.Template]:
    return load_entries("templates", "templates", t.from_spec, lambda x: x.key)


@dataclass(frozen=True)
class Entry:
    """A template as the library holds it, and where it comes from."""

    template: t.Template
    source: str  # "shipped", "edited" (a shipped one changed) or "added"
    updated_by: str | None = None
    updated_at: datetime | None = None

    def to_json(self, lang: str = "zh_CN") -> dict[str, Any]:
        return {"key": self.template.key, "title": self.template.title_in(lang),
                "category": self.template.category, "kinds": list(self.template.kinds),
                "reasons": list(self.template.reasons), "source": self.source}


def library(store: Store) -> list[Entry]:
    """Every template in use: the shipped ones, replaced or hidden by the app's edits.
    An edited entry that no longer passes the checks is left out, not sent."""
    with store.unit_of_work() as uow:
        edits = uow.library.entries(KIND)
    base = shipped()
    out: dict[str, Entry] = {k: Entry(v, "shipped") for k, v in base.items()}
    for key, (spec, by, at) in edits.items():
        if spec is None:
            out.pop(key, None)
            continue
        try:
            template = t.from_spec(spec)
        except DomainError:
            continue
        out[key] = Entry(template, "edited" if key in base else "added", by, at)
    return sorted(out.values(), key=lambda e: (e.template.category, e.template.key))


def templates(store: Store) -> list[t.Template]:
    return [e.template for e in library(store)]


def get_template(store: Store, key: str) -> t.Template:
    for template in templates(store):
        if template.key == key:
            return template
    raise t.UnknownTemplate(key)


def list_templates(store: Store, kind: str | None = None, platform: str | None = None,
                   lang: str = "zh_CN", query: str = "") -> list[dict[str, Any]]:
    """The templates for a case kind (and platform: those with its own variant first),
    as JSON-able rows with key, title and category."""
    entries = {e.template.key: e for e in library(store)}
    found = t.ranked((e.template for e in entries.values()
                      if e.template.suits(kind)), query, kind, lang=lang)
    if platform:
        found.sort(key=lambda x: platform not in x.variants)
    rows = []
    for template in found:
        row = entries[template.key].to_json(lang)
        row["platform_variant"] = bool(platform and platform in template.variants)
        rows.append(row)
    return rows


def save_template(store: Store, actor: str, spec: Mapping[str, Any]) -> t.Template:
    """Check and store a template edited in the app; a bad one is refused with why."""
    with store.unit_of_work().for_writing() as uow:
        require_in(uow, actor, Permission.EDIT_LIBRARY)
        template = t.from_spec(spec)
        uow.library.save(KIND, template.key, template.to_spec(), actor, utcnow())
        uow.commit()
    return template


def delete_template(store: Store, actor: str, key: str) -> str:
    """Remove a template: an edited shipped one goes back to what was shipped ("restored"),
    a shipped one is hidden ("hidden"), an added one is gone ("deleted")."""
    with store.unit_of_work().for_writing() as uow:
        require_in(uow, actor, Permission.EDIT_LIBRARY)
        edits = uow.library.entries(KIND)
        edited = edits.get(key)
        if key in shipped():
            if edited is not None and edited[0] is not None:
                uow.library.forget(KIND, key)
                outcome = "restored"
            elif edited is None:
                uow.library.save(KIND, key, None, actor, utcnow())
                outcome = "hidden"
            else:
                raise t.UnknownTemplate(key)
        elif edited is not None and edited[0] is not None:
            uow.library.forget(KIND, key)
            outcome = "deleted"
        else:
            raise t.UnknownTemplate(key)
        uow.commit()
    return outcome


def unhide_template(store: Store, actor: str, key: str) -> bool:
    """Show a hidden shipped template again."""
    with store.unit_of_work().for_writing() as uow:
        require_in(uow, actor, Permission.EDIT_LIBRARY)
        edits = uow.library.entries(KIND)
        if key not in edits or edits[key][0] is not None:
            return False
        uow.library.forget(KIND, key)
        uow.commit()
    return True


# Placeholder values -------------------------------------------------------------------

def return_address(store: Store, shop: str, platform: str) -> str | None:
    """The shop's return address (setting "return_address"), if it has one."""
    with store.unit_of_work() as uow:
        for shop_id, shop_platform, name in uow.settings.shops():
            if name == shop and shop_platform == platform:
                value = uow.settings.shop_value(shop_id, "return_address")
                text = str(value).strip() if value else ""
                return text or None
    return None


def set_return_address(store: Store, actor: str, shop: str, platform: str,
                       address: str) -> None:
    """Remember the shop's return address for every later reply."""
    text = t.clean_value("return_address", address)
    with store.unit_of_work().for_writing() as uow:
        shop_id = next((i for i, p, n in uow.settings.shops() if n == shop and p == platform),
                       None)
        if shop_id is None:
            raise DomainError(f"there is no {platform} shop {shop!r}")
        uow.settings.set_shop_value(shop_id, "return_address", text, actor, utcnow())
        uow.commit()


def _deadline_text(at: str | None, lang: str, now: datetime) -> str:
    """The deadline as a buyer reads it; one already past is no promise to make."""
    if not at:
        return ""
    when = datetime.fromisoformat(at)
    aware = when if when.tzinfo else when.replace(tzinfo=UTC)
    if aware <= (now if now.tzinfo else now.replace(tzinfo=UTC)):
        return ""
    when = aware.astimezone()
    if lang == "zh_CN":
        return f"{when.month}月{when.day}日 {when:%H:%M}"
    return f"{when.day} {when:%b} {when:%H:%M}"


def _zero(amount: Any) -> bool:
    try:
        return amount is None or float(amount) == 0
    except (TypeError, ValueError):
        return not amount


def values_from_detail(detail: Mapping[str, Any], agent: str, lang: str = "zh_CN",
                       return_addr: str | None = None, now: datetime | None = None
                       ) -> dict[str, str]:
    """What the case itself says for each placeholder; empty where it says nothing."""
    order = detail.get("order") or {}
    items = order.get("items") or []
    first = items[0] if items else {}
    shipments = order.get("shipments") or []
    # The newest parcel going to the buyer: a reship's number is the one to give.
    outgoing = [s for s in shipments if s.get("kind") in ("outbound", "reship")
                and s.get("tracking_no")]
    parcel = outgoing[-1] if outgoing else {}
    buyer = order.get("buyer") or {}
    sku = " ".join(x for x in (first.get("sku_spec"), first.get("sku_code")) if x)
    values = {
        "buyer": buyer.get("nickname") or "",
        "order_no": order.get("order_no") or "",
        "product": first.get("product") or "",
        "sku": sku,
        # ¥0.00 in a reply about money is a gap too: the agent gives the real sum.
        "amount": "" if _zero(detail.get("amount")) else str(detail["amount"]),
        "tracking_no": parcel.get("tracking_no") or "",
        "carrier": parcel.get("carrier") or "",
        "return_address": return_addr or "",
        "deadline": _deadline_text(detail.get("deadline"), lang, now or utcnow()),
        "agent": agent,
    }
    return {k: t.clean_value(k, v) for k, v in values.items()}


def case_values(store: Store, ref: int | str, agent: str, lang: str = "zh_CN"
                ) -> tuple[dict[str, Any], dict[str, str]]:
    """The case (as case_detail gives it) and its placeholder values."""
    detail = case_detail(store, ref)
    addr = return_address(store, detail["shop"], detail["platform"])
    return detail, values_from_detail(detail, agent, lang, addr)


def merged(values: Mapping[str, str], typed: Mapping[str, Any] | None) -> dict[str, str]:
    """The case's values with what the agent typed over them; unknown names refused."""
    out = dict(values)
    for name, value in (typed or {}).items():
        if name not in t.PLACEHOLDERS:
            raise t.BadValue(name, "no_such_placeholder", known=t.PLACEHOLDERS)
        text = t.clean_value(name, value)
        if text:
            out[name] = text
    return out


def render_for_detail(template: t.Template, detail: Mapping[str, Any],
                      values: Mapping[str, str], typed: Mapping[str, Any] | None = None,
                      lang: str = "zh_CN", mark: Callable[[str], str] | None = None
                      ) -> t.Rendering:
    return t.render(template, merged(values, typed), lang, detail.get("platform"), mark)


def render_reply(store: Store, ref: int | str, key: str, agent: str,
                 typed: Mapping[str, Any] | None = None, lang: str = "zh_CN") -> t.Rendering:
    """The template rendered for the case; `missing` names what the agent must give."""
    template = get_template(store, key)
    detail, values = case_values(store, ref, agent, lang)
    return render_for_detail(template, detail, values, typed, lang)


def record_sent(store: Store, actor: str, ref: int | str, key: str, text: str,
                version: int | None = None) -> Any:
    """A reply sent in the platform's chat, as one history event on the case."""
    from app.services.case_actions import perform

    return perform(store, actor, ref, [{"do": "reply", "template": key, "text": text}],
                   version=version)
