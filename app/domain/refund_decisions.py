"""Refund decisions as handling-style actions (`app.domain.handling`): each checks itself
against the case's state and the platform's rules, and returns the state after it with
what its history event should say.

approve_refund   refund only            -> resolved, the refunded amount recorded
approve_return   return and refund      -> waiting_return, the shop's return address given
receive_return   the parcel arrived     -> inspecting
inspect          pass -> resolved (refunded); fail -> rejected (a note and evidence)
reject           a reason from the platform's list, with what the reason requires
fast_refund      the platform refunded by itself (极速退款) -> in_progress, followed up
appeal           a fast-refunded case's fake return, to the platform with evidence

A refusal is a rule's (`DecisionRefused`, a RuleRefused: exit 3) and comes from
`apply`, before anything is recorded. Which action a case allows at all is
`app.domain.legal_actions`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from app.domain.case_rules import CaseState
from app.domain.enums import CaseStatus as S
from app.domain.enums import EscalationTarget
from app.domain.errors import DomainError, RuleRefused
from app.domain.handling import MAX_TAGS, _text
from app.domain.legal_actions import (
    ACTIONS,
    ActionNotAllowed,
    case_actions,
    check_allowed,
    legal_actions,
    shipped_state,
)
from app.domain.money import fen_to_yuan
from app.domain.money_rules import BatchLimits, MoneyRules, RejectReason

__all__ = ["ACTIONS", "FAST_REFUND_TAG", "ActionNotAllowed", "Appeal", "ApproveRefund",
           "ApproveReturn", "Chosen", "DecisionRefused", "FastRefund", "Inspect",
           "ReceiveReturn", "Reject", "case_actions", "check_allowed", "find_reason", "images_limit",
           "legal_actions", "over_batch_amount", "refund_due", "shipped_state",
           "split_batches", "yuan_text"]

# The tag a fast-refunded case carries while the agent watches for its returned parcel
# (a view or a search finds them all); an appeal or a passed inspection ends it.
FAST_REFUND_TAG = "极速退款跟进"


class DecisionRefused(RuleRefused):
    """A refund decision the rules refuse; `code` says which rule:
    refund_over_amount, refund_not_positive, no_return_address, unknown_reason,
    reason_needs_note, reason_needs_images, too_many_images, inspection_needs_note,
    inspection_needs_evidence, appeal_needs_evidence, over_batch_amount."""


def yuan_text(fen: int) -> str:
    """¥6,000.00: an amount as a refusal's message quotes it."""
    whole, cents = fen_to_yuan(fen).split(".")
    return f"¥{int(whole):,}.{cents}"


@dataclass(frozen=True)
class Chosen:
    """An evidence file a decision relies on."""

    evidence_id: int
    name: str
    is_image: bool


def _ids(files: Sequence[Chosen]) -> list[int]:
    return [f.evidence_id for f in files]


def _checked_refund(state: CaseState, fen: int) -> int:
    if fen <= 0:
        raise DecisionRefused(f"a refund is more than ¥0.00, not {yuan_text(fen)}",
                              "refund_not_positive", amount=fen_to_yuan(fen))
    if fen > state.amount_fen:
        raise DecisionRefused(
            f"{yuan_text(fen)} is more than the case's {yuan_text(state.amount_fen)}: a refund "
            "is never more than what the buyer asked for", "refund_over_amount",
            amount=fen_to_yuan(fen), case_amount=fen_to_yuan(state.amount_fen))
    return fen


def refund_due(state: CaseState, asked_fen: int | None = None) -> int:
    """What a refund of this case records: the amount asked, else the case's amount;
    nothing more once the platform refunded it by itself (a fast refund)."""
    if state.fast_refund and asked_fen is None:
        return 0
    return _checked_refund(state, state.amount_fen if asked_fen is None else asked_fen)


def _moved(state: CaseState, target: S, at: datetime) -> CaseState:
    """As `handling.Move`: out of escalation, no one is still asked to decide."""
    moved = state.moved_to(target, at)
    return replace(moved, escalated_to=None) if target != S.ESCALATED else moved


def _refunded(fen: int) -> dict[str, Any]:
    return {"refunded": fen_to_yuan(fen)} if fen else {}


def _note(note: str | None) -> dict[str, Any]:
    return {"note": _text("a note", note)} if note and note.strip() else {}


