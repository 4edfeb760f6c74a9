"""Roles on the command line: a refused permission exits 3 with `"rule": "not_permitted"`
and writes nothing; `case reveal` prints the whole value for a supervisor and records
the look (the history and `verify` agree); `export cases --buyer-data` likewise."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO


def run(data: Path, user: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "AFTERSALES_PASSWORD": "demo"}
    return subprocess.run([sys.executable, str(REPO / "main.py"), "--data-dir", str(data),
                           "--user", user, *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=300)


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("perms") / "data"
    out = run(d, "admin", "demo", "--cases", "60", "--seed", "7", "--no-evidence")
    assert out.returncode == 0, out.stderr
    return d


def _case(data: Path) -> str:
    rows = [json.loads(x) for x in run(data, "lina", "cases", "--limit", "60").stdout.splitlines()]
    for row in rows:
        shown = json.loads(run(data, "lina", "case", "show", row["case_no"]).stdout)
        buyer = (shown.get("order") or {}).get("buyer") or {}
        if buyer.get("phone") and buyer.get("address"):
            return str(row["case_no"])
    raise AssertionError("no case with a buyer's phone and address")


def _history(data: Path, case_no: str) -> list[dict]:  # type: ignore[type-arg]
    return list(json.loads(run(data, "lina", "case", "show", case_no).stdout)["history"])


def test_an_agent_is_refused_with_exit_3_and_nothing_recorded(data: Path, tmp_path: Path) -> None:
    case_no = _case(data)
    before = _history(data, case_no)
    for field in ("phone", "address", "name"):
        out = run(data, "lina", "case", "reveal", case_no, field)
        assert out.returncode == 3, out.stderr
        refused = json.loads(out.stdout)
        assert (refused["ok"], refused["rule"], refused["permission"]) == (
            False, "not_permitted", "reveal_buyer")
    target = tmp_path / "whole.csv"
    out = run(data, "lina", "export", "cases", str(target), "--buyer-data")
    assert out.returncode == 3 and json.loads(out.stdout)["rule"] == "not_permitted"
    assert not target.exists()
    assert _history(data, case_no) == before


def test_a_supervisor_reveals_and_exports_and_it_is_recorded(data: Path, tmp_path: Path) -> None:
    case_no = _case(data)
    masked = json.loads(run(data, "lina", "case", "show", case_no).stdout)["order"]["buyer"]
    out = run(data, "zhaoli", "case", "reveal", case_no, "phone")
    assert out.returncode == 0, out.stderr
    shown = json.loads(out.stdout)
    assert set(shown) == {"case", "field", "value"} and shown["field"] == "phone"
    phone = shown["value"]
    assert "*" not in phone and phone[-4:] == masked["phone"][-4:]
    last = _history(data, case_no)[-1]
    assert (last["action"], last["actor"], last["changes"]) == ("reveal", "zhaoli",
                                                                {"field": "phone"})
    assert phone not in json.dumps(_history(data, case_no), ensure_ascii=False)
    assert run(data, "zhaoli", "verify").returncode == 0

    target = tmp_path / "whole.csv"
    out = run(data, "zhaoli", "export", "cases", str(target), "--buyer-data", "--lang", "en")
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(target.read_text("utf-8-sig").splitlines()))
    assert next(r for r in rows if r["Case no."] == case_no)["Buyer's phone"] == phone
    plain = tmp_path / "plain.csv"
    assert run(data, "lina", "export", "cases", str(plain)).returncode == 0
    assert phone not in plain.read_text("utf-8-sig")  # an agent's export holds none


def test_a_bad_field_is_bad_input(data: Path) -> None:
    out = run(data, "zhaoli", "case", "reveal", _case(data), "password")
    assert out.returncode == 2 and "invalid choice" in out.stderr
