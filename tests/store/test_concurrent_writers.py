"""Concurrent writers on one SQLite store: they take turns, nothing collides."""

from __future__ import annotations

from pathlib import Path

from tests.concurrent_writers import CHANGES, check, export_files, run_all_at_once


def test_two_imports_and_status_changes_at_once(demo_store, data_dir: Path, tmp_path: Path) -> None:
    files = export_files(tmp_path)
    from app.domain.filters import CaseFilter
    from app.services.cases import list_cases

    case_id = list_cases(demo_store, CaseFilter(statuses=("new",)), limit=1)[0].id
    before = len(list_cases(demo_store, CaseFilter(), limit=10_000))
    results = run_all_at_once(["--data-dir", str(data_dir)], data_dir, None, case_id, files)
    check(demo_store, results, before)
    from app.services.cases import case_detail

    assert len([h for h in case_detail(demo_store, case_id)["history"]
                if h["action"] == "status"]) >= CHANGES


def test_only_a_unit_of_work_opened_for_writing_may_commit(store) -> None:  # type: ignore[no-untyped-def]
    import pytest

    with store.unit_of_work() as uow, pytest.raises(RuntimeError, match="for_writing"):
        uow.commit()
    with store.unit_of_work().for_writing() as uow:
        uow.commit()
