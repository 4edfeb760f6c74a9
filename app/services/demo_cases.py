"""One demo case and its history, built through the domain's rules like any other:
created by `new_case_state`, assigned and moved along the state machine one step at
a time, each event with the state after it (the clock pausing while it waits).

The platform's status of a demo case is one the platform's rule profile gives that
very status (`resources/rules`), so the demo never contradicts itself: no new case
already refunded, no case waiting for a return the platform calls closed."""

from __future__ import annotations

import random
from collections import deque
from dataclasses import replace
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from app.domain.case_rules import (
    changes_between,
    created_changes,
    is_closed,
    is_paused,
    new_case_state,
)
from app.domain.case_status import TRANSITIONS
from app.domain.deadlines import RuleProfile
from app.domain.enums import CaseKind, CaseStatus, EscalationTarget, ExceptionSubtype, Reason
from app.services.rules import rule_profile
from app.store.case_bulk import NewCase, Step

K = CaseKind
S = CaseStatus
SYSTEM = "platform"


@cache
def _path_to(target: CaseStatus) -> tuple[CaseStatus, ...]:
    """A shortest legal walk NEW → target through the state machine."""
    prev: dict[CaseStatus, CaseStatus | None] = {S.NEW: None}
    todo = deque([S.NEW])
    while todo:
        cur = todo.popleft()
        if cur == target:
            break
        for nxt in sorted(TRANSITIONS[cur]):
            if nxt not in prev:
                prev[nxt] = cur
                todo.append(nxt)
    walk: list[CaseStatus] = []
    node: CaseStatus | None = target
    while node is not None and node != S.NEW:
        walk.append(node)
        node = prev[node]
    return tuple(reversed(walk))


# Refund-type cases go through in_progress before they wait for a return.
_path_to_waiting_return = (S.IN_PROGRESS, S.WAITING_RETURN)


def status_path(target: CaseStatus) -> tuple[CaseStatus, ...]:
    if target == S.NEW:
        return ()
    if target == S.WAITING_RETURN:
        return _path_to_waiting_return
    if target == S.INSPECTING:
        return (*_path_to_waiting_return, S.INSPECTING)
    if target in (S.RESOLVED, S.REJECTED, S.PENDING_APPROVAL, S.ESCALATED,
                  S.WAITING_BUYER, S.WAITING_SUPPLIER):
        return (S.IN_PROGRESS, target)
    return _path_to(target)


# Only these kinds send a parcel back that the platform tracks.
_RETURNED = frozenset({K.RETURN_REFUND, K.EXCHANGE, K.REPAIR})


def platform_texts(words: dict[str, list[str]], rules: RuleProfile, kind: CaseKind,
                   status: CaseStatus, to_platform: bool) -> list[str]:
    """The platform status texts fit for a case of `kind` in our `status`."""
    target: CaseStatus | None = status
    if status == S.RESOLVED:
        pool = words.get(f"resolved_{kind.value}") or words["resolved"]
    elif status in (S.REJECTED, S.CANCELLED) or (
            status in (S.WAITING_RETURN, S.INSPECTING) and kind in _RETURNED):
        pool = words[status.value]
    elif status == S.ESCALATED and to_platform:
        pool = words["arbitration"]
    else:
        pool = words["merchant_exchange" if kind == K.EXCHANGE else "merchant"]
        target = None
    fit = [t for t in pool if (m := rules.statuses.meaning(t)) is not None and m.target == target]
    return fit or (list(rules.statuses.texts_for(target)) if target is not None else [])


