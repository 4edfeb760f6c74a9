"""Acting on the open case from the pane, in the real window over a demo store."""

from __future__ import annotations

from app.domain.filters import CaseFilter
from app.services.case_actions import perform
from app.services.cases import case_detail
from tests.ui.conftest import USER, select_case


def _open_new_case(qtbot, window, inbox) -> int:  # type: ignore[no-untyped-def]
    case_id = inbox.case_ids(CaseFilter(statuses=("new",), unassigned=True), "deadline", False)[0]
    select_case(qtbot, window, case_id)
    qtbot.waitUntil(lambda: window.pane.detail is not None
                    and window.pane.detail["id"] == case_id, timeout=5000)
    return case_id


def _wait_version(qtbot, window, case_id: int, version: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.pane.detail["id"] == case_id
                    and window.pane.detail["version"] >= version and window.jobs.busy == 0,
                    timeout=5000)


def test_claim_move_note_tag_and_release_from_the_pane(qtbot, window, inbox) -> None:
    case_id = _open_new_case(qtbot, window, inbox)
    bar = window.pane.actions
    v = window.pane.detail["version"]
    bar.actions["claim"].trigger()
    _wait_version(qtbot, window, case_id, v + 1)
    assert window.pane.detail["assignee"] == USER
    assert not bar.actions["claim"].isEnabled()

    # The status menu offers exactly the moves the state machine allows.
    offered = [a.objectName() for a in bar.status_menu.actions()]
    assert offered == [f"to_{s}" for s in window.pane.detail["next_statuses"]]
    assert "to_inspecting" not in offered
    next(a for a in bar.status_menu.actions() if a.objectName() == "to_waiting_buyer").trigger()
    _wait_version(qtbot, window, case_id, v + 2)
    assert window.pane.detail["status"] == "waiting_buyer" and window.pane.detail["paused"]
    assert "paused since" in window.pane.fact_labels["deadline"][1].text()
    pauses = window.pane.fact_labels["pauses"][1]
    assert pauses.isVisibleTo(window.pane) and "(Waiting for buyer)" in pauses.text()
    assert pauses.text().endswith("now (Waiting for buyer)")

    bar.ask_text = lambda *_a, **_k: "买家说明天补图"  # type: ignore[method-assign]
    bar.actions["note"].trigger()
    _wait_version(qtbot, window, case_id, v + 3)
    bar.ask_text = lambda *_a, **_k: "待补图"  # type: ignore[method-assign]
    bar.actions["tag"].trigger()
    _wait_version(qtbot, window, case_id, v + 4)
    assert window.pane.detail["tags"] == ["待补图"]
    chips = [window.pane.chips.itemAt(i).widget() for i in range(window.pane.chips.count())]
    assert "待补图" in [c.text() for c in chips if c is not None]
    bar.actions["release"].trigger()
    _wait_version(qtbot, window, case_id, v + 5)
    assert window.pane.detail["assignee"] is None
    actions = [h["action"] for h in case_detail(inbox.store, case_id)["history"][-5:]]
    assert actions == ["assign", "status", "note", "tag", "assign"]
    timeline = window.pane.timeline
    assert timeline.item(0, 2).text() == "Assigned"
    assert "Tags" in timeline.item(1, 3).text()


def test_a_colleague_first_is_named_and_the_fresh_case_shown(qtbot, window, inbox) -> None:
    case_id = _open_new_case(qtbot, window, inbox)
    seen = window.pane.detail["version"]
    # Another agent, in another window, changes the case meanwhile.
    perform(inbox.store, "wangwei", case_id, [{"do": "status", "to": "in_progress"}])
    next(a for a in window.pane.actions.status_menu.actions()
         if a.objectName() == "to_waiting_buyer").trigger()
    qtbot.waitUntil(lambda: window.pane.notice.isVisible(), timeout=5000)
    assert "wangwei changed this case" in window.pane.notice.text()
    _wait_version(qtbot, window, case_id, seen + 1)
    fresh = window.pane.detail
    assert fresh["status"] == "in_progress" and fresh["version"] == seen + 1
    assert case_detail(inbox.store, case_id)["history"][-1]["actor"] == "wangwei"


def test_an_illegal_move_from_the_keyboard_is_refused_in_words(qtbot, window, inbox) -> None:
    case_id = _open_new_case(qtbot, window, inbox)
    window.pane.act.emit([{"do": "status", "to": "inspecting"}], None)
    qtbot.waitUntil(lambda: window.pane.notice.isVisible(), timeout=5000)
    assert window.pane.notice.text() == "A case that is New cannot move to Inspecting."
    assert case_detail(inbox.store, case_id)["status"] == "new"


