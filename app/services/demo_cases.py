"""One demo case and its history, built through the domain's rules like any other:
created by `new_case_state`, assigned and moved along the state machine one step at
a time, each event with the state after it."""

from __future__ import annotations

import random
from collections import deque
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from app.domain.case_rules import created_changes, is_closed, new_case_state
from app.domain.case_status import TRANSITIONS
from app.domain.enums import CaseKind, CaseStatus, ExceptionSubtype, Reason
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
        if kind in (K.EXCEPTION_PARCEL, K.RESHIP):
            return rng.choice((0, 0, 500, 1000, 2000, base // 5))
        return 0

    def case(self, *, shop_id: int, case_no: str, kind: CaseKind, reason: Reason,
             status: CaseStatus, subtype: ExceptionSubtype | None, amount_base: int,
             created: datetime, deadline: datetime, second: bool, urged: bool,
             note_key: str, order_id: int | None) -> NewCase:
        rng, now = self.rng, self.now
        path = status_path(status)
        assignee = None if status == S.NEW and rng.random() < 0.7 else rng.choice(self.agent_ids)
        if status != S.NEW and assignee is None:
            assignee = rng.choice(self.agent_ids)
        actor = self.agent_names[assignee] if assignee else SYSTEM
        pstatus = self.v["platform_status"]
        p_status = rng.choice(pstatus["resolved" if status == S.RESOLVED else
                                      "rejected" if status == S.REJECTED else
                                      "cancelled" if status == S.CANCELLED else "open"])
        state = new_case_state(
            kind=kind, reason=reason, amount_fen=self._amount(kind, amount_base),
            opened_at=created, deadline_at=deadline, second_refund=second, urged=urged,
            exception_subtype=subtype.value if subtype else None, platform_status=p_status,
            fast_refund=kind == K.RETURN_REFUND and rng.random() < 0.08,
            note=rng.choice(self.v["notes"][note_key]), order_id=order_id)
        at = created
        history = [Step(at, SYSTEM, "created", created_changes(state), state)]
        if assignee is not None:
            state = state.assigned_to(assignee)
            who = self.agent_names[self.agent_ids[0]] if status != S.NEW else actor
            history.append(Step(at + timedelta(minutes=rng.randint(1, 30)), who, "assign",
                                {"assignee": [None, self.agent_names[assignee]]}, state))
        span = max((min(now, deadline if not is_closed(status) else now) - created)
                   .total_seconds(), 60)
        for step in path:
            at = at + timedelta(seconds=rng.uniform(60, span / (len(path) + 1)))
            before = state.status
            state = state.moved_to(step)
            history.append(Step(at, actor, "status", {"status": [before.value, step.value]},
                                state))
        # Events never lie in the future, and follow one another.
        last = created
        steps = []
        for s in history:
            when = max(min(s.at.replace(microsecond=0), now), last)
            last = when
            steps.append(Step(when, s.actor, s.action, s.changes, s.state))
        return NewCase(shop_id, case_no, created, steps)
