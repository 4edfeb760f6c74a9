"""The agent's console: views on the left, the case table in the centre, the case
pane on the right.

The window lays out and wires actions; `InboxController` (`controller`) opens the
store, loads views, counts and cases in the background and fills the table's model.
The import and export actions (`ui.import_actions`) join the File menu once the
first page is on screen: their modules are not needed to show the inbox.

`agent` is who works the window: every action is recorded under that name. It is
asked once per store (`ui.who_am_i`) when the window is made with `ask_who=True`
(the GUI start without --user); tests and screenshots pass the user. Urged-shipment
alerts (`ui.urged_alert`) come up after each count when `urged_alerts=True`.

Signals:
    case_shown(int): the case pane now shows this case.
    first_page_painted(): the case table painted its first page of cases (once).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QWidget

from app.domain.clock import utcnow
from app.domain.filters import CaseFilter
from ui import labels, who_am_i, window_actions, window_layout, window_settings
from ui.case_keys import CaseKeys
from ui.case_pane import CasePane
from ui.case_table import CaseTable
from ui.filter_bar import FilterBar
from ui.inbox_controller import InboxController
from ui.saved_views import SavedViewsUi
from ui.urged_alert import UrgedAlerts
from ui.view_list import ViewList, saved_id

if TYPE_CHECKING:
    from app.services.inbox import Inbox

SEARCH_DEBOUNCE_MS = 250
PREVIEW_DELAY_MS = 90
TICK_MS = 30_000
COUNTS_EVERY_MS = 60_000


class MainWindow(CaseKeys, QMainWindow):
    case_shown = Signal(int)
    first_page_painted = Signal()
    # built by window_actions.build
    file_menu: QMenu
    view_menu: QMenu
    help_menu: QMenu
    refresh_action: QAction
    settings_action: QAction
    quit_action: QAction
    help_action: QAction
    save_view_action: QAction
    who_action: QAction
    next_action: QAction
    previous_action: QAction
    open_action: QAction
    search_action: QAction
    clear_filters_action: QAction
    views_focus_action: QAction
    view_actions: list[QAction]
    saved_menu: QMenu
    saved_view_actions: list[QAction]

    def __init__(self, inbox: Inbox | None, settings: QSettings, *,
                 now: Callable[[], datetime] = utcnow, user: str = "", description: str = "",
                 remembered: window_settings.Remembered | None = None,
                 ask_who: bool = False, store_id: str = "", urged_alerts: bool = False,
                 parent: QWidget | None = None) -> None:
        """`inbox` may come later (`controller.connect_store`): the window can show a
        first page read without the store (`controller.prefill`) while the store opens.
        `remembered` is what `window_settings.read(settings)` gave, when already read.
        `ask_who`: ask who works the window once the store is open; `store_id` (data
        folder or database URL) is what that answer is remembered for."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings
        self.now = now
        self.user = inbox.user if inbox is not None else user
        self.description = inbox.description if inbox is not None else description
        memory = remembered if remembered is not None else window_settings.read(settings)
        self._painted = False
        self._after_paint: list[Callable[[], None]] = []
        self._file_actions_installed = False
        self._ask_who = ask_who
        self.store_id = store_id
        self.urged_alerts = urged_alerts
        self.shortcuts_dialog: QWidget | None = None
        self.settings_dialog: QWidget | None = None

        self.views = ViewList(self)
        self.filter_bar = FilterBar(self)
        self.pane = CasePane(self)
        self.controller = InboxController(
            inbox, view=memory.view, sort=memory.sort, descending=memory.descending, now=now,
            bar_filter=self.filter_bar.case_filter, open_case_id=lambda: self.pane.case_id,
            parent=self)
        self.jobs = self.controller.jobs
        self.model = self.controller.model
        self.table = CaseTable(self.model, self)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("resultLabel")
        self.saved_ui = SavedViewsUi(self)
        self.who = who_am_i.WhoAmI(self)
        self.urged = UrgedAlerts(self)
        window_layout.lay_out(self)
        window_layout.status_bar(self)
        window_actions.build(self)
        self._timers()
        self._connect()
        from ui import window_parts

        window_parts.install(self)
        self.views.select(self.controller.view_key)
        self.retranslate()
        self._restore_layout(memory)

    # -- building ------------------------------------------------------------------------

    def _timers(self) -> None:
        def timer(ms: int, slot: Callable[[], None], single: bool = False) -> QTimer:
            t = QTimer(self)
            t.setInterval(ms)
            t.setSingleShot(single)
            t.timeout.connect(slot)
            return t

        self.search_timer = timer(SEARCH_DEBOUNCE_MS, self.reload, single=True)
        self.preview_timer = timer(PREVIEW_DELAY_MS, self.open_current, single=True)
        self.tick_timer = timer(TICK_MS, self._tick)
        self.counts_timer = timer(COUNTS_EVERY_MS, self.controller.refresh_counts)

    def _connect(self) -> None:
        c = self.controller
        self.views.view_chosen.connect(self.switch_view)
        self.filter_bar.changed.connect(self.reload)
        self.filter_bar.search_edited.connect(lambda _t: self.search_timer.start())
        self.filter_bar.search.returnPressed.connect(self._search_entered)
        self.filter_bar.search.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self.preview_timer.start() if current.isValid() else None)
        self.table.activated.connect(lambda _i: self.open_current(focus=True))
        self.table.painted.connect(self._table_painted)
        c.store_opened.connect(self._store_opened)
        c.store_failed.connect(self._store_failed)
        c.first_page_shown.connect(lambda: QTimer.singleShot(0, self.install_file_actions))
        c.rows_changed.connect(self._after_rows)
        c.rows_loaded.connect(lambda _n: self._show_result_count())
        c.counts_loaded.connect(self._counts_loaded)
        c.saved_loaded.connect(self.show_saved_views)
        self.views.rename_requested.connect(self.saved_ui.rename)
        self.views.delete_requested.connect(self.saved_ui.delete)
        c.reference_loaded.connect(self.filter_bar.set_reference)
        c.case_loaded.connect(self._case_loaded)
        c.jobs.busy_changed.connect(self._jobs_changed)
        c.jobs.failed.connect(lambda _name, message: self.statusBar().showMessage(
            self.tr("Failed: %1").replace("%1", message), 15000))

    # -- start and stop --------------------------------------------------------------------

    @property
    def inbox(self) -> Inbox | None:
        return self.controller.inbox

    @property
    def agent(self) -> str:
        """Who works the window: the actor of every action taken in it."""
        return self.user

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

    def _table_painted(self) -> None:
        if not self._painted:
            self._painted = True
            for callback in self._after_paint:
                QTimer.singleShot(0, callback)
            self._after_paint.clear()
        if self.controller.first_page_on_screen:
            self.table.report_paints = False
            self.first_page_painted.emit()

    def _store_opened(self) -> None:
        assert self.inbox is not None
        self.user, self.description = self.inbox.user, self.inbox.description
        self.tick_timer.start()
        self.counts_timer.start()
        self.retranslate()
        if self._ask_who:
            self._ask_who = False
            QTimer.singleShot(0, self.ask_who_am_i)

    def _store_failed(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(self, self.tr("Aftersales Desk"), message)
        self.close()

    def start(self) -> None:
        """Begin loading over the store the window was given; once the loop runs."""
        if self.inbox is not None and not self.controller.started:
            self.tick_timer.start()
            self.counts_timer.start()
            self.controller.start()
            if self._ask_who:
                self._ask_who = False
                QTimer.singleShot(0, self.ask_who_am_i)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.save_layout()
        self.tick_timer.stop()
        self.counts_timer.stop()
        self.controller.close()
        super().closeEvent(event)

    def install_file_actions(self) -> None:
        if not self._file_actions_installed:
            self._file_actions_installed = True
            from ui import import_actions

            actions = import_actions.install(self)
            if actions.export_priority_action.shortcut().isEmpty():
                actions.export_priority_action.setShortcut("Ctrl+Shift+P")

    def save_layout(self) -> None:
        window_settings.save(
            self.settings, view=self.controller.view_key, sort=self.model.sort_key,
            descending=self.model.descending, geometry=self.saveGeometry(),
            splitter=self.splitter.saveState(), header=self.table.horizontalHeader().saveState())

    def _restore_layout(self, memory: window_settings.Remembered) -> None:
        if memory.geometry is not None:
            self.restoreGeometry(memory.geometry)
        else:
            self.resize(1440, 900)
        if memory.splitter is not None:
            self.splitter.restoreState(memory.splitter)
        self.table.restore_header(memory.header)

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
        window_actions.retranslate(self)
        for act in self.view_actions:
            act.setText(labels.view(act.data()))
        self.views.retranslate()
        for act in self.view_actions:
            self.views.item_of(act.data()).setToolTip(0, window_actions.keys_hint(act))
        self.views.show_counts(self.controller.counts)
        self.user_label.setText(self.tr("User: %1").replace("%1", self.user))
        self.db_label.setText(self.tr("Database: %1").replace("%1", self.description))
        self.model.retranslate()
        self._show_result_count()
        self._jobs_changed(self.controller.jobs.busy)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            labels.retranslate()
            self.retranslate()
        super().changeEvent(event)

    # -- views and loading ------------------------------------------------------------------
    def switch_view(self, key: str) -> None:
        """Show a built-in view, or a saved one ("saved:ID", see `SavedViewsUi.show`)."""
        if saved_id(key) is not None:
            self.saved_ui.show(key)
            return
        self.views.select(key)
        self.saved_ui.leave()
        if self.controller.switch_view(key):
            self.pane.clear()

    def save_view(self) -> None:
        self.saved_ui.save_current()

    def show_saved_views(self) -> None:
        self.saved_ui.show_list()

    def _counts_loaded(self) -> None:
        self.views.show_counts(self.controller.counts)
        if self.urged_alerts:
            self.check_urged()

    def current_filter(self) -> CaseFilter:
        return self.controller.current_filter()

    def reload(self) -> None:
        self.search_timer.stop()
        self.controller.reload()

    def refresh(self) -> None:
        """Data changed (an import, an action): reload counts and the table."""
        self.search_timer.stop()
        self.controller.refresh()

    def _after_rows(self, keep: int | None) -> None:
        """Keep the open case selected, or select the first case of the view."""
        self._show_result_count()
        if self.model.rowCount() == 0:
            self.pane.clear()
            return
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and keep is not None and self.controller.total is None:
            return  # only the first page so far: the open case may be further down
        if row < 0 and self.table.currentIndex().isValid():
            row = self.table.currentIndex().row()
            if row >= self.model.rowCount():
                row = -1
        index = self.model.index(max(row, 0), 0)
        if self.table.currentIndex() != index:
            self.table.setCurrentIndex(index)
        elif keep is None:
            self.preview_timer.start()

    def _show_result_count(self) -> None:
        n = self.model.rowCount()
        if self.controller.total is None and n:
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

    # -- status and dialogs ------------------------------------------------------------------
    def _jobs_changed(self, busy: int) -> None:
        running = [self.controller.job_text(n) for n in self.controller.jobs.names()]
        self.jobs_label.setText(" · ".join(running) if running else self.tr("Ready"))
        self.busy.setVisible(busy > 0)

    def show_shortcuts(self) -> None:
        from ui.shortcuts import KeyboardShortcutsDialog

        self.shortcuts_dialog = KeyboardShortcutsDialog(self)
        self.shortcuts_dialog.open()

    def show_settings(self) -> None:
        from ui.dialogs import SettingsDialog

        self.settings_dialog = SettingsDialog(self.settings, self)
        self.settings_dialog.open()

    # -- who am I and urged shipments (ui.who_am_i, ui.urged_alert) ---------------------------
    def ask_who_am_i(self) -> None:
        """Ask which agent works the window (the store's agents, or a name)."""
        self.who.ask()

    @property
    def who_dialog(self) -> QWidget | None:
        return self.who.dialog

    def set_agent(self, name: str) -> None:
        """`name` works the window from now on (remembered for this store)."""
        who_am_i.work_as(self, name)

    def check_urged(self) -> None:
        self.urged.check()

    @property
    def urged_dialog(self) -> QWidget | None:
        return self.urged.dialog
