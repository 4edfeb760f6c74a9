"""Imports and exports on PostgreSQL too (the same code on a team's server).

Uses the throwaway server of tests/pg (skipped where PostgreSQL is not installed,
unless AFTERSALES_REQUIRE_PG=1).
"""

from __future__ import annotations

from pathlib import Path

from app.domain.filters import CaseFilter
from app.services.case_actions import change_status
from app.services.cases import list_cases
from app.services.exports import export_cases
from app.services.imports import import_file
from app.services.verify import verify
from tests.conftest import FIXTURES
from tests.io.io_helpers import DOUYIN_HEADER, douyin_row, write_csv
from tests.pg.conftest import pg_server, pg_store, pg_url  # noqa: F401 - fixtures

EXPECTED = {"douyin_aftersales.csv": 20, "kuaishou_aftersales.xlsx": 15,
            "pinduoduo_aftersales.csv": 15, "douyin_orders.csv": 25}


def test_fixtures_import_idempotently_on_postgres(pg_store, tmp_path: Path) -> None:  # noqa: F811
    for name, n in EXPECTED.items():
        first = import_file(pg_store, FIXTURES / name, "tester")
        assert first.inserted == n
        again = import_file(pg_store, FIXTURES / name, "tester")
        assert (again.inserted, again.unchanged) == (0, n)
    newer = write_csv(tmp_path / "b.csv", [DOUYIN_HEADER, douyin_row(
        "2255564822835608026", "8433440957362346052", shop="橙心优选旗舰店", kind="补寄",
        status="售后关闭")])
    assert import_file(pg_store, newer, "tester").updated == 1
    # After bulk inserts with explicit ids, ordinary writes still get fresh ids.
    case = list_cases(pg_store, CaseFilter(statuses=("new",)), limit=1)[0]
    change_status(pg_store, "newcomer", case.id, "in_progress")
    assert verify(pg_store).ok
    out = export_cases(pg_store, CaseFilter(platforms=("pinduoduo",)), tmp_path / "p.csv")
    assert out.rows == 15
