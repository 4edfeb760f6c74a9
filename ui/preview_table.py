"""The import dialog's preview of a file: its first rows, as our fields (a known
profile, values shown as the window shows them) or as the file spells them."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from app.services.imports import Preview
from ui import labels
from ui.mapping_dialog import field_label


class PreviewTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 0, parent)
        self.setObjectName("previewTable")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setDefaultSectionSize(22)

    def show_known(self, pv: Preview) -> None:
        """The rows a known profile read, under our fields' names."""
        self.fill([field_label(c) for c in pv.columns], [self._display_row(pv, r) for r in pv.rows])

    def show_raw(self, pv: Preview) -> None:
        """The file's own headers and cells: what mapping the columns starts from."""
        self.fill(pv.headers, pv.raw_rows)

    def _display_row(self, pv: Preview, row: list[str]) -> list[str]:
        out = []
        for key, value in zip(pv.columns, row, strict=False):
            if key == "kind":
                value = labels.kind(value)
            elif key == "reason":
                value = labels.reason(value)
            elif key == "fast_refund":
                value = self.tr("yes") if value == "1" else ""
            out.append(value)
        return out

    def fill(self, headers: list[str], rows: list[list[str]]) -> None:
        self.clear()
        self.setColumnCount(len(headers))
        self.setRowCount(len(rows))
        self.setHorizontalHeaderLabels(headers)
        for r, values in enumerate(rows):
            for c, value in enumerate(values[:len(headers)]):
                self.setItem(r, c, QTableWidgetItem(value))
