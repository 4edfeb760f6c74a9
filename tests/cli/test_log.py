"""The command log: what ran, on which store, how long, what it changed; bugs with traceback."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import main
from app import log
from tests.cli.test_cli import run


def _log_text(data_dir: Path) -> str:
    return log.log_path(data_dir).read_text("utf-8")


def test_a_bug_leaves_its_traceback_in_the_log_and_one_line_with_the_path(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from app.services import cases

    def broken(*_args: object, **_kw: object) -> list[object]:
        raise RuntimeError("the list fell over")

    monkeypatch.setattr(cases, "list_cases", broken)
    code = main.main(["--data-dir", str(data_dir), "--user", "lina", "cases"])
    err = capsys.readouterr().err
    assert code == 1
    path = log.log_path(data_dir).resolve()
    assert err.splitlines() == [
        "error: internal error while running cases: RuntimeError: the list fell over "
        f"(details in {path})"]
    text = _log_text(data_dir)
    assert "Traceback (most recent call last)" in text
    assert "RuntimeError: the list fell over" in text
    assert "bug while running cases" in text


def test_every_command_is_logged_with_its_store_duration_and_counts(tmp_path: Path) -> None:
    d = tmp_path / "data"
    out = json.loads(run("demo", "--cases", "30", "--seed", "2", data_dir=d).stdout)
    run("cases", "--limit", "4", data_dir=d)
    text = _log_text(d)
    db = d.resolve() / "aftersales.db"
    assert f"start demo store={db} user=lina" in text
    done = re.search(r"done demo in (\d+\.\d{3}) s (.*)", text)
    assert done is not None
    assert f"cases={out['cases']}" in done.group(2) and "exit=0" in done.group(2)
    assert re.search(r"done cases in \d+\.\d{3} s cases=4 exit=0", text)


def test_a_known_error_is_one_line_and_logged_with_its_code(tmp_path: Path) -> None:
    d = tmp_path / "data"
    proc = run("import", str(tmp_path / "nowhere.csv"), data_dir=d, check=False)
    assert proc.returncode == 2  # bad input, not a failing store
    assert len(proc.stderr.splitlines()) == 1 and "Traceback" not in proc.stderr
    text = _log_text(d)
    assert "import refused: file_missing:" in text
    assert "error=file_missing exit=2" in text
    assert "Traceback" not in text


def test_a_bare_value_error_is_one_line_but_the_log_keeps_where_it_came_from(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Uncoded ValueErrors are mostly bad input, but a bug can raise one too."""
    from app.services import cases

    def broken(*_args: object, **_kw: object) -> list[object]:
        raise ValueError("deep inside")

    monkeypatch.setattr(cases, "list_cases", broken)
    assert main.main(["--data-dir", str(data_dir), "--user", "lina", "cases"]) == 1
    assert capsys.readouterr().err.splitlines() == ["error: deep inside"]
    text = _log_text(data_dir)
    assert "cases refused: ValueError: deep inside" in text
    assert "Traceback (most recent call last)" in text and "in broken" in text


def test_log_level_chooses_what_is_written(tmp_path: Path) -> None:
    d = tmp_path / "data"
    run("--log-level", "warning", "cases", data_dir=d)
    proc = run("--log-level", "WARNING", "import", str(tmp_path / "nowhere.csv"),
               data_dir=d, check=False)
    assert proc.returncode == 2
    text = _log_text(d)
    assert "start cases" not in text and "done cases" not in text
    assert "import refused: file_missing" in text


def test_an_unknown_log_level_is_refused_by_the_parser(tmp_path: Path) -> None:
    proc = run("--log-level", "LOUD", "cases", data_dir=tmp_path / "data", check=False)
    assert proc.returncode == 2
    assert len(proc.stderr.splitlines()) == 1 and "--log-level" in proc.stderr
