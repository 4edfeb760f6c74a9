"""A layout that wraps its widgets onto the next line when the width runs out (after
Qt's flow layout example): a row of buttons in a narrow pane never widens the window,
and an answer's label may be long in either language."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Buttons side by side, wrapping onto the next line where the pane is too narrow
    (an answer's label may be long in either language)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, move: bool) -> int:
        rows: list[list[tuple[QLayoutItem, int]]] = [[]]
        x = rect.x()
        for item in self._items:
            width = item.sizeHint().width()
            if x + width > rect.right() + 1 and x > rect.x():
                rows.append([])
                x = rect.x()
            rows[-1].append((item, x))
            x += width + self._spacing
        y = rect.y()
        for row in rows:
            height = max((i.sizeHint().height() for i, _ in row), default=0)
            if move:  # centred in its row: a label sits level with the buttons beside it
                for item, at in row:
                    hint = item.sizeHint()
                    item.setGeometry(QRect(QPoint(at, y + (height - hint.height()) // 2), hint))
            y += height + self._spacing
        return max(0, y - self._spacing - rect.y())
