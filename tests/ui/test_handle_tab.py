"""The Handle tab: a real case's playbook as a checklist, its progress, and what it asks
the case pane to do (pytest-qt, offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.domain.enums import CaseKind
from app.domain.filters import CaseFilter
from app.services.cases import case_detail, list_cases
from app.services.playbooks import tick
from tests.ui.conftest import USER


def _case(store, kind: CaseKind, status: str | None = None) -> dict:
    for row in list_cases(store, CaseFilter(kinds=(kind.value,)), limit=200):
        d = case_detail(store, row.id)
        if not d["quality_refund"] and (status is None or d["status"] == status):
            return d
    raise AssertionError(f"no {kind} case")


@pytest.fixture
def tab(qtbot, english):
    from ui.handle_tab import HandleTab

    t = HandleTab()
    qtbot.addWidget(t)
    t.resize(460, 700)
    t.show()
    return t


def test_it_shows_the_steps_with_progress_and_the_current_step(tab, demo_store) -> None:
    d = _case(demo_store, CaseKind.EXCEPTION_PARCEL)
    tab.show_case(d)
    book = d["playbook"]
    assert tab.title.text() == "Exception parcel"
    assert tab.progress_label.text().startswith(f"0 of {book['total']} steps done")
    assert tab.progress.value() == 0 and tab.progress.maximum() == book["total"]
    assert list(tab.step_frames) == [s["key"] for s in book["steps"]]
    assert tab.step_frames["confirm_problem"].property("state") == "current"
    assert tab.step_frames["supplier_proof"].property("state") == "todo"
    # A question is answered with its buttons, not the box.
    assert not tab.checks["confirm_problem"].isEnabled()
    assert tab.checks["supplier_proof"].isEnabled()
    labels = [lab.text() for lab in tab.step_frames["confirm_problem"].findChildren(
        type(tab.title))]
    assert any(t.startswith("Evidence needed: Photos of the box") for t in labels)
    assert any(t == "What went wrong?" for t in labels)


def test_ticking_answering_and_suggestions_are_signals(tab, qtbot, demo_store) -> None:
    d = _case(demo_store, CaseKind.EXCEPTION_PARCEL, status="new")
    tab.show_case(d)
    with qtbot.waitSignal(tab.step_toggled) as sig:
        qtbot.mouseClick(tab.answer_buttons[("confirm_problem", "transit")],
                         Qt.MouseButton.LeftButton)
    assert sig.args == ["confirm_problem", "transit", False]
    with qtbot.waitSignal(tab.step_toggled) as sig:
        qtbot.keyClick(tab.checks["supplier_proof"], Qt.Key.Key_Space)
    assert sig.args == ["supplier_proof", True, False]
    with qtbot.waitSignal(tab.template_suggested) as sig:
        qtbot.mouseClick(tab.suggest_buttons["template"], Qt.MouseButton.LeftButton)
    assert sig.args == ["ask_damage_photos"]
    assert tab.suggest_buttons["status"].text() == "Move to Waiting for buyer"
    with qtbot.waitSignal(tab.status_suggested) as sig:
        qtbot.keyClick(tab.suggest_buttons["status"], Qt.Key.Key_Space)
    assert sig.args == ["waiting_buyer"]


def test_a_suggested_move_the_state_machine_refuses_is_not_offered(tab, demo_store) -> None:
    d = _case(demo_store, CaseKind.EXCEPTION_PARCEL, status="rejected")
    tab.show_case(d)
    assert set(tab.suggest_buttons) == {"template"}
    tab.set_template_titles({"ask_damage_photos": "Ask for damage photos"})
    assert tab.suggest_buttons["template"].text() == "Reply “Ask for damage photos”"


def test_the_tab_follows_the_case_as_the_pane_ticks_its_steps(tab, qtbot, demo_store) -> None:
    """Wired as the case pane wires it: a signal ticks the step, the fresh case is shown."""
    d = _case(demo_store, CaseKind.RETURN_REFUND)
    case_id = d["id"]

    def act(key: str, answer: object, undo: bool) -> None:
        tick(demo_store, USER, case_id, key, answer=answer, undo=undo)
        tab.show_case(case_detail(demo_store, case_id))

    def click(find) -> None:  # type: ignore[no-untyped-def]
        # Each tick shows the case again: click the new control once it is laid out.
        qtbot.waitUntil(lambda: find().isVisible() and find().width() > 0)
        qtbot.mouseClick(find(), Qt.MouseButton.LeftButton)

    tab.step_toggled.connect(act)
    tab.show_case(d)
    click(lambda: tab.checks["agree_return"])
    click(lambda: tab.checks["wait_parcel"])
    click(lambda: tab.answer_buttons[("inspect", "problem")])
    assert tab.progress_label.text().startswith("3 of 4 steps done")
    assert tab.step_frames["refund"].property("state") == "skipped"
    assert not tab.checks["refund"].isEnabled()
    assert tab.step_frames["refuse_with_proof"].property("state") == "current"
    texts = [lab.text() for lab in tab.step_frames["inspect"].findChildren(type(tab.title))]
    assert "Answer: Missing, damaged or swapped" in texts
    # Un-ticking the answered step is an undo; its skipped step comes back.
    click(lambda: tab.checks["inspect"])
    assert tab.step_frames["refund"].property("state") == "todo"
    assert tab.step_frames["inspect"].property("state") == "current"
    actions = [e["changes"].get("undo", False) for e in
               case_detail(demo_store, case_id)["history"] if e["action"] == "step"]
    assert actions == [False, False, False, True]


def test_every_control_takes_keyboard_focus(tab, demo_store) -> None:
    tab.show_case(_case(demo_store, CaseKind.EXCEPTION_PARCEL, status="new"))
    controls = [*tab.checks.values(), *tab.answer_buttons.values(),
                *tab.suggest_buttons.values()]
    assert len(controls) > 10
    for c in controls:
        assert c.focusPolicy() & Qt.FocusPolicy.TabFocus, c.objectName()


def test_texts_follow_the_window_language(tab, demo_store) -> None:
    from ui import i18n

    d = _case(demo_store, CaseKind.URGE)
    i18n.install("zh_CN")
    tab.show_case(d)
    assert tab.title.text() == "催发货"
    assert "及时回复买家" in tab.step_frames["reply_buyer"].findChildren(
        type(tab.title))[0].text()
    i18n.install("en")
    tab.show_case(d)
    assert tab.title.text() == "Urged shipment"


def test_no_case_shows_a_hint_and_no_steps(tab, demo_store) -> None:
    tab.show_case(_case(demo_store, CaseKind.URGE))
    tab.clear()
    assert tab.step_frames == {} and tab.empty.isVisible()
    assert not tab.progress.isVisible()
