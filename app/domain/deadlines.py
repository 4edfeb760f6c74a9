"""Deadlines: how long a shop has to answer a case, and what the platform does by
itself when that time runs out.

The platform's own deadline wins when an export gives one; otherwise the rule
profile of the platform (and the shop's own override) gives the response hours per
case kind. The clock itself (paused while waiting on someone else) lives in
`CaseState.clock_at`; the views leave paused cases out of "overdue" and "due soon".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from app.domain.case_rules import DEFAULT_RESPONSE_HOURS, CaseState
from app.domain.enums import AutoAction, CaseKind
from app.domain.errors import DomainError
from app.domain.evidence_limits import EvidenceLimits
from app.domain.money_rules import BadMoneyRules, MoneyRules
from app.domain.platform_status import Meaning, StatusMap


class BadRuleProfile(DomainError):
    """A rule profile (file or shop override) that cannot be used, and why."""


@dataclass(frozen=True)
class AutoRule:
    """When the case is of `kind` and the platform says `meaning`, the platform does
    `action` by itself at the deadline (Douyin exp_refund_time / exp_return_time)."""

    kind: CaseKind
    meaning: Meaning
    action: AutoAction


@dataclass(frozen=True)
class RuleProfile:
    platform: str
    statuses: StatusMap
    response_hours: Mapping[str, int] = field(default_factory=dict)  # kind -> hours
    default_hours: int = DEFAULT_RESPONSE_HOURS
    auto_actions: tuple[AutoRule, ...] = ()
    # What its evidence call takes; no limits known unless the profile says.
    evidence: EvidenceLimits = field(default_factory=EvidenceLimits)
    # Payment caps, batch limits and reject reasons (app.domain.money_rules).
    money: MoneyRules = field(default_factory=MoneyRules)

    def hours_for(self, kind: CaseKind | str) -> int:
        return self.response_hours.get(CaseKind(kind).value, self.default_hours)

    def deadline(self, kind: CaseKind | str, opened_at: datetime,
                 platform_deadline: datetime | None = None) -> datetime:
        """The platform's deadline when it gives one, else ours from the profile."""
        if platform_deadline is not None:
            return platform_deadline
        return opened_at + timedelta(hours=self.hours_for(kind))

    def auto_action(self, state: CaseState) -> AutoAction | None:
        """What the platform will do by itself at this case's deadline, if anything."""
        if not state.is_open:
            return None
        meaning = self.statuses.meaning(state.platform_status)
        for rule in self.auto_actions:
            if rule.kind == state.kind and rule.meaning == meaning:
                return rule.action
        return None

    def with_auto_action(self, state: CaseState) -> CaseState:
        action = self.auto_action(state)
        value = action.value if action is not None else None
        return state if state.auto_action == value else replace(state, auto_action=value)

    def overridden(self, override: Mapping[str, Any] | None) -> RuleProfile:
        """This profile with a shop's own response hours and payment caps
        (`{"response_hours": {...}, "default_hours": n, "payments": {...}}`); a bad
        override is refused, never half-applied."""
        if not override:
            return self
        hours = dict(self.response_hours)
        hours.update(response_hours(override.get("response_hours") or {}, "shop override"))
        default = override.get("default_hours", self.default_hours)
        try:
            money = self.money.with_payments(override.get("payments"), "shop override")
        except BadMoneyRules as exc:
            raise BadRuleProfile(str(exc)) from None
        return replace(self, response_hours=hours, default_hours=_hours(default, "default_hours"),
                       money=money)


def with_platform_deadline(state: CaseState, deadline: datetime | None) -> CaseState:
    """The platform's newer deadline (Douyin's is the deadline of the current status).
    While our clock is paused the case waits on someone else, and the platform's
    deadline is theirs: ours stands until the case moves on."""
    if deadline is None or state.paused_at is not None or not state.is_open:
        return state
    return state if state.deadline_at == deadline else replace(state, deadline_at=deadline)


def _hours(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 24 * 30:
        raise BadRuleProfile(f"{where}: response hours must be a whole number from 1 to 720,"
                             f" not {value!r}")
    return value


def response_hours(raw: Mapping[str, Any], where: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for kind, hours in raw.items():
        try:
            key = CaseKind(kind).value
        except ValueError:
            raise BadRuleProfile(f"{where}: no case kind {kind!r}") from None
        out[key] = _hours(hours, f"{where}: {kind}")
    return out


@dataclass(frozen=True)
class Rulebook:
    """The rule profile of one platform and the shops' own overrides of it."""

    base: RuleProfile
    by_shop: Mapping[int, RuleProfile] = field(default_factory=dict)

    def for_shop(self, shop_id: int | None) -> RuleProfile:
        return self.by_shop.get(shop_id, self.base) if shop_id is not None else self.base
