"""The payments list: filters, the batch upload file (never over a file the user did
not agree to replace) and the manual gateway's "confirm paid" with a reference no."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from app.services import cases, payments
from tests.ui.approvals_helpers import pay_cases
from ui import approvals_texts

WAIT = 10000


def _open(qtbot, window) -> Any:  # type: ignore[no-untyped-def]
    window.approvals_work.payments_action.trigger()
    qtbot.waitUntil(lambda: window.approvals_work.payments_dialog is not None, timeout=WAIT)
    dialog = window.approvals_work.payments_dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and window.jobs.busy == 0, timeout=WAIT)
    return dialog


@pytest.fixture
def paid(demo_store) -> list[dict[str, Any]]:
    return pay_cases(demo_store, [500, 2500, 12000])  # two approved, one pending


def test_the_list_shows_the_payments_and_filters_them(qtbot, window, demo_store, paid) -> None:
    everything = payments.list_payments(demo_store)
    dialog = _open(qtbot, window)
    assert {r["id"] for r in dialog.model.rows} == {p["id"] for p in everything}
    total = approvals_texts.yuan(sum(int(p["amount_fen"]) for p in everything
                                     if p["status"] not in ("denied", "failed")))
    assert dialog.summary.text() == (
        f"Payments listed: {len(everything)} · paid, approved or waiting: {total}")
    assert not dialog.export_button.isEnabled()  # a platform first
    assert "Choose a platform first" in dialog.notice.text()
    dialog.set_filters(status="pending", shop=paid[2]["shop_id"])
    waiting = payments.list_payments(demo_store, shop=paid[2]["shop_id"], status="pending")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == len(waiting) and window.jobs.busy == 0,
                    timeout=WAIT)
    assert dialog.model.row_of(paid[2]["id"]) >= 0 and dialog.model.row_of(paid[0]["id"]) < 0
    status_col = 6
    assert {dialog.model.index(r, status_col).data() for r in range(dialog.model.rowCount())} == {
        "Waiting for approval"}


def test_the_export_writes_the_csv_and_replaces_only_what_the_user_agreed_to(
        qtbot, window, demo_store, paid, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    dialog = _open(qtbot, window)
    dialog.set_filters(platform=paid[0]["platform"])
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled() and window.jobs.busy == 0,
                    timeout=WAIT)
    out = tmp_path / "batch.csv"
    out.write_text("keep me", "utf-8")
    dialog.export(out)  # a name the program chose: an existing file is not replaced
    qtbot.waitUntil(lambda: "nothing was written" in dialog.notice.text(), timeout=WAIT)
    assert out.read_text("utf-8") == "keep me"

    # The save dialog asked "replace?" and the user said yes: it returns the name.
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *a, **k: (asked.append(str(a[2])), (str(out), ""))[1]))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.last_export is not None and window.jobs.busy == 0,
                    timeout=WAIT)
    assert asked and asked[0].endswith(".csv")
    approved = [p for p in payments.list_payments(demo_store, status="approved")
                if p["platform"] == paid[0]["platform"]]  # still to be paid in the back office
    assert dialog.last_export["rows"] == len(approved)
    text = out.read_text("utf-8-sig")
    rows = list(csv.reader(text.splitlines()))
    assert len(rows) == len(approved) + 1  # the platform's header, then one row each
    orders = {c for r in rows[1:] for c in r}
    assert paid[0]["order_no"] in orders and paid[1]["order_no"] in orders
    assert paid[2]["order_no"] not in orders  # waiting: not to be paid yet
    assert dialog.notice.text() == f"Exported {len(approved)} payments to {out}"


def test_an_approved_payment_is_confirmed_paid_with_its_reference(qtbot, window, demo_store,
                                                                  paid) -> None:
    dialog = _open(qtbot, window)
    n = len(payments.list_payments(demo_store, status="approved"))
    dialog.set_filters(status="approved")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == n and window.jobs.busy == 0, timeout=WAIT)
    row = dialog.model.row_of(paid[0]["id"])
    dialog.table.selectRow(row)
    assert dialog.confirm_button.isEnabled()
    dialog.confirm_button.click()
    ref = dialog.reference_dialog
    assert ref is not None and not ref.ok.isEnabled()
    ref.reference.setText("DY20261120-0001")
    ref.ok.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == n - 1 and window.jobs.busy == 0,
                    timeout=WAIT)
    done = next(p for p in payments.list_payments(demo_store) if p["id"] == paid[0]["id"])
    assert (done["status"], done["reference"], done["paid_by"]) == (
        "paid", "DY20261120-0001", "lina")
    assert "recorded as paid (reference DY20261120-0001)" in dialog.notice.text()
    last = cases.case_detail(demo_store, paid[0]["case_id"])["history"][-1]
    assert last["action"] == "payment_paid" and last["actor"] == "lina"


def test_a_pending_payment_cannot_be_confirmed_paid(qtbot, window, paid) -> None:
    dialog = _open(qtbot, window)
    dialog.table.selectRow(dialog.model.row_of(paid[2]["id"]))
    assert not dialog.confirm_button.isEnabled()
    dialog.ask_confirm()
    assert dialog.reference_dialog is None
