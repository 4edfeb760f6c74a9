"""What the inbox window does, apart from showing it: opening the store, loading the
current view (first page at once, then the complete id list), the view counts, the
filter bar's reference lists and the case behind the pane.

Every query runs in a worker thread through `Jobs`; a newer request of the same
kind (a view switch, a keystroke in the search box, another case) cancels the older
task, and a result that arrives for an outdated request (an older generation) is
dropped. The table model (`model`) is filled here; the window only lays out.

Signals:
    store_opened(): `inbox` is set (the store opened in a worker).
    store_failed(str): the store could not be opened; the message says why.
    first_page_shown(): the first page read from the store is in the model (once; a
        page the quick start prefilled does not count: what waits for this signal,
        such as the import actions, must not delay the first paint).
    rows_changed(object): the model holds new rows; the argument is the case to keep
        selected (or None).
    rows_loaded(int): the model holds the complete list of the current view.
    counts_loaded(): `counts` were refreshed (saved views' too, by their keys).
    saved_loaded(): `saved` holds the user's saved views, read again.
    reference_loaded(object): the shops and users for the filter bar (a Reference).
    case_loaded(int, object): the case's detail (id, dict) for the pane.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from app.domain.filters import CaseFilter
from app.services.inbox_views import VIEW_KEYS, CaseRow, combine, view_filter
from app.services.saved_views import SavedView, filter_of
from ui import window_jobs
from ui.case_model import CaseTableModel
from ui.jobs import Jobs

if TYPE_CHECKING:
    from app.services.inbox import Inbox


class InboxController(QObject):
    store_opened = Signal()
    store_failed = Signal(str)
    first_page_shown = Signal()
    rows_changed = Signal(object)
    rows_loaded = Signal(int)
    counts_loaded = Signal()
    saved_loaded = Signal()
    reference_loaded = Signal(object)
    case_loaded = Signal(int, object)

    def __init__(self, inbox: Inbox | None, *, view: str, sort: str, descending: bool,
                 now: Callable[[], datetime], bar_filter: Callable[[], CaseFilter],
                 open_case_id: Callable[[], int | None], parent: QObject | None = None) -> None:
        """`bar_filter` gives the filter bar's filter, `open_case_id` the case the pane
        shows (kept selected across reloads)."""
        super().__init__(parent)
        self.inbox = inbox
        self.now = now
        self.jobs = Jobs(self, names=self.job_text)
        self.view_key = view if view in VIEW_KEYS else "mine"
        self.me_id: int | None = None
        self.counts: dict[str, int] = {}
        self.saved: list[SavedView] = []
        self.total: int | None = None
        self.prefilled = False  # the first page came from the quick start
        self.first_page_on_screen = False
        self._bar_filter = bar_filter
        self._open_case_id = open_case_id
        self._started = False
        self._me_loaded = False
        self._generation = 0
        self._pending_case: int | None = None
        self.model = CaseTableModel(self._rows_for, self.now, self)
        self.model.sort_key, self.model.descending = sort, descending
        self.model.sort_requested.connect(lambda _k, _d: self.reload())

    def job_text(self, name: str) -> str:
        """A job's name for the status bar and bug reports, in the user's language."""
        texts = {"page": self.tr("Loading cases"), "counts": self.tr("Counting views"),
                 "case": self.tr("Opening case"), "reference": self.tr("Loading shops"),
                 "open": self.tr("Opening the database"),

                 "remember": self.tr("Preparing the next start")}
        return texts.get(name) or window_jobs.text(name)

    @property
    def started(self) -> bool:
        return self._started

    def _rows_for(self, ids):  # type: ignore[no-untyped-def]
        return self.inbox.rows(ids) if self.inbox is not None else []

    # -- start and stop --------------------------------------------------------------------

    def prefill(self, rows: list[CaseRow]) -> None:
        """Show a first page read before the store was open (see quick_start)."""
        if rows and self.inbox is None:
            self.model.reset_rows(rows)
            self.prefilled = self.first_page_on_screen = True
            self.rows_changed.emit(None)

    def connect_store(self, opener: Callable[[], Inbox]) -> None:
        """Open the store in a worker thread, then start loading. Call once the loop runs."""
        self.jobs.start("open", self._connect(opener))

    async def _connect(self, opener: Callable[[], Inbox]) -> None:
        from ui import bugs

        try:
            inbox = await self.jobs.run(opener)
        except Exception as exc:
            if bugs.is_known(exc):
                self.store_failed.emit(bugs.describe(exc))
            else:  # the window closes after saying so: the bug's words, with the log
                what = self.job_text("open")
                self.store_failed.emit(bugs.message(what, bugs.log(what, exc)))
            return
        self.inbox = inbox
        self.store_opened.emit()
        self.start()

    def start(self) -> None:
        """Begin loading; call once the event loop runs (and the store is open)."""
        if self._started or self.inbox is None:
            return
        self._started = True
        self.reload()

    def close(self) -> None:
        self.jobs.close()

    # -- the view and its filter -----------------------------------------------------------

    def switch_view(self, key: str) -> bool:
        """Show another view; False if it is the one already shown."""
        if key not in VIEW_KEYS:
            raise ValueError(f"no view {key!r}")
        if key == self.view_key and self._started:
            return False
        self.view_key = key
        self.reload()
        return True

    def current_filter(self) -> CaseFilter:
        view = view_filter(self.view_key, me_id=self.me_id, now=self.now())
        return combine(view, self._bar_filter())

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the current view again (first page at once, then the full list)."""
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
        keep = self._open_case_id()
        rows = await self.jobs.run(self.inbox.first_page, f, self.model.sort_key,
                                   self.model.descending, page)
        if generation != self._generation:
            return
        self.total = len(rows) if len(rows) < page else None
        self.model.reset_rows(rows)
        self.rows_changed.emit(keep)
        if first_load:
            self.first_page_on_screen = True
            self.first_page_shown.emit()
            self.load_saved()
            self.jobs.start("reference", self._load_reference())
            self.jobs.start("remember", self._remember())
        if len(rows) == page:
            ids = await self.jobs.run(self.inbox.case_ids, f, self.model.sort_key,
                                      self.model.descending)
            if generation != self._generation:
                return
            self.total = len(ids)
            self.model.set_ids(ids)
            self.rows_changed.emit(keep)
        self.rows_loaded.emit(self.model.rowCount())

    async def _load_reference(self) -> None:
        assert self.inbox is not None
        self.reference_loaded.emit(await self.jobs.run(self.inbox.reference))

    async def _remember(self) -> None:
        """Cache the first pages' statements for the next start's quick start."""
        from app.services import quick_start

        assert self.inbox is not None
        await self.jobs.run(quick_start.remember, self.inbox.store)

    def refresh_counts(self) -> None:
        if self._started and self.inbox is not None:
            self.jobs.start("counts", self._load_counts())

    async def _load_counts(self) -> None:
        assert self.inbox is not None
        now = self.now()
        filters = {k: view_filter(k, me_id=self.me_id, now=now) for k in VIEW_KEYS}
        filters.update({v.key: filter_of(v.query, me_id=self.me_id, now=now)
                        for v in self.saved})
        self.counts = await self.jobs.run(self.inbox.counts, filters)
        self.counts_loaded.emit()

    # -- saved views and who is working ------------------------------------------------------

    def load_saved(self) -> None:
        """Read the user's saved views again, then every count."""
        if self._started and self.inbox is not None:
            self.jobs.start("saved", self._load_saved())

    async def _load_saved(self) -> None:
        assert self.inbox is not None
        self.saved = await self.jobs.run(self.inbox.saved_views)
        self.saved_loaded.emit()
        self.refresh_counts()

    def saved_view(self, view_id: int) -> SavedView | None:
        return next((v for v in self.saved if v.id == view_id), None)

    def set_user(self, name: str) -> None:
        """Another agent works the window: their cases, their saved views."""
        if self.inbox is None:
            return
        self.inbox.set_user(name)
        self.me_id, self._me_loaded = None, False
        self.saved = []
        self.saved_loaded.emit()
        # the next load reads who "me" is again, then the saved views and counts
        self.model.invalidate()
        self.reload()

    # -- one case --------------------------------------------------------------------------

    def open_case(self, case_id: int) -> None:
        if self.inbox is None:
            return
        self._pending_case = case_id
        self.jobs.start("case", self._load_case(case_id))

    async def _load_case(self, case_id: int) -> None:
        assert self.inbox is not None
        detail: dict[str, Any] = await self.jobs.run(self.inbox.case, case_id)
        if self._pending_case != case_id:
            return
        self.case_loaded.emit(case_id, detail)
