"""Opening evidence from the real window: photos zoom and pan, PDFs page, videos go to
the system player as a checked copy, and a stored file that was changed or lost is
shown as a warning, never as evidence. Also the Handle tab's "Attach…" on a step and
the appeal bundle button."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDesktopServices, QWheelEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from app.services import evidence
from tests.ui.conftest import select_case
from tests.ui.evidence_helpers import (
    case_without_evidence,
    drop,
    urls,
    write_jpeg,
    write_mp4,
    write_pdf,
    write_turned_jpeg,
)
from tests.ui.test_evidence_tab import settled, thumbnails_shown
from ui.evidence_model import STATE_ROLE


@pytest.fixture
def shown(qtbot, window):  # type: ignore[no-untyped-def]
    d = case_without_evidence(window.inbox.store)
    select_case(qtbot, window, d["id"])
    tab = window.pane.evidence_tab
    qtbot.waitUntil(lambda: tab.case_id == d["id"] and not tab.loading, timeout=8000)
    return d


def attach(qtbot, window, *paths: Path) -> None:  # type: ignore[no-untyped-def]
    before = len(window.pane.evidence_tab.model.all_rows)
    assert drop(window.pane, urls(list(paths)))
    settled(qtbot, window, before + len(paths))


def open_first(qtbot, window):  # type: ignore[no-untyped-def]
    tab = window.pane.evidence_tab
    tab.grid.setCurrentIndex(tab.model.index(0, 0))
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    viewer = window.evidence_work.viewer
    qtbot.addWidget(viewer)
    qtbot.waitUntil(lambda: viewer.isVisible() and viewer._content is not None, timeout=8000)
    return viewer


def test_a_photo_opens_upright_and_zooms(qtbot, window, shown, tmp_path: Path) -> None:
    attach(qtbot, window, write_turned_jpeg(tmp_path / "dent.jpg", 800, 400))
    viewer = open_first(qtbot, window)
    view = viewer.image_view
    assert viewer.pages.currentWidget() is viewer.image_page
    picture = view._item.pixmap()
    assert (picture.width(), picture.height()) == (400, 800)  # EXIF orientation 6
    fitted = view.transform().m11()
    qtbot.mouseClick(viewer.zoom_in_button, Qt.MouseButton.LeftButton)
    assert view.transform().m11() == pytest.approx(fitted * 1.25)
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(centre, view.viewport().mapToGlobal(centre), QPoint(0, 0), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.transform().m11() == pytest.approx(fitted * 1.25 ** 3)
    qtbot.mouseClick(viewer.actual_button, Qt.MouseButton.LeftButton)
    assert view.transform().m11() == 1.0
    assert view.dragMode() == view.DragMode.ScrollHandDrag  # pan by dragging
    qtbot.mouseClick(viewer.fit_button, Qt.MouseButton.LeftButton)
    assert view.transform().m11() == pytest.approx(fitted)
    assert "dent.jpg" in viewer.header.text() and "Added by lina" in viewer.header.text()


def test_a_pdf_opens_with_its_pages(qtbot, window, shown, tmp_path: Path) -> None:
    attach(qtbot, window, write_pdf(tmp_path / "report.pdf", pages=2))
    tab = window.pane.evidence_tab
    thumbnails_shown(qtbot, tab)
    assert tab.model.data(tab.model.index(0, 0), STATE_ROLE) == "image"  # its first page
    viewer = open_first(qtbot, window)
    assert viewer.pages.currentWidget() is viewer.pdf_page
    assert viewer.pdf_doc.pageCount() == 2
    assert viewer.pdf_view.document() is viewer.pdf_doc
    assert viewer.page_spin.maximum() == 2 and viewer.page_count.text() == "of 2"
    viewer.page_spin.setValue(2)
    assert viewer.pdf_view.pageNavigator().currentPage() == 1


def test_a_video_goes_to_the_system_player_as_a_named_copy(qtbot, window, shown, tmp_path: Path,
                                                          monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile())
                        or True)
    video = write_mp4(tmp_path / "unboxing.bin")  # the content says what it is
    attach(qtbot, window, video)
    tab = window.pane.evidence_tab
    thumbnails_shown(qtbot, tab)
    assert tab.model.data(tab.model.index(0, 0), STATE_ROLE) == "tile"
    viewer = open_first(qtbot, window)
    assert viewer.pages.currentWidget() is viewer.external_page
    assert viewer.external_button.text() == "Open in the system player"
    qtbot.mouseClick(viewer.external_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and Path(opened[0]).name == "unboxing.mp4"
    assert Path(opened[0]).read_bytes() == video.read_bytes()
    assert window.inbox.store.blobs.root not in Path(opened[0]).parents


@pytest.mark.parametrize("damage", ["altered", "missing"])
def test_a_stored_file_changed_or_lost_is_a_warning(qtbot, window, shown, tmp_path: Path,
                                                    damage: str) -> None:
    attach(qtbot, window, write_jpeg(tmp_path / "box.jpg"))
    tab = window.pane.evidence_tab
    thumbnails_shown(qtbot, tab)
    assert tab.model.data(tab.model.index(0, 0), STATE_ROLE) == "image"
    store = window.inbox.store
    (row,) = evidence.list_evidence(store, shown["id"])
    blob = evidence.blob_path(store, row["sha256"])
    blob.chmod(stat.S_IREAD | stat.S_IWRITE)
    if damage == "altered":
        blob.write_bytes(blob.read_bytes()[:-10] + b"0123456789")
    else:
        blob.unlink()
    # As the next start would: each file is checked once a session.
    window.evidence_work.thumbs.forget()
    tab.reload()
    settled(qtbot, window, 1)
    qtbot.waitUntil(lambda: tab.model.data(tab.model.index(0, 0), STATE_ROLE) == damage,
                    timeout=8000)
    tooltip = tab.model.data(tab.model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert ("changed on disk" if damage == "altered" else "missing") in tooltip
    viewer = open_first(qtbot, window)
    assert viewer.pages.currentWidget() is viewer.message
    assert "Run verify" in viewer.message.text()


def test_the_handle_tab_attaches_to_its_step_and_says_so(qtbot, window, shown, tmp_path: Path,
                                                          monkeypatch) -> None:
    handle = window.pane.handle_tab
    frame = handle.step_frames["confirm_problem"]
    texts = [lab.text() for lab in frame.findChildren(QLabel)]
    assert any(t.startswith("Evidence needed: Photos of the box") for t in texts)
    photo = write_jpeg(tmp_path / "box.jpg")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(photo)], ""))
    qtbot.mouseClick(handle.attach_buttons["confirm_problem"], Qt.MouseButton.LeftButton)
    settled(qtbot, window, 1)
    (row,) = evidence.list_evidence(window.inbox.store, shown["id"])
    assert row["step"] == "confirm_problem"
    qtbot.waitUntil(lambda: any(lab.text() == "Evidence attached (1)" for lab in
                                handle.step_frames["confirm_problem"].findChildren(QLabel)),
                    timeout=8000)
    assert "confirm_problem" not in window.pane.detail["playbook"]["missing_evidence"]


def _bundle_to(qtbot, window, out: Path, monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """Click Appeal bundle… and save as `out`; the names the save dialog proposed."""
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _p, _t, default, *a, **k: (asked.append(default), (str(out), ""))[1])
    window.pane.show_notice("")
    qtbot.mouseClick(window.pane.evidence_tab.bundle_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.pane.notice.text()) and window.jobs.busy == 0,
                    timeout=8000)
    return asked


def test_the_appeal_bundle_is_saved_where_the_agent_says_with_its_warnings(
        qtbot, window, tmp_path: Path, monkeypatch) -> None:
    d = case_without_evidence(window.inbox.store, platform="douyin")
    select_case(qtbot, window, d["id"])
    photos = [write_jpeg(tmp_path / f"photo{n}.jpg", 60 + n, 40) for n in range(5)]
    attach(qtbot, window, *photos)
    out = tmp_path / "bundles" / "appeal.zip"
    out.parent.mkdir()
    asked = _bundle_to(qtbot, window, out, monkeypatch)
    assert Path(asked[0]).name == f"{d['case_no']}-appeal.zip"
    notice = window.pane.notice.text()
    assert notice.startswith(f"The appeal bundle is saved as {out}.")
    # Douyin's evidence call takes four images: the agent is told before uploading.
    assert "Check before you send it:\n• " in notice and "4" in notice.split("•", 1)[1]
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
    assert "manifest.json" in names and sum(n.startswith("evidence/") for n in names) == 5


def test_a_damaged_file_stops_the_bundle_and_says_which(qtbot, window, shown, tmp_path: Path,
                                                        monkeypatch) -> None:
    attach(qtbot, window, write_jpeg(tmp_path / "box.jpg"))
    (row,) = evidence.list_evidence(window.inbox.store, shown["id"])
    evidence.blob_path(window.inbox.store, row["sha256"]).unlink()
    out = tmp_path / "appeal.zip"
    _bundle_to(qtbot, window, out, monkeypatch)
    assert window.pane.notice.text().startswith("No bundle was written: box.jpg is missing")
    assert not out.exists()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_no_button_of_the_photo_viewer_cuts_its_words(qtbot, window, shown, tmp_path: Path,
                                                      lang: str, english) -> None:
    from PySide6.QtWidgets import QPushButton

    from ui import i18n

    attach(qtbot, window, write_jpeg(tmp_path / "a.jpg", 300, 200))
    i18n.install(lang)
    viewer = open_first(qtbot, window)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.fit_button.isVisible(), timeout=5000)
    for button in viewer.findChildren(QPushButton):
        if button.isVisible() and button.text():
            room = button.width() - button.fontMetrics().horizontalAdvance(button.text())
            assert room > 0, f"{button.text()!r} is cut in {lang}"
    assert viewer.fit_button.text() == ("适应窗口" if lang == "zh_CN" else "Fit")


def test_previous_and_next_go_through_the_files_the_grid_shows(qtbot, window, shown,
                                                               tmp_path: Path) -> None:
    attach(qtbot, window, write_jpeg(tmp_path / "a.jpg", 300, 200),
           write_pdf(tmp_path / "b.pdf"), write_jpeg(tmp_path / "c.jpg", 200, 300))
    viewer = open_first(qtbot, window)
    names = [r["name"] for r in window.pane.evidence_tab.model.rows]
    assert viewer.row["name"] == names[0] and viewer.position.text() == "1 / 3"
    assert not viewer.previous_button.isEnabled() and viewer.next_button.isEnabled()
    qtbot.mouseClick(viewer.next_button, Qt.MouseButton.LeftButton)
    assert viewer.row["name"] == names[1] and viewer.position.text() == "2 / 3"
    qtbot.waitUntil(lambda: viewer._content is not None, timeout=8000)
    viewer.step(1)
    viewer.step(1)  # past the last: stays there
    assert viewer.row["name"] == names[2] and not viewer.next_button.isEnabled()
    viewer.step(-2)
    assert viewer.row["name"] == names[0]


def test_a_file_dragged_out_or_copied_is_a_checked_copy_with_a_proper_name(
        qtbot, window, shown, tmp_path: Path) -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QAbstractItemView

    from ui.evidence_copies import OWN_DRAG
    from ui.evidence_drops import from_mime

    photo = write_jpeg(tmp_path / "破损 照片.JPG", 300, 200)
    attach(qtbot, window, photo)
    tab = window.pane.evidence_tab
    assert tab.grid.dragDropMode() == QAbstractItemView.DragDropMode.DragOnly
    index = tab.model.index(0, 0)
    mime = tab.model.mimeData([index])
    (url,) = mime.urls()
    copy = Path(url.toLocalFile())
    assert copy.name == "破损 照片.jpg" and copy.read_bytes() == photo.read_bytes()
    assert copy != evidence.blob_path(window.inbox.store, tab.model.rows[0]["sha256"])
    # Dropped back on its own pane, it is not attached a second time.
    assert mime.hasFormat(OWN_DRAG)
    before = len(evidence.list_evidence(window.inbox.store, shown["id"]))
    drop(window.pane, mime)
    assert len(evidence.list_evidence(window.inbox.store, shown["id"])) == before
    assert from_mime(mime, for_drop=True)  # what another app would receive is the file

    tab.grid.setCurrentIndex(index)
    assert window.evidence_work.copy_selected()
    pasted = QGuiApplication.clipboard().mimeData()
    assert [Path(u.toLocalFile()).name for u in pasted.urls()] == ["破损 照片.jpg"]
    assert pasted.hasImage()


def test_an_altered_file_is_never_handed_out(qtbot, window, shown, tmp_path: Path) -> None:
    attach(qtbot, window, write_jpeg(tmp_path / "a.jpg", 300, 200, color="#123456"))
    tab = window.pane.evidence_tab
    sha = tab.model.rows[0]["sha256"]
    blob = evidence.blob_path(window.inbox.store, sha)
    blob.chmod(stat.S_IWRITE | stat.S_IREAD)
    blob.write_bytes(b"\xff\xd8\xff not the photo")
    assert tab.model.mimeData([tab.model.index(0, 0)]).urls() == []
    tab.grid.setCurrentIndex(tab.model.index(0, 0))
    assert not window.evidence_work.copy_selected()
    assert "changed on disk" in window.pane.notice.text()
