"""Revealing a buyer's phone and address in the real window, and what the window hides
by role: for lina (an agent) the Show buttons, the library's editing, the export with
buyer data and the approvals are not offered; for zhaoli (a supervisor) they are, and
a reveal shows the whole value for this case, records it and the timeline says so."""

from __future__ import annotations

from sqlalchemy import func, select

from app.store.models import CaseEvent
from tests.ui.approvals_helpers import SUPERVISOR
from tests.ui.conftest import select_case
from ui.role_gate import role_gate

WAIT = 10000


def _events(store, case_id: int) -> int:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(CaseEvent)
                                      .where(CaseEvent.case_id == case_id)) or 0)


def _with_phone(window) -> int:  # type: ignore[no-untyped-def]
    for row in range(window.model.rowCount()):
        case_id = window.model.case_id(row)
        select_case(window._qtbot, window, case_id)
        buyer = (window.pane.detail.get("order") or {}).get("buyer") or {}
        if buyer.get("phone") and buyer.get("address"):
            return int(case_id)
    raise AssertionError("no case with a buyer's phone and address")


def _offered(window) -> dict[str, bool]:  # type: ignore[no-untyped-def]
    reveal = window.reveal_work
    reply = window.pane.reply_tab
    # isHidden: hidden on purpose (a tab not in front hides its widgets too)
    return {"phone": not reveal.buttons["phone"].isHidden(),
            "address": not reveal.buttons["address"].isHidden(),
            "templates": not reply.edit_button.isHidden(),
            "macros": reply.macro_menu.edit_action.isVisible(),
            "export": window.import_export.export_buyer_action.isVisible(),
            "approvals": window.approvals_work.approvals_action.isVisible()}


def test_an_agent_is_offered_none_of_it_a_supervisor_all(qtbot, window) -> None:
    window._qtbot = qtbot
    window.install_file_actions()
    gate = role_gate(window)
    qtbot.waitUntil(lambda: gate.role_of == "lina" and window.jobs.busy == 0, timeout=WAIT)
    _with_phone(window)
    assert _offered(window) == dict.fromkeys(
        ("phone", "address", "templates", "macros", "export", "approvals"), False)

    window.set_agent(SUPERVISOR)
    qtbot.waitUntil(lambda: gate.role_of == SUPERVISOR and window.approvals_work.decides
                    and window.jobs.busy == 0, timeout=WAIT)
    assert _offered(window) == dict.fromkeys(
        ("phone", "address", "templates", "macros", "export", "approvals"), True)

    window.set_agent("lina")  # the next person at the desk sees none of it again
    qtbot.waitUntil(lambda: gate.role_of == "lina" and window.jobs.busy == 0, timeout=WAIT)
    assert not any(_offered(window).values())


def test_a_supervisor_reveals_the_phone_for_this_case_only(qtbot, window, demo_store) -> None:
    window._qtbot = qtbot
    gate = role_gate(window)
    window.set_agent(SUPERVISOR)
    qtbot.waitUntil(lambda: gate.role_of == SUPERVISOR and window.jobs.busy == 0, timeout=WAIT)
    case_id = _with_phone(window)
    phone_label = window.pane.order_labels["phone"][1]
    masked = phone_label.text()
    assert "*" in masked
    before = _events(demo_store, case_id)
    button = window.reveal_work.buttons["phone"]
    assert not button.isHidden() and button.text() == "Show"

    with qtbot.waitSignal(window.reveal_work.revealed, timeout=WAIT):
        button.click()
    qtbot.waitUntil(lambda: window.jobs.busy == 0 and len(window.pane.detail["history"]) ==
                    before + 1, timeout=WAIT)
    shown = phone_label.text()
    assert "*" not in shown and shown[:3] == masked[:3] and shown[-4:] == masked[-4:]
    assert button.isHidden()  # shown already
    assert not window.reveal_work.buttons["address"].isHidden()
    assert _events(demo_store, case_id) == before + 1
    newest = [window.pane.timeline.item(0, c).text() for c in range(4)]
    assert newest[1:] == [SUPERVISOR, "Buyer's data shown", "Shown: Full phone number"]
    assert shown not in " ".join(newest)  # the history names the field, never the value

    window.controller.open_case(case_id)  # the same case read again: still shown
    qtbot.waitUntil(lambda: window.jobs.busy == 0, timeout=WAIT)
    assert phone_label.text() == shown

    other = next(window.model.case_id(r) for r in range(window.model.rowCount())
                 if window.model.case_id(r) != case_id)
    select_case(qtbot, window, other)
    assert "*" in phone_label.text() or phone_label.text() == "—"
    select_case(qtbot, window, case_id)
    assert phone_label.text() == masked  # another case was opened: masked again


def test_an_agent_who_reveals_anyway_is_told_why_and_nothing_is_recorded(
        qtbot, window, demo_store) -> None:
    """Should an agent's window ever offer Show, the service still refuses."""
    window._qtbot = qtbot
    case_id = _with_phone(window)
    before = _events(demo_store, case_id)
    masked = window.pane.order_labels["phone"][1].text()
    window.reveal_work.show_value("phone")
    qtbot.waitUntil(lambda: window.jobs.busy == 0 and window.pane.notice.isVisibleTo(window),
                    timeout=WAIT)
    assert window.pane.notice.text() == (
        "Only a supervisor or an admin may see a buyer's full phone or address.")
    assert window.pane.order_labels["phone"][1].text() == masked
    assert _events(demo_store, case_id) == before
