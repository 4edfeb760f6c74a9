"""A case's payments, coupons and cost reach `case show` and the appeal bundle's summary."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

from app.services import coupons, payments
from app.services.bundles import write_bundle
from tests.payment_helpers import fresh_day, paid_cases

REPO = Path(__file__).resolve().parents[2]


def _pay_and_give(store) -> tuple[int, dict, dict]:  # type: ignore[no-untyped-def]
    case_id = paid_cases(store, 1)[0]
    paid = payments.compensate(store, "lina", case_id, 500, "goodwill", "spend-1",
                               note="外箱破损", now=fresh_day(store, case_id))
    with store.unit_of_work() as uow:
        shop_id = uow.payments.case_money(case_id).shop_id
    template = coupons.templates(store, shop_id)[0]["name"]
    given = coupons.issue(store, "lina", case_id, template, "spend-2", reference="CP-778")
    return case_id, paid, given


def test_case_show_lists_the_payments_coupons_and_cost(demo_store, data_dir) -> None:
    case_id, paid, given = _pay_and_give(demo_store)
    demo_store.close()
    out = subprocess.run([sys.executable, str(REPO / "main.py"), "--data-dir", str(data_dir),
                          "case", "show", str(case_id)], capture_output=True, text=True,
                         encoding="utf-8", timeout=300, check=True)
    money = json.loads(out.stdout)["money"]
    assert [(p["id"], p["amount"], p["key"]) for p in money["payments"]] == \
        [(paid["id"], "5.00", "spend-1")]
    assert [(c["id"], c["reference"]) for c in money["coupons"]] == [(given["id"], "CP-778")]
    parts = money["cost"]["parts"]
    assert parts["compensation"]["fen"] == 500
    assert parts["coupon"]["fen"] == int(given["value"].replace(".", ""))


def test_the_bundle_summary_shows_them_in_each_language(demo_store, tmp_path) -> None:
    case_id, _paid, given = _pay_and_give(demo_store)
    pages = {}
    for lang in ("zh_CN", "en"):
        out = write_bundle(demo_store, case_id, tmp_path / f"{lang}.zip", "lina", lang)
        with zipfile.ZipFile(out.path) as zf:
            pages[lang] = zf.read("summary.html").decode("utf-8")
    assert "小额打款" in pages["zh_CN"] and "延迟/破损补偿" in pages["zh_CN"]
    assert "Compensation payments" in pages["en"] and "Goodwill" in pages["en"]
    for page in pages.values():
        assert "¥5.00" in page and "CP-778" in page and given["name"] in page
    assert "隐性损失" in pages["zh_CN"] and "Hidden loss" in pages["en"]
