"""The rule profiles: per platform, what each after-sales status means, how long a
shop has to answer each kind of case, and what the platform does by itself when
that time runs out. Defaults ship in `resources/rules/` (one JSON file a platform,
plus `_common.json` for the texts all platforms use); a shop overrides the response
hours in its settings (`uow.settings`, key "rules").

Every file is checked when it is loaded: a fault names the file and what is wrong.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

from app.domain.deadlines import (
    AutoRule,
    BadRuleProfile,
    Rulebook,
    RuleProfile,
    response_hours,
)
from app.domain.enums import AutoAction, CaseKind, Platform
from app.domain.evidence_limits import LIMIT_KEYS, EvidenceLimits
from app.domain.money_rules import BadMoneyRules, MoneyRules, batch_limits, reject_reasons
from app.domain.permissions import Permission
from app.domain.platform_status import Meaning, status_map
from app.services.access import require_in

SHOP_KEY = "rules"
_KEYS = {"platform", "description", "statuses", "default_hours", "response_hours",
         "auto_actions", "evidence", "payments", "batch", "reject_reasons", "_comment"}

__all__ = ["SHOP_KEY", "BadRuleProfile", "RuleProfile", "Rulebook", "profile_from",
           "rule_profile", "rulebook", "set_shop_rules"]


def _read(name: str) -> dict[str, Any]:
    text = resources.files("resources").joinpath("rules", name).read_text("utf-8")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise BadRuleProfile(f"{name}, line {e.lineno}: not JSON ({e.msg})") from None
    if not isinstance(data, dict):
        raise BadRuleProfile(f"{name}: a rule profile is a JSON object")
    return data


def _statuses(raw: Any, where: str) -> dict[str, str]:
    if not isinstance(raw, Mapping):
        raise BadRuleProfile(f"{where}: 'statuses' maps a platform's status text to a meaning")
    known = {m.value for m in Meaning}
    for text, meaning in raw.items():
        if meaning not in known:
            raise BadRuleProfile(f"{where}: status {text!r} means {meaning!r}; "
                                 f"use one of {', '.join(sorted(known))}")
    return dict(raw)


def _auto_rules(raw: Any, where: str) -> tuple[AutoRule, ...]:
    out = []
    for n, rule in enumerate(raw or (), 1):
        try:
            out.append(AutoRule(CaseKind(rule["kind"]), Meaning(rule["when"]),
                                AutoAction(rule["action"])))
        except (KeyError, TypeError, ValueError):
            raise BadRuleProfile(
                f"{where}: auto action {n} needs a case kind, a 'when' (a status meaning) and "
                f"an action ({', '.join(a.value for a in AutoAction)}), not {rule!r}") from None
    return tuple(out)


def _evidence(raw: Any, where: str) -> EvidenceLimits:
    if raw is None:
        return EvidenceLimits()
    if not isinstance(raw, Mapping):
        raise BadRuleProfile(f"{where}: 'evidence' maps {', '.join(LIMIT_KEYS)} to numbers")
    unknown = set(raw) - set(LIMIT_KEYS) - {"_comment"}
    if unknown:
        raise BadRuleProfile(f"{where}: evidence: unknown keys {', '.join(sorted(unknown))}; "
                             f"use {', '.join(LIMIT_KEYS)}")
    values: dict[str, int] = {}
    for key in LIMIT_KEYS:
        value = raw.get(key)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 10_000:
            raise BadRuleProfile(f"{where}: evidence: {key} must be a whole number from 1 to "
                                 f"10000, not {value!r}")
        values[key] = value
    return EvidenceLimits(**values)


def profile_from(data: Mapping[str, Any], common: Mapping[str, str], where: str) -> RuleProfile:
    """A rule profile from its JSON, the common status texts under its own."""
    unknown = set(data) - _KEYS
    if unknown:
        raise BadRuleProfile(f"{where}: unknown keys {', '.join(sorted(unknown))}")
    statuses = {**common, **_statuses(data.get("statuses", {}), where)}
    hours = response_hours(data.get("response_hours") or {}, where)
    base = RuleProfile(platform=str(data.get("platform", "")), statuses=status_map(statuses),
                       response_hours=hours)
    default = data.get("default_hours")
    if default is not None:
        base = base.overridden({"default_hours": default})
    return RuleProfile(platform=base.platform, statuses=base.statuses,
                       response_hours=base.response_hours, default_hours=base.default_hours,
                       auto_actions=_auto_rules(data.get("auto_actions"), where),
                       evidence=_evidence(data.get("evidence"), where),
                       money=_money(data, where))


def _money(data: Mapping[str, Any], where: str) -> MoneyRules:
    try:
        return MoneyRules(batch=batch_limits(data.get("batch"), where),
                          reject_reasons=reject_reasons(data.get("reject_reasons"), where)
                          ).with_payments(data.get("payments"), where)
    except BadMoneyRules as exc:
        raise BadRuleProfile(str(exc)) from None


@cache
def rule_profile(platform: str) -> RuleProfile:
    """The shipped rule profile of a platform (the common one for a platform without)."""
    common = _statuses(_read("_common.json").get("statuses", {}), "_common.json")
    known = platform in {p.value for p in Platform}
    name = f"{platform}.json" if known else "_common.json"
    folder = resources.files("resources").joinpath("rules")
    if not known or not folder.joinpath(name).is_file():
        return profile_from({"platform": platform}, common, name)
    return profile_from(_read(name), common, name)


def rulebook(uow: Any, platform: str) -> Rulebook:
    """The platform's profile and every shop's override of it, inside a unit of work."""
    base = rule_profile(platform)
    overrides = uow.settings.shop_values(SHOP_KEY)
    return Rulebook(base, {shop_id: base.overridden(value)
                           for shop_id, value in overrides.items() if value})


def set_shop_rules(uow: Any, shop_id: int, override: Mapping[str, Any], actor: str,
                   at: Any) -> None:
    """A shop's own response hours; checked before it is kept (an edit of the library:
    only a role that may edit it)."""
    require_in(uow, actor, Permission.EDIT_LIBRARY)
    platform = next((p for sid, p, _name in uow.settings.shops() if sid == shop_id), "other")
    rule_profile(platform).overridden(override)
    uow.settings.set_shop_value(shop_id, SHOP_KEY, dict(override), actor, at)