def test_escalate_asks_why_and_records_it(qtbot, window, inbox) -> None:
    case_id = _open_new_case(qtbot, window, inbox)
    v = window.pane.detail["version"]
    window.pane.actions.ask_escalation = lambda: ("platform", "买家申请平台介入")  # type: ignore[method-assign]
    window.pane.actions.actions["escalate"].trigger()
    _wait_version(qtbot, window, case_id, v + 1)
    assert window.pane.detail["status"] == "escalated"
    assert window.pane.detail["escalated_to"] == "platform"
    chips = [window.pane.chips.itemAt(i).widget() for i in range(window.pane.chips.count())]
    assert "Escalated to Platform" in [c.text() for c in chips if c is not None]


def test_the_handle_tab_ticks_steps_as_history(qtbot, window, inbox) -> None:
    case_id = _open_new_case(qtbot, window, inbox)
    tab = window.pane.handle_tab
    assert window.pane.tabs.currentWidget() is tab
    steps = window.pane.detail["playbook"]["steps"]
    first = steps[0]["key"]
    answer = steps[0]["answers"][0]["key"] if steps[0]["answers"] else True
    v = window.pane.detail["version"]
    tab.step_toggled.emit(first, answer, False)
    qtbot.waitUntil(lambda: window.jobs.busy == 0)
    assert not window.pane.notice.isVisible(), window.pane.notice.text()
    _wait_version(qtbot, window, case_id, v + 1)
    assert window.pane.detail["steps_done"] == {first: answer}
    assert case_detail(inbox.store, case_id)["history"][-1]["action"] == "step"
    tab.step_toggled.emit(first, True, True)
    _wait_version(qtbot, window, case_id, v + 2)
    assert window.pane.detail["steps_done"] == {}
    # A step the playbook does not have is refused in words, nothing written.
    tab.step_toggled.emit("no_such_step", True, False)
    qtbot.waitUntil(lambda: window.pane.notice.isVisible(), timeout=5000)
    assert case_detail(inbox.store, case_id)["version"] == v + 2


def test_ship_first_flags_the_order_and_records_it(qtbot, window, inbox) -> None:
    case_id = _open_new_case(qtbot, window, inbox)
    flag = window.pane.actions.actions["priority"]
    assert flag.isEnabled() and not flag.isChecked()
    v = window.pane.detail["version"]
    flag.trigger()
    _wait_version(qtbot, window, case_id, v + 1)
    assert window.pane.detail["order"]["priority_shipping"] and flag.isChecked()
    assert case_detail(inbox.store, case_id)["history"][-1]["action"] == "priority_shipping"


def test_acting_on_a_case_deep_in_the_list_keeps_the_agent_there(qtbot, window, inbox) -> None:
    assert window.model.rowCount() > 150
    case_id = window.model.case_id(150)
    select_case(qtbot, window, case_id)
    v = window.pane.detail["version"]
    window.pane.act.emit([{"do": "tag", "tag": "深处"}], None)
    _wait_version(qtbot, window, case_id, v + 1)
    qtbot.wait(400)  # the preview delay: a selection moved meanwhile would open its case
    assert window.pane.detail["id"] == case_id
    assert window.model.case_id(window.table.currentIndex().row()) == case_id
    # A refresh from elsewhere (an import) reads the first page first: the selection
    # never leaves the case meanwhile, even for a moment.
    current: list[int | None] = []
    window.table.selectionModel().currentRowChanged.connect(
        lambda index, _prev: current.append(window.model.case_id(index.row())))
    window.refresh()
    qtbot.waitUntil(lambda: window.jobs.busy == 0 and window.controller.total is not None)
    qtbot.wait(400)
    assert window.pane.detail["id"] == case_id
    assert window.model.case_id(window.table.currentIndex().row()) == case_id
    assert set(current) <= {case_id}, current


def test_a_tag_too_long_is_refused_in_words(qtbot, window, inbox) -> None:
    _open_new_case(qtbot, window, inbox)
    window.pane.act.emit([{"do": "tag", "tag": "长" * 40}], None)
    qtbot.waitUntil(lambda: window.pane.notice.isVisible(), timeout=5000)
    assert window.pane.notice.text() == "That is too long: at most 32, not 40."
