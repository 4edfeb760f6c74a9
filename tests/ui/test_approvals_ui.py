"""The supervisor's approvals queue in the real window over a real demo store: the
payments are asked for through the services as agents ask for them, the supervisor
approves and denies from the queue, and the store, the shop's day ledger and the
cases' histories say what was decided. An agent is not offered the queue."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.services import approval_queue, cases, payments
from tests.conftest import FIXED_NOW
from tests.ui.approvals_helpers import SUPERVISOR, pay_cases
from tests.ui.conftest import make_window
from ui.shortcuts import shortcut_actions

WAIT = 10000


@pytest.fixture
def boss(qtbot, qloop, english, demo_store, ui_settings):  # type: ignore[no-untyped-def]
    """The window of zhaoli, the demo's supervisor."""
    from app.services.inbox import Inbox

    w = make_window(qtbot, Inbox(demo_store, SUPERVISOR), ui_settings)
    qtbot.waitUntil(lambda: w.approvals_work.decides, timeout=WAIT)
    yield w
    w.jobs.close()


def _status(store: Any, payment_id: int) -> dict[str, Any]:
    return next(p for p in payments.list_payments(store) if p["id"] == payment_id)


def _day_fen(store: Any, shop_id: int) -> int:
    return int(payments.shop_spend(store, shop_id, FIXED_NOW.date().isoformat())["payments_fen"])


def _open_queue(qtbot, w, rows: int):  # type: ignore[no-untyped-def]
    w.approvals_work.approvals_action.trigger()
    queue = w.approvals_work.queue
    qtbot.waitUntil(lambda: queue.isVisible() and queue.model.rowCount() == rows
                    and w.jobs.busy == 0, timeout=WAIT)
    return queue


def test_a_supervisor_approves_and_denies_from_the_queue(qtbot, boss, demo_store) -> None:
    w = boss
    big, bigger, small = pay_cases(demo_store, [12000, 8800, 500])
    assert (big["status"], bigger["status"], small["status"]) == ("pending", "pending", "approved")
    w.controller.refresh_counts()  # what the 60-second timer does
    work = w.approvals_work
    qtbot.waitUntil(lambda: work.pending == 2, timeout=WAIT)
    assert work.approvals_action.text() == "Approvals (2)"
    assert work.approvals_action in work.money_menu.actions()
    assert work.pending_label.isVisible() and work.pending_label.text() == "Approvals (2)"

    queue = _open_queue(qtbot, w, 2)
    assert [p.id for p in queue.model.rows] == [big["id"], bigger["id"]]  # oldest first
    shown = [queue.model.index(0, c).data() for c in range(queue.model.columnCount())]
    assert shown[0] == big["case_no"] and "¥120.00" in shown
    assert "Goodwill (late or damaged parcel)" in shown and "lina" in shown
    # it holds its room already: the shop's day is the three payments together
    assert "¥213.00 of ¥10,000.00" in shown

    day_before = _day_fen(demo_store, big["shop_id"])
    queue.select_rows([0])
    queue.table.setFocus()
    QTest.keyClick(queue.table, Qt.Key.Key_Return)  # Enter approves
    qtbot.waitUntil(lambda: queue.model.rowCount() == 1 and w.jobs.busy == 0, timeout=WAIT)
    assert _status(demo_store, big["id"])["status"] == "approved"
    assert _status(demo_store, big["id"])["decided_by"] == SUPERVISOR
    assert "Approved 1 payment." in queue.notice.text()
    assert _day_fen(demo_store, big["shop_id"]) == day_before  # approving moves no room

    queue.select_rows([0])
    queue.ask_deny()
    dialog = queue.deny_dialog
    assert dialog is not None and not dialog.deny_button.isEnabled()  # a reason first
    dialog.reason.setPlainText("already refunded the postage")
    dialog.deny_button.click()
    qtbot.waitUntil(lambda: queue.model.rowCount() == 0 and w.jobs.busy == 0, timeout=WAIT)
    denied = _status(demo_store, bigger["id"])
    assert denied["status"] == "denied" and denied["decision_note"] == "already refunded the postage"
    assert _day_fen(demo_store, big["shop_id"]) == day_before - 8800  # its room is free
    assert queue.stack.currentWidget() is queue.empty
    assert queue.windowTitle() == "Approvals (0)"
    qtbot.waitUntil(lambda: work.approvals_action.text() == "Approvals (0)", timeout=WAIT)

    history = cases.case_detail(demo_store, bigger["case_id"])["history"]
    last = history[-1]
    assert last["actor"] == SUPERVISOR and last["action"] == "payment_denied"
    assert last["changes"]["amount"] == "88.00" and last["changes"]["key"] == bigger["key"]
    approved = cases.case_detail(demo_store, big["case_id"])["history"][-1]
    assert approved["action"] == "payment_approved" and approved["actor"] == SUPERVISOR