@dataclass(frozen=True)
class ApproveRefund:
    amount_fen: int
    name: str = "approve_refund"

    def apply(self, state: CaseState, at: datetime) -> CaseState:
        check_allowed(self.name, state)
        _checked_refund(state, self.amount_fen)
        return _moved(state, S.RESOLVED, at)

    def context(self) -> dict[str, Any]:
        return _refunded(self.amount_fen)


@dataclass(frozen=True)
class ApproveReturn:
    """The buyer may send the goods back, to the shop's return address."""

    shop: str
    address: str | None
    name: str = "approve_return"

    def apply(self, state: CaseState, at: datetime) -> CaseState:
        check_allowed(self.name, state)
        if not (self.address or "").strip():
            raise DecisionRefused(
                f"shop {self.shop} has no return address: set it before approving a return",
                "no_return_address", shop=self.shop)
        return _moved(state, S.WAITING_RETURN, at)

    def context(self) -> dict[str, Any]:
        return {"return_address": (self.address or "").strip()}


@dataclass(frozen=True)
class ReceiveReturn:
    """The returned parcel arrived (its postage, if the shop pays it, is a cost)."""

    postage_fen: int = 0
    name: str = "receive_return"

    def apply(self, state: CaseState, at: datetime) -> CaseState:
        check_allowed(self.name, state)
        if state.status == S.IN_PROGRESS:
            # A fast-refunded case waits in progress; its parcel still comes back.
            state = _moved(state, S.WAITING_RETURN, at)
        return _moved(state, S.INSPECTING, at)

    def context(self) -> dict[str, Any]:
        return {"return_postage": fen_to_yuan(self.postage_fen)} if self.postage_fen else {}


@dataclass(frozen=True)
class Inspect:
    """The returned goods inspected. Passed: resolved, `refund_fen` refunded (see
    refund_due). Failed: rejected with a note and the evidence it rests on (a
    fast-refunded case goes back in progress instead: the agent appeals), and the goods
    lost, if any."""

    passed: bool
    refund_fen: int = 0
    note: str | None = None
    evidence: tuple[Chosen, ...] = ()
    goods_loss_fen: int = 0
    name: str = "inspect"

    def apply(self, state: CaseState, at: datetime) -> CaseState:
        check_allowed(self.name, state)
        if self.goods_loss_fen < 0:
            raise DomainError("a goods loss cannot be negative")
        if self.passed:
            if self.goods_loss_fen:
                raise DomainError("a passed inspection records no goods loss")
            if self.refund_fen:
                _checked_refund(state, self.refund_fen)
            return _moved(state, S.RESOLVED, at).without_tag(FAST_REFUND_TAG)
        if not (self.note or "").strip():
            raise DecisionRefused("a failed inspection needs a note saying what was found",
                                  "inspection_needs_note")
        if not self.evidence:
            raise DecisionRefused("a failed inspection needs at least one evidence file on "
                                  "the case (a photo of the goods as they came back)",
                                  "inspection_needs_evidence")
        return _moved(state, S.IN_PROGRESS if state.fast_refund else S.REJECTED, at)

    def context(self) -> dict[str, Any]:
        out: dict[str, Any] = {"result": "pass" if self.passed else "fail",
                               **_refunded(self.refund_fen), **_note(self.note)}
        if self.evidence:
            out["evidence_ids"] = _ids(self.evidence)
        if self.goods_loss_fen:
            out["goods_loss"] = fen_to_yuan(self.goods_loss_fen)
        return out


def find_reason(rules: MoneyRules, code: str, platform: str) -> RejectReason:
    found = rules.reject_reason(code)
    if found is None:
        known = ", ".join(r.code for r in rules.reject_reasons) or "none"
        raise DecisionRefused(f"{platform} has no reject reason {code!r} (it has: {known})",
                              "unknown_reason", reason=code, platform=platform)
    return found


def images_limit(reason: RejectReason, profile_max_images: int | None) -> int | None:
    """How many images a reject with this reason takes: the reason's own number, else
    the platform's evidence call's, else no limit known."""
    return reason.max_images or profile_max_images


