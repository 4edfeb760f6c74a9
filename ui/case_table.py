"""The case table: a QTableView over `CaseTableModel`, set up for many rows, with its
header's state and the sort indicator kept in step with the model.

Signals:
    painted(): the table painted (emitted while `report_paints` is set; a Python
        event filter instead would see every event of the viewport).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.case_model import (
    COL_AMOUNT,
    COL_ASSIGNEE,
    COL_BUYER,
    COL_CASE_NO,
    COL_DEADLINE,
    COL_KIND,
    COL_ORDER_NO,
    COL_PLATFORM,
    COL_REASON,
    COL_SHOP,
    COL_STATUS,
    COL_UPDATED,
    COLUMN_OF_SORT,
    DEFAULT_WIDTHS,
    SORT_COLUMNS,
    CaseTableModel,
)

# What an agent reads first comes first: at 1440 pixels, with the views and the case
# pane beside it, the table shows about 760 pixels; the numbers the buyer quotes (case
# and order no.), the kind, the status and the amount fit in them.
VISUAL_ORDER = (COL_DEADLINE, COL_CASE_NO, COL_ORDER_NO, COL_KIND, COL_STATUS, COL_REASON,
                COL_AMOUNT, COL_BUYER, COL_ASSIGNEE, COL_PLATFORM, COL_SHOP, COL_UPDATED)
# The deadline keeps its width from the model (DEFAULT_WIDTHS): "auto-refund 5h" fits.
WIDTHS = {COL_CASE_NO: 146, COL_ORDER_NO: 146, COL_KIND: 120,
          COL_STATUS: 116, COL_REASON: 100, COL_AMOUNT: 76}


class CaseTable(QTableView):
    painted = Signal()

    def __init__(self, model: CaseTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report_paints = True
        self.setObjectName("caseTable")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setCornerButtonEnabled(False)
        vh = self.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(24)
        hh = self.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setResizeContentsPrecision(0)
        hh.setHighlightSections(False)
        hh.setStretchLastSection(True)
        hh.setSectionsMovable(True)
        for col, width in enumerate(DEFAULT_WIDTHS):
            hh.resizeSection(col, WIDTHS.get(col, width))
        for visual, col in enumerate(VISUAL_ORDER):
            hh.moveSection(hh.visualIndex(col), visual)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):
            signal.connect(self._scrollbar_when_rows)
        self._scrollbar_when_rows()
        self.show_sort_indicator()
        hh.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.setSortingEnabled(True)

    def _scrollbar_when_rows(self, *_args: object) -> None:
        """No horizontal scroll bar over an empty table: there is nothing to scroll to."""
        self.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded if self.model().rowCount() else
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def case_model(self) -> CaseTableModel:
        model = self.model()
        assert isinstance(model, CaseTableModel)
        return model

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().paintEvent(event)
        if self.report_paints:
            self.painted.emit()

    def restore_header(self, state: Any) -> None:
        if state is None:
            return
        hh = self.horizontalHeader()
        hh.blockSignals(True)
        hh.restoreState(state)
        hh.blockSignals(False)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.show_sort_indicator()

    def show_sort_indicator(self) -> None:
        model = self.case_model()
        hh = self.horizontalHeader()
        hh.blockSignals(True)
        hh.setSortIndicator(COLUMN_OF_SORT[model.sort_key],
                            Qt.SortOrder.DescendingOrder if model.descending
                            else Qt.SortOrder.AscendingOrder)
        hh.blockSignals(False)

    def _sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if column not in SORT_COLUMNS:  # no index behind this column: the indicator goes back
            QTimer.singleShot(0, self.show_sort_indicator)

    def select_row(self, row: int, *, column: int | None = None) -> None:
        index = self.model().index(row, max(self.currentIndex().column(), 0)
                                   if column is None else column)
        # Selected as well as current: with many rows selectable, a row that is current
        # but not selected would be left out of what the Selection menu acts on.
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index)
