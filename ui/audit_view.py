"""The audit view for supervisors: every history event of every case, newest first,
filtered by who, what, period (Asia/Shanghai days), shop and case no., with quick
filters for reveals of buyer data, money decisions and exports, the counts by actor
and action beside it, and the filtered list exported to CSV/XLSX.

Pages are read in the window's workers as the list scrolls (`ui.audit_model`), never
all at once; the services refuse a role without VIEW_AUDIT whatever the window shows.
A double click (or Enter) opens the row's case in the main window.

Signals:
    open_case(int, str): show this case (id, case no.) in the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.audit_filters import AuditFilterBar
from ui.audit_model import COLUMNS, AuditModel
from ui.history_words import action_text
from ui.jobs import Jobs

PAGE = 200


def read_page(store: Any, flt: Any, actor: str, after: Any) -> Any:
    from app.services import audit  # loads the store: in the worker only

    return audit.audit_events(store, flt, actor, after, PAGE)


def read_counts(store: Any, flt: Any, actor: str) -> list[dict[str, Any]]:
    from app.services import audit

    return audit.audit_counts(store, flt, actor)


def read_choices(store: Any) -> tuple[list[str], list[str]]:
    """(users' names, shops' names) for the filters."""
    from app.services import inbox

    ref = inbox.Inbox(store, "").reference()
    return [u[1] for u in ref.users], sorted({s[2] for s in ref.shops})


def export(store: Any, flt: Any, actor: str, out: Path, lang: str) -> Any:
    from app.services import audit

    return audit.export_audit(store, flt, actor, out, lang=lang, overwrite=True)


class AuditView(QWidget):
    open_case = Signal(int, str)

    def __init__(self, jobs: Jobs, store: Callable[[], Any], user: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("auditView")
        self.resize(1280, 760)
        self._jobs, self._store, self._user = jobs, store, user
        self._generation = 0
        self.last_export: Any = None
        self.model = AuditModel(self)
        self.model.more_wanted.connect(self._more)

        self.filters = AuditFilterBar(self)
        self.filters.changed.connect(lambda: self._timer.start())

        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for col, width in enumerate((140, 80, 150, 160, 140)):
            header.resizeSection(col, width)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table,
                  lambda: self._open(self.table.currentIndex()),
                  Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close,
                  Qt.ShortcutContext.WindowShortcut)

        self.counts = QTableWidget(0, 3, self)
        self.counts.setObjectName("auditCounts")
        self.counts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts.verticalHeader().setVisible(False)
        self.counts.verticalHeader().setDefaultSectionSize(22)
        self.counts.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.counts.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.counts.cellDoubleClicked.connect(lambda r, _c: self._count_chosen(r))
        self.counts_title = QLabel(self)
        self.counts_title.setObjectName("sectionLabel")
        side = QWidget(self)
        sl = QVBoxLayout(side)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.counts_title)
        sl.addWidget(self.counts, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([940, 300])

        self.status = QLabel(self)
        self.status.setObjectName("auditStatus")
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("auditExport")
        self.export_button.clicked.connect(lambda: self.export())
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.export_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.filters)
        lay.addWidget(split, 1)
        lay.addLayout(bottom)

        self._timer = QTimer(self)  # typing a case no. reads once, not per key
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.reload)
        self._count_again = False
        self.total = -1  # events matching the filter; -1 until counted
        self.retranslate()

    # -- text --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Audit: every case's history"))
        self.counts_title.setText(self.tr("Events by who and what"))
        self.counts.setHorizontalHeaderLabels([self.tr("Who"), self.tr("What"),
                                               self.tr("Events")])
        self.export_button.setText(self.tr("Export…"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def audit_filter(self) -> Any:
        return self.filters.audit_filter()

    def _count_chosen(self, row: int) -> None:
        """A double click on a count shows those events: that person's, of that action."""
        actor, action = self.counts.item(row, 0), self.counts.item(row, 1)
        if actor is not None and action is not None:
            self.filters.choose(actor.text(), str(action.data(Qt.ItemDataRole.UserRole)))

    # -- reading -----------------------------------------------------------------------------
    def start(self) -> None:
        """Read the filters' choices and the first page."""
        store = self._store()
        if store is None:
            return
        job = self._jobs.job("audit_choices")
        job.done.connect(self._choices)
        job.start(read_choices, store)
        self.reload()

    def _choices(self, found: tuple[list[str], list[str]]) -> None:
        self.filters.set_choices(*found)

    def reload(self) -> None:
        self._timer.stop()
        store = self._store()
        if store is None:
            return
        self._generation += 1
        gen, flt, user = self._generation, self.audit_filter(), self._user()
        self.model.reset([], None)
        self.model.loading = True
        self.status.setText(self.tr("Reading the history…"))
        job = self._jobs.job("audit_page")
        job.done.connect(lambda page, g=gen: self._page(g, page, first=True))
        job.failed.connect(lambda message, _c, g=gen: self._failed(g, message))
        job.start(read_page, store, flt, user, None)
        self.total = -1
        self.counts.setRowCount(0)
        self._count()

    def _count(self) -> None:
        """Count for the filter shown. Counting reads every matching event (a minute
        over millions): one count at a time, the latest filter's next, so counts never
        hold every worker while pages wait."""
        store = self._store()
        if store is None:
            return
        if self._jobs.running("audit_counts"):
            self._count_again = True
            return
        self._count_again = False
        gen = self._generation
        counts = self._jobs.job("audit_counts")
        counts.done.connect(lambda rows, g=gen: self._counted(g, rows))
        counts.failed.connect(lambda _m, _c: self._count_next())
        counts.start(read_counts, store, self.audit_filter(), self._user())

    def _count_next(self) -> None:
        if self._count_again:
            QTimer.singleShot(0, self._count)

    def _more(self) -> None:
        store = self._store()
        if store is None or self.model.next is None:
            return
        gen = self._generation
        job = self._jobs.job("audit_page")
        job.done.connect(lambda page, g=gen: self._page(g, page, first=False))
        job.failed.connect(lambda message, _c, g=gen: self._failed(g, message))
        job.start(read_page, store, self.audit_filter(), self._user(), self.model.next)

    def _page(self, gen: int, page: Any, first: bool) -> None:
        if gen != self._generation:
            return  # the filter changed meanwhile: a newer read is under way
        if first:
            self.model.reset(page.events, page.next)
            if page.events:
                self.table.selectRow(0)
        else:
            self.model.append(page.events, page.next)
        self._say_shown()

    def _failed(self, gen: int, message: str) -> None:
        if gen == self._generation:
            self.model.loading = False
            self.status.setText(message)

    def _counted(self, gen: int, rows: list[dict[str, Any]]) -> None:
        self._count_next()
        if gen != self._generation:
            return
        self.counts.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, v in enumerate((row["actor"], action_text(row["action"]), str(row["events"]))):
                item = QTableWidgetItem(v)
                item.setData(Qt.ItemDataRole.UserRole, row["action"] if c == 1 else None)
                if c == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.counts.setItem(r, c, item)
        self.total = sum(int(r["events"]) for r in rows)
        self._say_shown()

    def _say_shown(self) -> None:
        shown = self.model.rowCount()
        if self.total >= 0:
            text = self.tr("%1 of %2 events shown, newest first").replace(
                "%1", str(shown)).replace("%2", str(self.total))
        else:
            text = self.tr("%1 events shown, newest first").replace("%1", str(shown)) + \
                " " + self.tr("(counting…)")
        if self.model.next is not None:
            text += " " + self.tr("(scroll down for more)")
        self.status.setText(text)

    # -- acting ------------------------------------------------------------------------------
    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            ev = self.model.event(index.row())
            self.open_case.emit(int(ev["case_id"]), str(ev["case_no"]))

    def export(self, out: Path | None = None) -> None:
        """The filtered list to a spreadsheet; the save dialog asks before it replaces."""
        store = self._store()
        if store is None or self._jobs.running("audit_export"):
            return
        if out is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the audit"), f"audit-{date.today().isoformat()}.xlsx",
                self.tr("Excel (*.xlsx);;CSV (*.csv)"))
            if not name:
                return
            out = Path(name)
        from ui import i18n

        lang = "zh" if i18n.current_language().startswith("zh") else "en"
        self.status.setText(self.tr("Exporting to %1…").replace("%1", out.name))
        job = self._jobs.job("audit_export")
        job.done.connect(lambda result, path=out: self._exported(path, result))
        job.failed.connect(lambda message, _c: self.status.setText(
            self.tr("Export failed, nothing was written: %1").replace("%1", message)))
        job.start(export, store, self.audit_filter(), self._user(), out, lang)

    def _exported(self, out: Path, result: Any) -> None:
        self.last_export = result
        self.status.setText(self.tr("Exported %1 events to %2").replace(
            "%1", str(result.rows)).replace("%2", str(out)))
