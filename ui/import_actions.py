"""The import and export feature in the main window: File menu actions and drops.

`install(window)` is called by the main window. It uses what the window offers:
`file_menu`, `refresh()`, `current_filter()` (when present) and `inbox.store` /
`inbox.user` (or `store` / `user`). Exports run in a worker thread and report in the
status bar; a dropped export file opens the import dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog, QWidget

from app.domain.filters import CaseFilter
from app.services import exports
from ui.import_dialog import SUPPORTED_SUFFIXES, ImportDialog
from ui.jobs import Jobs


def _store_and_user(window: Any) -> tuple[Any, str]:
    inbox = getattr(window, "inbox", None)
    store = getattr(inbox, "store", None) or getattr(window, "store", None)
    user = getattr(inbox, "user", None) or getattr(window, "user", None) or "user"
    return store, str(user)


def dropped_files(event: Any) -> list[Path]:
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in SUPPORTED_SUFFIXES]


class ImportExportActions(QObject):
    """The actions, the drop handling and the running exports of one window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("importExportActions")
        self.window = window
        self.dialog: ImportDialog | None = None
        self.jobs = Jobs(self, workers=1, names=lambda _n: self.tr("exporting"))
        self.export_job = self.jobs.job("export")
        self.export_job.done.connect(self._exported)
        self.export_job.failed.connect(self._export_failed)
        self.export_job.progress.connect(self._export_progress)
        self.progress_dialog: QProgressDialog | None = None

        self.import_action = QAction(window)
        self.import_action.setObjectName("importAction")
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(lambda: self.open_import())
        self.export_view_action = QAction(window)
        self.export_view_action.setObjectName("exportViewAction")
        self.export_view_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_view_action.triggered.connect(lambda: self.export_view())
        self.export_priority_action = QAction(window)
        self.export_priority_action.setObjectName("exportPriorityAction")
        self.export_priority_action.triggered.connect(lambda: self.export_priority())
        # the view with the buyers' names, phones and addresses whole: only for a role
        # that may export buyer data (the service refuses anyone else anyway)
        self.export_buyer_action = QAction(window)
        self.export_buyer_action.setObjectName("exportBuyerDataAction")
        self.export_buyer_action.setShortcut(QKeySequence("Ctrl+Alt+B"))
        self.export_buyer_action.triggered.connect(lambda: self.export_view(buyer_data=True))
        self.export_buyer_action.setVisible(False)

        menu = getattr(window, "file_menu", None)
        if menu is not None:
            first = menu.actions()[0] if menu.actions() else None
            for action in (self.import_action, self.export_view_action,
                           self.export_priority_action, self.export_buyer_action):
                menu.insertAction(first, action)
            menu.insertSeparator(first)
        else:
            window.addActions([self.import_action, self.export_view_action,
                               self.export_priority_action, self.export_buyer_action])
        if hasattr(window, "controller"):
            from app.domain.permissions import Permission
            from ui.role_gate import gate

            gate(window, self.export_buyer_action, Permission.EXPORT_BUYER_DATA)  # type: ignore[arg-type]
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.import_action.setText(self.tr("&Import platform export…"))
        self.import_action.setStatusTip(self.tr(
            "Import an order or after-sales list exported from 抖店, 快手小店 or 拼多多"))
        self.export_view_action.setText(self.tr("&Export current view…"))
        self.export_priority_action.setText(self.tr("Export &priority-shipping orders…"))
        self.export_buyer_action.setText(self.tr("Export current view with buyer data…"))
        self.export_buyer_action.setStatusTip(self.tr(
            "With the buyers' full names, phones and addresses: keep the file safe"))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.window:
            kind = event.type()
            if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
                if dropped_files(event):
                    event.acceptProposedAction()  # type: ignore[attr-defined]
                    return True
            elif kind == QEvent.Type.Drop:
                files = dropped_files(event)
                if files:
                    event.acceptProposedAction()  # type: ignore[attr-defined]
                    self.open_import(files[0])
                    return True
            elif kind == QEvent.Type.LanguageChange:
                self.retranslate()
        return False

    # -- import ----------------------------------------------------------------------------

    def open_import(self, path: Path | None = None) -> ImportDialog | None:
        store, user = _store_and_user(self.window)
        if store is None:
            return None
        if self.dialog is not None and self.dialog.isVisible():
            if path is not None and not self.dialog.import_job.running():
                self.dialog.set_file(path)
            self.dialog.raise_()
            return self.dialog
        self.dialog = ImportDialog(store, user, path, parent=self.window)
        self.dialog.imported.connect(self._imported)
        self.dialog.show()
        if path is None:
            self.dialog.choose_file()
        return self.dialog

    def _imported(self, _result: object) -> None:
        refresh = getattr(self.window, "refresh", None)
        if callable(refresh):
            refresh()

    # -- export ----------------------------------------------------------------------------

    def current_filter(self) -> CaseFilter:
        get = getattr(self.window, "current_filter", None)
        return get() if callable(get) else CaseFilter()

    def _export_target(self, out: Path | None, title: str, default: str,
                       filters: str) -> tuple[Any, Path, bool] | None:
        """The store, where to write (asked if not given) and whether an existing file
        there may be replaced; None: nothing to do."""
        replace = False
        if out is None:
            # The native dialog itself asks before a file is replaced: a name chosen
            # there is one the user agreed to write over.
            name, _ = QFileDialog.getSaveFileName(self.window, title, default, filters)
            if not name:
                return None
            out, replace = Path(name), True
        store, _user = _store_and_user(self.window)
        if store is None or self.export_job.running():
            return None
        self._started_export(out)
        return store, out, replace

    def export_view(self, out: Path | None = None, buyer_data: bool = False) -> None:
        target = self._export_target(
            out, self.tr("Export current view"), "cases.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
        if target is not None:
            store, path, replace = target
            job = self.export_job
            job.start(exports.export_cases, store, self.current_filter(), path,
                      lang=self._lang(), progress=job.report, cancel=job.cancelled,
                      overwrite=replace, actor=_store_and_user(self.window)[1],
                      buyer_data=buyer_data)

    def export_priority(self, out: Path | None = None) -> None:
        target = self._export_target(
            out, self.tr("Export priority-shipping orders"), "priority-orders.csv",
            self.tr("CSV, UTF-8 (*.csv);;Excel workbook (*.xlsx)"))
        if target is not None:
            store, path, replace = target
            job = self.export_job
            job.start(exports.export_priority_orders, store, path, lang=self._lang(),
                      cancel=job.cancelled, overwrite=replace)

    def _lang(self) -> str:
        """Export headers in the user's language (the window's)."""
        from ui import i18n

        chosen = i18n.chosen_language(getattr(self.window, "settings", None))
        return "zh" if chosen.startswith("zh") else "en"

    def _started_export(self, out: Path) -> None:
        text = self.tr("Exporting to %1…").replace("%1", out.name)
        self._message(text)
        dlg = QProgressDialog(text, self.tr("Cancel"), 0, 1000, self.window)
        dlg.setObjectName("exportProgress")
        dlg.setWindowTitle(self.tr("Export"))
        dlg.setMinimumDuration(400)  # quick exports finish before it shows
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        dlg.canceled.connect(self.export_job.cancel)
        self.progress_dialog = dlg

    def _export_progress(self, rows: int, fraction: float) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setValue(int(fraction * 1000))
            self.progress_dialog.setLabelText(self.tr("%1 rows written").replace("%1", str(rows)))

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            dlg, self.progress_dialog = self.progress_dialog, None
            dlg.canceled.disconnect(self.export_job.cancel)
            dlg.close()
            dlg.deleteLater()

    def _exported(self, result: exports.ExportResult) -> None:
        self._close_progress()
        self.last_export = result
        self._message(self.tr("Exported %1 rows to %2").replace("%1", str(result.rows))
                      .replace("%2", str(result.path)))

    def _export_failed(self, message: str, cancelled: bool) -> None:
        self._close_progress()
        if cancelled:
            self._message(self.tr("Export cancelled; no file was written."))
            return
        self._message(self.tr("Export failed, nothing was written: %1").replace("%1", message))
        if isinstance(self.window, QWidget) and self.window.isVisible():
            QMessageBox.warning(self.window, self.tr("Export failed"), message)

    def _message(self, text: str) -> None:
        bar = self.window.statusBar() if isinstance(self.window, QMainWindow) else None
        if bar is not None:
            bar.showMessage(text, 15000)

    def open_report(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def install(window: QMainWindow) -> ImportExportActions:
    """Add File → Import / Export to the window and accept dropped export files."""
    actions = ImportExportActions(window)
    window.import_export = actions  # type: ignore[attr-defined]
    return actions
