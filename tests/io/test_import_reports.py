"""The report of rejected rows exists only for a committed batch; leftovers are cleaned."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import select

from app.services import imports
from app.services.imports import clean_report_leftovers, import_file
from app.store.models import ImportBatch
from tests.io.io_helpers import DOUYIN_HEADER, douyin_row, write_csv


def _file_with_a_bad_row(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "售后 导出.csv", [
        DOUYIN_HEADER, douyin_row("1001", "2001"), douyin_row("1002", "2002", amount="abc")])


def test_a_batch_that_fails_at_commit_leaves_no_report(store, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    path = _file_with_a_bad_row(tmp_path)
    report = tmp_path / "r.csv"
    from app.store.unit_of_work import UnitOfWork

    real = UnitOfWork.commit

    def failing(self):  # type: ignore[no-untyped-def]
        raise OSError("disk full (injected)")

    monkeypatch.setattr(UnitOfWork, "commit", failing)
    with pytest.raises(OSError, match="injected"):
        import_file(store, path, "t", report=report)
    monkeypatch.setattr(UnitOfWork, "commit", real)
    assert not report.exists()
    assert list(tmp_path.glob(".r.csv*")) == []


def test_only_the_file_name_is_kept_of_where_a_file_came_from(store, tmp_path: Path) -> None:
    path = _file_with_a_bad_row(tmp_path)
    result = import_file(store, path, "t")
    assert result.rejected == 1 and result.report is not None and result.report.exists()
    with store.unit_of_work() as uow:
        assert uow.session.scalar(select(ImportBatch.file_name)) == "售后 导出.csv"


def test_leftovers_of_a_killed_import_are_removed_or_put_in_place(store, tmp_path: Path) -> None:
    folder = store.location.data_dir / imports.REPORTS
    # A batch that committed but died before its report was renamed: the report is kept.
    done = _file_with_a_bad_row(tmp_path)
    result = import_file(store, done, "t")
    assert result.report is not None and result.report.parent == folder
    # A batch that never committed: its half-written report goes.
    orphan = folder / f".x-rejected.csv.{os.getpid()}.part"
    orphan.write_text("half", "utf-8")
    final = result.report
    part = final.with_name(f".{final.name}.12345.part")
    final.replace(part)
    other = folder / "unrelated.csv"
    other.write_text("keep", "utf-8")
    assert clean_report_leftovers(store) == 2
    assert not orphan.exists() and not part.exists()
    assert final.exists() and other.read_text("utf-8") == "keep"


def test_when_the_last_line_of_a_case_cannot_be_read_the_case_is_left_alone(
        store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "dup.csv", [
        DOUYIN_HEADER, douyin_row("1001", "2001", status="待商家处理"),
        douyin_row("1002", "2002"),
        douyin_row("1001", "2001", status="退款成功", amount="abc")])
    result = import_file(store, path, "t")
    assert (result.inserted, result.rejected, result.superseded) == (1, 1, 1)
    from app.services.cases import CaseNotFound, case_detail

    assert case_detail(store, "1002")["case_no"] == "1002"
    with pytest.raises(CaseNotFound):
        case_detail(store, "1001")