@dataclass(frozen=True)
class Reject:
    """Reject the refund for one of the platform's reasons, with what it requires: a
    note, evidence images, and no more images than the platform takes."""

    reason: RejectReason
    note: str | None = None
    evidence: tuple[Chosen, ...] = ()
    max_images: int | None = None
    name: str = "reject"

    def apply(self, state: CaseState, at: datetime) -> CaseState:
        check_allowed(self.name, state)
        r = self.reason
        said = f"the reason {r.code} ({r.zh})"
        if r.needs_note and not (self.note or "").strip():
            raise DecisionRefused(f"{said} needs a note saying why", "reason_needs_note",
                                  reason=r.code)
        images = sum(1 for f in self.evidence if f.is_image)
        if r.needs_images and not images:
            raise DecisionRefused(f"{said} needs evidence images, and none is chosen (attach "
                                  "photos to the case first)", "reason_needs_images",
                                  reason=r.code)
        if self.max_images is not None and images > self.max_images:
            raise DecisionRefused(f"{said} takes at most {self.max_images} images; "
                                  f"{images} are chosen", "too_many_images", reason=r.code,
                                  limit=self.max_images, chosen=images)
        return _moved(state, S.REJECTED, at)

    def context(self) -> dict[str, Any]:
        out: dict[str, Any] = {"reject_reason": self.reason.code,
                               "reject_reason_text": self.reason.zh, **_note(self.note)}
        if self.evidence:
            out["evidence_ids"] = _ids(self.evidence)
        return out


@dataclass(frozen=True)
class FastRefund:
    """The platform refunded the buyer by itself (极速退款): recorded with the amount, and
    the case kept open in progress, tagged, while the agent watches for the returned
    parcel and appeals a fake return."""

    amount_fen: int
    note: str | None = None
    name: str = "fast_refund"

    def apply(self, state: CaseState, at: datetime) -> CaseState:
        check_allowed(self.name, state)
        _checked_refund(state, self.amount_fen)
        after = replace(state, fast_refund=True)
        if after.status != S.IN_PROGRESS:
            after = _moved(after, S.IN_PROGRESS, at)
        if FAST_REFUND_TAG not in after.tags and len(after.tags) < MAX_TAGS:
            after = after.with_tag(FAST_REFUND_TAG)
        return after

    def context(self) -> dict[str, Any]:
        return {**_refunded(self.amount_fen), **_note(self.note),
                "follow_up": "watch for the returned parcel; appeal a fake return"}


@dataclass(frozen=True)
class Appeal:
    """A fast-refunded case taken to the platform (平台介入) with the evidence of a fake
    or missing return; the follow-up ends, the platform decides."""

    note: str
    evidence: tuple[Chosen, ...] = ()
    name: str = "appeal"

    def apply(self, state: CaseState, at: datetime) -> CaseState:
        check_allowed(self.name, state)
        if not self.evidence:
            raise DecisionRefused("an appeal needs evidence on the case (photos of what came "
                                  "back, the return's tracking)", "appeal_needs_evidence")
        moved = state.moved_to(S.ESCALATED, at).without_tag(FAST_REFUND_TAG)
        return replace(moved, escalated_to=EscalationTarget.PLATFORM.value)

    def context(self) -> dict[str, Any]:
        return {"to": EscalationTarget.PLATFORM.value, "note": _text("a note", self.note),
                "evidence_ids": _ids(self.evidence)}


# Batch approve ------------------------------------------------------------------------

def split_batches(items: Sequence[tuple[int, int]], limits: BatchLimits) -> list[list[int]]:
    """Case ids in the order given, cut into the platform's batch calls: never more than
    `max_count` cases or `max_fen` in one. A case over `max_fen` alone gets a batch of
    its own (which `over_batch_amount` refuses: it is approved on its own)."""
    batches: list[list[int]] = []
    current: list[int] = []
    total = 0
    for case_id, fen in items:
        if limits.max_fen is not None and fen > limits.max_fen:
            if current:
                batches.append(current)
            batches.append([case_id])
            current, total = [], 0
            continue
        full = limits.max_count is not None and len(current) >= limits.max_count
        over = limits.max_fen is not None and total + fen > limits.max_fen
        if current and (full or over):
            batches.append(current)
            current, total = [], 0
        current.append(case_id)
        total += fen
    if current:
        batches.append(current)
    return batches


def over_batch_amount(fen: int, limits: BatchLimits, platform: str) -> DecisionRefused | None:
    """The refusal of a refund too large for any batch call of the platform, or None."""
    if limits.max_fen is None or fen <= limits.max_fen:
        return None
    return DecisionRefused(
        f"{yuan_text(fen)} is over {platform}'s {yuan_text(limits.max_fen)} a batch call: "
        "approve it on its own", "over_batch_amount", amount=fen_to_yuan(fen),
        batch_max=fen_to_yuan(limits.max_fen), platform=platform)
