"""Import profiles: which column of a platform's export holds which of our fields.

Built-in profiles are data (`resources/import_profiles/*.json`); users add their own
through the mapping dialog (stored by the services in the ImportProfile table). A
profile is chosen from the header row: the one that recognises the most columns
while finding every required field.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from app.domain.enums import CaseKind, Platform, Reason
from app.io.quirks import header_key

AFTERSALES = "aftersales"
ORDERS = "orders"
LIST_KINDS = (AFTERSALES, ORDERS)


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str  # English; the UI translates it
    required: bool = False
    summed: bool = False  # several columns add up (refunded goods + postage + discount)


AFTERSALES_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("shop", "Shop"),
    FieldSpec("case_no", "After-sales no.", required=True),
    FieldSpec("order_no", "Order no.", required=True),
    FieldSpec("sub_order_no", "Sub-order no."),
    FieldSpec("product_name", "Product"),
    FieldSpec("sku_spec", "SKU spec"),
    FieldSpec("sku_code", "SKU code"),
    FieldSpec("platform_product_id", "Platform product ID"),
    FieldSpec("case_type", "After-sales type", required=True),
    FieldSpec("platform_status", "Platform status"),
    FieldSpec("reason_text", "Reason"),
    FieldSpec("applied_at", "Applied at"),
    FieldSpec("deadline_at", "Deadline"),
    FieldSpec("updated_at", "Updated at"),
    FieldSpec("amount", "Refund amount", summed=True),
    FieldSpec("fast_refund", "Fast refund"),
    FieldSpec("buyer_nickname", "Buyer nickname"),
    FieldSpec("tracking_no", "Tracking no."),
    FieldSpec("return_carrier", "Return carrier"),
    FieldSpec("return_tracking_no", "Return tracking no."),
    FieldSpec("refund_method", "Refund method"),
)

ORDER_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("shop", "Shop"),
    FieldSpec("order_no", "Order no.", required=True),
    FieldSpec("sub_order_no", "Sub-order no."),
    FieldSpec("product_name", "Product"),
    FieldSpec("sku_spec", "SKU spec"),
    FieldSpec("sku_code", "SKU code"),
    FieldSpec("platform_product_id", "Platform product ID"),
    FieldSpec("quantity", "Quantity"),
    FieldSpec("total", "Order amount", summed=True),
    FieldSpec("created_at", "Ordered at"),
    FieldSpec("paid_at", "Paid at"),
    FieldSpec("order_status", "Order status"),
    FieldSpec("carrier", "Carrier"),
    FieldSpec("tracking_no", "Tracking no."),
    FieldSpec("shipped_at", "Shipped at"),
    FieldSpec("receiver_name", "Receiver"),
    FieldSpec("receiver_phone", "Receiver phone"),
    FieldSpec("province", "Province"),
    FieldSpec("city", "City"),
    FieldSpec("district", "District"),
    FieldSpec("address", "Address"),
    FieldSpec("buyer_nickname", "Buyer nickname"),
    FieldSpec("buyer_note", "Buyer note"),
)

FIELDS: dict[str, tuple[FieldSpec, ...]] = {AFTERSALES: AFTERSALES_FIELDS, ORDERS: ORDER_FIELDS}


def fields_of(list_kind: str) -> tuple[FieldSpec, ...]:
    try:
        return FIELDS[list_kind]
    except KeyError:
        raise ValueError(f"unknown list kind {list_kind!r}; use one of {', '.join(LIST_KINDS)}") from None


@dataclass(frozen=True)
class Profile:
    name: str
    platform: str
    list_kind: str
    columns: Mapping[str, tuple[str, ...]]  # our field -> their header names, in preference order
    default_deadline_hours: int = 48
    kinds: Mapping[str, str] = field(default_factory=dict)
    reasons: Mapping[str, str] = field(default_factory=dict)
    builtin: bool = True
    description: str = ""

    def to_mapping_json(self) -> str:
        return json.dumps({"columns": {k: list(v) for k, v in self.columns.items()},
                           "default_deadline_hours": self.default_deadline_hours},
                          ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True)
class ColumnPlan:
    """A profile applied to one header row: our field -> column index (or indexes)."""

    profile: Profile
    headers: tuple[str, ...]
    index: Mapping[str, int]
    summed: Mapping[str, tuple[int, ...]]
    recognised: frozenset[int]

    @property
    def missing_required(self) -> list[str]:
        return [f.key for f in fields_of(self.profile.list_kind)
                if f.required and f.key not in self.index and f.key not in self.summed]

    def header_of(self, key: str) -> str:
        if key in self.index:
            return self.headers[self.index[key]]
        cols = self.summed.get(key, ())
        return "+".join(self.headers[i] for i in cols) or key


def plan(profile: Profile, headers: Sequence[object]) -> ColumnPlan:
    keys = [header_key(h) for h in headers]
    position: dict[str, int] = {}
    for i, k in enumerate(keys):
        if k and k not in position:
            position[k] = i
    specs = {f.key: f for f in fields_of(profile.list_kind)}
    index: dict[str, int] = {}
    summed: dict[str, tuple[int, ...]] = {}
    recognised: set[int] = set()
    for key, names in profile.columns.items():
        found = [position[header_key(n)] for n in names if header_key(n) in position]
        found = list(dict.fromkeys(found))
        if not found:
            continue
        recognised.update(found)
        spec = specs.get(key)
        if spec is None:
            continue  # a column the profile knows but we do not store
        if spec.summed:
            summed[key] = tuple(found)
        else:
            index[key] = found[0]
    return ColumnPlan(profile, tuple("" if h is None else str(h) for h in headers),
                      index, summed, frozenset(recognised))


def choose(profiles: Iterable[Profile], headers: Sequence[object],
           platform: str | None = None) -> ColumnPlan | None:
    """The best profile for this header row, or None when none finds its required fields."""
    best: tuple[tuple[int, int, int], ColumnPlan] | None = None
    for order, p in enumerate(profiles):
        if platform and p.platform != platform:
            continue
        cp = plan(p, headers)
        if cp.missing_required:
            continue
        # Most recognised columns wins; then user profiles (saved for exactly this
        # kind of file) over built-in ones; then the earlier one.
        score = (len(cp.recognised), 0 if p.builtin else 1, -order)
        if best is None or score > best[0]:
            best = (score, cp)
    return best[1] if best else None


@cache
def _resource_text(name: str) -> str:
    return resources.files("resources").joinpath("import_profiles", name).read_text("utf-8")


@cache
def vocabulary() -> dict[str, Any]:
    words: dict[str, Any] = json.loads(_resource_text("_vocabulary.json"))
    return words


def profile_from_dict(data: Mapping[str, Any], *, builtin: bool) -> Profile:
    platform = str(data["platform"])
    Platform(platform)  # raises ValueError for an unknown platform
    list_kind = str(data["list_kind"])
    fields_of(list_kind)
    columns = {str(k): tuple(v) if isinstance(v, list | tuple) else (str(v),)
               for k, v in dict(data["columns"]).items() if v}
    return Profile(
        name=str(data["name"]), platform=platform, list_kind=list_kind, columns=columns,
        default_deadline_hours=int(data.get("default_deadline_hours", 48)),
        kinds=dict(data.get("kinds", {})), reasons=dict(data.get("reasons", {})),
        builtin=builtin, description=str(data.get("description", "")),
    )


@cache
def builtin_profiles() -> tuple[Profile, ...]:
    folder = resources.files("resources").joinpath("import_profiles")
    out = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json") and not entry.name.startswith("_"):
            out.append(profile_from_dict(json.loads(entry.read_text("utf-8")), builtin=True))
    return tuple(out)


def user_profile(name: str, platform: str, list_kind: str, mapping_json: str) -> Profile:
    data = json.loads(mapping_json)
    return profile_from_dict({"name": name, "platform": platform, "list_kind": list_kind,
                              **data}, builtin=False)


class Vocabulary:
    """Platform words for types and reasons -> our CaseKind / Reason."""

    def __init__(self, profile: Profile) -> None:
        v = vocabulary()
        self._kinds = {header_key(k): CaseKind(val) for k, val in {**v["kinds"], **profile.kinds}.items()}
        self._kind_kw = [(header_key(k), CaseKind(val)) for k, val in v["kind_keywords"]]
        self._reasons = {header_key(k): Reason(val)
                         for k, val in {**v["reasons"], **profile.reasons}.items()}
        self._reason_kw = [(header_key(k), Reason(val)) for k, val in v["reason_keywords"]]

    def kind(self, text: str) -> CaseKind | None:
        key = header_key(text)
        if key in self._kinds:
            return self._kinds[key]
        for word, kind in self._kind_kw:
            if word in key:
                return kind
        return None

    def reason(self, text: str | None) -> Reason:
        if not text:
            return Reason.OTHER
        key = header_key(text)
        if key in self._reasons:
            return self._reasons[key]
        for word, reason in self._reason_kw:
            if word in key:
                return reason
        return Reason.OTHER


# The buyer's personal data among our fields, and how a report of rejected rows masks
# it: a report is for fixing rows, which needs none of it.
PERSONAL_FIELDS: dict[str, str] = {
    "receiver_name": "name", "receiver_phone": "phone", "address": "address",
}


def personal_columns(cp: ColumnPlan) -> dict[int, str]:
    """Column index -> "name" / "phone" / "address" / "street" for the buyer's data in
    a file read with this plan ("street": an address column without its region)."""
    out = {cp.index[k]: how for k, how in PERSONAL_FIELDS.items() if k in cp.index}
    if "address" in cp.index and any(k in cp.index for k in ("province", "city", "district")):
        out[cp.index["address"]] = "street"
    return out


def guess_personal_columns(headers: Sequence[object]) -> dict[int, str]:
    """personal_columns for a header row, as any built-in profile would read it."""
    out: dict[int, str] = {}
    for profile in builtin_profiles():
        out.update(personal_columns(plan(profile, headers)))
    return out
