"""`audit` and `case history` as a supervisor or a script runs them: JSON lines, a page
cursor to continue from, exit 3 for a role that may not view the audit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import run


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    d = tmp_path_factory.mktemp("audit") / "data"
    run("demo", "--cases", "120", "--seed", "3", "--no-evidence", data_dir=d)
    return d


@pytest.fixture(autouse=True)
def _password(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("AFTERSALES_PASSWORD", "demo")  # every demo user's, once sign-in asks


def _lines(proc) -> list[dict]:  # type: ignore[no-untyped-def]
    return [json.loads(x) for x in proc.stdout.splitlines()]


def test_a_supervisor_pages_through_every_event(data: Path) -> None:
    first = _lines(run("audit", "--limit", "40", data_dir=data, user="zhaoli"))
    assert first[-1]["events"] == 40 and first[-1]["next"]
    rest = _lines(run("audit", "--limit", "100000", "--after", first[-1]["next"],
                      data_dir=data, user="zhaoli"))
    assert rest[-1]["next"] is None
    ids = [e["id"] for e in first[:-1] + rest[:-1]]
    assert len(ids) == len(set(ids))
    total = _lines(run("audit", "--counts", data_dir=data, user="zhaoli"))[-1]["events"]
    assert len(ids) == total
    times = [e["at"] for e in first[:-1] + rest[:-1]]
    assert times == sorted(times, reverse=True)


def test_filters_and_counts(data: Path) -> None:
    lines = _lines(run("audit", "--quick", "money", "--actor", "zhaoli", "--limit", "1000",
                       data_dir=data, user="admin"))
    assert lines[:-1] and {e["actor"] for e in lines[:-1]} == {"zhaoli"}
    assert {e["action"] for e in lines[:-1]} <= {"payment_approved", "payment_denied"}
    counts = _lines(run("audit", "--counts", "--quick", "money", data_dir=data, user="zhaoli"))
    mine = sum(r["events"] for r in counts[:-1] if r["actor"] == "zhaoli"
               and r["action"] in ("payment_approved", "payment_denied"))
    assert mine == len(lines) - 1
    shop = lines[0]["shop"]
    day = lines[0]["at"][:10]
    by_shop = _lines(run("audit", "--shop", shop, "--from", "2020-01-01", "--to", "2030-12-31",
                         data_dir=data, user="zhaoli"))
    assert by_shop[:-1] and {e["shop"] for e in by_shop[:-1]} == {shop}
    assert day


def test_an_agent_is_refused_with_exit_3(data: Path) -> None:
    proc = run("audit", data_dir=data, user="lina", check=False)
    assert proc.returncode == 3
    assert json.loads(proc.stdout)["rule"] == "not_permitted"
    proc = run("audit", "--counts", data_dir=data, user="wanglei", check=False)
    assert proc.returncode == 3


def test_bad_input_exits_2(data: Path) -> None:
    assert run("audit", "--after", "yesterday", data_dir=data, user="zhaoli",
               check=False).returncode == 2
    assert run("audit", "--from", "2026-12-02", "--to", "2026-12-01", data_dir=data,
               user="zhaoli", check=False).returncode == 2


def test_case_history_by_actor_and_action(data: Path) -> None:
    shown = json.loads(run("case", "show", "1", data_dir=data).stdout)
    who = shown["history"][0]["actor"]
    lines = _lines(run("case", "history", shown["case_no"], "--actor", who, "--action",
                       "created", data_dir=data))
    assert [(e["actor"], e["action"]) for e in lines[:-1]] == [(who, "created")]
    assert lines[-1]["chain"] == {"case_id": 1, "ok": True, "events": len(shown["history"]),
                                  "problem": None}
