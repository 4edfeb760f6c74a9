"""The Evidence tab of the case pane: the case's files as a grid of thumbnails, a
filter by playbook step, and attaching (file dialog; drops and pastes come through
`ui.evidence_drops`), opening, removing and the appeal bundle.

The tab reads the case's files in a worker (`list_evidence`) whenever the case it
shows changes or moves to a new version; what the agent asks for goes out as signals,
which `ui.evidence_work` carries out with the window's CaseActor.

Signals:
    attach_requested(list, object, object): Incoming files, the step key (None: the
        case), the note (None: none).
    remove_requested(int, str): the evidence id and the reason.
    open_requested(dict): a file's row, to show in the viewer.
    bundle_requested(): the agent asked for the appeal bundle.
    counts_changed(int, dict): the case's files by step key (None: on no step).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.evidence_drops import Incoming
from ui.evidence_model import ALL, NO_STEP, EvidenceDelegate, EvidenceModel
from ui.evidence_thumbs import Thumbs
from ui.flow_layout import FlowLayout
from ui.jobs import Jobs

STYLE = """
QLabel#evidenceEmpty { border: 2px dashed #c5cdd8; border-radius: 8px; background: #fafbfc;
                       color: #4a5463; padding: 24px; font-size: 10.5pt; }
QListView#evidenceGrid { background: #f7f8fa; border: none; }
QLabel#evidenceSummary { color: #5b6676; }
"""


def _list(store: Any, case_id: int) -> list[dict[str, Any]]:
    from app.services import evidence  # loads the store: only once it is open

    return evidence.list_evidence(store, case_id)


class EvidenceTab(QWidget):
    attach_requested = Signal(list, object, object)
    remove_requested = Signal(int, str)
    open_requested = Signal(dict)
    bundle_requested = Signal()
    counts_changed = Signal(int, dict)

    def __init__(self, jobs: Jobs, store: Callable[[], Any], thumbs: Thumbs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceTab")
        self.setStyleSheet(STYLE)
        self._jobs = jobs
        self._store = store
        self.detail: dict[str, Any] | None = None
        self._shown: tuple[int, int] | None = None
        self._loaded_for: tuple[int, int] | None = None
        self._chosen_step: dict[int, str | None] = {}
        self.steps: list[dict[str, Any]] = []

        self.model = EvidenceModel(thumbs, self)
        self.grid = QListView(self)
        self.grid.setObjectName("evidenceGrid")
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        # Icon mode would take drops for moving items about: files dropped on the grid
        # go on to the pane, which attaches them.
        # Drag a file out onto the platform's upload form; drops come to the pane.
        self.grid.setDragEnabled(True)
        self.grid.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.grid.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.grid.setAcceptDrops(False)
        self.grid.setUniformItemSizes(True)
        self.grid.setWrapping(True)
        self.grid.setSpacing(4)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setModel(self.model)
        self.grid.setItemDelegate(EvidenceDelegate(self.grid))
        self.grid.activated.connect(lambda index: self._open(index))
        self.grid.selectionModel().selectionChanged.connect(lambda *_: self._enable())

        self.empty = QLabel(self)
        self.empty.setObjectName("evidenceEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.grid)

        self.filter_label, self.step_label, self.note_label = QLabel(self), QLabel(self), QLabel(self)
        self.filter = self._combo("evidenceFilter")
        self.filter.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.step = self._combo("evidenceStep")
        self.step.activated.connect(lambda _i: self._step_chosen())
        self.note = QLineEdit(self)
        self.note.setObjectName("evidenceNote")
        self.note.setClearButtonEnabled(True)
        self.note.setMaxLength(2000)
        form = QGridLayout()
        form.setHorizontalSpacing(8)
        form.setVerticalSpacing(4)
        for r, (label, field) in enumerate(((self.filter_label, self.filter),
                                            (self.step_label, self.step),
                                            (self.note_label, self.note))):
            label.setBuddy(field)
            form.addWidget(label, r, 0)
            form.addWidget(field, r, 1)
        form.setColumnStretch(1, 1)

        buttons = QWidget(self)
        flow = FlowLayout(buttons)
        self.attach_button = self._button("attachEvidence", flow, self.choose_files)
        self.open_button = self._button("openEvidence", flow, lambda: self._open(
            self.grid.currentIndex()))
        self.remove_button = self._button("removeEvidence", flow, self.ask_remove)
        self.bundle_button = self._button("appealBundle", flow, self.bundle_requested.emit)
        self.summary = QLabel(self)
        self.summary.setObjectName("evidenceSummary")
        self.summary.setWordWrap(True)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        lay.setSpacing(6)
        lay.addLayout(form)
        lay.addWidget(buttons)
        lay.addWidget(self.summary)
        lay.addWidget(self.stack, 1)
        self.retranslate()
        self._show_state()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        # Step titles are long in either language: the combo never widens the pane.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return combo

    def _button(self, name: str, flow: FlowLayout, slot: Callable[[], object]) -> QPushButton:
        b = QPushButton(self)
        b.setObjectName(name)
        b.clicked.connect(lambda _=False: slot())
        flow.addWidget(b)
        return b

    # -- text ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("Show:"))
        self.step_label.setText(self.tr("For step:"))
        self.note_label.setText(self.tr("Note:"))
        self.note.setPlaceholderText(self.tr("A note on the files you add (optional)"))
        self.attach_button.setText(self.tr("Attach files…"))
        self.open_button.setText(self.tr("Open"))
        self.remove_button.setText(self.tr("Remove…"))
        self.bundle_button.setText(self.tr("Appeal bundle…"))
        self.bundle_button.setToolTip(self.tr(
            "A ZIP for the platform: every file of the case, a manifest with their hashes "
            "and a summary of the case"))
        self.step.setToolTip(self.tr("Files you attach, drop or paste go to this step of the "
                                     "playbook; evidence on a step it asks for ticks it"))
        if self.detail is not None:
            self.show_case(self.detail)
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the case ------------------------------------------------------------------------
    def show_case(self, detail: Mapping[str, Any]) -> None:
        self.detail = dict(detail)
        case_id, version = int(detail["id"]), int(detail.get("version") or 0)
        if self._shown is None or self._shown[0] != case_id:
            self.model.show_rows(case_id, [], {})
            self._loaded_for = None
        self.steps = self._playbook_steps(detail)
        self._fill_steps(case_id)
        if self._shown != (case_id, version):
            self._shown = (case_id, version)
            self.reload()
        else:
            self.model.show_rows(case_id, self.model.all_rows, self._titles())
            self._fill_filter()
            self._show_state()

    def clear(self) -> None:
        self.detail = None
        self._shown = self._loaded_for = None
        self.model.show_rows(None, [], {})
        self._show_state()

    @property
    def case_id(self) -> int | None:
        return None if self.detail is None else int(self.detail["id"])

    @property
    def loading(self) -> bool:
        return self._shown is not None and self._loaded_for != self._shown

    def reload(self) -> None:
        store = self._store()
        if store is None or self._shown is None:
            return
        wanted = self._shown
        job = self._jobs.job("evidence")
        job.done.connect(lambda rows, w=wanted: self._loaded(w, rows))
        job.failed.connect(lambda message, _c, w=wanted: self._load_failed(w, message))
        job.start(_list, store, wanted[0])
        self._show_state()

    def _loaded(self, wanted: tuple[int, int], rows: list[dict[str, Any]]) -> None:
        if wanted != self._shown:
            return  # another case (or a newer version) is shown by now
        self._loaded_for = wanted
        self.model.show_rows(wanted[0], rows, self._titles())
        self._fill_filter()
        self._show_state()
        self.counts_changed.emit(wanted[0], self.model.counts())

    def _load_failed(self, wanted: tuple[int, int], message: str) -> None:
        if wanted == self._shown:
            self._loaded_for = wanted
            self.summary.setText(message)

    def _playbook_steps(self, detail: Mapping[str, Any]) -> list[dict[str, Any]]:
        book = detail.get("playbook")
        lang = i18n.current_language()
        if book is not None and book.get("lang") != lang:
            from app.services.playbooks import playbook_json

            book = playbook_json(detail, lang)
        return [s for s in (book or {}).get("steps", ()) if s["state"] != "skipped"]

    def _titles(self) -> dict[str, str]:
        return {s["key"]: s["title"] for s in self.steps}

    def _fill_steps(self, case_id: int) -> None:
        """Steps that ask for evidence first, then the case, then the other steps."""
        asking = [s for s in self.steps if s.get("evidence")]
        others = [s for s in self.steps if not s.get("evidence")]
        self.step.blockSignals(True)
        self.step.clear()
        for s in asking:
            text = s["title"] + ("  · " + self.tr("needed") if s.get("evidence_missing") else "")
            self.step.addItem(text, s["key"])
            self.step.setItemData(self.step.count() - 1, s["evidence"],
                                  Qt.ItemDataRole.ToolTipRole)
        self.step.addItem(self.tr("The case (no step)"), None)
        for s in others:
            self.step.addItem(s["title"], s["key"])
        if case_id in self._chosen_step:
            wanted = self._chosen_step[case_id]
        else:
            # The first step still waiting for its evidence: what the agent is gathering.
            wanted = next((s["key"] for s in asking if s.get("evidence_missing")
                           and s["state"] != "done"), None)
        index = self.step.findData(wanted)
        self.step.setCurrentIndex(index if index >= 0 else self.step.findData(None))
        self.step.blockSignals(False)

    def _step_chosen(self) -> None:
        if self.case_id is not None:
            self._chosen_step[self.case_id] = self.step.currentData()

    def chosen_step(self) -> str | None:
        return self.step.currentData()

    def step_title(self, key: str | None) -> str | None:
        return self._titles().get(key) if key else None

    def _fill_filter(self) -> None:
        counts = self.model.counts()
        current = self.filter.currentData() if self.filter.count() else ALL
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All files (%1)").replace("%1", str(len(self.model.all_rows))),
                            ALL)
        for s in self.steps:
            self.filter.addItem(f"{s['title']} ({counts.get(s['key'], 0)})", s["key"])
        self.filter.addItem(self.tr("Not on a step (%1)").replace("%1", str(counts.get(None, 0))),
                            NO_STEP)
        index = self.filter.findData(current)
        self.filter.setCurrentIndex(max(index, 0))
        self.filter.blockSignals(False)
        if self.filter.currentData() != self.model.filter:
            self.model.set_filter(self.filter.currentData())

    def _filter_changed(self) -> None:
        self.model.set_filter(self.filter.currentData())
        self._show_state()

    def _show_state(self) -> None:
        total = len(self.model.all_rows)
        if self.detail is None:
            self.empty.setText(self.tr("Select a case to see its evidence."))
        elif self.loading and not total:
            self.empty.setText(self.tr("Loading the case's evidence…"))
        elif not total:
            self.empty.setText(self.tr(
                "No evidence yet: drop files here, paste a screenshot (Ctrl+V) or Attach files…\n\n"
                "Photos, PDF, MP4 or MOV video and plain text are taken; each file is stored "
                "once and can never be changed unnoticed."))
        else:
            self.empty.setText(self.tr("No file on this step yet: choose it under “For step” and "
                                       "drop, paste or attach files."))
        self.stack.setCurrentWidget(self.grid if self.model.rowCount() else self.empty)
        shown = self.model.rowCount()
        self.summary.setVisible(bool(total))
        if shown != total:
            text = self.tr("%1 of %2 files shown.").replace("%1", str(shown)).replace(
                "%2", str(total))
        elif total == 1:
            text = self.tr("1 file on the case: double-click to open it, drag it onto the "
                           "platform's page or press Ctrl+C to hand it over.")
        else:
            text = self.tr("%1 files on the case: double-click to open one, drag it onto the "
                           "platform's page or press Ctrl+C to hand it over.").replace(
                "%1", str(total))
        self.summary.setText(text)
        self._enable()

    def _enable(self) -> None:
        has_case = self.detail is not None
        selected = self.model.row_at(self.grid.currentIndex()) is not None and bool(
            self.grid.selectionModel().selectedIndexes())
        self.attach_button.setEnabled(has_case)
        self.open_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)
        self.bundle_button.setEnabled(has_case)

    def focus_content(self) -> None:
        """After a paste: the grid (or, on an empty case, the Attach button) has the focus."""
        target = self.grid if self.stack.currentWidget() is self.grid else self.attach_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- what the agent asks for ----------------------------------------------------------
    def choose_files(self, step: str | None = None) -> None:
        """The file dialog; the files chosen go to `step` (default: the step chooser's)."""
        if self.detail is None:
            return
        target = step if step is not None else self.chosen_step()
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach evidence"), "",
            self.tr("Evidence (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.pdf *.mp4 *.mov "
                    "*.txt);;All files (*)"))
        if paths:
            self.attach([Incoming(Path(p).name, path=Path(p)) for p in paths], target)

    def attach_to_chosen(self, incoming: list[Incoming]) -> None:
        """Files dropped or pasted: to the step the chooser shows."""
        self.attach(incoming, self.chosen_step())

    def attach(self, incoming: list[Incoming], step: str | None) -> None:
        if self.detail is None or not incoming:
            return
        note = self.note.text().strip() or None
        self.attach_requested.emit(list(incoming), step, note)

    def attached(self) -> None:
        """An attach went through: its note is not offered for the next files."""
        self.note.clear()

    def ask_remove(self) -> None:
        row = self.model.row_at(self.grid.currentIndex())
        if row is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Remove evidence"),
            self.tr("Why does “%1” come off the case? It stays in the store and in the "
                    "case's history.").replace("%1", row["name"]))
        if ok:
            self.remove_requested.emit(int(row["id"]), reason.strip())

    def _open(self, index: Any) -> None:
        row = self.model.row_at(index)
        if row is not None:
            self.open_requested.emit(row)
