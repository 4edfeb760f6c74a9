"""The list of inbox views on the left, each with its live count.

Signals:
    view_chosen(str): the user picked a view (its key).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from app.services.inbox_views import VIEW_KEYS
from ui import labels


class ViewList(QTreeWidget):
    view_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewList")
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setMinimumWidth(150)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, 56)
        for key in VIEW_KEYS:
            item = QTreeWidgetItem(self)
            item.setData(0, Qt.ItemDataRole.UserRole, key)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.currentItemChanged.connect(self._clicked)

    def item_of(self, key: str) -> QTreeWidgetItem:
        item = self.topLevelItem(VIEW_KEYS.index(key))
        assert item is not None  # one item per view, made in __init__
        return item

    def select(self, key: str) -> None:
        """Mark `key` as the current view without announcing it."""
        item = self.item_of(key)
        if self.currentItem() is not item:
            self.blockSignals(True)
            self.setCurrentItem(item)
            self.blockSignals(False)

    def _clicked(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.view_chosen.emit(current.data(0, Qt.ItemDataRole.UserRole))

    def show_counts(self, counts: dict[str, int]) -> None:
        for key in VIEW_KEYS:
            n = counts.get(key)
            self.item_of(key).setText(1, "" if n is None else f"{n:,}")

    def retranslate(self) -> None:
        for i, key in enumerate(VIEW_KEYS):
            item = self.item_of(key)
            item.setText(0, labels.view(key))
            item.setToolTip(0, QCoreApplication.translate("MainWindow", "Ctrl+%1")
                            .replace("%1", str(i + 1)) if i < 9 else "")