def test_several_rows_are_decided_at_once_and_one_decided_meanwhile_is_named(
        qtbot, boss, demo_store) -> None:
    w = boss
    made = pay_cases(demo_store, [6000, 7000, 8000])
    queue = _open_queue(qtbot, w, 3)
    queue.select_rows([0, 1, 2])
    # a colleague denies the second one while the queue still shows it
    payments.deny(demo_store, "admin", made[1]["id"], "a duplicate")
    queue.approve_selected()
    qtbot.waitUntil(lambda: queue.model.rowCount() == 0 and w.jobs.busy == 0, timeout=WAIT)
    assert [_status(demo_store, p["id"])["status"] for p in made] == [
        "approved", "denied", "approved"]
    text = queue.notice.text()
    assert "Approved 2 payments." in text
    assert f"{made[1]['case_no']}: Not done: the payment is “Denied” now." in text


def test_a_row_opens_its_case_in_the_main_window(qtbot, boss, demo_store) -> None:
    w = boss
    (paid,) = pay_cases(demo_store, [9900])
    queue = _open_queue(qtbot, w, 1)
    queue.select_rows([0])
    QTest.keyClick(queue.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.pane.detail is not None and w.pane.detail["id"] == paid["case_id"]
                    and w.jobs.busy == 0, timeout=WAIT)
    row = w.table.currentIndex().row()
    assert w.model.case_id(row) == paid["case_id"]  # selected in the table too


def test_an_agent_is_not_offered_the_queue(qtbot, window, demo_store) -> None:
    pay_cases(demo_store, [12000])
    work = window.approvals_work
    window.controller.refresh_counts()
    qtbot.waitUntil(lambda: work.role == "agent", timeout=WAIT)
    assert work.approvals_action not in work.money_menu.actions()
    assert work.approvals_action.shortcut().isEmpty()
    assert work.approvals_action not in shortcut_actions(window)
    assert not work.pending_label.isVisibleTo(window)
    assert work.show_queue() is None and work.queue is None
    assert work.payments_action in work.money_menu.actions()  # the list is everyone's


def test_the_services_refuse_an_agent_who_decides_anyway(qtbot, window, demo_store) -> None:
    """Should an agent's window ever show the queue, the decision is still refused."""
    from ui.approvals import ApprovalsWindow

    (pending,) = pay_cases(demo_store, [12000])
    queue = ApprovalsWindow(window.jobs, lambda: demo_store, lambda: "lina", window)
    qtbot.addWidget(queue)
    queue.show()
    queue.reload()
    qtbot.waitUntil(lambda: queue.model.rowCount() == 1, timeout=WAIT)
    queue.select_rows([0])
    queue.approve_selected()
    qtbot.waitUntil(lambda: "supervisor" in queue.notice.text() and window.jobs.busy == 0,
                    timeout=WAIT)
    assert queue.notice.text() == (f"{pending['case_no']}: Only a supervisor or an admin "
                                   "decides on payments.")
    assert _status(demo_store, pending["id"])["status"] == "pending"


def test_someone_who_becomes_a_supervisor_is_offered_the_queue(qtbot, window) -> None:
    work = window.approvals_work
    qtbot.waitUntil(lambda: work.role == "agent", timeout=WAIT)
    window.set_agent(SUPERVISOR)
    qtbot.waitUntil(lambda: work.decides, timeout=WAIT)
    assert work.approvals_action in work.money_menu.actions()
    assert work.approvals_action.shortcut().toString() == "Ctrl+Shift+G"
    assert work.approvals_action in shortcut_actions(window)


def test_the_queue_says_what_each_payment_brings_the_totals_to(demo_store) -> None:
    first, second = pay_cases(demo_store, [12000, 30000])
    rows = {r["id"]: r for r in approval_queue.approval_queue(demo_store)}
    assert rows[first["id"]]["order_total_fen"] == 12000
    assert rows[first["id"]]["shop_day_total_fen"] == 42000 == rows[second["id"]][
        "shop_day_total_fen"]
    assert rows[first["id"]]["order_cap_fen"] == 1_000_000
    assert rows[first["id"]]["shop_day_cap_fen"] == 1_000_000
