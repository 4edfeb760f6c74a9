"""The inbox table model: a million cases without a million Python objects.

It holds the ordered case ids of the current view in an `array('q')` (8 bytes a
case) and fetches rows by id a page at a time when the view asks for them, keeping
a bounded cache (the Anki browser's approach). Fetching a page by id costs the same
at row 0 and at row 900,000. A page that cannot be read is shown as disabled rows,
never as a crash.

The first page of a view arrives before its full id list (see `MainWindow`), so
the table paints at once and the scroll bar grows a moment later.

Signals:
    sort_requested(str, bool): the user clicked a sortable header (key, descending).
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain.money import fen_to_yuan
from ui import labels
from ui.deadline_words import auto_action_tip, deadline_text, local, urgency

Index = QModelIndex | QPersistentModelIndex

COL_DEADLINE, COL_PLATFORM, COL_SHOP, COL_CASE_NO, COL_KIND, COL_REASON, COL_STATUS, \
    COL_ORDER_NO, COL_BUYER, COL_AMOUNT, COL_ASSIGNEE, COL_UPDATED = range(12)
COLUMN_COUNT = 12
SORT_COLUMNS = {COL_DEADLINE: "deadline", COL_AMOUNT: "amount", COL_UPDATED: "updated"}
COLUMN_OF_SORT = {v: k for k, v in SORT_COLUMNS.items()}
DEFAULT_WIDTHS = (120, 66, 130, 150, 120, 110, 90, 170, 80, 76, 70, 90)

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
URGENCY_ROLE = Qt.ItemDataRole.UserRole + 2

OVERDUE_FG, OVERDUE_BG = QColor("#b71c1c"), QColor("#fde7e7")
SOON_FG, SOON_BG = QColor("#bf4800"), QColor("#fff0e0")
TODAY_FG, TODAY_BG = QColor("#7a5d00"), QColor("#fff9d6")
CLOSED_FG = QColor("#8a8f98")
QUALITY_FG = QColor("#a3136b")






def _utc_offset() -> timedelta:
    return datetime.now().astimezone().utcoffset() or timedelta(0)


_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ToolTipRole,
    CASE_ID_ROLE, URGENCY_ROLE,
})


# Made once: Qt asks for these on every cell of every repaint, and building a flag
# or an alignment from Python enums each time cost a tenth of the paint.
_ROW_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
              | Qt.ItemFlag.ItemNeverHasChildren)
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class _Failed:
    """Marker for a row whose page could not be read."""


FAILED = _Failed()


class CaseTableModel(QAbstractTableModel):
    PAGE = 100
    MAX_CACHE = 20_000

    sort_requested = Signal(str, bool)

    def __init__(self, fetch_rows: Callable[[Sequence[int]], list], now: Callable[[], datetime],
                 parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._now_fn = now
        self._now = now()
        self._ids: array = array("q")  # type: ignore[type-arg]
        self._cache: dict[int, object] = {}
        self._texts: dict[int, list[str]] = {}  # display text per row, made on first paint
        self._utc_offset = _utc_offset()
        self.sort_key = "deadline"
        self.descending = False
        self.fetches = 0  # pages read from the store (for tests and the benchmark)
        self._headers: list[str] = []
        self._bold = QFont()
        self._bold.setBold(True)
        # One brush per colour, made once: data() is asked for one per visible cell on
        # every repaint, and building a QBrush (and parsing a QColor) each time showed up.
        self._fg = {u: QBrush(c) for u, c in (("overdue", OVERDUE_FG), ("soon", SOON_FG),
                                              ("today", TODAY_FG), ("", QColor("#1f2933")),
                                              ("closed", CLOSED_FG), ("quality", QUALITY_FG))}
        self._bg = {u: QBrush(c) for u, c in (("overdue", OVERDUE_BG), ("soon", SOON_BG),
                                              ("today", TODAY_BG))}
        self.retranslate()

    # -- loading ------------------------------------------------------------------
    def reset_rows(self, rows: Sequence, ids: array | None = None) -> None:  # type: ignore[type-arg]
        """Show these rows (the first page of a view), dropping everything cached."""
        self.beginResetModel()
        self._cache.clear()
        self._texts.clear()
        self._ids = array("q", ids if ids is not None else (r.id for r in rows))
        for r in rows:
            self._cache[r.id] = r
        self.endResetModel()

    def set_ids(self, ids: array) -> None:  # type: ignore[type-arg]
        """The complete ordered id list; rows already shown stay where they are."""
        n = len(self._ids)
        if len(ids) >= n and ids[:n] == self._ids:
            if len(ids) > n:
                self.beginInsertRows(QModelIndex(), n, len(ids) - 1)
                self._ids = ids
                self.endInsertRows()
            return
        keep = {i: self._cache[i] for i in ids[: self.PAGE] if i in self._cache}
        self.beginResetModel()
        self._ids = ids
        self._cache = keep
        self.endResetModel()

    def invalidate(self) -> None:
        """Forget cached rows (data changed); visible rows are read again."""
        self._cache.clear()
        self._texts.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, COLUMN_COUNT - 1))

    def tick(self) -> None:
        """Time passed: deadlines count down and change colour."""
        self._now = self._now_fn()
        self._utc_offset = _utc_offset()
        if self._ids:
            self.dataChanged.emit(self.index(0, COL_DEADLINE), self.index(len(self._ids) - 1, COL_DEADLINE))

    def retranslate(self) -> None:
        self._headers = [
            self.tr("Deadline"), self.tr("Platform"), self.tr("Shop"), self.tr("Case no."),
            self.tr("Kind"), self.tr("Reason"), self.tr("Status"), self.tr("Order no."),
            self.tr("Buyer"), self.tr("Amount"), self.tr("Assignee"), self.tr("Updated"),
        ]
        self._texts.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, COLUMN_COUNT - 1))

    # -- lookups ------------------------------------------------------------------
    def case_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, case_id: int) -> int:
        try:
            return self._ids.index(case_id)
        except ValueError:
            return -1

    def is_loaded(self, row: int) -> bool:
        """The row's case is read (or known unreadable); asks nothing of the store."""
        return 0 <= row < len(self._ids) and self._ids[row] in self._cache

    def cached_row(self, row: int):  # type: ignore[no-untyped-def]
        """The row's data, reading its page if needed; None if it cannot be read."""
        case_id = self._ids[row]
        got = self._cache.get(case_id)
        if got is None:
            self._load_page(row // self.PAGE)
            got = self._cache.get(case_id, FAILED)
        return None if got is FAILED else got

    def _load_page(self, page: int) -> None:
        ids = self._ids[page * self.PAGE: (page + 1) * self.PAGE]
        wanted = [i for i in ids if i not in self._cache]
        if not wanted:
            return
        if len(self._cache) + len(wanted) > self.MAX_CACHE:
            # Drop the oldest half; dicts keep insertion order.
            for key in list(self._cache)[: len(self._cache) // 2]:
                del self._cache[key]
                self._texts.pop(key, None)
        self.fetches += 1
        try:
            rows = self._fetch_rows(wanted)
        except Exception as exc:  # a page that cannot be read shows disabled rows
            sys.stderr.write(f"cannot read cases {wanted[0]}…: {exc}\n")
            rows = []
        for r in rows:
            self._cache[r.id] = r
        for i in wanted:
            self._cache.setdefault(i, FAILED)

    # -- Qt model API -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMN_COUNT:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.ToolTipRole and section in SORT_COLUMNS:
                return self.tr("Click to sort")
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return _NO_FLAGS
        row = index.row()
        if not 0 <= row < len(self._ids):
            return _NO_FLAGS
        got = self._cache.get(self._ids[row])
        if got is None:
            got = self.cached_row(row)
        return _NO_FLAGS if got is None or got is FAILED else _ROW_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        # Called for every visible cell and role on every repaint: unknown roles leave first.
        if role not in _ROLES or not index.isValid():
            return None
        row, col = index.row(), index.column()
        if row >= len(self._ids):
            return None
        if role == CASE_ID_ROLE:
            return self._ids[row]
        r = self._cache.get(self._ids[row]) or self.cached_row(row)
        if r is None or r is FAILED:
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_DEADLINE:
                return self._countdown(r) if r.is_open else "—"
            texts = self._texts.get(r.id)
            if texts is None:
                texts = self._texts[r.id] = [self._display(r, c) for c in range(COLUMN_COUNT)]
            return texts[col]
        if role == Qt.ItemDataRole.ForegroundRole:
            if not r.is_open:
                return self._fg["closed"]
            if col == COL_DEADLINE:
                u = urgency(r.deadline_at, self._now, r.paused_at is None)
                return self._fg.get(u or "", self._fg[""])
            if col == COL_REASON and r.quality_refund:
                return self._fg["quality"]
            return None
        if role == Qt.ItemDataRole.BackgroundRole and col == COL_DEADLINE:
            u = urgency(r.deadline_at, self._now, self._running(r))
            if u:
                return self._bg.get(u, self._bg["today"])
            return None
        if role == Qt.ItemDataRole.FontRole and col == COL_DEADLINE:
            if urgency(r.deadline_at, self._now, self._running(r)) in ("overdue", "soon"):
                return self._bold
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if col in (COL_AMOUNT, COL_DEADLINE) else _LEFT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, col)
        if role == URGENCY_ROLE:
            return urgency(r.deadline_at, self._now, self._running(r))
        return None

    @staticmethod
    def _running(r) -> bool:  # type: ignore[no-untyped-def]
        """An open case whose clock runs: a paused one is neither late nor due."""
        return bool(r.is_open and r.paused_at is None)

    def _countdown(self, r) -> str:  # type: ignore[no-untyped-def]
        return deadline_text(r.deadline_at, self._now, r.paused_at, r.auto_action)

    def _display(self, r, col: int) -> str:  # type: ignore[no-untyped-def]
        if col == COL_DEADLINE:
            if not r.is_open:
                return "—"
            return self._countdown(r)
        if col == COL_PLATFORM:
            return labels.platform(r.platform)
        if col == COL_SHOP:
            return r.shop
        if col == COL_CASE_NO:
            return r.case_no
        if col == COL_KIND:
            text = labels.kind(r.kind)
            tags = []
            if r.second_refund:
                tags.append(self.tr("2nd"))
            if r.urged and r.kind != "urge":  # 催发货 says it already
                tags.append(self.tr("urged"))
            return f"{text} · {' · '.join(tags)}" if tags else text
        if col == COL_REASON:
            return labels.reason(r.reason)
        if col == COL_STATUS:
            return labels.status(r.status)
        if col == COL_ORDER_NO:
            return r.order_no
        if col == COL_BUYER:
            return r.buyer
        if col == COL_AMOUNT:
            return "¥" + fen_to_yuan(r.amount_fen)
        if col == COL_ASSIGNEE:
            return r.assignee
        if col == COL_UPDATED:
            return (r.updated_at + self._utc_offset).strftime("%m-%d %H:%M") if r.updated_at else ""
        return ""

    def _tooltip(self, r, col: int) -> str | None:  # type: ignore[no-untyped-def]
        if col == COL_DEADLINE and r.deadline_at is not None:
            at = local(r.deadline_at)
            assert at is not None
            due = self.tr("Due %1").replace("%1", at.strftime("%Y-%m-%d %H:%M"))
            if r.is_open and r.paused_at is not None:
                since = local(r.paused_at)
                assert since is not None
                return "\n".join((due, self.tr("Clock paused since %1: the case waits on someone"
                                               " else").replace("%1", since.strftime(
                                                   "%Y-%m-%d %H:%M"))))
            tip = auto_action_tip(r.auto_action) if r.is_open else None
            return "\n".join((due, tip)) if tip else due
        if col == COL_REASON and r.quality_refund:
            return self.tr("Quality refund: counts towards the shop's quality-refund rate")
        if col == COL_KIND and (r.second_refund or r.urged):
            parts = []
            if r.second_refund:
                parts.append(self.tr("Second refund on this order"))
            if r.urged:
                parts.append(self.tr("The buyer urged shipment"))
            return "\n".join(parts)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_COLUMNS.get(column)
        if key is None:
            return  # only deadline, amount and updated are indexed for sorting
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self.sort_key and descending == self.descending:
            return
        self.sort_key, self.descending = key, descending
        self.sort_requested.emit(key, descending)
