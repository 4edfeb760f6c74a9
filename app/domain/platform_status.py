"""What a platform's after-sales status (售后状态) means for the agent, and how the
platform's word moves one of our cases.

Where the platform decided (refunded, closed, rejected, in arbitration, waiting for
the return parcel, parcel received) our status follows it, outside the state
machine (`CaseState.forced_to`: the clock still pauses and resumes). Where the
platform still waits for the merchant, our status is the agent's to set. The maps
themselves are data, per platform (`resources/rules/*.json`, `app.services.rules`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from app.domain.case_rules import CaseState
from app.domain.enums import CaseStatus, EscalationTarget


class Meaning(StrEnum):
    """What a platform status tells the agent; `target` is the status it puts us in."""

    REFUNDED = "refunded"  # finished, money back or goods exchanged/reshipped: resolved
    CLOSED = "closed"  # closed or withdrawn by the buyer: cancelled
    REJECTED = "rejected"  # rejected and over
    ARBITRATION = "arbitration"  # 平台介入 / 仲裁: escalated to the platform
    AWAITING_RETURN = "awaiting_return"  # the buyer is to send the parcel back
    RETURN_RECEIVED = "return_received"  # the parcel is back: inspect it
    MERCHANT = "merchant"  # still waiting for the merchant: our status is ours to set

    @property
    def target(self) -> CaseStatus | None:
        return _TARGETS[self]


_TARGETS: dict[Meaning, CaseStatus | None] = {
    Meaning.REFUNDED: CaseStatus.RESOLVED,
    Meaning.CLOSED: CaseStatus.CANCELLED,
    Meaning.REJECTED: CaseStatus.REJECTED,
    Meaning.ARBITRATION: CaseStatus.ESCALATED,
    Meaning.AWAITING_RETURN: CaseStatus.WAITING_RETURN,
    Meaning.RETURN_RECEIVED: CaseStatus.INSPECTING,
    Meaning.MERCHANT: None,
}


@dataclass(frozen=True)
class StatusMap:
    """One platform's status texts and what each means; unknown texts mean nothing."""

    meanings: Mapping[str, Meaning]

    def meaning(self, text: str | None) -> Meaning | None:
        if not text:
            return None
        return self.meanings.get(_normal(text))

    def knows(self, text: str | None) -> bool:
        return self.meaning(text) is not None

    def texts_for(self, status: CaseStatus) -> tuple[str, ...]:
        """The platform texts that put a case in `status` (the demo picks from these)."""
        return tuple(t for t, m in self.meanings.items() if m.target == status)


def _normal(text: str) -> str:
    # Exports differ in the comma's width (同意退款，退款成功 / 同意退款,退款成功) and spaces.
    return text.strip().replace(",", "，").replace(" ", "")


def status_map(raw: Mapping[str, str]) -> StatusMap:
    return StatusMap({_normal(text): Meaning(value) for text, value in raw.items()})


@dataclass(frozen=True)
class PlatformWord:
    """The outcome of the platform's status on one case."""

    state: CaseState
    moved: bool  # our status followed the platform's
    needs_look: bool  # the platform moved it after an agent did: ours stands, look


def follow(state: CaseState, meaning: Meaning | None, *, at: datetime,
           agent_changed_at: datetime | None = None,
           exported_at: datetime | None = None) -> PlatformWord:
    """Our case after the platform says `meaning` at time `at`.

    An agent who changed the case after the export was taken (`exported_at`) knows
    more than the export: the agent's status stands and the case is flagged instead.
    """
    target = meaning.target if meaning is not None else None
    if target is None or target == state.status:
        return PlatformWord(state, False, False)
    if (agent_changed_at is not None and exported_at is not None
            and agent_changed_at > exported_at):
        return PlatformWord(replace(state, needs_look=True), False, True)
    moved = state.forced_to(target, at)
    if target == CaseStatus.ESCALATED:
        moved = replace(moved, escalated_to=EscalationTarget.PLATFORM.value)
    return PlatformWord(moved, True, False)
