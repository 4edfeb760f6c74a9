"""File → Import: preview a platform export, pick or map its profile, import it.

Everything that reads the file or the database runs in a worker thread
(`ui.jobs`); the dialog only shows results. The import itself reports its
progress, can be stopped (the chunks written so far stay, the batch incomplete until
the same file is imported again: app/services/imports.py), and ends with a summary
and a link to the report of rejected rows.

Signals:
    preview_ready(): the preview (or the "no profile" state) is shown.
    imported(object): an import finished; the argument is the ImportResult.
    import_failed(str): an import ended without importing (error or cancel).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import imports
from app.services.imports import ImportResult, Preview, ProfileInfo
from ui import import_texts, labels
from ui.jobs import Jobs
from ui.mapping_dialog import MappingDialog
from ui.preview_table import PreviewTable

FILE_FILTER = "*.csv *.xlsx *.xls *.txt *.tsv"
SUPPORTED_SUFFIXES = (".csv", ".xlsx", ".xlsm", ".xls", ".txt", ".tsv")


def _tagged(generation: int, fn: Callable[..., Any], *args: Any) -> tuple[int, Any]:
    return generation, fn(*args)


def _load(store: Any, path: Path, profile: str | None, shop: str | None
          ) -> tuple[Preview, list[ProfileInfo]]:
    return (imports.preview_file(store, path, profile=profile, shop=shop),
            imports.list_profiles(store))


def _save_profile_then_preview(store: Any, user: str, path: Path, name: str, platform: str,
                               list_kind: str, mapping: dict[str, str], shop: str | None
                               ) -> tuple[Preview, list[ProfileInfo]]:
    imports.save_profile(store, user, name, platform, list_kind, mapping)
    return _load(store, path, name, shop)


class ImportDialog(QDialog):
    preview_ready = Signal()
    imported = Signal(object)
    import_failed = Signal(str)

    def __init__(self, store: Any, user: str, path: Path | str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.store = store
        self.user = user
        self.path: Path | None = None
        self.preview: Preview | None = None
        self.profiles: list[ProfileInfo] = []
        self.result: ImportResult | None = None
        self.mapping_dialog: MappingDialog | None = None
        self._close_when_done = False
        self._generation = 0
        self._previewed_shop: str | None = None
        self.resize(900, 600)

        self.file_label = QLabel(self)
        self.file_label.setObjectName("fileLabel")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(self.choose_file)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)

        self.info_label = QLabel(self)
        self.info_label.setObjectName("fileInfo")
        self.info_label.setWordWrap(True)
        self.profile_combo = QComboBox(self)
        self.profile_combo.setObjectName("profileCombo")
        self.profile_combo.activated.connect(self._profile_chosen)
        self.map_button = QPushButton(self)
        self.map_button.setObjectName("mapButton")
        self.map_button.clicked.connect(self.open_mapping)
        self.shop_edit = QLineEdit(self)
        self.shop_edit.setObjectName("shopEdit")
        self.shop_edit.editingFinished.connect(self._shop_changed)
        profile_row = QHBoxLayout()
        profile_row.addWidget(self.profile_combo, 1)
        profile_row.addWidget(self.map_button)
        self.profile_label = QLabel(self)
        self.shop_label = QLabel(self)
        self.form = QFormLayout()
        self.form.addRow(self.profile_label, profile_row)
        self.form.addRow(self.shop_label, self.shop_edit)

        self.table = PreviewTable(self)
        self.rejected_label = QLabel(self)
        self.rejected_label.setObjectName("rejectedLabel")
        self.rejected_label.setWordWrap(True)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress.setRange(0, 1000)
        self.progress.setVisible(False)
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setOpenExternalLinks(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self._close_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.info_label)
        layout.addLayout(self.form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.rejected_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)

        self.jobs = Jobs(self, workers=2, names=self._job_text)
        self.import_job = self.jobs.job("import")
        self.import_job.progress.connect(self._progress)
        self.import_job.done.connect(self._finished)
        self.import_job.failed.connect(self._import_failed)
        self.retranslate()
        self._set_idle(can_import=False)
        if path is not None:
            self.set_file(Path(path))

    # -- texts ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a platform export"))
        self.choose_button.setText(self.tr("Choose file…"))
        self.map_button.setText(self.tr("Map columns…"))
        self.shop_edit.setPlaceholderText(self.tr("Shop name, for files that name none"))
        self.profile_label.setText(self.tr("Profile"))
        self.shop_label.setText(self.tr("Shop"))
        self.import_button.setText(self.tr("Import"))
        self._set_close_text()
        if self.path is None:
            self.file_label.setText(self.tr("No file chosen"))

    def _set_close_text(self) -> None:
        self.close_button.setText(self.tr("Cancel import") if self.import_job.running()
                                  else self.tr("Close"))

    def _job_text(self, name: str) -> str:
        return self.tr("importing the file") if name == "import" else self.tr(
            "reading the file")

    def _preview(self, fn: Callable[..., Any], *args: Any) -> None:
        """Read a preview in the background; only the newest one is shown."""
        self._generation += 1
        job = self.jobs.job("preview")
        job.done.connect(self._loaded)
        job.failed.connect(self._load_failed)
        job.done.connect(job.deleteLater)
        job.failed.connect(job.deleteLater)
        job.start(_tagged, self._generation, fn, *args)

    # -- choosing and previewing -----------------------------------------------------------

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a platform export"), "",
            self.tr("Exports (%1)").replace("%1", FILE_FILTER))
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path, profile: str | None = None) -> None:
        self.path = Path(path)
        self.result = None
        self.file_label.setText(str(self.path))
        self.summary.clear()
        self.info_label.setText(self.tr("Reading the file…"))
        self._set_idle(can_import=False)
        self._previewed_shop = self._shop()
        self._preview(_load, self.store, self.path, profile, self._shop())

    def _shop(self) -> str | None:
        return self.shop_edit.text().strip() or None

    def _profile_chosen(self, index: int) -> None:
        if self.path is not None:
            name = self.profile_combo.itemData(index)
            self.set_file(self.path, profile=name or None)

    def _shop_changed(self) -> None:
        pv = self.preview
        if (self.path is not None and pv is not None and pv.known
                and self._shop() != self._previewed_shop):
            self.set_file(self.path, profile=pv.profile)

    def _loaded(self, tagged: tuple[int, tuple[Preview, list[ProfileInfo]]]) -> None:
        generation, payload = tagged
        if generation != self._generation:
            return  # an older file or profile choice: a newer preview is on its way
        self.preview, self.profiles = payload
        pv = self.preview
        self._fill_profiles(pv)
        parts = [self.tr("%1, line %2 holds the headers").replace("%1", pv.format.upper())
                 .replace("%2", str(pv.header_line))]
        if pv.encoding:
            parts.append(self.tr("encoding %1").replace("%1", pv.encoding))
        if pv.title_lines:
            parts.append(self.tr("title line skipped: %1").replace("%1", pv.title_lines[0]))
        if pv.known:
            parts.append(self.tr("profile %1 (%2)").replace("%1", pv.profile or "")
                         .replace("%2", labels.platform(pv.platform)))
            self.map_button.setVisible(False)
            self.table.show_known(pv)
            if pv.rejected:
                reasons = [(n, import_texts.describe(code, params, why))
                            for (n, why), (_n, code, params)
                            in zip(pv.rejected, pv.rejected_codes, strict=True)]
                lines = [self.tr("line %1: %2").replace("%1", str(n)).replace("%2", why)
                         for n, why in reasons[:5]]
                self.rejected_label.setText(
                    self.tr("Rows that will be rejected (kept in the report):") + "<br>"
                    + "<br>".join(_escape(x) for x in lines))
            else:
                self.rejected_label.clear()
        else:
            parts.append(self.tr("no import profile knows these columns"))
            self.map_button.setVisible(True)
            self.table.show_raw(pv)
            self.rejected_label.setText(self.tr(
                "Map the columns to our fields to import this file."))
        if pv.needs_shop:
            parts.append(self.tr("the file names no shop: enter the shop name"))
            self.shop_edit.setFocus()
        self.info_label.setText("; ".join(parts))
        self._set_idle(can_import=pv.known and not pv.needs_shop)
        self.preview_ready.emit()

    def _fill_profiles(self, pv: Preview) -> None:
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        self.profile_combo.addItem(self.tr("Choose from the headers"), "")
        for p in self.profiles:
            text = f"{p.name} · {labels.platform(p.platform)}"
            self.profile_combo.addItem(text if p.builtin else self.tr("%1 (saved)").replace(
                "%1", text), p.name)
        if pv.profile:
            self.profile_combo.setCurrentIndex(max(self.profile_combo.findData(pv.profile), 0))
        self.profile_combo.blockSignals(False)

    def _load_failed(self, message: str, _cancelled: bool) -> None:
        if self.jobs.running("preview"):
            return  # a newer preview is on its way
        self.preview = None
        self.info_label.setText("")
        self.table.fill([], [])
        self._show_error(message)
        self._set_idle(can_import=False)
        self.preview_ready.emit()

    # -- mapping ---------------------------------------------------------------------------

    def open_mapping(self) -> None:
        pv = self.preview
        if pv is None or self.path is None:
            return
        self.mapping_dialog = MappingDialog(pv.headers, pv.raw_rows, file_name=self.path.name,
                                            platform=pv.platform, parent=self)
        self.mapping_dialog.accepted.connect(self._mapping_accepted)
        self.mapping_dialog.open()

    def _mapping_accepted(self) -> None:
        md = self.mapping_dialog
        if md is None or self.path is None:
            return
        self.info_label.setText(self.tr("Saving the profile…"))
        self._set_idle(can_import=False)
        self._preview(_save_profile_then_preview, self.store, self.user, self.path,
                      md.profile_name(), md.platform_value(), md.current_list_kind(),
                      md.mapping(), self._shop())

    # -- importing -------------------------------------------------------------------------

    def start_import(self) -> None:
        pv = self.preview
        if pv is None or not pv.known or self.path is None or self.import_job.running():
            return
        self.summary.setText(self.tr("Importing…"))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._set_busy()
        job = self.import_job
        job.start(imports.import_file, self.store, self.path, self.user, profile=pv.profile,
                  shop=self._shop(), progress=job.report, cancel=job.cancelled,
                  describe=import_texts.describe)

    def cancel_import(self) -> None:
        if self.import_job.running():
            self.import_job.cancel()
            self.summary.setText(self.tr("Cancelling…"))

    def _progress(self, rows: int, fraction: float) -> None:
        self.progress.setValue(int(fraction * 1000))
        self.progress.setFormat(self.tr("%1 rows read").replace("%1", str(rows)))

    def _finished(self, result: ImportResult) -> None:
        self.result = result
        self.progress.setValue(1000)
        text = (self.tr("Inserted %1, updated %2, unchanged %3, rejected %4.")
                .replace("%1", str(result.inserted)).replace("%2", str(result.updated))
                .replace("%3", str(result.unchanged)).replace("%4", str(result.rejected)))
        if result.resumed:
            text += " " + self.tr("This completed the batch an earlier import of the same "
                                  "file left incomplete.")
        unknown = import_texts.unknown_statuses(result.unknown_platform_statuses)
        if unknown:
            text += "<br>" + unknown
        if result.report is not None:
            url = QUrl.fromLocalFile(str(result.report)).toString()
            text += " " + self.tr('<a href="%1">Open the report of rejected rows</a>').replace(
                "%1", url)
        self.summary.setText(text)
        self._set_idle(can_import=False)
        self.imported.emit(result)
        if self._close_when_done:
            self.accept()

    def _import_failed(self, message: str, cancelled: bool) -> None:
        self.progress.setVisible(False)
        if cancelled:
            self.summary.setText(self.tr("Import stopped. The rows written so far are kept; "
                                         "import the same file again to complete it."))
        else:
            self._show_error(self.tr("Import failed: %1. The rows written before it are kept; "
                                     "import the same file again to complete it.").replace(
                "%1", message))
        self._set_idle(can_import=self.preview is not None and self.preview.known)
        self.import_failed.emit(message)
        if self._close_when_done:
            self.reject()

    def _show_error(self, message: str) -> None:
        self.summary.setText(f'<span style="color:#b00020">{_escape(message)}</span>')

    # -- state -----------------------------------------------------------------------------

    def _set_busy(self) -> None:
        for w in (self.import_button, self.choose_button, self.profile_combo, self.map_button,
                  self.shop_edit):
            w.setEnabled(False)
        self.close_button.setText(self.tr("Cancel import"))

    def _set_idle(self, *, can_import: bool) -> None:
        for w in (self.choose_button, self.profile_combo, self.map_button, self.shop_edit):
            w.setEnabled(True)
        self.import_button.setEnabled(can_import)
        self._set_close_text()

    def _close_clicked(self) -> None:
        if self.import_job.running():
            self.cancel_import()
        else:
            self.accept() if self.result is not None else self.reject()

    def reject(self) -> None:
        if self.import_job.running():  # Esc or the window's close button: cancel first
            self._close_when_done = True
            self.cancel_import()
            return
        super().reject()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
