"""Concurrent writers on one PostgreSQL store: ids come from the server's sequences."""

from __future__ import annotations

from pathlib import Path

from tests.concurrent_writers import check, export_files, run_all_at_once


def test_two_imports_and_status_changes_at_once(pg_demo_store, pg_url, tmp_path: Path) -> None:
    from app.domain.filters import CaseFilter
    from app.services.cases import list_cases

    files = export_files(tmp_path)
    case_id = list_cases(pg_demo_store, CaseFilter(statuses=("new",)), limit=1)[0].id
    before = len(list_cases(pg_demo_store, CaseFilter(), limit=10_000))
    results = run_all_at_once(["--db", pg_url], tmp_path / "data", pg_url, case_id, files)
    check(pg_demo_store, results, before)
