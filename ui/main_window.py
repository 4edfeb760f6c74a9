"""The agent's console: views on the left, the case table in the centre, the case
pane on the right.

Every query runs in a worker thread through `Jobs`; a newer request of the same
kind (a view switch, a keystroke in the search box, another case) cancels the
older one, and a result that arrives for an outdated request is dropped.

Other features add themselves through `file_menu` and `refresh()`; the import
feature's `ui.import_actions.install(window)` is called when that module exists.

Signals:
    case_shown(int): the case pane now shows this case.
    rows_loaded(int): the table holds the complete list of the current view.
    counts_loaded(): the view counts were refreshed.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.clock import utcnow
from app.domain.filters import CaseFilter
from app.services.inbox_views import VIEW_KEYS, combine, view_filter
from ui import labels
from ui.case_model import COLUMN_OF_SORT, DEFAULT_WIDTHS, SORT_COLUMNS, CaseTableModel
from ui.case_pane import CasePane
from ui.filter_bar import FilterBar
from ui.jobs import Jobs

if TYPE_CHECKING:
    from app.services.inbox import Inbox

SEARCH_DEBOUNCE_MS = 250
PREVIEW_DELAY_MS = 90
TICK_MS = 30_000
COUNTS_EVERY_MS = 60_000


class CaseTable(QTableView):
    """The case table; calls `on_paint` after it painted, while that is set (rather
    than a Python event filter that would see every event of the viewport)."""

    on_paint: Callable[[], None] | None = None

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().paintEvent(event)
        if self.on_paint is not None:
            self.on_paint()


class MainWindow(QMainWindow):
    case_shown = Signal(int)
    rows_loaded = Signal(int)
    counts_loaded = Signal()

    def __init__(self, inbox: Inbox | None, settings: QSettings, *,
                 now: Callable[[], datetime] = utcnow, user: str = "", description: str = "",
                 parent: QWidget | None = None) -> None:
        """`inbox` may come later (`connect_store`): the window can show a first page
        read without the store (`prefill`) while the store opens."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.inbox = inbox
        self.user = inbox.user if inbox is not None else user
        self.description = inbox.description if inbox is not None else description
        self.settings = settings
        self.now = now
        self.jobs = Jobs(self, names=self._job_text)
        self.me_id: int | None = None
        self.view_key = str(settings.value("inbox/view", "mine"))
        if self.view_key not in VIEW_KEYS:
            self.view_key = "mine"
        self.counts: dict[str, int] = {}
        self.total: int | None = None
        self._started = False
        self._first_page_shown = False
        self._generation = 0
        self._pending_case: int | None = None
        self._plugins_installed = False
        self._me_loaded = False
        self._prefilled = False

        # -- left: views ---------------------------------------------------------
        self.views = QTreeWidget(self)
        self.views.setObjectName("viewList")
        self.views.setColumnCount(2)
        self.views.setHeaderHidden(True)
        self.views.setRootIsDecorated(False)
        self.views.setUniformRowHeights(True)
        self.views.setMinimumWidth(150)
        self.views.header().setStretchLastSection(False)
        self.views.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.views.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.views.header().resizeSection(1, 56)
        for key in VIEW_KEYS:
            item = QTreeWidgetItem(self.views)
            item.setData(0, Qt.ItemDataRole.UserRole, key)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.views.setCurrentItem(self._view_item(self.view_key))
        self.views.currentItemChanged.connect(self._view_clicked)

        # -- centre: filters and the case table ------------------------------------
        self.filter_bar = FilterBar(self)
        self.filter_bar.changed.connect(self.reload)
        self.filter_bar.search_edited.connect(self._search_edited)
        self.filter_bar.search.returnPressed.connect(self._search_entered)
        self.filter_bar.search.installEventFilter(self)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self.search_timer.timeout.connect(self.reload)

        self.model = CaseTableModel(self._rows_for, self._now, self)
        self.model.sort_requested.connect(self._sort_requested)
        self.table = CaseTable(self)
        self.table.setObjectName("caseTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setCornerButtonEnabled(False)
        self.table.verticalHeader().setVisible(False)
        vh = self.table.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(24)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setResizeContentsPrecision(0)
        hh.setHighlightSections(False)
        hh.setStretchLastSection(True)
        hh.setSectionsMovable(True)
        for col, width in enumerate(DEFAULT_WIDTHS):
            hh.resizeSection(col, width)
        self._restore_sort()
        hh.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.activated.connect(lambda _i: self.open_current(focus=True))
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.open_current)

        self.result_label = QLabel(self)
        self.result_label.setObjectName("resultLabel")
        centre = QWidget(self)
        cl = QVBoxLayout(centre)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(2)
        cl.addWidget(self.filter_bar)
        cl.addWidget(self.table, 1)
        cl.addWidget(self.result_label)

        # -- right: the case pane --------------------------------------------------
        self.pane = CasePane(self)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.views)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([200, 880, 420])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        # -- status bar ------------------------------------------------------------
        self.user_label = QLabel(self)
        self.db_label = QLabel(self)
        self.db_label.setObjectName("dbLabel")
        self.jobs_label = QLabel(self)
        self.jobs_label.setObjectName("jobsLabel")
        self.busy = QProgressBar(self)
        self.busy.setObjectName("busyBar")
        self.busy.setRange(0, 0)
        self.busy.setFixedWidth(90)
        self.busy.setMaximumHeight(12)
        self.busy.setTextVisible(False)
        self.busy.hide()
        sb = self.statusBar()
        sb.addWidget(self.user_label)
        sb.addWidget(self.db_label, 1)
        sb.addPermanentWidget(self.jobs_label)
        sb.addPermanentWidget(self.busy)
        self.jobs.busy_changed.connect(self._jobs_changed)
        self.jobs.failed.connect(self._job_failed)

        # -- menus and shortcuts -----------------------------------------------------
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.setObjectName("fileMenu")
        self.view_menu = self.menuBar().addMenu("")
        self.help_menu = self.menuBar().addMenu("")
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.triggered.connect(self.refresh)
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.show_settings)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.refresh_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self._file_tail = self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_actions: list[QAction] = []
        for n, key in enumerate(VIEW_KEYS):
            act = QAction(self)
            act.setData(key)
            if n < 9:
                act.setShortcut(QKeySequence(f"Ctrl+{n + 1}"))
            act.triggered.connect(lambda _c=False, k=key: self.switch_view(k))
            self.view_menu.addAction(act)
            self.view_actions.append(act)
        self.help_action = QAction(self)
        self.help_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.help_action.triggered.connect(self.show_shortcuts)
        self.help_menu.addAction(self.help_action)
        self.addActions([self.refresh_action, self.settings_action, self.help_action,
                         *self.view_actions])

        def shortcut(keys: str | QKeySequence, slot: Callable[[], None]) -> QShortcut:
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.activated.connect(slot)
            return sc

        self.shortcuts = [
            shortcut("J", self.next_case),
            shortcut("K", self.previous_case),
            shortcut(QKeySequence.StandardKey.Find, self.focus_search),
            shortcut("/", self.focus_search),
        ]

        # -- timers ----------------------------------------------------------------------
        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(TICK_MS)
        self.tick_timer.timeout.connect(self._tick)
        self.counts_timer = QTimer(self)
        self.counts_timer.setInterval(COUNTS_EVERY_MS)
        self.counts_timer.timeout.connect(self.refresh_counts)

        self.retranslate()
        self._restore_layout()
        self._painted = False
        self._after_paint: list[Callable[[], None]] = []
        self._bench_hook = bool(os.environ.get("AFTERSALES_EXIT_AFTER_FIRST_PAINT")
                                or os.environ.get("AFTERSALES_EXIT_WHEN_IDLE"))
        self.table.on_paint = self._table_painted

    # -- start and stop ---------------------------------------------------------------
    def _rows_for(self, ids):  # type: ignore[no-untyped-def]
        return self.inbox.rows(ids) if self.inbox is not None else []

    def prefill(self, rows: list) -> None:  # type: ignore[type-arg]
        """Show a first page read before the store was open (see quick_start)."""
        if rows and self.inbox is None:
            self.model.reset_rows(rows)
            self._first_page_shown = True
            self._prefilled = True
            self._show_result_count()

    def when_painted(self, callback: Callable[[], None], at_latest_ms: int = 1000) -> None:
        """Run `callback` once, after the case table first painted (or after
        `at_latest_ms`, should the window not be painted, e.g. minimised). The store
        opens this way: importing SQLAlchemy in a worker holds the GIL, which would
        delay the first paint."""
        done = False

        def run() -> None:
            nonlocal done
            if not done:
                done = True
                callback()

        if self._painted:
            QTimer.singleShot(0, run)
            return
        self._after_paint.append(run)
        QTimer.singleShot(at_latest_ms, run)

    def connect_store(self, opener: Callable[[], Inbox]) -> None:
        """Open the store in a worker thread, then start loading. Call once the loop runs."""
        self.jobs.start("open", self._connect(opener))

    async def _connect(self, opener: Callable[[], Inbox]) -> None:
        try:
            inbox = await self.jobs.run(opener)
        except Exception as exc:
            from PySide6.QtWidgets import QMessageBox

            from ui.store_texts import describe

            QMessageBox.critical(self, self.tr("Aftersales Desk"), describe(exc))
            self.close()
            return
        self.inbox = inbox
        self.user, self.description = inbox.user, inbox.description
        self.retranslate()
        self.start()

    def start(self) -> None:
        """Begin loading; call once the event loop runs (and the store is open)."""
        if self._started or self.inbox is None:
            return
        self._started = True
        self.tick_timer.start()
        self.counts_timer.start()
        self.reload()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.save_layout()
        self.tick_timer.stop()
        self.counts_timer.stop()
        self.jobs.close()
        super().closeEvent(event)

    def install_plugins(self) -> None:
        """Let other features add to the window (File → Import…); called once the first
        page is on screen, because their modules are not needed to show the inbox."""
        if self._plugins_installed:
            return
        self._plugins_installed = True
        try:
            from ui import import_actions  # type: ignore[attr-defined]
        except ImportError:
            return
        import_actions.install(self)

    # -- layout memory -------------------------------------------------------------------
    def save_layout(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("inbox/header", self.table.horizontalHeader().saveState())
        s.setValue("inbox/view", self.view_key)
        s.setValue("inbox/sort", f"{self.model.sort_key}:{int(self.model.descending)}")
        s.sync()

    def _restore_layout(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1440, 900)
        splitter = s.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = s.value("inbox/header")
        if header is not None:
            hh = self.table.horizontalHeader()
            hh.blockSignals(True)
            hh.restoreState(header)
            hh.blockSignals(False)
            hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            self._show_sort_indicator()

    def _restore_sort(self) -> None:
        raw = str(self.settings.value("inbox/sort", "deadline:0"))
        key, _, desc = raw.partition(":")
        if key in COLUMN_OF_SORT:
            self.model.sort_key, self.model.descending = key, desc == "1"
        self._show_sort_indicator()

    def _show_sort_indicator(self) -> None:
        hh = self.table.horizontalHeader()
        hh.blockSignals(True)
        hh.setSortIndicator(COLUMN_OF_SORT[self.model.sort_key],
                            Qt.SortOrder.DescendingOrder if self.model.descending
                            else Qt.SortOrder.AscendingOrder)
        hh.blockSignals(False)

    def _sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if column not in SORT_COLUMNS:
            QTimer.singleShot(0, self._show_sort_indicator)

    # -- text ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Aftersales Desk"))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.refresh_action.setText(self.tr("Reload"))
        self.settings_action.setText(self.tr("Settings…"))
        self.quit_action.setText(self.tr("Quit"))
        self.help_action.setText(self.tr("Keyboard shortcuts"))
        for act in self.view_actions:
            act.setText(labels.view(act.data()))
        for i in range(self.views.topLevelItemCount()):
            item = self.views.topLevelItem(i)
            key = item.data(0, Qt.ItemDataRole.UserRole)
            item.setText(0, labels.view(key))
            item.setToolTip(0, self.tr("Ctrl+%1").replace("%1", str(i + 1)) if i < 9 else "")
        self.user_label.setText(self.tr("User: %1").replace("%1", self.user))
        self.db_label.setText(self.tr("Database: %1").replace("%1", self.description))
        self.model.retranslate()
        self._show_counts()
        self._show_result_count()
        self._jobs_changed(self.jobs.busy)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            labels.retranslate()
            self.retranslate()
        super().changeEvent(event)

    # -- views ----------------------------------------------------------------------------
    def _view_item(self, key: str) -> QTreeWidgetItem:
        return self.views.topLevelItem(VIEW_KEYS.index(key))

    def _view_clicked(self, current: QTreeWidgetItem | None, _prev: object) -> None:
        if current is not None:
            self.switch_view(current.data(0, Qt.ItemDataRole.UserRole))

    def switch_view(self, key: str) -> None:
        if key not in VIEW_KEYS:
            raise ValueError(f"no view {key!r}")
        item = self._view_item(key)
        if self.views.currentItem() is not item:
            self.views.blockSignals(True)
            self.views.setCurrentItem(item)
            self.views.blockSignals(False)
        if key == self.view_key and self._started:
            return
        self.view_key = key
        self.pane.clear()
        self.reload()

    def current_filter(self) -> CaseFilter:
        view = view_filter(self.view_key, me_id=self.me_id, now=self.now())
        return combine(view, self.filter_bar.case_filter())

    def _now(self) -> datetime:
        return self.now()

    # -- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the current view again (first page at once, then the full list)."""
        self.search_timer.stop()
        if not self._started:
            return
        self._generation += 1
        self.jobs.start("page", self._load(self._generation))

    def refresh(self) -> None:
        """Data changed (an import, an action): reload counts and the table."""
        self.model.invalidate()
        self.reload()
        self.refresh_counts()

    async def _load(self, generation: int) -> None:
        assert self.inbox is not None
        first_load = not self._me_loaded
        if first_load:
            self.me_id = await self.jobs.run(self.inbox.me_id)
            self._me_loaded = True
        f = self.current_filter()
        page = self.model.PAGE
        keep = self.pane.case_id
        rows = await self.jobs.run(self.inbox.first_page, f, self.model.sort_key,
                                   self.model.descending, page)
        if generation != self._generation:
            return
        self.total = len(rows) if len(rows) < page else None
        self.model.reset_rows(rows)
        self._after_rows(keep)
        if first_load:
            self._first_page_shown = True
            QTimer.singleShot(0, self.install_plugins)
            self.refresh_counts()
            self.jobs.start("reference", self._load_reference())
        if len(rows) == page:
            ids = await self.jobs.run(self.inbox.case_ids, f, self.model.sort_key,
                                      self.model.descending)
            if generation != self._generation:
                return
            self.total = len(ids)
            self.model.set_ids(ids)
            self._after_rows(keep)
        self._show_result_count()
        self.rows_loaded.emit(self.model.rowCount())

    def _after_rows(self, keep: int | None) -> None:
        """Keep the open case selected, or select the first case of the view."""
        self._show_result_count()
        if self.model.rowCount() == 0:
            self.pane.clear()
            return
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and self.table.currentIndex().isValid():
            row = self.table.currentIndex().row()
            if row >= self.model.rowCount():
                row = -1
        if row < 0:
            row = 0
        index = self.model.index(row, 0)
        if self.table.currentIndex() != index:
            self.table.setCurrentIndex(index)
        elif keep is None:
            self.preview_timer.start()

    async def _load_reference(self) -> None:
        ref = await self.jobs.run(self.inbox.reference)
        self.filter_bar.set_reference(ref)

    def refresh_counts(self) -> None:
        if self._started and self.inbox is not None:
            self.jobs.start("counts", self._load_counts())

    async def _load_counts(self) -> None:
        now = self.now()
        filters = {k: view_filter(k, me_id=self.me_id, now=now) for k in VIEW_KEYS}
        self.counts = await self.jobs.run(self.inbox.counts, filters)
        self._show_counts()
        self.counts_loaded.emit()

    def _show_counts(self) -> None:
        for i, key in enumerate(VIEW_KEYS):
            item = self.views.topLevelItem(i)
            n = self.counts.get(key)
            item.setText(1, "" if n is None else f"{n:,}")

    def _show_result_count(self) -> None:
        n = self.model.rowCount()
        if self.total is None and n:
            text = self.tr("%1+ cases, counting…").replace("%1", f"{n:,}")
        else:
            text = self.tr("%1 cases").replace("%1", f"{n:,}")
        search = self.filter_bar.search.text().strip()
        if search:
            text += "  ·  " + self.tr("search: %1").replace("%1", search)
        self.result_label.setText(text)

    def _tick(self) -> None:
        self.model.tick()
        if self.pane.detail is not None:
            self.pane.show_case(self.pane.detail, self.now())

    # -- search -------------------------------------------------------------------------------
    def _search_edited(self, _text: str) -> None:
        self.search_timer.start()

    def _search_entered(self) -> None:
        if self.search_timer.isActive():
            self.reload()
        self.table.setFocus()

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter_bar.search and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:  # type: ignore[attr-defined]
                self.table.setFocus()
                return True
            if event.key() == Qt.Key.Key_Down:  # type: ignore[attr-defined]
                self.table.setFocus()
                return True
        return super().eventFilter(watched, event)

    def _table_painted(self) -> None:
        if not self._painted:
            self._painted = True
            for callback in self._after_paint:
                QTimer.singleShot(0, callback)
            self._after_paint.clear()
        if self._bench_hook and self._first_page_shown:
            self._bench_hook = False
            QTimer.singleShot(0, self._report_and_exit)
        if not self._bench_hook:
            self.table.on_paint = None

    # -- moving through cases --------------------------------------------------------------------
    def _sort_requested(self, _key: str, _descending: bool) -> None:
        self.reload()

    def _move(self, step: int) -> None:
        n = self.model.rowCount()
        if n == 0:
            return
        cur = self.table.currentIndex()
        row = 0 if not cur.isValid() else max(0, min(n - 1, cur.row() + step))
        index = self.model.index(row, max(cur.column(), 0))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def next_case(self) -> None:
        self._move(1)

    def previous_case(self) -> None:
        self._move(-1)

    def _current_row_changed(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        if current.isValid():
            self.preview_timer.start()

    def open_current(self, focus: bool = False) -> None:
        self.preview_timer.stop()
        case_id = self.model.case_id(self.table.currentIndex().row())
        if case_id is not None:
            self.open_case(case_id)
            if focus:
                self.pane.tabs.setFocus()

    def open_case(self, case_id: int) -> None:
        if self.inbox is None:
            return
        self._pending_case = case_id
        self.jobs.start("case", self._load_case(case_id))

    async def _load_case(self, case_id: int) -> None:
        detail = await self.jobs.run(self.inbox.case, case_id)
        if self._pending_case != case_id:
            return
        self.pane.show_case(detail, self.now())
        self.case_shown.emit(case_id)

    # -- status -------------------------------------------------------------------------------------
    def _job_text(self, name: str) -> str:
        """A job's name for the status bar and bug reports, in the user's language."""
        names = {"page": self.tr("Loading cases"), "counts": self.tr("Counting views"),
                 "case": self.tr("Opening case"), "reference": self.tr("Loading shops"),
                 "open": self.tr("Opening the database")}
        return names.get(name, name)

    def _jobs_changed(self, busy: int) -> None:
        running = [self._job_text(n) for n in self.jobs.names()]
        self.jobs_label.setText(" · ".join(running) if running else self.tr("Ready"))
        self.busy.setVisible(busy > 0)

    def _job_failed(self, name: str, message: str) -> None:
        self.statusBar().showMessage(self.tr("Failed: %1").replace("%1", message), 15000)

    # -- dialogs --------------------------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        from ui.dialogs import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def show_settings(self) -> None:
        from ui.dialogs import SettingsDialog

        SettingsDialog(self.settings, self).exec()

    # -- benchmark hooks --------------------------------------------------------------------------------
    def _report_and_exit(self) -> None:
        if os.environ.get("AFTERSALES_EXIT_WHEN_IDLE"):
            self.jobs.start("bench-exit", self._exit_when_idle())
            return
        _report({"rows": self.model.rowCount(), "quick_start": self._prefilled})

    async def _exit_when_idle(self) -> None:
        import asyncio

        while self.total is None or not self.counts or self.jobs.busy > 1:
            await asyncio.sleep(0.05)
        # read the page the user would see after the ids arrived
        self.table.viewport().repaint()
        self.save_layout()  # as a window that is closed: the next start is a repeated one
        _report({"rows": self.model.rowCount(), "total": self.total})


def _process_age() -> float | None:
    """Seconds since this process started (Linux), else None."""
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            start_ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _report(extra: dict[str, object]) -> None:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if sys.platform == "darwin":
        peak //= 1024
    out = {"elapsed_s": _process_age(), "peak_rss_kb": peak, "clock": time.time(), **extra}
    sys.stdout.write(json.dumps(out) + "\n")
    sys.stdout.flush()
    os._exit(0)
