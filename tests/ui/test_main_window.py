"""The real main window over a 300-case demo store, driven offscreen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from app.domain.enums import CLOSED_STATUSES, OPEN_STATUSES
from app.domain.filters import CaseFilter
from app.services.inbox import VIEW_KEYS, view_filter
from tests.conftest import FIXED_NOW
from tests.ui.conftest import USER, make_window
from ui.case_model import COL_AMOUNT, COL_CASE_NO, COL_DEADLINE, COL_UPDATED


def rows(window) -> list:  # type: ignore[no-untyped-def]
    return [window.model.cached_row(r) for r in range(window.model.rowCount())]


def wait_loaded(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.controller.total is not None and window.jobs.busy == 0, timeout=10000)


def test_views_list_every_view_with_its_count(window, inbox) -> None:
    filters = {k: view_filter(k, me_id=inbox.me_id(), now=FIXED_NOW) for k in VIEW_KEYS}
    expected = inbox.counts(filters)
    assert window.controller.counts == expected
    assert expected["all"] == 300 and expected["mine"] > 0 and expected["overdue"] > 0
    shown = [window.views.topLevelItem(i).text(1) for i in range(len(VIEW_KEYS))]
    assert shown == [f"{expected[k]:,}" for k in VIEW_KEYS]
    names = [window.views.topLevelItem(i).text(0) for i in range(len(VIEW_KEYS))]
    assert names[:3] == ["My cases", "Unassigned", "Due soon"]
    assert "Closed" in names


def test_switching_views_shows_matching_cases(qtbot, window, inbox) -> None:
    me = inbox.me_id()
    window.switch_view("closed")
    wait_loaded(qtbot, window)
    assert window.model.rowCount() == window.controller.counts["closed"]
    assert {r.status for r in rows(window)} <= {s.value for s in CLOSED_STATUSES}

    window.views.setCurrentItem(window.views.topLevelItem(VIEW_KEYS.index("mine")))
    qtbot.waitUntil(lambda: window.controller.view_key == "mine")
    wait_loaded(qtbot, window)
    mine = rows(window)
    assert len(mine) == window.controller.counts["mine"]
    assert {r.assignee for r in mine} == {USER}
    assert {r.status for r in mine} <= {s.value for s in OPEN_STATUSES}
    assert me is not None

    window.switch_view("overdue")
    wait_loaded(qtbot, window)
    overdue = rows(window)
    assert overdue and all(r.deadline_at < FIXED_NOW for r in overdue)
    assert window.model.index(0, COL_DEADLINE).data().startswith("late")


def test_view_menu_actions_switch_views(qtbot, window) -> None:
    # Ctrl+3 is the third view; the action carries the shortcut
    action = window.view_actions[2]
    assert action.shortcut().toString() == "Ctrl+3"
    action.trigger()
    wait_loaded(qtbot, window)
    assert window.controller.view_key == "due_soon"
    assert window.model.rowCount() == window.controller.counts["due_soon"]


def wait_rows(qtbot, window, wanted) -> None:  # type: ignore[no-untyped-def]
    """Until the reload a filter starts has shown rows that all pass `wanted`: a load
    that has not started yet looks settled too, with the rows before the change."""
    def shown() -> bool:
        loaded = window.controller.total is not None and window.jobs.busy == 0
        got = rows(window) if loaded else []
        return bool(got) and None not in got and all(wanted(r) for r in got)

    qtbot.waitUntil(shown, timeout=10000)


def test_filter_bar_narrows_the_view(qtbot, window) -> None:
    bar = window.filter_bar
    bar.kind.setCurrentIndex(bar.kind.findData("refund_only"))
    wait_rows(qtbot, window, lambda r: r.kind == "refund_only")

    bar.quality.setCurrentIndex(bar.quality.findData(True))
    wait_rows(qtbot, window, lambda r: r.kind == "refund_only" and r.quality_refund)

    bar.clear()
    bar.min_amount.setText("100")
    bar.max_amount.setText("200.50")
    bar.max_amount.editingFinished.emit()
    wait_rows(qtbot, window, lambda r: 10000 <= r.amount_fen <= 20050)
    assert window.model.rowCount() < 300

    bar.clear()
    bar.status.setCurrentIndex(bar.status.findData("escalated"))
    window.switch_view("closed")  # escalated and closed never meet
    qtbot.waitUntil(lambda: window.model.rowCount() == 0 and window.jobs.busy == 0,
                    timeout=10000)
    assert window.pane.detail is None


def test_filter_bar_assignee_shop_and_second_refund(qtbot, window, inbox) -> None:
    bar = window.filter_bar
    qtbot.waitUntil(lambda: bar.shop.count() > 1 and bar.assignee.count() > 2)
    bar.assignee.setCurrentIndex(bar.assignee.findData("__unassigned__"))
    wait_loaded(qtbot, window)
    assert rows(window) and {r.assignee for r in rows(window)} == {""}
    bar.clear()
    shop_id = bar.shop.itemData(1)
    bar.shop.setCurrentIndex(1)
    wait_loaded(qtbot, window)
    expected = len(inbox.case_ids(CaseFilter(shop_ids=(shop_id,))))
    assert window.model.rowCount() == expected > 0
    bar.clear()
    bar.second.setCurrentIndex(bar.second.findData(True))
    wait_loaded(qtbot, window)
    assert all(r.second_refund for r in rows(window))


def test_date_range_filter(qtbot, window) -> None:
    from PySide6.QtCore import QDate

    bar = window.filter_bar
    bar.date_field.setCurrentIndex(bar.date_field.findData("deadline"))
    day = QDate(FIXED_NOW.year, FIXED_NOW.month, FIXED_NOW.day)
    bar.date_from.setDate(day)
    bar.date_to.setDate(day)
    wait_loaded(qtbot, window)
    f = bar.case_filter()
    assert f.deadline_from is not None and f.deadline_to is not None
    got = rows(window)
    assert got and all(f.deadline_from <= r.deadline_at < f.deadline_to for r in got)


def test_search_by_case_no_as_you_type(qtbot, window, inbox) -> None:
    target = inbox.first_page(CaseFilter(), "amount", True, 1)[0]
    window.focus_search()
    qtbot.keyClicks(window.filter_bar.search, target.case_no)
    wait_loaded(qtbot, window)
    qtbot.waitUntil(lambda: window.model.rowCount() >= 1 and window.model.case_id(0) == target.id)
    assert all(target.case_no in r.case_no for r in rows(window))


def test_search_two_character_chinese_term(qtbot, window, inbox) -> None:
    expected = inbox.case_ids(CaseFilter(search="破损"))
    assert len(expected) > 0
    window.filter_bar.search.setText("破损")
    qtbot.waitUntil(lambda: window.model.rowCount() == len(expected), timeout=5000)
    wait_loaded(qtbot, window)
    assert sorted(window.model.case_id(r) for r in range(window.model.rowCount())) == sorted(expected)


def test_stale_search_results_never_land(qtbot, window, inbox) -> None:
    # Each keystroke restarts the debounce; whatever ran before, the last text wins.
    search = window.filter_bar.search
    for text in ("破", "破损", "漏", "漏发"):
        search.setText(text)
        window.reload()  # start a query for every intermediate text, like a slow typist
    wait_loaded(qtbot, window)
    expected = inbox.case_ids(CaseFilter(search="漏发"))
    assert sorted(window.model.case_id(r) for r in range(window.model.rowCount())) == sorted(expected)


def test_keyboard_next_previous_and_open(qtbot, window) -> None:
    window.activateWindow()
    window.table.setFocus()
    window.table.setCurrentIndex(window.model.index(0, 0))
    qtbot.waitUntil(lambda: window.pane.case_id == window.model.case_id(0))
    qtbot.keyClick(window.table, Qt.Key.Key_J)
    assert window.table.currentIndex().row() == 1
    qtbot.waitUntil(lambda: window.pane.case_id == window.model.case_id(1))
    qtbot.keyClick(window.table, Qt.Key.Key_J)
    qtbot.keyClick(window.table, Qt.Key.Key_K)
    assert window.table.currentIndex().row() == 1
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert window.table.currentIndex().row() == 2
    qtbot.keyClick(window.table, Qt.Key.Key_Up)
    assert window.table.currentIndex().row() == 1
    with qtbot.waitSignal(window.case_shown) as shown:
        qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert shown.args == [window.model.case_id(1)]


def test_keyboard_focus_search_and_typing_j_stays_text(qtbot, window) -> None:
    window.activateWindow()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.filter_bar.search
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.table
    qtbot.keyClick(window.table, Qt.Key.Key_Slash)
    assert QApplication.focusWidget() is window.filter_bar.search
    row = window.table.currentIndex().row()
    qtbot.keyClicks(window.filter_bar.search, "jk")
    assert window.filter_bar.search.text() == "jk"
    assert window.table.currentIndex().row() == row


def test_keyboard_ctrl_number_switches_view(qtbot, window) -> None:
    window.activateWindow()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.controller.view_key == "overdue")
    wait_loaded(qtbot, window)
    assert window.model.rowCount() == window.controller.counts["overdue"]


def test_case_pane_shows_header_order_and_timeline(qtbot, window, inbox) -> None:
    case_id = window.model.case_id(5)
    window.table.setCurrentIndex(window.model.index(5, 0))
    with qtbot.waitSignal(window.case_shown, timeout=5000):
        window.open_current()
    detail = inbox.case(case_id)
    pane = window.pane
    assert pane.case_id == case_id
    assert detail["case_no"] in pane.title.text()
    assert pane.fact_labels["amount"][1].text() == f"¥{detail['amount']}"
    history = detail["history"]
    assert pane.timeline.rowCount() == len(history) > 0
    whos = {pane.timeline.item(r, 1).text() for r in range(pane.timeline.rowCount())}
    assert whos == {e["actor"] for e in history}
    created = pane.timeline.item(pane.timeline.rowCount() - 1, 2).text()
    assert created == "Created"
    assert pane.items.rowCount() == len(detail["order"]["items"])
    tracking = detail["order"]["shipments"][0]["tracking_no"]
    if tracking:
        assert pane.shipments.item(0, 2).text() == tracking
    # the address is masked
    assert "*" in pane.order_labels["address"][1].text()


def test_case_pane_flags(qtbot, window, inbox) -> None:
    f = CaseFilter(quality_refund=True, second_refund=True)
    ids = inbox.case_ids(f) or inbox.case_ids(CaseFilter(quality_refund=True))
    with qtbot.waitSignal(window.case_shown, timeout=5000):
        window.open_case(ids[0])
    chips = [window.pane.chips.itemAt(i).widget() for i in range(window.pane.chips.count())]
    texts = {c.text() for c in chips if c is not None}
    assert "Quality refund" in texts


def test_sorting_by_amount_and_updated(qtbot, window) -> None:
    header = window.table.horizontalHeader()
    header.setSortIndicator(COL_AMOUNT, Qt.SortOrder.AscendingOrder)
    wait_loaded(qtbot, window)
    amounts = [r.amount_fen for r in rows(window)]
    assert amounts == sorted(amounts) and amounts[0] < amounts[-1]
    header.setSortIndicator(COL_AMOUNT, Qt.SortOrder.DescendingOrder)
    wait_loaded(qtbot, window)
    amounts = [r.amount_fen for r in rows(window)]
    assert amounts == sorted(amounts, reverse=True)
    header.setSortIndicator(COL_UPDATED, Qt.SortOrder.DescendingOrder)
    wait_loaded(qtbot, window)
    updated = [r.updated_at for r in rows(window)]
    assert updated == sorted(updated, reverse=True)
    # a column without an index does not sort; the indicator goes back
    header.setSortIndicator(COL_CASE_NO, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: header.sortIndicatorSection() == COL_UPDATED)
    assert window.model.sort_key == "updated"


def test_layout_is_remembered(qtbot, qloop, english, inbox, ui_settings) -> None:
    w = make_window(qtbot, inbox, ui_settings)
    w.table.horizontalHeader().resizeSection(COL_CASE_NO, 333)
    w.splitter.setSizes([222, 700, 400])
    sizes = w.splitter.sizes()
    w.switch_view("escalated")
    w.close()
    w2 = make_window(qtbot, inbox, ui_settings, view=str(ui_settings.value("inbox/view")))
    assert w2.table.horizontalHeader().sectionSize(COL_CASE_NO) == 333
    assert w2.splitter.sizes()[0] == sizes[0]
    assert w2.controller.view_key == "escalated"
    w2.close()


def test_status_bar_names_database_and_jobs(qtbot, window, inbox) -> None:
    assert inbox.description in window.db_label.text()
    assert USER in window.user_label.text()
    # The window may still be counting from its own start: let that finish first.
    qtbot.waitUntil(lambda: window.jobs.busy == 0)
    assert window.jobs_label.text() == "Ready"
    window.controller.refresh_counts()
    assert "Counting views" in window.jobs_label.text()
    qtbot.waitUntil(lambda: window.jobs.busy == 0)
    assert window.jobs_label.text() == "Ready"


def test_file_menu_and_refresh_after_data_change(qtbot, window, inbox) -> None:
    from app.services.case_actions import change_status

    assert isinstance(window.file_menu, QMenu)
    assert window.file_menu.actions()
    before = window.controller.counts["escalated"]
    case_id = inbox.case_ids(view_filter("unassigned", me_id=None, now=FIXED_NOW))[0]
    change_status(inbox.store, "tester", case_id, "in_progress")
    change_status(inbox.store, "tester", case_id, "escalated")
    with qtbot.waitSignal(window.controller.counts_loaded, timeout=5000):
        window.refresh()
    assert window.controller.counts["escalated"] == before + 1


def test_shortcuts_help_lists_the_keys(qtbot, window) -> None:
    from ui.shortcuts import KeyboardShortcutsDialog

    dialog = KeyboardShortcutsDialog(window)
    qtbot.addWidget(dialog)
    keys = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert "J" in keys and "K" in keys
    assert any("Ctrl+F" in k for k in keys) and any("Ctrl+1" in k for k in keys)
    assert window.help_action.shortcut().toString() == "F1"


def test_a_known_error_is_shown_in_the_status_bar_not_as_a_bug(qtbot, window) -> None:
    async def locked() -> None:
        raise OSError("the database file is locked by another program")

    with qtbot.waitSignal(window.jobs.failed) as failed:
        window.jobs.start("broken", locked())
    assert failed.args == ["broken", "the database file is locked by another program"]
    assert "locked by another program" in window.statusBar().currentMessage()
