"""Refund decisions on a case: approve (refund only, or a return), the returned parcel's
arrival and inspection, reject with one of the platform's reasons, a fast refund the
platform made by itself and the appeal of its fake return.

Each decision is one history event (actor, amounts in yuan, the key, the reason) and
its cost parts, written under the case's row lock in the same transaction as its
idempotency key: the same key again returns the first result and records nothing.
Whatever a rule refuses is refused before anything is written (`DecisionRefused`,
`ActionNotAllowed`: exit 3 on the command line).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import Any

from app.domain import handling as h
from app.domain import refund_decisions as rd
from app.domain.case_rules import CaseState
from app.domain.clock import utcnow
from app.domain.deadlines import RuleProfile
from app.domain.entities import Case
from app.domain.errors import DomainError
from app.domain.money import fen_to_yuan
from app.domain.money_rules import RejectReason
from app.domain.shop_costs import ShopCosts
from app.services.cases import CaseNotFound
from app.services.idempotency import once
from app.services.rules import rulebook
from app.services.shop_costs import case_cost, costs_of
from app.services.store import Store

__all__ = ["appeal", "approve_refund", "approve_return", "batch_approve", "case_cost",
           "inspect", "offered_actions", "reason_json", "receive_return", "record_fast_refund", "reject",
           "reject_reasons", "reject_reasons_json"]

RETURN_ADDRESS = "return_address"  # the shop setting (app.services.templates)


class UnknownEvidence(DomainError):
    def __init__(self, evidence_id: int, case_id: int) -> None:
        super().__init__(f"there is no evidence {evidence_id} on case {case_id}")
        self.evidence_id = evidence_id


@dataclass
class CaseAt:
    """A case under its row lock, with what its decisions look up on demand."""

    uow: Any
    case_id: int
    state: CaseState

    @cached_property
    def case(self) -> Case:
        found = self.uow.cases.get(self.case_id, with_history=False)
        assert found is not None  # locked in this transaction
        return found  # type: ignore[no-any-return]

    @cached_property
    def profile(self) -> RuleProfile:
        shop = self.case.shop
        return rulebook(self.uow, shop.platform.value).for_shop(shop.id)

    @cached_property
    def costs(self) -> ShopCosts:
        return costs_of(self.uow, self.case.shop.id)

    def evidence(self, ids: Sequence[int] | None, *, images_only: bool = False,
                 limit: int | None = None) -> tuple[rd.Chosen, ...]:
        """The files chosen (`ids`, each on the case), or with None every file on the
        case (images only, up to `limit`, when a reject chooses them)."""
        rows = self.uow.evidence.for_case(self.case_id)
        by_id = {r.id: rd.Chosen(r.id, r.file.name, r.file.media_type.is_image) for r in rows}
        if ids is not None:
            missing = [i for i in ids if i not in by_id]
            if missing:
                raise UnknownEvidence(missing[0], self.case_id)
            return tuple(by_id[i] for i in dict.fromkeys(ids))
        chosen = [c for c in by_id.values() if c.is_image or not images_only]
        return tuple(chosen[:limit] if limit is not None else chosen)

    def refund_costs(self, refunded: int) -> dict[str, int]:
        """What a refund costs the shop besides the amount: the order's marketing and the
        processing of a refund."""
        if not refunded:
            return {}
        return {"refunded": refunded, "marketing": self.costs.marketing_fen,
                "processing": self.costs.processing_fen}


# (the actions, and the cost parts they add) for a case at its lock
Build = Callable[[CaseAt], tuple[list[h.Action], dict[str, int]]]


def _record(at: CaseAt, actor: str, actions: Sequence[h.Action], cost: Mapping[str, int],
            now: datetime, **context: Any) -> dict[str, Any]:
    """The decision's event (its cost parts in it, in yuan) and its costs."""
    cost = {part: fen for part, fen in cost.items() if fen}
    if cost:
        context["cost"] = {part: fen_to_yuan(fen) for part, fen in cost.items()}
    planned = h.plan(at.state, actions, now, **context)
    version = at.uow.cases.write(at.case_id, actor, planned.action, now, planned.after,
                                 planned.changes)
    if cost:
        at.uow.money.add_cost(at.case_id, now, **cost)
    return {"id": at.case_id, "ok": True, "action": planned.action, "version": version,
            "status": planned.after.status.value, "key": context.get("key"),
            "changes": planned.changes}


