"""The demo's refunded cases carry the cost a refund decision records (so the cost
report has an explicit loss to show), and a real case already in the store is never
given one by the demo."""

from __future__ import annotations

from sqlalchemy import delete, select

from app.services import demo
from app.store.models import Case, CaseCost
from app.store.report_queries import refunded_case
from tests.conftest import FIXED_NOW
from tests.report_rows import build


def test_only_the_demos_refunded_cases_get_a_cost(store) -> None:  # type: ignore[no-untyped-def]
    build(store, orders=30)
    with store.unit_of_work().for_writing() as uow:
        uow.session.execute(delete(CaseCost))
        ours = set(uow.session.scalars(select(Case.id)))
        uow.commit()
    demo.generate(store, 200, seed=2, now=FIXED_NOW, evidence=False)
    with store.unit_of_work() as uow:
        costs = {r.case_id: r for r in uow.session.execute(select(
            CaseCost.case_id, CaseCost.refunded_fen, CaseCost.marketing_fen,
            CaseCost.processing_fen))}
        refunded = uow.session.execute(select(Case.id, Case.amount_fen).where(
            refunded_case(), Case.id.not_in(ours))).all()
    # (The demo's payments and coupons may land on any case; its refunds only on its own.)
    assert all(costs[c].refunded_fen == 0 for c in ours & set(costs))
    assert refunded
    for case_id, amount in refunded:
        assert costs[case_id].refunded_fen == amount
        assert costs[case_id].marketing_fen > 0 and costs[case_id].processing_fen > 0
