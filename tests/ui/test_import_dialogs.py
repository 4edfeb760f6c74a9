"""The import dialog, the mapping dialog and the File-menu actions, offscreen."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox, QMainWindow
from sqlalchemy import func, select

from app.domain.filters import CaseFilter
from app.services import imports
from app.store.models import Case
from tests.conftest import SHARED_FIXTURES
from tests.io.io_helpers import DOUYIN_HEADER, douyin_row, write_csv
from ui.import_actions import install
from ui.import_dialog import ImportDialog
from ui.mapping_dialog import MappingDialog

WAIT = 20000


def cases(store) -> int:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Case)) or 0)


def open_dialog(qtbot, store, path: Path) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(store, "lina")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT):
        dialog.set_file(path)
    return dialog


def test_preview_then_import_with_summary_and_report_link(qtbot, store, english) -> None:
    dialog = open_dialog(qtbot, store, SHARED_FIXTURES / "pinduoduo_aftersales.csv")
    assert dialog.preview is not None and dialog.preview.profile == "pinduoduo_aftersales"
    assert dialog.profile_combo.currentData() == "pinduoduo_aftersales"
    assert "gb18030" in dialog.info_label.text()
    assert dialog.table.rowCount() > 0
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())]
    assert headers[:3] == ["Shop", "After-sales no.", "Order no."]
    assert dialog.table.item(0, 0).text() == "拼多多家居百货店"  # never mojibake
    assert "line 6" in dialog.rejected_label.text()
    assert dialog.import_button.isEnabled()
    assert cases(store) == 0  # a preview writes nothing

    with qtbot.waitSignal(dialog.imported, timeout=WAIT) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    result = done.args[0]
    assert (result.inserted, result.rejected) == (15, 3)
    assert "Inserted 15" in dialog.summary.text() and "rejected 3" in dialog.summary.text()
    assert QUrl.fromLocalFile(str(result.report)).toString() in dialog.summary.text()
    assert Path(result.report).is_file()
    assert dialog.progress.value() == 1000
    assert cases(store) == 15
    assert dialog.close_button.text() == "Close"


def test_title_line_and_summary_row_in_xlsx(qtbot, store, english) -> None:
    dialog = open_dialog(qtbot, store, SHARED_FIXTURES / "kuaishou_aftersales.xlsx")
    assert "title line skipped" in dialog.info_label.text()
    assert "line 2" in dialog.info_label.text()
    assert dialog.table.rowCount() == 15


def test_a_cancel_keeps_whole_chunks_and_says_how_to_complete(
        qtbot, store, english, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [DOUYIN_HEADER] + [douyin_row(str(10_000 + i), str(20_000 + i)) for i in range(400)]
    path = write_csv(tmp_path / "big.csv", rows)
    monkeypatch.setattr(imports, "CHUNK_ROWS", 20)
    dialog = open_dialog(qtbot, store, path)
    with qtbot.waitSignal(dialog.import_failed, timeout=WAIT):
        dialog.start_import()
        assert dialog.close_button.text() == "Cancel import"
        assert not dialog.import_button.isEnabled()
        dialog.cancel_import()
    assert "import the same file again to complete it" in dialog.summary.text()
    kept = cases(store)
    assert kept % 20 == 0 and kept < 400  # whole chunks only, not the file
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=WAIT):
        dialog.start_import()
    assert cases(store) == 400
    assert "completed the batch an earlier import" in dialog.summary.text()


def test_unreadable_file_is_shown_in_words(qtbot, store, english) -> None:
    dialog = open_dialog(qtbot, store, SHARED_FIXTURES / "unreadable.xlsx")
    assert "not an Excel workbook" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_unknown_headers_are_mapped_saved_and_used_next_time(qtbot, store, english,
                                                            tmp_path: Path) -> None:
    header = ["网店", "退款编号", "订单", "类型", "金额", "申请时间", "状态"]
    path = write_csv(tmp_path / "custom.csv", [
        header, ["自建小店", "A1", "O1", "仅退款", "￥12.50", "2024/9/5 8:07", "待处理"],
        ["自建小店", "A2", "O2", "退货退款", "99", "2024/9/6 8:07", "待处理"]])
    dialog = open_dialog(qtbot, store, SHARED_FIXTURES / "unknown_headers.csv")
    assert dialog.map_button.isVisibleTo(dialog) and not dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT):
        dialog.set_file(path)
    assert dialog.preview is not None and not dialog.preview.known
    assert dialog.table.item(0, 1).text() == "A1"  # the raw rows, to help mapping

    dialog.open_mapping()
    md = dialog.mapping_dialog
    assert md is not None
    save = md.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert md.mapping()["applied_at"] == "申请时间"  # guessed from known header names
    assert not save.isEnabled() and "After-sales no." in md.problem.text()
    md.set_column("case_no", "退款编号")
    md.set_column("order_no", "订单")
    md.set_column("case_type", "类型")
    md.set_column("amount", "金额")
    md.set_column("shop", "网店")
    md.set_column("platform_status", "状态")
    assert not save.isEnabled()  # still needs a name
    md.name.setText("自建店铺退款单")
    md.platform.setCurrentIndex(md.platform.findData("taobao"))
    assert save.isEnabled()
    assert md.preview.rowCount() == 2
    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT):
        md.accept()
    assert dialog.preview is not None and dialog.preview.profile == "自建店铺退款单"
    with qtbot.waitSignal(dialog.imported, timeout=WAIT):
        dialog.start_import()
    assert cases(store) == 2

    again = open_dialog(qtbot, store, path)  # next time: chosen automatically
    assert again.preview is not None and again.preview.profile == "自建店铺退款单"
    assert again.import_button.isEnabled()


def test_mapping_dialog_preview_follows_the_mapping(qtbot, english) -> None:
    md = MappingDialog(["单号", "订单", "种类", "备注"], [["1", "2", "仅退款", "x"]],
                       file_name="a.csv", platform="jd")
    qtbot.addWidget(md)
    assert md.platform_value() == "jd"
    assert md.missing_required() == ["case_no", "order_no", "case_type"]
    with qtbot.waitSignal(md.mapping_changed):
        md.set_column("case_no", "单号")
    assert md.preview.columnCount() == 1
    assert md.preview.horizontalHeaderItem(0).text() == "After-sales no."
    assert md.preview.item(0, 0).text() == "1"
    md.list_kind.setCurrentIndex(md.list_kind.findData("orders"))
    assert md.current_list_kind() == "orders"
    assert md.missing_required() == ["order_no"]
    md.set_column("order_no", "订单")
    assert md.mapping() == {"order_no": "订单"}


class FakeWindow(QMainWindow):
    """What the real main window offers the feature (file_menu, refresh, filter)."""

    def __init__(self, store, f: CaseFilter) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.inbox = SimpleNamespace(store=store, user="lina")
        self.file_menu = self.menuBar().addMenu("&File")
        self.file_menu.addAction("Quit")
        self.refreshed = 0
        self.filter = f

    def refresh(self) -> None:
        self.refreshed += 1

    def current_filter(self) -> CaseFilter:
        return self.filter


def test_install_adds_actions_drop_import_and_export(qtbot, store, english,
                                                     tmp_path: Path) -> None:
    window = FakeWindow(store, CaseFilter(platforms=("pinduoduo",)))
    qtbot.addWidget(window)
    actions = install(window)
    names = [a.objectName() for a in window.file_menu.actions()]
    assert names[:3] == ["importAction", "exportViewAction", "exportPriorityAction"]
    assert window.acceptDrops()
    assert actions.import_action.text() == "&Import platform export…"

    for name in ("pinduoduo_aftersales.csv", "douyin_aftersales.csv"):
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(SHARED_FIXTURES / name))])
        drop = QDropEvent(QPointF(QPoint(10, 10)), Qt.DropAction.CopyAction, mime,
                          Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        dialog = actions.dialog
        # Offscreen Qt delivers no drop without a real drag: hand the event to the filter.
        assert actions.eventFilter(window, drop) is True
        assert actions.dialog is not None
        qtbot.waitUntil(lambda: actions.dialog.preview is not None
                        and actions.dialog.path is not None
                        and actions.dialog.path.name == name  # noqa: B023
                        and not actions.dialog.jobs.running("preview"), timeout=WAIT)
        assert dialog is None or dialog is actions.dialog  # one dialog, reused
        with qtbot.waitSignal(actions.dialog.imported, timeout=WAIT):
            actions.dialog.start_import()
    assert window.refreshed == 2
    assert cases(store) == 35

    out = tmp_path / "view.csv"
    with qtbot.waitSignal(actions.export_job.done, timeout=WAIT):
        actions.export_view(out)
    text = out.read_text("utf-8-sig")
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert len(text.splitlines()) == 16  # the current view: pinduoduo only
    assert "Exported 15 rows" in window.statusBar().currentMessage()
    actions.dialog.close()


def test_the_real_main_window_installs_the_feature(window) -> None:  # type: ignore[no-untyped-def]
    actions = getattr(window, "import_export", None)
    assert actions is not None
    assert "importAction" in [a.objectName() for a in window.file_menu.actions()]
    assert actions.current_filter() == window.current_filter()


IMPORT_CONTEXTS = {"ImportDialog", "ImportExportActions", "ImportFields", "ImportTexts",
                   "MappingDialog", "PreviewTable"}


def test_import_strings_are_translated_to_chinese(qtbot, store, tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    from ui import i18n

    i18n.update_catalogues(tmp_path, release=False)

    def messages(path: Path) -> dict[tuple[str, str], str | None]:
        out = {}
        for ctx in ET.parse(path).getroot():
            name = ctx.findtext("name")
            if name in IMPORT_CONTEXTS:
                for m in ctx.findall("message"):
                    out[(name, m.findtext("source"))] = m.findtext("translation")
        return out

    fresh = messages(tmp_path / "aftersales_zh_CN.ts")
    committed = messages(i18n.TRANSLATIONS / "aftersales_zh_CN.ts")
    assert fresh.keys() <= committed.keys(), "run the catalogue update for the import strings"
    assert all(committed.values()), "an import string without a Chinese translation"

    i18n.install("zh_CN")
    try:
        dialog = ImportDialog(store, "lina")
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "导入平台导出文件"
        assert dialog.import_button.text() == "导入"
    finally:
        i18n.install("en")


def test_export_can_be_cancelled_and_leaves_no_file(qtbot, store, english, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services import exports

    imports.import_file(store, SHARED_FIXTURES / "douyin_aftersales.csv", "lina")
    window = FakeWindow(store, CaseFilter())
    qtbot.addWidget(window)
    actions = install(window)
    real = exports.write_table

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        assert actions.export_job.wait_for_cancel(10)  # still writing when Cancel is pressed
        return real(*args, **kwargs)

    monkeypatch.setattr(exports, "write_table", slow)
    out = tmp_path / "view.xlsx"
    with qtbot.waitSignal(actions.export_job.failed, timeout=WAIT):
        actions.export_view(out)
        assert actions.progress_dialog is not None
        actions.progress_dialog.canceled.emit()  # the user presses Cancel
    assert "Export cancelled" in window.statusBar().currentMessage()
    assert actions.progress_dialog is None
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]
