"""The list of inbox views on the left, each with its live count, and below them the
agent's saved views (keys "saved:ID").

The column is never narrower than its longest name and count: a cut "Refund req…"
hides which view is which.

Signals:
    view_chosen(str): the user picked a view (its key).
    rename_requested(int): rename this saved view (F2 or the context menu).
    delete_requested(int): delete this saved view (Delete or the context menu).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QHeaderView, QMenu, QTreeWidget, QTreeWidgetItem, QWidget

from app.services.inbox_views import VIEW_KEYS
from ui import labels

SAVED_PREFIX = "saved:"
KEY_ROLE = Qt.ItemDataRole.UserRole
COUNT_WIDTH = 56
# item padding of the style sheet (desk.qss), frame and a margin for the bold selection
EXTRA_WIDTH = 36
MAX_SAVED_WIDTH = 200


def saved_id(key: str) -> int | None:
    return int(key[len(SAVED_PREFIX):]) if key.startswith(SAVED_PREFIX) else None


class ViewList(QTreeWidget):
    view_chosen = Signal(str)
    rename_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewList")
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, COUNT_WIDTH)
        for key in VIEW_KEYS:
            item = QTreeWidgetItem(self)
            item.setData(0, KEY_ROLE, key)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.saved_heading = QTreeWidgetItem(self)
        self.saved_heading.setFlags(Qt.ItemFlag.NoItemFlags)
        heading_font = self.saved_heading.font(0)
        heading_font.setBold(True)
        heading_font.setPointSizeF(max(heading_font.pointSizeF() - 1, 7.5))
        self.saved_heading.setFont(0, heading_font)
        self.saved_heading.setForeground(0, QColor("#7a8494"))
        self.saved_heading.setHidden(True)
        self._saved: dict[int, QTreeWidgetItem] = {}
        self.currentItemChanged.connect(self._clicked)

        self.rename_action = QAction(self)
        self.rename_action.setObjectName("renameSavedViewAction")
        self.rename_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.rename_action.triggered.connect(lambda: self._ask(self.rename_requested))
        self.delete_action = QAction(self)
        self.delete_action.setObjectName("deleteSavedViewAction")
        self.delete_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(lambda: self._ask(self.delete_requested))
        self.addActions([self.rename_action, self.delete_action])
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    # -- items ------------------------------------------------------------------------------
    def item_of(self, key: str) -> QTreeWidgetItem:
        sid = saved_id(key)
        if sid is not None:
            return self._saved[sid]
        item = self.topLevelItem(VIEW_KEYS.index(key))
        assert item is not None  # one item per view, made in __init__
        return item

    def has(self, key: str) -> bool:
        sid = saved_id(key)
        return key in VIEW_KEYS if sid is None else sid in self._saved

    def current_key(self) -> str | None:
        item = self.currentItem()
        return None if item is None else item.data(0, KEY_ROLE)

    def current_saved(self) -> int | None:
        key = self.current_key()
        return None if key is None else saved_id(key)

    def saved_keys(self) -> list[str]:
        return [f"{SAVED_PREFIX}{sid}" for sid in self._saved]

    def show_saved(self, views: list[tuple[int, str]]) -> None:
        """The agent's saved views (id, name), in this order, below the built-in ones."""
        current = self.current_key()
        self.blockSignals(True)
        for item in self._saved.values():
            self.invisibleRootItem().removeChild(item)
        self._saved = {}
        for sid, name in views:
            item = QTreeWidgetItem(self)
            item.setData(0, KEY_ROLE, f"{SAVED_PREFIX}{sid}")
            item.setText(0, name)
            item.setToolTip(0, name)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._saved[sid] = item
        self.saved_heading.setHidden(not views)
        if current is not None and self.has(current):
            self.setCurrentItem(self.item_of(current))
        self.blockSignals(False)
        self.fit()

    def select(self, key: str) -> None:
        """Mark `key` as the current view without announcing it."""
        item = self.item_of(key)
        if self.currentItem() is not item:
            self.blockSignals(True)
            self.setCurrentItem(item)
            self.blockSignals(False)

    def _clicked(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is not None and current.data(0, KEY_ROLE):
            self.view_chosen.emit(current.data(0, KEY_ROLE))

    def show_counts(self, counts: dict[str, int]) -> None:
        for key in (*VIEW_KEYS, *self.saved_keys()):
            n = counts.get(key)
            self.item_of(key).setText(1, "" if n is None else f"{n:,}")

    # -- rename and delete -------------------------------------------------------------------
    def _ask(self, signal: Signal) -> None:  # type: ignore[type-arg]
        sid = self.current_saved()
        if sid is not None:
            signal.emit(sid)  # type: ignore[attr-defined]

    def _menu(self, at: QPoint) -> None:
        item = self.itemAt(at)
        key = item.data(0, KEY_ROLE) if item is not None else None
        if key is None or saved_id(key) is None:
            return
        self.setCurrentItem(item)
        menu = QMenu(self)
        menu.addAction(self.rename_action)
        menu.addAction(self.delete_action)
        menu.popup(self.viewport().mapToGlobal(at))

    # -- text and width ------------------------------------------------------------------
    def fit(self) -> None:
        """As wide as the longest name (in bold, as when selected) and its count."""
        font = self.font()
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 10.0))  # desk.qss: 10pt
        fm = QFontMetrics(font)
        names = [self.item_of(k).text(0) for k in VIEW_KEYS] + [self.saved_heading.text(0)]
        widest = max(fm.horizontalAdvance(n) for n in names)
        saved = max((fm.horizontalAdvance(i.text(0)) for i in self._saved.values()), default=0)
        # a long saved name is cut (its tooltip has it whole) rather than the table squeezed
        widest = max(widest, min(saved, MAX_SAVED_WIDTH))
        self.setMinimumWidth(widest + COUNT_WIDTH + EXTRA_WIDTH)

    def retranslate(self) -> None:
        for key in VIEW_KEYS:
            self.item_of(key).setText(0, labels.view(key))
        self.saved_heading.setText(0, QCoreApplication.translate("ViewList", "Saved views"))
        self.rename_action.setText(QCoreApplication.translate("ViewList", "Rename saved view…"))
        self.delete_action.setText(QCoreApplication.translate("ViewList", "Delete saved view"))
        self.fit()
