import pytest
from sqlalchemy import func, select

from app.domain.errors import IllegalTransition
from app.domain.filters import CaseFilter
from app.services.case_actions import change_status
from app.services.cases import CaseNotFound, case_detail, list_cases
from app.services.verify import verify
from app.store.models import CaseEvent, User


def first_case(store, status):
    return list_cases(store, CaseFilter(statuses=(status,)), limit=1)[0]


def test_a_legal_move_is_recorded_in_history(demo_store):
    row = first_case(demo_store, "new")
    change_status(demo_store, "lina", row.id, "in_progress", note="买家已联系")
    detail = case_detail(demo_store, row.id)
    assert detail["status"] == "in_progress"
    last = detail["history"][-1]
    assert last["actor"] == "lina" and last["changes"]["status"] == ["new", "in_progress"]
    assert verify(demo_store).ok


def test_an_illegal_move_raises_and_writes_nothing(demo_store):
    row = first_case(demo_store, "resolved")
    with demo_store.unit_of_work() as uow:
        before = uow.session.scalar(select(func.count()).select_from(CaseEvent))
    with pytest.raises(IllegalTransition):
        change_status(demo_store, "lina", row.id, "inspecting")
    with demo_store.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(CaseEvent)) == before
    assert case_detail(demo_store, row.id)["status"] == "resolved"


def test_an_unknown_actor_becomes_an_agent(demo_store):
    row = first_case(demo_store, "new")
    change_status(demo_store, "newcomer", row.id, "in_progress")
    with demo_store.unit_of_work() as uow:
        assert uow.session.scalar(select(User.role).where(User.name == "newcomer")) == "agent"


def test_detail_masks_the_buyer(demo_store):
    d = case_detail(demo_store, 1)
    buyer = d["order"]["buyer"]
    assert "****" in buyer["phone"] and "*" in buyer["name"] and buyer["address"].endswith("****")
    assert d["order"]["items"] and d["order"]["shipments"]


def test_missing_case(demo_store):
    with pytest.raises(CaseNotFound):
        case_detail(demo_store, 10**9)


def test_filters(demo_store):
    rows = list_cases(demo_store, CaseFilter(kinds=("exception_parcel",), platforms=("douyin",)), 500)
    assert rows and all(r.kind == "exception_parcel" and r.platform == "douyin" for r in rows)
    amounts = list_cases(demo_store, CaseFilter(min_amount_fen=10000), 500)
    assert all(float(r.amount) >= 100 for r in amounts)


def test_urged_filter_matches_the_shipments(demo_store):
    from app.domain.filters import CaseFilter as F

    with demo_store.engine.connect() as conn:
        urged_truth = {r[0] for r in conn.exec_driver_sql(
            "SELECT c.id FROM cases c WHERE EXISTS (SELECT 1 FROM shipments s "
            "WHERE s.order_id = c.order_id AND s.urge_count > 0)")}
        total = conn.exec_driver_sql("SELECT count(*) FROM cases").scalar()
    urged = {r.id for r in list_cases(demo_store, F(urged=True), limit=10_000)}
    not_urged = {r.id for r in list_cases(demo_store, F(urged=False), limit=10_000)}
    assert urged == urged_truth and urged
    assert not (urged & not_urged) and len(urged) + len(not_urged) == total
