"""Every report on PostgreSQL gives the same figures, tables and charts as on SQLite from
the same hand-built rows (tests.report_rows), filters and Shanghai-day periods included:
the day numbers, durations and GROUP BYs are spelled per engine (app.store.report_sql)."""

from __future__ import annotations

from datetime import date

import pytest

from app.services import reports
from app.services.reports import NAMES, ReportFilter
from tests.report_rows import build

FILTERS = [ReportFilter(), ReportFilter(date_from=date(2026, 11, 1), date_to=date(2026, 11, 20)),
           ReportFilter(shop="甲店"), ReportFilter(supplier="广州二号工厂", product="手机壳"),
           ReportFilter(sku="B-SHOE-40", date_from=date(2026, 10, 25))]


@pytest.fixture
def sqlite_store(tmp_path):  # type: ignore[no-untyped-def]
    from app.services.store import open_store

    store = open_store(tmp_path / "lite")
    yield store
    store.close()


def test_every_report_is_the_same_on_postgres(pg_store, sqlite_store) -> None:  # type: ignore[no-untyped-def]
    on_pg, on_lite = build(pg_store), build(sqlite_store)
    assert len(on_pg.cases) == len(on_lite.cases)
    for flt in FILTERS:
        for name in NAMES:
            pg = reports.run(pg_store, name, flt, "zhaoli").to_json()
            lite = reports.run(sqlite_store, name, flt, "zhaoli").to_json()
            assert pg == lite, (name, flt)
    rate = reports.run(pg_store, "refund-rate", ReportFilter(), "zhaoli")
    assert rate.figure("paid").value == len(on_pg.orders)
    assert reports.run(pg_store, "deadlines", ReportFilter(), "zhaoli").figure("closed").value


def test_the_demo_on_postgres_shows_every_report(pg_demo_store) -> None:  # type: ignore[no-untyped-def]
    for name in NAMES:
        result = reports.run(pg_demo_store, name, ReportFilter(), "zhaoli")
        assert any(f.value for f in result.figures), name
    cost = reports.run(pg_demo_store, "refund-cost", ReportFilter(), "zhaoli")
    assert cost.figure("explicit").value > 0  # the demo's refunds have their cost


def test_days_and_buckets_on_postgres(pg_store) -> None:  # type: ignore[no-untyped-def]
    from tests.store.test_report_sql import check

    with pg_store.unit_of_work() as uow:
        check(uow.session)
