"""`report` as a supervisor or a script runs it: --list names the nine, a report prints
as text or JSON, exports to CSV/XLSX; an agent is refused (exit 3), a period that ends
before it starts is bad input (exit 2), an existing file is kept unless --force."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.services.reports import CATALOG, NAMES
from tests.cli.test_cli import run

NINE = ["refund-rate", "quality-refunds", "reasons", "second-refunds", "compensation",
        "refund-cost", "supplier-exceptions", "deadlines", "workload"]


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    d = tmp_path_factory.mktemp("report-cli") / "data"
    run("demo", "--cases", "400", "--seed", "6", "--no-evidence", data_dir=d)
    return d


@pytest.fixture(autouse=True)
def _password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AFTERSALES_PASSWORD", "demo")  # the demo users' password


def report(data: Path, *args: str, user: str = "zhaoli", check: bool = True):  # type: ignore[no-untyped-def]
    return run("report", *args, data_dir=data, user=user, check=check)


def test_list_names_the_nine_with_their_definitions(data) -> None:
    lines = [json.loads(x) for x in report(data, "--list").stdout.splitlines()]
    assert [x["name"] for x in lines] == NINE == list(NAMES)
    for x in lines:
        assert x["title"] == CATALOG[x["name"]].title and len(x["definition"]) > 40


@pytest.mark.parametrize("name", NINE)
def test_each_report_prints_its_json_with_real_figures(data, name) -> None:
    out = json.loads(report(data, name, "--json").stdout)
    spec = CATALOG[name]
    assert out["report"] == name
    assert list(out["figures"]) == [k for k, _ in spec.figures]
    assert any(out["figures"].values())
    assert [t["key"] for t in out["tables"]] == list(spec.tables)
    for t in out["tables"]:
        assert t["columns"] == [c.key for c in spec.tables[t["key"]]]


def test_text_is_worded_and_a_filter_narrows(data) -> None:
    text = report(data, "refund-rate").stdout
    assert text.startswith("Refund rate\n") and "Paid orders:" in text and "[By shop]" in text
    zh = report(data, "refund-rate", "--lang", "zh_CN").stdout
    assert zh.startswith("退款率\n") and "支付订单数" in zh
    every = json.loads(report(data, "refund-rate", "--json").stdout)
    shop = every["tables"][2]["rows"][0]["shop"]
    one = json.loads(report(data, "refund-rate", "--json", "--shop", shop).stdout)
    assert [r["shop"] for r in one["tables"][2]["rows"]] == [shop]
    assert 0 < one["figures"]["paid"] < every["figures"]["paid"]
    assert one["filter"] == {"shop": shop}
    none = json.loads(report(data, "refund-rate", "--json", "--shop", "无此店").stdout)
    assert none["figures"]["paid"] == 0 and none["tables"][0]["rows"] == []


def test_an_agent_is_refused_with_exit_3(data) -> None:
    proc = report(data, "workload", "--json", user="lina", check=False)
    assert proc.returncode == 3
    assert json.loads(proc.stdout)["rule"] == "not_permitted"


def test_bad_periods_exit_2(data) -> None:
    proc = report(data, "deadlines", "--from", "2026-11-20", "--to", "2026-11-19", check=False)
    assert proc.returncode == 2 and "after it ends" in proc.stderr
    proc = report(data, "deadlines", "--from", "20.11.2026", check=False)
    assert proc.returncode == 2 and "not a day" in proc.stderr
    assert report(data, "nope", check=False).returncode == 2


def test_exports_to_csv_and_xlsx_and_keeps_an_existing_file(data, tmp_path) -> None:
    out = tmp_path / "shops.csv"
    done = json.loads(report(data, "refund-rate", "--out", str(out), "--table", "by_shop",
                             "--lang", "zh_CN").stdout)
    assert done["path"] == str(out.resolve()) and done["format"] == "csv"
    head = out.read_text("utf-8-sig").splitlines()[0]
    assert head.startswith("店铺,平台,退款订单数")
    again = report(data, "refund-rate", "--out", str(out), "--table", "by_shop", check=False)
    assert again.returncode == 1 and out.read_text("utf-8-sig").splitlines()[0] == head
    forced = report(data, "refund-rate", "--out", str(out), "--table", "by_shop", "--force")
    assert json.loads(forced.stdout)["rows"] >= 1
    assert out.read_text("utf-8-sig").startswith("Shop,Platform")
    book = tmp_path / "all.xlsx"
    done = json.loads(report(data, "workload", "--out", str(book)).stdout)
    assert done["format"] == "xlsx" and book.stat().st_size > 0
    one = tmp_path / "agents.csv"  # a report of one table needs no --table for a CSV
    assert json.loads(report(data, "workload", "--out", str(one)).stdout)["rows"] >= 1
    many = report(data, "refund-rate", "--out", str(tmp_path / "x.csv"), check=False)
    assert many.returncode == 2 and "--table" in many.stderr