def decide(uow: Any, actor: str, case_id: int, key: str, action: str,
           params: Mapping[str, Any], build: Build, now: datetime,
           version: int | None = None, **context: Any) -> tuple[dict[str, Any], bool]:
    """Inside a unit of work for writing: one decision on one case under its key:
    (result, replayed)."""
    # The row lock first: a second process with the same key waits here, then finds it.
    if uow.cases.state(case_id) is None:
        raise CaseNotFound(case_id)

    def run() -> dict[str, Any]:
        found = uow.cases.state(case_id, version)
        assert found is not None
        at = CaseAt(uow, case_id, found[1])
        actions, cost = build(at)
        return _record(at, actor, actions, cost, now, key=key, **context)

    return once(uow, key, action, {"case_id": case_id, **params}, actor, now, run)


def _one(store: Store, actor: str, case_ref: int | str, key: str, action: str,
         params: Mapping[str, Any], build: Build, version: int | None,
         now: datetime | None) -> dict[str, Any]:
    with store.unit_of_work().for_writing() as uow:
        case_id = uow.cases.find_id(case_ref)
        if case_id is None:
            raise CaseNotFound(case_ref)
        now = now or utcnow()
        uow.users.ensure(actor, now)
        result, replayed = decide(uow, actor, case_id, key, action, params, build, now,
                                  version)
        uow.commit()
    return {**result, "replayed": replayed}


def approve_refund(store: Store, actor: str, case_ref: int | str, key: str,
                   amount_fen: int | None = None, version: int | None = None,
                   now: datetime | None = None) -> dict[str, Any]:
    """Approve a refund-only case: resolved, `amount_fen` (default: the case's amount,
    never more) refunded."""
    def build(at: CaseAt) -> tuple[list[h.Action], dict[str, int]]:
        fen = at.state.amount_fen if amount_fen is None else amount_fen
        return [rd.ApproveRefund(fen)], at.refund_costs(fen)

    return _one(store, actor, case_ref, key, "approve_refund", {"amount_fen": amount_fen},
                build, version, now)


def approve_return(store: Store, actor: str, case_ref: int | str, key: str,
                   version: int | None = None, now: datetime | None = None
                   ) -> dict[str, Any]:
    """Approve a return: the case waits for the parcel, sent to the shop's return address
    (refused, code no_return_address, while the shop has none)."""
    def build(at: CaseAt) -> tuple[list[h.Action], dict[str, int]]:
        raw = at.uow.settings.shop_value(at.case.shop.id, RETURN_ADDRESS)
        address = str(raw).strip() if raw else None
        return [rd.ApproveReturn(at.case.shop.name, address)], {}

    return _one(store, actor, case_ref, key, "approve_return", {}, build, version, now)


def receive_return(store: Store, actor: str, case_ref: int | str, key: str,
                   version: int | None = None, now: datetime | None = None
                   ) -> dict[str, Any]:
    """The returned parcel arrived: the case is inspected next; the shop's return
    postage goes to the case's logistics cost."""
    def build(at: CaseAt) -> tuple[list[h.Action], dict[str, int]]:
        postage = at.costs.return_postage_fen
        return [rd.ReceiveReturn(postage)], {"logistics": postage}

    return _one(store, actor, case_ref, key, "receive_return", {}, build, version, now)


def inspect(store: Store, actor: str, case_ref: int | str, passed: bool, key: str,
            note: str | None = None, evidence_ids: Sequence[int] = (),
            goods_loss_fen: int = 0, version: int | None = None,
            now: datetime | None = None) -> dict[str, Any]:
    """Record the inspection of the returned goods. Passed: resolved and refunded (a
    fast-refunded case: nothing more). Failed: rejected, with a note and the evidence it
    rests on (`evidence_ids`, default every file on the case; at least one), and the
    goods lost (`goods_loss_fen`) as a cost."""
    def build(at: CaseAt) -> tuple[list[h.Action], dict[str, int]]:
        if passed:
            fen = rd.refund_due(at.state)
            return [rd.Inspect(True, fen, note, goods_loss_fen=goods_loss_fen)], \
                at.refund_costs(fen)
        files = at.evidence(list(evidence_ids) if evidence_ids else None)
        return ([rd.Inspect(False, 0, note, files, goods_loss_fen)],
                {"goods_loss": goods_loss_fen})

    return _one(store, actor, case_ref, key, "inspect",
                {"passed": passed, "note": note, "evidence_ids": list(evidence_ids),
                 "goods_loss_fen": goods_loss_fen}, build, version, now)


