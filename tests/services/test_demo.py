from datetime import timedelta

from sqlalchemy import func, select

from app.domain.enums import CaseKind, CaseStatus, Platform
from app.services import demo
from app.services.store import open_store
from app.services.verify import verify
from app.store.models import Case, CaseEvent, Order, Shipment, Shop
from tests.conftest import FIXED_NOW


def snapshot(store):
    with store.engine.connect() as conn:
        return conn.exec_driver_sql(
            "SELECT c.case_no, c.kind, c.reason, c.status, c.amount_fen, c.deadline_at, c.note,"
            " o.platform_order_no FROM cases c JOIN orders o ON o.id = c.order_id ORDER BY c.id"
        ).all()


def test_same_seed_same_store(tmp_path):
    a, b = open_store(tmp_path / "a"), open_store(tmp_path / "b")
    demo.generate(a, 200, seed=11, now=FIXED_NOW)
    demo.generate(b, 200, seed=11, now=FIXED_NOW)
    assert snapshot(a) == snapshot(b)
    c = open_store(tmp_path / "c")
    demo.generate(c, 200, seed=12, now=FIXED_NOW)
    assert snapshot(c) != snapshot(a)
    for s in (a, b, c):
        s.close()


def test_demo_covers_the_whole_domain(store):
    counts = demo.generate(store, 3000, seed=5, now=FIXED_NOW)
    assert counts.cases == 3000 and counts.shops >= 6 and counts.skus > counts.products
    with store.unit_of_work() as uow:
        s = uow.session
        assert {k for (k,) in s.execute(select(Case.kind).distinct())} == {k.value for k in CaseKind}
        assert {x for (x,) in s.execute(select(Case.status).distinct())} == {x.value for x in CaseStatus}
        platforms = {p for (p,) in s.execute(select(Shop.platform).distinct())}
        assert len(platforms) >= 3 and platforms <= {p.value for p in Platform}
        open_ = Case.status.notin_(("resolved", "rejected", "cancelled"))
        assert s.scalar(select(func.count()).where(open_, Case.deadline_at < FIXED_NOW)) > 0
        assert s.scalar(select(func.count()).where(
            open_, Case.deadline_at.between(FIXED_NOW, FIXED_NOW + timedelta(hours=4)))) > 0
        assert s.scalar(select(func.count()).where(Case.second_refund.is_(True))) > 0
        assert s.scalar(select(func.count()).where(Case.quality_refund.is_(True))) > 0
        assert s.scalar(select(func.count()).where(Shipment.urge_count > 0)) > 0
        assert s.scalar(select(func.count()).where(Shipment.priority_shipping.is_(True))) > 0
        # Second refunds really sit on an order that already had a case.
        second = s.scalars(select(Case.order_id).where(Case.second_refund.is_(True)).limit(20)).all()
        for order_id in second:
            assert s.scalar(select(func.count()).where(Case.order_id == order_id)) >= 2
        with_case = s.scalar(select(func.count(Case.order_id.distinct())))
        assert with_case < 3000  # second refunds share their order
        # Most orders went well: without them the supervisors' rates would read 10-30 %.
        quiet = s.scalar(select(func.count()).select_from(Order)) - with_case
        assert quiet > 3 * with_case and counts.orders == with_case + quiet
        assert s.scalar(select(func.count()).select_from(CaseEvent)) == counts.events
    assert verify(store).ok


def test_status_history_follows_the_state_machine(demo_store):
    import json

    from app.domain.case_status import can_transition

    with demo_store.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT case_id, changes FROM case_events WHERE action = 'status' ORDER BY case_id, seq"
        ).all()
    for _case_id, changes in rows:
        before, after = json.loads(changes)["status"]
        assert can_transition(before, after)


def test_demo_can_be_added_to_twice(store):
    demo.generate(store, 100, seed=1, now=FIXED_NOW)
    demo.generate(store, 100, seed=1, now=FIXED_NOW)
    with store.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Case)) == 200
        assert uow.session.scalar(select(func.count()).select_from(Shop)) == len(demo._vocab()["shops"])
    assert verify(store).ok
