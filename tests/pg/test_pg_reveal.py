"""Reveals on PostgreSQL: an agent is refused and nothing is written; supervisors
revealing one case's phone at once each get an event (the case row's FOR UPDATE
queues them), the chain stays whole and `verify` passes."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import func, select

from app.domain.filters import CaseFilter
from app.domain.permissions import NotPermitted
from app.services.cases import case_detail, list_cases
from app.services.reveal import reveal
from app.services.verify import verify
from app.store.models import CaseEvent


def _events(store, case_id: int) -> list[int]:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as uow:
        return list(uow.session.scalars(select(CaseEvent.seq).where(CaseEvent.case_id == case_id)
                                        .order_by(CaseEvent.seq)))


def test_reveals_at_once_on_postgres_keep_the_chain(pg_demo_store) -> None:  # type: ignore[no-untyped-def]
    case_id = next(r.id for r in list_cases(pg_demo_store, CaseFilter(), limit=100)
                   if ((case_detail(pg_demo_store, r.id).get("order") or {}).get("buyer")
                       or {}).get("phone"))
    before = _events(pg_demo_store, case_id)
    with pytest.raises(NotPermitted):
        reveal(pg_demo_store, case_id, "phone", "lina")
    assert _events(pg_demo_store, case_id) == before

    who = ["zhaoli", "admin"] * 4
    with ThreadPoolExecutor(max_workers=4) as pool:
        values = list(pool.map(lambda actor: reveal(pg_demo_store, case_id, "phone", actor), who))
    assert len(set(values)) == 1 and "*" not in values[0]
    after = _events(pg_demo_store, case_id)
    assert after == list(range(1, len(before) + len(who) + 1))  # each its own seq, no gap
    with pg_demo_store.unit_of_work() as uow:
        actors = uow.session.execute(
            select(CaseEvent.actor, func.count()).where(CaseEvent.case_id == case_id,
                                                        CaseEvent.action == "reveal")
            .group_by(CaseEvent.actor)).all()
    assert dict(actors) == {"zhaoli": 4, "admin": 4}
    assert verify(pg_demo_store).ok