def reject(store: Store, actor: str, case_ref: int | str, reason_code: str, key: str,
           note: str | None = None, evidence_ids: Sequence[int] | None = None,
           version: int | None = None, now: datetime | None = None) -> dict[str, Any]:
    """Reject the refund for one of the platform's reasons (`reject_reasons`). The
    evidence it rests on: `evidence_ids`, or (None) every image on the case up to what
    the platform takes. Refused before anything is written when the reason needs a note
    or images that are missing, or more images are chosen than it takes."""
    def build(at: CaseAt) -> tuple[list[h.Action], dict[str, int]]:
        reason = rd.find_reason(at.profile.money, reason_code, at.case.shop.platform.value)
        limit = rd.images_limit(reason, at.profile.evidence.max_images)
        files = at.evidence(None if evidence_ids is None else list(evidence_ids),
                            images_only=evidence_ids is None, limit=limit)
        return [rd.Reject(reason, note, files, limit)], {}

    return _one(store, actor, case_ref, key, "reject",
                {"reason": reason_code, "note": note,
                 "evidence_ids": None if evidence_ids is None else list(evidence_ids)},
                build, version, now)


def record_fast_refund(store: Store, actor: str, case_ref: int | str, key: str,
                       amount_fen: int | None = None, note: str | None = None,
                       version: int | None = None, now: datetime | None = None
                       ) -> dict[str, Any]:
    """The platform refunded the buyer by itself (极速退款): the refund and its costs
    recorded, the case in progress and tagged for the follow-up (watch the returned
    parcel; `appeal` a fake return)."""
    def build(at: CaseAt) -> tuple[list[h.Action], dict[str, int]]:
        fen = at.state.amount_fen if amount_fen is None else amount_fen
        return [rd.FastRefund(fen, note)], at.refund_costs(fen)

    return _one(store, actor, case_ref, key, "fast_refund",
                {"amount_fen": amount_fen, "note": note}, build, version, now)


def appeal(store: Store, actor: str, case_ref: int | str, note: str, key: str,
           evidence_ids: Sequence[int] = (), version: int | None = None,
           now: datetime | None = None) -> dict[str, Any]:
    """Take a fast-refunded case's fake or missing return to the platform, with its
    evidence (`evidence_ids`, default every file on the case; at least one)."""
    def build(at: CaseAt) -> tuple[list[h.Action], dict[str, int]]:
        return [rd.Appeal(note, at.evidence(list(evidence_ids) if evidence_ids else None))], {}

    return _one(store, actor, case_ref, key, "appeal",
                {"note": note, "evidence_ids": list(evidence_ids)}, build, version, now)


# Batch approve -------------------------------------------------------------------------

MAX_BATCH = 2000


def _refused(case_id: int | str, exc: DomainError, **more: Any) -> dict[str, Any]:
    code = getattr(exc, "code", None) or "".join(
        "_" + c.lower() if c.isupper() else c for c in type(exc).__name__).lstrip("_")
    return {"id": case_id, "ok": False, "code": code, "reason": str(exc), **more}


def offered_actions(store: Store, case_ref: int | str) -> tuple[str, ...]:
    """What the Actions tab offers for the case as it is now (`legal_actions`)."""
    with store.unit_of_work() as uow:
        case_id = uow.cases.find_id(case_ref)
        case = uow.cases.get(case_id, with_history=False) if case_id is not None else None
    if case is None:
        raise CaseNotFound(case_ref)
    return rd.case_actions(case)


