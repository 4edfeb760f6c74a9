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
from tests.ui.approvals_helpers import SUPERVISOR, day_spend, pay_cases, waiting
from tests.ui.conftest import make_window
from ui import approvals_texts
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


def _select(queue, *made: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    queue.select_rows([queue.model.row_of(p["id"]) for p in made])


def _shown(queue, payment: dict[str, Any]) -> list[str]:  # type: ignore[no-untyped-def]
    row = queue.model.row_of(payment["id"])
    return [queue.model.index(row, c).data() for c in range(queue.model.columnCount())]


def test_a_supervisor_approves_and_denies_from_the_queue(qtbot, boss, demo_store) -> None:
    w = boss
    demo = waiting(demo_store)  # the demo leaves a few waiting
    big, bigger, small = pay_cases(demo_store, [12000, 8800, 500])
    assert (big["status"], bigger["status"], small["status"]) == ("pending", "pending", "approved")
    w.controller.refresh_counts()  # what the 60-second timer does
    work = w.approvals_work
    n = len(demo) + 2
    qtbot.waitUntil(lambda: work.pending == n, timeout=WAIT)
    assert work.approvals_action.text() == f"Approvals ({n})"
    assert work.approvals_action in work.money_menu.actions()
    assert work.pending_label.isVisible() and work.pending_label.text() == f"Approvals ({n})"

    queue = _open_queue(qtbot, w, n)
    # oldest first: the demo's, then these two, asked for last
    assert [p.id for p in queue.model.rows][-2:] == [big["id"], bigger["id"]]
    assert {p.id for p in queue.model.rows} == {*demo, big["id"], bigger["id"]}
    shown = _shown(queue, big)
    assert shown[0] == big["case_no"] and "¥120.00" in shown
    assert "Goodwill (late or damaged parcel)" in shown and "lina" in shown
    assert "¥120.00 of ¥10,000.00" in shown  # the order's payments: this one alone
    # it holds its room already: the shop's day counts it, the others of the day too
    day_fen, _waiting = day_spend(demo_store, big["shop_id"], big["shop_day"])
    assert day_fen >= 21300 and f"{approvals_texts.yuan(day_fen)} of ¥10,000.00" in shown

    _select(queue, big)
    queue.table.setFocus()
    QTest.keyClick(queue.table, Qt.Key.Key_Return)  # Enter approves
    qtbot.waitUntil(lambda: queue.model.rowCount() == n - 1 and w.jobs.busy == 0, timeout=WAIT)
    assert queue.model.row_of(big["id"]) < 0
    assert _status(demo_store, big["id"])["status"] == "approved"
    assert _status(demo_store, big["id"])["decided_by"] == SUPERVISOR
    assert "Approved 1 payment." in queue.notice.text()
    assert _day_fen(demo_store, big["shop_id"]) == day_fen  # approving moves no room

    _select(queue, bigger)
    queue.ask_deny()
    dialog = queue.deny_dialog
    assert dialog is not None and not dialog.deny_button.isEnabled()  # a reason first
    dialog.reason.setPlainText("already refunded the postage")
    dialog.deny_button.click()
    qtbot.waitUntil(lambda: queue.model.rowCount() == n - 2 and w.jobs.busy == 0, timeout=WAIT)
    denied = _status(demo_store, bigger["id"])
    assert denied["status"] == "denied" and denied["decision_note"] == "already refunded the postage"
    assert _day_fen(demo_store, big["shop_id"]) == day_fen - 8800  # its room is free
    assert queue.windowTitle() == f"Approvals ({n - 2})"
    qtbot.waitUntil(lambda: work.approvals_action.text() == f"Approvals ({n - 2})",
                    timeout=WAIT)

    history = cases.case_detail(demo_store, bigger["case_id"])["history"]
    last = history[-1]
    assert last["actor"] == SUPERVISOR and last["action"] == "payment_denied"
    assert last["changes"]["amount"] == "88.00" and last["changes"]["key"] == bigger["key"]
    approved = cases.case_detail(demo_store, big["case_id"])["history"][-1]
    assert approved["action"] == "payment_approved" and approved["actor"] == SUPERVISOR


def test_an_empty_queue_says_so(qtbot, boss, demo_store) -> None:
    for pid in waiting(demo_store):
        payments.deny(demo_store, "admin", pid, "cleared for the test")
    queue = _open_queue(qtbot, boss, 0)
    assert queue.stack.currentWidget() is queue.empty
    assert queue.empty.text() == "Nothing is waiting for approval."
    assert queue.windowTitle() == "Approvals (0)"
    assert not queue.approve_button.isEnabled() and not queue.deny_button.isEnabled()


def test_several_rows_are_decided_at_once_and_one_decided_meanwhile_is_named(
        qtbot, boss, demo_store) -> None:
    w = boss
    n = len(waiting(demo_store)) + 3
    made = pay_cases(demo_store, [6000, 7000, 8000])
    queue = _open_queue(qtbot, w, n)
    _select(queue, *made)
    # a colleague denies the second one while the queue still shows it
    payments.deny(demo_store, "admin", made[1]["id"], "a duplicate")
    queue.approve_selected()
    qtbot.waitUntil(lambda: queue.model.rowCount() == n - 3 and w.jobs.busy == 0, timeout=WAIT)
    assert [_status(demo_store, p["id"])["status"] for p in made] == [
        "approved", "denied", "approved"]
    text = queue.notice.text()
    assert "Approved 2 payments." in text
    assert f"{made[1]['case_no']}: Not done: the payment is “Denied” now." in text


def test_a_row_opens_its_case_in_the_main_window(qtbot, boss, demo_store) -> None:
    w = boss
    (paid,) = pay_cases(demo_store, [9900])
    queue = _open_queue(qtbot, w, len(waiting(demo_store)))
    _select(queue, paid)
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
    qtbot.waitUntil(lambda: queue.model.row_of(pending["id"]) >= 0, timeout=WAIT)
    _select(queue, pending)
    queue.approve_selected()
    qtbot.waitUntil(lambda: "supervisor" in queue.notice.text() and window.jobs.busy == 0,
                    timeout=WAIT)
    assert queue.notice.text() == (f"{pending['case_no']}: Only a supervisor or an admin "
                                   "may approve or deny payments.")
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
    day_fen, _n = day_spend(demo_store, first["shop_id"], first["shop_day"])
    rows = {r["id"]: r for r in approval_queue.approval_queue(demo_store)}
    assert rows[first["id"]]["order_total_fen"] == 12000
    assert rows[second["id"]]["order_total_fen"] == 30000
    assert rows[first["id"]]["shop_day_total_fen"] == day_fen == rows[second["id"]][
        "shop_day_total_fen"]
    assert rows[first["id"]]["order_cap_fen"] == 1_000_000
    assert rows[first["id"]]["shop_day_cap_fen"] == 1_000_000
