"""The Evidence tab in the real window over a real store (offscreen): files dropped on
the case pane and screenshots pasted are attached to the case shown, appear in the
grid with their thumbnails, are refused in words when they are no evidence, filtered
by step, and removed with a reason the history keeps."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog

from app.services import evidence
from app.services.cases import case_detail
from tests.ui.conftest import select_case
from tests.ui.evidence_helpers import (
    case_without_evidence,
    drop,
    image,
    urls,
    write_jpeg,
    write_turned_jpeg,
)
from ui.evidence_drops import from_mime
from ui.evidence_model import ALL, NO_STEP, STATE_ROLE


@pytest.fixture
def shown(qtbot, window):  # type: ignore[no-untyped-def]
    """The window with an exception parcel without evidence open in the pane."""
    d = case_without_evidence(window.inbox.store)
    select_case(qtbot, window, d["id"])
    tab = window.pane.evidence_tab
    qtbot.waitUntil(lambda: tab.case_id == d["id"] and not tab.loading, timeout=8000)
    return d


def settled(qtbot, window, files: int) -> None:  # type: ignore[no-untyped-def]
    """The tab shows `files` files of the case, read after the last change."""
    tab = window.pane.evidence_tab
    qtbot.waitUntil(lambda: window.jobs.busy == 0 and not tab.loading
                    and len(tab.model.all_rows) == files
                    and tab.case_id is not None
                    and int(window.pane.detail["version"]) == tab._shown[1], timeout=8000)


def thumbnails_shown(qtbot, tab) -> None:  # type: ignore[no-untyped-def]
    model = tab.model
    qtbot.waitUntil(lambda: model.rowCount() > 0 and all(
        model.data(model.index(r, 0), STATE_ROLE) != "loading" for r in range(model.rowCount())),
        timeout=8000)


def test_files_dropped_on_the_pane_are_attached_with_thumbnails(qtbot, window, shown,
                                                               tmp_path: Path) -> None:
    tab = window.pane.evidence_tab
    assert window.pane.tabs.tabText(window.pane.tabs.indexOf(tab)) == "Evidence (0)"
    photo = write_jpeg(tmp_path / "box.jpg", 640, 480)
    label = write_jpeg(tmp_path / "label.jpg", 300, 300, "#eeeeee")
    # Dropped on the grid's empty area: the pane takes it, whichever child is under it.
    assert drop(tab.empty, urls([photo, label]))
    settled(qtbot, window, 2)
    rows = evidence.list_evidence(window.inbox.store, shown["id"])
    assert sorted(r["name"] for r in rows) == ["box.jpg", "label.jpg"]
    assert {r["added_by"] for r in rows} == {"lina"}
    assert window.pane.notice.text().startswith("2 files attached")
    assert window.pane.tabs.tabText(window.pane.tabs.indexOf(tab)) == "Evidence (2)"
    thumbnails_shown(qtbot, tab)
    model = tab.model
    for r in range(model.rowCount()):
        pixmap = model.data(model.index(r, 0), Qt.ItemDataRole.DecorationRole)
        assert model.data(model.index(r, 0), STATE_ROLE) == "image"
        assert not pixmap.isNull() and max(pixmap.width(), pixmap.height()) <= 128
    assert tab.stack.currentWidget() is tab.grid
    # The timeline names the files in words (the hashes are for verify).
    assert window.pane.timeline.item(0, 2).text() == "Evidence attached"
    changes = window.pane.timeline.item(0, 3).text()
    assert changes.startswith("Files: box.jpg (JPEG, ") and "label.jpg (JPEG, " in changes
    assert "sha256" not in changes
    # Made once: the thumbnail is on disk for the next start.
    assert len(list(evidence.cache_dir(window.inbox.store).rglob("*.png"))) == 2


def test_the_same_file_twice_is_stored_once_and_the_notice_says_so(qtbot, window, shown,
                                                                  tmp_path: Path) -> None:
    photo = write_jpeg(tmp_path / "photo.jpg")
    pane = window.pane
    assert drop(pane, urls([photo]))
    settled(qtbot, window, 1)
    version = pane.detail["version"]
    assert drop(pane.handle_tab, urls([photo]))
    qtbot.waitUntil(lambda: "already attached" in pane.notice.text() and window.jobs.busy == 0,
                    timeout=8000)
    assert pane.notice.text() == "photo.jpg is already attached to this case (as photo.jpg)."
    assert len(evidence.list_evidence(window.inbox.store, shown["id"])) == 1
    assert pane.detail["version"] == version  # nothing was recorded
    blobs = [p for p in window.inbox.store.blobs.root.rglob("*") if p.is_file()
             and not p.name.startswith(".")]
    assert len({p.name for p in blobs}) == len(blobs)


def test_a_program_renamed_to_jpg_is_refused_in_words(qtbot, window, shown,
                                                      tmp_path: Path) -> None:
    evil = tmp_path / "evil.jpg"
    evil.write_bytes(b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 500)
    pane = window.pane
    version = pane.detail["version"]
    assert drop(pane, urls([evil]))
    qtbot.waitUntil(lambda: bool(pane.notice.text()) and window.jobs.busy == 0, timeout=8000)
    assert pane.notice.text() == "evil.jpg is a Windows program, not a photo: nothing was attached."
    assert evidence.list_evidence(window.inbox.store, shown["id"]) == []
    assert case_detail(window.inbox.store, shown["id"])["version"] == version


def test_a_file_over_the_limit_is_refused_with_both_sizes(qtbot, window, shown, tmp_path: Path,
                                                          monkeypatch) -> None:
    monkeypatch.setenv("AFTERSALES_EVIDENCE_MAX_MB", "0.01")  # 10 KB
    big = tmp_path / "photo.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 30_000)
    small = write_jpeg(tmp_path / "small.jpg", 40, 40)
    assert drop(window.pane, urls([big, small]))
    settled(qtbot, window, 1)
    assert window.pane.notice.text() == (
        "1 file attached to “Confirm the problem with the buyer”.\n"
        "photo.png is 29 KB; evidence files take at most 10 KB.")
    assert [r["name"] for r in evidence.list_evidence(window.inbox.store, shown["id"])] == [
        "small.jpg"]


def test_a_pasted_screenshot_is_attached_as_png(qtbot, window, shown) -> None:
    QGuiApplication.clipboard().setImage(image(500, 300))
    try:
        window.evidence_work.paste_action.trigger()
        settled(qtbot, window, 1)
    finally:
        QGuiApplication.clipboard().clear()
    tab = window.pane.evidence_tab
    assert window.pane.tabs.currentWidget() is tab
    (row,) = evidence.list_evidence(window.inbox.store, shown["id"])
    assert row["type"] == "png" and row["name"].startswith("screenshot-")
    assert row["name"].endswith(".png")
    thumbnails_shown(qtbot, tab)
    pixmap = tab.model.data(tab.model.index(0, 0), Qt.ItemDataRole.DecorationRole)
    assert pixmap.width() == 128 and 70 < pixmap.height() < 80


def test_ctrl_v_in_a_text_field_pastes_text_and_attaches_nothing(qtbot, window, shown) -> None:
    mime = QMimeData()
    mime.setText("SF1428")
    mime.setImageData(image(50, 50))
    QGuiApplication.clipboard().setMimeData(mime)
    try:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        search = window.filter_bar.search
        search.setFocus()
        qtbot.waitUntil(search.hasFocus)
        QTest.keyClick(search, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert search.text() == "SF1428"
        assert not window.jobs.running("act")
        search.clear()
        # From the case list the same key attaches the picture.
        window.table.setFocus()
        qtbot.waitUntil(window.table.hasFocus)
        QTest.keyClick(window.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        settled(qtbot, window, 1)
    finally:
        QGuiApplication.clipboard().clear()


def test_the_step_filter_and_the_step_chooser(qtbot, window, shown, tmp_path: Path) -> None:
    tab = window.pane.evidence_tab
    # A step that asks for evidence and has none is offered first.
    assert tab.step.currentData() == "confirm_problem"
    assert tab.step.itemData(tab.step.count() - 1) is not None  # other steps come last
    box, label = write_jpeg(tmp_path / "box.jpg"), write_jpeg(tmp_path / "lbl.jpg", color="#fff")
    assert drop(window.pane, urls([box, label]))
    settled(qtbot, window, 2)
    assert window.pane.notice.text() == "2 files attached to “Confirm the problem with the buyer”."
    tab.step.setCurrentIndex(tab.step.findData(None))
    tab.step.activated.emit(tab.step.currentIndex())
    chat = write_jpeg(tmp_path / "chat.jpg", color="#0f0")
    assert drop(window.pane, urls([chat]))
    settled(qtbot, window, 3)
    assert tab.step.currentData() is None  # the agent's choice stays for this case
    steps = {r["name"]: r["step"] for r in evidence.list_evidence(window.inbox.store, shown["id"])}
    assert steps == {"box.jpg": "confirm_problem", "lbl.jpg": "confirm_problem", "chat.jpg": None}
    assert window.pane.tabs.tabText(window.pane.tabs.indexOf(tab)) == "Evidence (3)"

    def show(key: str | None) -> list[str]:
        tab.filter.setCurrentIndex(tab.filter.findData(key))
        return sorted(tab.model.data(tab.model.index(r, 0)) for r in range(tab.model.rowCount()))

    assert show("confirm_problem") == ["box.jpg", "lbl.jpg"]
    assert tab.filter.currentText() == "Confirm the problem with the buyer (2)"
    assert show(NO_STEP) == ["chat.jpg"]
    assert show("supplier_proof") == []
    assert tab.stack.currentWidget() is tab.empty and "No file on this step" in tab.empty.text()
    assert show(ALL) == ["box.jpg", "chat.jpg", "lbl.jpg"]


def test_remove_asks_why_hides_the_file_and_the_history_keeps_it(qtbot, window, shown,
                                                                 tmp_path: Path,
                                                                 monkeypatch) -> None:
    tab = window.pane.evidence_tab
    assert drop(window.pane, urls([write_jpeg(tmp_path / "blurry.jpg")]))
    settled(qtbot, window, 1)
    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda _parent, _title, text, *a, **k: (
        asked.append(text), ("Blurry; a sharper photo follows", True))[1])
    assert not tab.remove_button.isEnabled()
    tab.grid.setCurrentIndex(tab.model.index(0, 0))
    assert tab.remove_button.isEnabled()
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    settled(qtbot, window, 0)
    assert "“blurry.jpg”" in asked[0]
    assert evidence.list_evidence(window.inbox.store, shown["id"]) == []
    (kept,) = evidence.list_evidence(window.inbox.store, shown["id"], include_removed=True)
    assert kept["removed"] and kept["removed_reason"] == "Blurry; a sharper photo follows"
    last = case_detail(window.inbox.store, shown["id"])["history"][-1]
    assert last["action"] == "evidence_removed" and last["actor"] == "lina"
    assert window.pane.tabs.tabText(window.pane.tabs.indexOf(tab)) == "Evidence (0)"
    assert "No evidence yet" in tab.empty.text() and tab.stack.currentWidget() is tab.empty
    assert window.pane.notice.text().startswith("“blurry.jpg” is off the case.")
    # The timeline says it in words, not codes.
    timeline = window.pane.timeline
    assert timeline.item(0, 2).text() == "Evidence removed"
    assert "blurry.jpg (JPEG, " in timeline.item(0, 3).text()


def test_a_photo_turned_by_its_exif_orientation_stands_up(qtbot, window, shown,
                                                         tmp_path: Path) -> None:
    tab = window.pane.evidence_tab
    assert drop(window.pane, urls([write_turned_jpeg(tmp_path / "portrait.jpg", 400, 200)]))
    settled(qtbot, window, 1)
    thumbnails_shown(qtbot, tab)
    pixmap = tab.model.data(tab.model.index(0, 0), Qt.ItemDataRole.DecorationRole)
    assert pixmap.height() > pixmap.width()
    assert (pixmap.width(), pixmap.height()) == (64, 128)


def test_an_empty_case_says_how_to_add_evidence(window, shown) -> None:
    tab = window.pane.evidence_tab
    assert tab.stack.currentWidget() is tab.empty
    assert tab.empty.text().startswith(
        "No evidence yet: drop files here, paste a screenshot (Ctrl+V) or Attach files…")
    assert not tab.summary.isVisible()
    assert tab.attach_button.isEnabled() and not tab.open_button.isEnabled()


def test_spreadsheet_exports_dropped_on_the_pane_are_left_to_the_import(tmp_path: Path) -> None:
    csv, txt = tmp_path / "orders.csv", tmp_path / "chat.txt"
    assert from_mime(urls([csv]), for_drop=True) == []
    assert [i.name for i in from_mime(urls([csv, txt]), for_drop=True)] == ["orders.csv",
                                                                            "chat.txt"]