class CaseMaker:
    def __init__(self, rng: random.Random, vocab: dict[str, Any], now: datetime,
                 agent_ids: list[int], agent_names: dict[int, str]) -> None:
        self.rng, self.v, self.now = rng, vocab, now
        self.agent_ids, self.agent_names = agent_ids, agent_names

    def times(self, status: CaseStatus) -> tuple[datetime, datetime]:
        """When a case was opened and when it is due. Open cases cluster around now:
        overdue, due within hours, later this week."""
        rng, now = self.rng, self.now
        if is_closed(status):
            created = now - timedelta(minutes=rng.randrange(60 * 24 * 45))
            return created, created + timedelta(hours=rng.choice((24, 48, 72)))
        created = now - timedelta(minutes=rng.randrange(60 * 24 * 4))
        return created, now + timedelta(minutes=rng.randint(-60 * 36, 60 * 72))

    def _amount(self, kind: CaseKind, base: int) -> int:
        rng = self.rng
        if kind in (K.REFUND_ONLY, K.RETURN_REFUND):
            return base if rng.random() < 0.8 else base // 2
        if kind == K.EXCEPTION_PARCEL:
            # What is at stake: the goods' value, or the compensation offered for them.
            return max(rng.choice((base, base, base // 2, base // 5, 1000, 2000)), 100)
        if kind == K.RESHIP:
            return base if rng.random() < 0.7 else max(base // 2, 100)
        return 0

    def case(self, *, shop_id: int, platform: str, case_no: str, kind: CaseKind,
             reason: Reason, status: CaseStatus, subtype: ExceptionSubtype | None,
             amount_base: int, created: datetime, deadline: datetime, second: bool,
             urged: bool, note_key: str, order_id: int | None) -> NewCase:
        rng, now = self.rng, self.now
        rules = rule_profile(platform)
        path = status_path(status)
        assignee = None if status == S.NEW and rng.random() < 0.7 else rng.choice(self.agent_ids)
        if status != S.NEW and assignee is None:
            assignee = rng.choice(self.agent_ids)
        actor = self.agent_names[assignee] if assignee else SYSTEM
        to_platform = status == S.ESCALATED and rng.random() < 0.5
        # An urge is the buyer's word in the chat, not an after-sales form of the platform.
        texts = [] if kind == K.URGE else platform_texts(
            self.v["platform_status"], rules, kind, status, to_platform)
        p_status = rng.choice(texts) if texts else None
        if is_closed(status):
            deadline = rules.deadline(kind, created)
        state = new_case_state(
            kind=kind, reason=reason, amount_fen=self._amount(kind, amount_base),
            opened_at=created, deadline_at=deadline, second_refund=second, urged=urged,
            exception_subtype=subtype.value if subtype else None, platform_status=p_status,
            fast_refund=kind == K.RETURN_REFUND and rng.random() < 0.08,
            note=rng.choice(self.v["notes"][note_key]), order_id=order_id)
        # What the platform does by itself at the deadline, known from its status; some
        # of those deadlines come within hours, as they do in a real shop's morning.
        action = rules.auto_action(replace(state, status=status))
        if action is not None:
            state = replace(state, auto_action=action.value)
            if not is_paused(status) and rng.random() < 0.2:
                state = replace(state, deadline_at=now + timedelta(minutes=rng.randint(40, 360)))
        deadline = state.deadline_at or deadline
        at = created
        history = [Step(at, SYSTEM, "created", created_changes(state), state)]
        if assignee is not None:
            state = state.assigned_to(assignee)
            who = self.agent_names[self.agent_ids[0]] if status != S.NEW else actor
            at = self._when(at + timedelta(minutes=rng.randint(1, 30)), at)
            history.append(Step(at, who, "assign",
                                {"assignee": [None, self.agent_names[assignee]]}, state))
        span = max((min(now, deadline if not is_closed(status) else now) - created)
                   .total_seconds(), 60)
        for step in path:
            at = self._when(at + timedelta(seconds=rng.uniform(60, span / (len(path) + 1))), at)
            before = state
            state = state.moved_to(step, at)
            if step == S.ESCALATED:
                state = replace(state, escalated_to=(EscalationTarget.PLATFORM if to_platform
                                                     else EscalationTarget.SUPERVISOR).value)
            history.append(Step(at, actor, "status", changes_between(before, state), state))
        return NewCase(shop_id, case_no, created, history)

    def _when(self, at: datetime, last: datetime) -> datetime:
        """Events never lie in the future, and follow one another."""
        return max(min(at.replace(microsecond=0), self.now), last)

