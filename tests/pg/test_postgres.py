"""The same store, services and search on PostgreSQL (a team shares one server: docs/architecture.md)."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from app.domain.errors import IllegalTransition
from app.domain.filters import CaseFilter
from app.services.case_actions import change_status
from app.services.cases import case_detail, list_cases
from app.services.verify import verify
from app.store import engine as engines
from app.store import schema
from app.store.errors import StoreError
from app.store.models import Base
from app.store.search import count_and_first_page, matching_ids


def test_migrations_build_exactly_the_models(pg_store):
    assert engines.read_schema_version(pg_store.engine) == schema.HEAD_REVISION
    with pg_store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_name": schema.include_name})
        assert compare_metadata(ctx, Base.metadata) == []


def test_downgrade_and_upgrade(pg_demo_store):
    schema.downgrade(pg_demo_store.engine, "0001")
    schema.upgrade(pg_demo_store.engine, None)
    with pg_demo_store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM case_search").scalar() == 300


def test_demo_verify_and_history(pg_demo_store):
    report = verify(pg_demo_store)
    assert report.ok and report.cases_checked == 300
    row = list_cases(pg_demo_store, CaseFilter(statuses=("new",)), limit=1)[0]
    # A new user after bulk-inserted users: the id sequence must have moved on.
    change_status(pg_demo_store, "newcomer", row.id, "in_progress")
    assert case_detail(pg_demo_store, row.id)["history"][-1]["actor"] == "newcomer"
    with pytest.raises(IllegalTransition):
        change_status(pg_demo_store, "newcomer", row.id, "new")
    assert verify(pg_demo_store).ok


def test_a_case_row_edited_on_the_server_is_named_by_verify(pg_demo_store):
    row = list_cases(pg_demo_store, CaseFilter(statuses=("new",)), limit=1)[0]
    with pg_demo_store.engine.begin() as conn:
        conn.exec_driver_sql(f"UPDATE cases SET amount_fen = amount_fen + 1 WHERE id = {row.id}")
    report = verify(pg_demo_store)
    assert [b["case_id"] for b in report.broken_cases] == [row.id]
    assert "edited outside the program" in report.broken_cases[0]["problem"]


def brute(store, term):
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT case_id, body FROM case_search").all()
    return {cid for cid, body in rows if term.lower() in body.lower()}


@pytest.mark.parametrize("term", ["破损", "损", "保温杯", "iphone", "SF", "50%", "a_b"])
def test_search_matches_the_truth(pg_demo_store, term):
    with pg_demo_store.unit_of_work() as uow:
        assert set(matching_ids(uow.session, term)) == brute(pg_demo_store, term)
        count, page = count_and_first_page(uow.session, term, 10)
    truth = brute(pg_demo_store, term)
    assert count == len(truth) and page == sorted(truth)[:10]


def test_filters_on_postgres(pg_demo_store):
    rows = list_cases(pg_demo_store, CaseFilter(urged=True, search="快递"), limit=1000)
    assert all(r.id in brute(pg_demo_store, "快递") for r in rows)


def test_backup_of_a_server_database_is_refused_clearly(pg_store, tmp_path):
    from app.services.backup import backup

    with pytest.raises(StoreError, match="pg_dump"):
        backup(pg_store, tmp_path / "x.db")
