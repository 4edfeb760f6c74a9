"""`coupon`, `coupons`, `coupon-template(s)`, `reship`, `exchange`, `intercept`,
`intercept-result`, `address` and `shipments` as a script runs them: JSON out, exit 2
on bad input, 3 when a rule refuses."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_cli import run


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("fulfil") / "data"
    run("demo", "--cases", "80", "--seed", "3", "--no-evidence", data_dir=d)
    return d


def _lines(proc: Any) -> list[dict[str, Any]]:
    return [json.loads(line) for line in proc.stdout.splitlines()]


def _open_case(data: Path, shipped: bool, delivered: bool | None = None) -> str:
    """An open case whose parcels are as asked (found in-process: quicker than a
    command per case)."""
    from app.domain.filters import CaseFilter
    from app.services.cases import list_cases
    from app.services.fulfilment import shipments
    from app.services.store import open_store

    store = open_store(data)
    try:
        for row in list_cases(store, CaseFilter(statuses=("new", "in_progress")), limit=200):
            ships = shipments(store, row.id)
            if ships and all(bool(s["shipped_at"]) == shipped for s in ships) and (
                    delivered is None or all(bool(s["delivered_at"]) == delivered
                                             for s in ships)):
                return row.case_no
    finally:
        store.close()
    raise AssertionError("no such case in the demo")


def test_templates_and_a_coupon(data: Path) -> None:
    shop = _lines(run("coupon-templates", data_dir=data))[0]["shop"]
    added = run("coupon-template", "add", "--shop", shop, "--name", "满30减3", "--value", "3",
                "--min-spend", "30", "--days", "14", data_dir=data)
    assert json.loads(added.stdout)["min_spend"] == "30.00"
    names = [t["name"] for t in _lines(run("coupon-templates", "--shop", shop, data_dir=data))]
    assert "满30减3" in names and "无门槛5元" in names
    bad = run("coupon-template", "add", "--shop", shop, "--name", "零元券", "--value", "0",
              "--days", "14", data_dir=data, check=False)
    assert bad.returncode == 2 and "more than ¥0.00" in bad.stderr
    bad = run("coupon-template", "add", "--shop", shop, "--name", "x", "--value", "12.505",
              "--days", "14", data_dir=data, check=False)
    assert bad.returncode == 2 and "two decimals" in bad.stderr

    case_no = _lines(run("cases", "--status", "new", "--limit", "1", data_dir=data))[0]["case_no"]
    case_shop = json.loads(run("case", "show", case_no, data_dir=data).stdout)["shop"]
    given = run("coupon", "--case", case_no, "--template", "无门槛5元", "--key", "cli-c1",
                "--reference", "QC-1", data_dir=data)
    coupon = json.loads(given.stdout)
    assert (coupon["case_no"], coupon["value"], coupon["reference"], coupon["replayed"]) == (
        case_no, "5.00", "QC-1", False)
    again = json.loads(run("coupon", "--case", case_no, "--template", "无门槛5元", "--key",
                           "cli-c1", "--reference", "QC-1", data_dir=data).stdout)
    assert again["replayed"] is True and again["id"] == coupon["id"]
    listed = _lines(run("coupons", "--shop", case_shop, "--date", coupon["shop_day"],
                        data_dir=data))
    assert [c["id"] for c in listed].count(coupon["id"]) == 1
    spend = json.loads(run("coupon-spend", "--shop", case_shop, "--date", coupon["shop_day"],
                           data_dir=data).stdout)
    assert spend["amount"] == f"{sum(float(c['value']) for c in listed):.2f}"
    other = run("coupon", "--case", case_no, "--template", "满50减10", "--key", "cli-c1",
                data_dir=data, check=False)
    assert other.returncode == 2 and "already used" in other.stderr
    missing = run("coupon", "--case", case_no, "--template", "满1减1", data_dir=data,
                  check=False)
    assert missing.returncode == 2 and "no active coupon template" in missing.stderr
    ref = run("coupon-reference", str(coupon["id"]), "QC-2", data_dir=data)
    assert json.loads(ref.stdout)["reference"] == "QC-2"


def test_a_reship_and_its_shipments(data: Path) -> None:
    case_no = _open_case(data, shipped=True, delivered=True)
    out = run("reship", "--case", case_no, "--from", "warehouse", "--carrier", "顺丰速运",
              "--tracking", "sf-20261120-01", "--cost", "¥15.50", "--key", "cli-r1",
              "--note", "补发一件", data_dir=data)
    done = json.loads(out.stdout)
    assert (done["action"], done["cost"], done["shipment"]["tracking_no"]) == (
        "reship", "15.50", "SF-20261120-01")
    again = json.loads(run("reship", "--case", case_no, "--from", "warehouse", "--carrier",
                           "顺丰速运", "--tracking", "sf-20261120-01", "--cost", "15.5",
                           "--key", "cli-r1", "--note", "补发一件", data_dir=data).stdout)
    assert again["replayed"] is True
    ships = _lines(run("shipments", "--case", case_no, data_dir=data))
    assert [s["tracking_no"] for s in ships].count("SF-20261120-01") == 1
    history = json.loads(run("case", "show", case_no, data_dir=data).stdout)["history"]
    assert history[-1]["action"] == "reship" and history[-1]["changes"]["cost"] == "15.50"
    bad = run("reship", "--case", case_no, "--from", "warehouse", "--carrier", "顺丰",
              "--tracking", "SF 1", data_dir=data, check=False)
    assert bad.returncode == 2 and "letters, digits or dashes" in bad.stderr
    bad = run("exchange", "--case", case_no, "--from", "shop", "--carrier", "顺丰",
              "--tracking", "SF1", data_dir=data, check=False)
    assert bad.returncode == 2


def test_an_intercept_and_its_result(data: Path) -> None:
    case_no = _open_case(data, shipped=True, delivered=False)
    out = json.loads(run("intercept", "--case", case_no, "--key", "cli-i1",
                         data_dir=data).stdout)
    shipment = out["shipment"]["id"]
    assert out["shipment"]["intercept_state"] == "requested"
    twice = run("intercept", "--case", case_no, "--shipment", str(shipment), data_dir=data,
                check=False)
    assert twice.returncode == 3
    assert json.loads(twice.stdout)["rule"] == "already_intercepted"
    result = json.loads(run("intercept-result", "--case", case_no, "--shipment", str(shipment),
                            "--failed", data_dir=data).stdout)
    assert result["shipment"]["intercept_state"] == "failed"
    both = run("intercept-result", "--case", case_no, "--shipment", str(shipment),
               "--failed", "--succeeded", data_dir=data, check=False)
    assert both.returncode == 2


def test_an_address_change_and_its_refusal_once_shipped(data: Path) -> None:
    shipped = _open_case(data, shipped=True)
    tracking = _lines(run("shipments", "--case", shipped, data_dir=data))[0]["tracking_no"]
    refused = run("address", "--case", shipped, "--address", "广东省深圳市南山区科技园1号",
                  data_dir=data, check=False)
    assert refused.returncode == 3 and tracking in refused.stderr
    said = json.loads(refused.stdout)
    assert (said["ok"], said["rule"], said["tracking_no"]) == (False, "already_shipped", tracking)
    waiting = _open_case(data, shipped=False)
    out = json.loads(run("address", "--case", waiting, "--address", "广东省深圳市南山区科技园1号",
                         "--key", "cli-a1", data_dir=data).stdout)
    assert out["action"] == "address_change" and out["shipment"]["address"] == "广东省深圳市****"
    assert run("verify", data_dir=data).returncode == 0
