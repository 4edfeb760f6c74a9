"""One table of a report as a Qt model: the catalog's columns, each value shown by its
kind (`ui.report_format`), numbers right-aligned and sorted as numbers, the refund-rate
band a coloured word."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from ui import report_format, report_texts

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class ReportTableModel(QAbstractTableModel):
    def __init__(self, table: Any = None, parent: Any = None, report: str = "") -> None:
        super().__init__(parent)
        self.report = report
        self.table = table
        self.columns: tuple[Any, ...] = tuple(table.columns) if table is not None else ()
        self.rows: list[tuple[Any, ...]] = list(table.rows) if table is not None else []

    def set_table(self, table: Any) -> None:
        self.beginResetModel()
        self.table = table
        self.columns = tuple(table.columns) if table is not None else ()
        self.rows = list(table.rows) if table is not None else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def text(self, row: int, col: int) -> str:
        c = self.columns[col]
        return report_format.shown(c.kind, self.rows[row][col], c.key, self.report)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self.columns[index.column()]
        raw = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return report_format.shown(c.kind, raw, c.key, self.report)
        if role == SORT_ROLE:
            return report_format.sort_key(c.kind, raw)
        if role == Qt.ItemDataRole.TextAlignmentRole and report_format.numeric(c.kind):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = report_format.band_colour(raw) if c.key == "band" else None
            if c.kind == "flag" and raw:
                colour = report_format.band_colour("alarm")
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.FontRole and (c.key == "band" or (c.kind == "flag" and raw)):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and c.key == "band":
            return report_texts.definition("refund-rate")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or section >= len(self.columns):
            return None
        c = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return report_texts.column(c.key)
        if role == Qt.ItemDataRole.TextAlignmentRole and report_format.numeric(c.kind):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def retranslate(self) -> None:
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(self.columns) - 1))


def sorted_model(model: ReportTableModel) -> QSortFilterProxyModel:
    """The table sorted by a click on its header, numbers as numbers."""
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy
