"""Saved views in the real window: save the filter bar under a name, see it with its
count in the left column, open it, rename it (F2) and delete it (Delete)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from app.services import saved_views as sv
from tests.conftest import FIXED_NOW
from tests.ui.conftest import USER


def wait_loaded(qtbot, w) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: w.controller.total is not None and w.jobs.busy == 0, timeout=10000)


def _save(qtbot, w, name: str):  # type: ignore[no-untyped-def]
    QTest.keyClick(w.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.saved_ui.dialog is not None and w.saved_ui.dialog.isVisible())
    dialog = w.saved_ui.dialog
    dialog.name.setText(name)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    return dialog


def test_save_the_filters_and_search_as_a_view_with_its_count(qtbot, window, inbox) -> None:
    bar = window.filter_bar
    bar.kind.setCurrentIndex(bar.kind.findData("refund_only"))
    bar.quality.setCurrentIndex(bar.quality.findData(True))
    wait_loaded(qtbot, window)
    expected = window.model.rowCount()
    assert expected > 0
    dialog = _save(qtbot, window, "Quality refunds")
    qtbot.waitUntil(lambda: not dialog.isVisible() and len(window.controller.saved) == 1)
    view = window.controller.saved[0]
    assert view.query == {"view": "all", "kind": "refund_only", "quality": True}
    qtbot.waitUntil(lambda: window.controller.counts.get(view.key) == expected, timeout=10000)
    item = window.views.item_of(view.key)
    qtbot.waitUntil(lambda: item.text(1) == f"{expected:,}")
    assert item.text(0) == "Quality refunds"
    assert window.views.current_key() == view.key
    assert not window.views.saved_heading.isHidden()

    # another view clears the saved filters; the saved view brings them back
    window.switch_view("mine")
    wait_loaded(qtbot, window)
    assert bar.state() == {}
    window.views.setCurrentItem(item)
    wait_loaded(qtbot, window)
    assert bar.kind.currentData() == "refund_only" and bar.quality.currentData() is True
    assert window.model.rowCount() == expected
    assert sv.list_views(inbox.store, USER)[0].name == "Quality refunds"


def test_a_duplicate_name_is_refused_in_the_dialog(qtbot, window, inbox) -> None:
    sv.save_view(inbox.store, USER, "Douyin", {"platform": "douyin"}, now=lambda: FIXED_NOW)
    dialog = _save(qtbot, window, "Douyin")
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "already have a saved view named 'Douyin'" in dialog.error.text()
    assert dialog.isVisible()  # the agent picks another name
    dialog.name.setText("Douyin 2")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [v.name for v in sv.list_views(inbox.store, USER)] == ["Douyin", "Douyin 2"]


def test_rename_with_f2_and_delete_with_the_delete_key(qtbot, window, inbox) -> None:
    sv.save_view(inbox.store, USER, "Old name", {"view": "all", "status": "new"})
    window.controller.load_saved()
    qtbot.waitUntil(lambda: len(window.views.saved_keys()) == 1)
    key = window.views.saved_keys()[0]
    window.views.setCurrentItem(window.views.item_of(key))
    wait_loaded(qtbot, window)
    window.views.setFocus()
    QTest.keyClick(window.views, Qt.Key.Key_F2)
    dialog = window.saved_ui.dialog
    assert dialog is not None and dialog.name.text() == "Old name"
    dialog.name.setText("New cases")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.views.item_of(key).text(0) == "New cases", timeout=10000)
    assert window.saved_view_actions[0].text() == "New cases"

    window.activateWindow()  # back from the dialog
    window.views.setFocus()
    qtbot.waitUntil(window.views.hasFocus)
    QTest.keyClick(window.views, Qt.Key.Key_Delete)
    box = window.saved_ui.confirm
    assert box is not None and "New cases" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: window.views.saved_keys() == [], timeout=10000)
    assert sv.list_views(inbox.store, USER) == []
    assert window.views.saved_heading.isHidden()
    assert window.views.current_key() == "all"


def test_the_left_column_fits_its_longest_name(window) -> None:
    fm = window.views.fontMetrics()
    widest = max(fm.horizontalAdvance(window.views.item_of(k).text(0))
                 for k in ("waiting_return", "refunds", "exceptions"))
    assert window.views.width() >= widest + window.views.header().sectionSize(1)
    assert window.views.header().sectionSize(0) >= widest


def test_filter_boxes_show_their_whole_text(window) -> None:
    bar = window.filter_bar
    for box in (bar.platform, bar.shop, bar.kind, bar.status, bar.reason, bar.date_field):
        assert box.width() >= box.sizeHint().width(), box.objectName()
    assert not bar.date_from.isVisible()
    bar.date_field.setCurrentIndex(1)
    assert bar.date_from.isVisible() and bar.date_from.isEnabled()


def test_an_empty_table_has_no_horizontal_scroll_bar(qtbot, window) -> None:
    window.filter_bar.search.setText("no such case anywhere")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0 and window.jobs.busy == 0,
                    timeout=10000)
    assert not window.table.horizontalScrollBar().isVisible()
    window.filter_bar.search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=10000)
    assert window.table.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded


def test_order_no_is_in_sight_at_1440(qtbot, window) -> None:
    from ui.case_model import COL_ORDER_NO

    window.resize(1440, 900)
    qtbot.wait(50)
    hh = window.table.horizontalHeader()
    right = hh.sectionViewportPosition(COL_ORDER_NO) + hh.sectionSize(COL_ORDER_NO)
    assert right <= window.table.viewport().width()