def batch_approve(store: Store, actor: str, case_ids: Sequence[int | str], key: str,
                  now: datetime | None = None) -> dict[str, Any]:
    """Approve many refund-only cases, cut into the batch calls each shop's platform
    takes (`batch` of its rule profile: at most so many refunds and so much a call).
    Each case approved is its own event, refunding its whole amount; a case its kind or
    status does not allow, or too large for any batch call, is refused with the reason
    and the others go. `{"key", "batches": [{batch, platform, shop_id, cases, count,
    amount, ok}], "cases": [one per case, in the order given], "approved", "refused",
    "replayed"}`: the same key again returns the first result."""
    refs = list(dict.fromkeys(case_ids))
    if len(refs) > MAX_BATCH:
        raise DomainError(f"at most {MAX_BATCH} cases a batch approve, not {len(refs)}")
    with store.unit_of_work().for_writing() as uow:
        now = now or utcnow()
        uow.users.ensure(actor, now)

        def run() -> dict[str, Any]:
            report: dict[int, dict[str, Any]] = {}
            groups: dict[int, list[tuple[int, int]]] = {}
            held: dict[int, CaseAt] = {}
            for n, ref in enumerate(refs):
                case_id = uow.cases.find_id(ref)
                found = uow.cases.state(case_id) if case_id is not None else None
                if case_id is None or found is None:
                    report[n] = _refused(ref, CaseNotFound(ref))
                    continue
                if any(at.case_id == case_id for at in held.values()):
                    # Named twice (by id and by case no.): approved once.
                    report[n] = _refused(case_id, DomainError(f"case {ref} is named twice"),
                                         code="duplicate")
                    continue
                at = held[n] = CaseAt(uow, case_id, found[1])
                try:
                    rd.check_allowed("approve_refund", at.state)
                except DomainError as exc:
                    report[n] = _refused(case_id, exc)
                    continue
                groups.setdefault(at.case.shop.id, []).append((n, at.state.amount_fen))
            batches: list[dict[str, Any]] = []
            for items in groups.values():
                first = held[items[0][0]]
                limits, platform = first.profile.money.batch, first.case.shop.platform.value
                amounts = dict(items)
                for batch in rd.split_batches(items, limits):
                    number = len(batches) + 1
                    total = sum(amounts[n] for n in batch)
                    too_big = rd.over_batch_amount(total, limits, platform)
                    batches.append({"batch": number, "platform": platform,
                                    "shop_id": first.case.shop.id,
                                    "cases": [held[n].case_id for n in batch],
                                    "count": len(batch), "amount": fen_to_yuan(total),
                                    "ok": too_big is None})
                    for n in batch:
                        at = held[n]
                        if too_big is not None:
                            report[n] = _refused(at.case_id, too_big, batch=number)
                            continue
                        fen = at.state.amount_fen
                        done = _record(at, actor, [rd.ApproveRefund(fen)],
                                       at.refund_costs(fen), now, key=key, batch=number)
                        report[n] = {**done, "batch": number}
            cases = [report[n] for n in range(len(refs))]
            approved = sum(1 for c in cases if c["ok"])
            return {"key": key, "batches": batches, "cases": cases, "approved": approved,
                    "refused": len(cases) - approved}

        result, replayed = once(uow, key, "batch_approve", {"cases": [str(r) for r in refs]},
                                actor, now, run)
        uow.commit()
    return {**result, "replayed": replayed}


# The platform's reasons --------------------------------------------------------------

def reason_json(reason: RejectReason, profile_max_images: int | None) -> dict[str, Any]:
    return {"code": reason.code, "zh": reason.zh, "en": reason.en,
            "needs_note": reason.needs_note, "needs_images": reason.needs_images,
            "max_images": rd.images_limit(reason, profile_max_images)}


def reject_reasons(store: Store, case_ref: int | str) -> list[RejectReason]:
    """The reasons the case's platform (and shop) accepts for rejecting a refund."""
    return list(_reasons(store, case_ref)[0])


def reject_reasons_json(store: Store, case_ref: int | str) -> list[dict[str, Any]]:
    """The reasons with what each needs, `max_images` being what a reject takes."""
    reasons, limit = _reasons(store, case_ref)
    return [reason_json(r, limit) for r in reasons]


def _reasons(store: Store, case_ref: int | str
             ) -> tuple[tuple[RejectReason, ...], int | None]:
    with store.unit_of_work() as uow:
        case_id = uow.cases.find_id(case_ref)
        case = uow.cases.get(case_id, with_history=False) if case_id is not None else None
        if case is None:
            raise CaseNotFound(case_ref)
        profile = rulebook(uow, case.shop.platform.value).for_shop(case.shop.id)
    return profile.money.reject_reasons, profile.evidence.max_images
