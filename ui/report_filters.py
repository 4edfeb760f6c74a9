"""The Reports view's filters: the period (from, to, and quick picks: last 7 days, last
30 days, this month, last month), shop, platform, product, SKU and supplier. The
choices come from the store (`app.services.report_choices`, read in a worker by the
view); products and SKUs are typed with completion, as a store may hold thousands.

Signals:
    changed(): a filter changed (the view runs the report again).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QGridLayout,
    QLabel,
    QWidget,
)

from ui import labels

QUICK = ("last_7", "last_30", "this_month", "last_month", "custom")


def quick_period(key: str, today: date) -> tuple[date, date] | None:
    """The days a quick pick stands for, both ends included; None for "custom"."""
    if key == "last_7":
        return today - timedelta(days=6), today
    if key == "last_30":
        return today - timedelta(days=29), today
    if key == "this_month":
        return today.replace(day=1), today
    if key == "last_month":
        end = today.replace(day=1) - timedelta(days=1)
        return end.replace(day=1), end
    return None


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class ReportFilters(QWidget):
    changed = Signal()

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportFilters")
        self._today = today
        self._quiet = False
        self.quick = QComboBox(self)
        self.quick.setObjectName("reportPeriod")
        for key in QUICK:
            self.quick.addItem("", key)
        self.date_from = QDateEdit(self)
        self.date_from.setObjectName("reportFrom")
        self.date_to = QDateEdit(self)
        self.date_to.setObjectName("reportTo")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._dates_edited)
        self.shop = self._combo("reportShop")
        self.platform = self._combo("reportPlatform")
        self.product = self._combo("reportProduct", typed=True)
        self.sku = self._combo("reportSku", typed=True)
        self.supplier = self._combo("reportSupplier")
        self.captions = [QLabel(self) for _ in range(8)]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        cells = ((self.quick, 0, 0), (self.date_from, 0, 1), (self.date_to, 0, 2),
                 (self.shop, 0, 3), (self.platform, 1, 0), (self.product, 1, 1),
                 (self.sku, 1, 2), (self.supplier, 1, 3))
        for caption, (widget, row, col) in zip(self.captions, cells, strict=True):
            caption.setBuddy(widget)
            grid.addWidget(caption, row, col * 2, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(widget, row, col * 2 + 1)
            grid.setColumnStretch(col * 2 + 1, 1)
        self.quick.currentIndexChanged.connect(self._quick_picked)
        self.retranslate()
        self.quick.setCurrentIndex(QUICK.index("last_30"))
        self._quick_picked()

    def _combo(self, name: str, typed: bool = False) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.setMinimumContentsLength(12)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.addItem("", None)
        if typed:
            box.setEditable(True)
            box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = box.completer()
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            box.lineEdit().editingFinished.connect(self._emit)
            box.activated.connect(lambda _i: self._emit())
        else:
            box.currentIndexChanged.connect(lambda _i: self._emit())
        return box

    # -- text ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        words = (self.tr("Period"), self.tr("From"), self.tr("To"), self.tr("Shop"),
                 self.tr("Platform"), self.tr("Product"), self.tr("SKU"), self.tr("Supplier"))
        for caption, word in zip(self.captions, words, strict=True):
            caption.setText(word)
        quick = {"last_7": self.tr("Last 7 days"), "last_30": self.tr("Last 30 days"),
                 "this_month": self.tr("This month"), "last_month": self.tr("Last month"),
                 "custom": self.tr("Chosen days")}
        for i, key in enumerate(QUICK):
            self.quick.setItemText(i, quick[key])
        self.shop.setItemText(0, self.tr("All shops"))
        self.platform.setItemText(0, self.tr("All platforms"))
        self.supplier.setItemText(0, self.tr("All suppliers"))
        self.product.lineEdit().setPlaceholderText(self.tr("All products"))
        self.sku.lineEdit().setPlaceholderText(self.tr("All SKUs"))
        for i in range(1, self.platform.count()):
            self.platform.setItemText(i, labels.platform(self.platform.itemData(i)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- choices ---------------------------------------------------------------------------
    def set_choices(self, choices: Any) -> None:
        """Fill the combos (`report_choices.FilterChoices`); what was chosen stays."""
        self._quiet = True
        try:
            self._fill(self.shop, [(f"{n} · {labels.platform(p)}", n) for n, p in choices.shops])
            self._fill(self.platform, [(labels.platform(p), p) for p in choices.platforms])
            self._fill(self.product, [(p, p) for p in choices.products])
            self._fill(self.sku, [(s, s) for s in choices.skus])
            self._fill(self.supplier, [(s, s) for s in choices.suppliers])
        finally:
            self._quiet = False

    @staticmethod
    def _fill(box: QComboBox, items: list[tuple[str, str]]) -> None:
        kept = box.currentData() if not box.isEditable() else box.currentText()
        while box.count() > 1:
            box.removeItem(1)
        for text, data in items:
            box.addItem(text, data)
        if box.isEditable():
            box.setEditText(kept or "")
        else:
            i = box.findData(kept)
            box.setCurrentIndex(max(i, 0))

    # -- the filter ------------------------------------------------------------------------
    def _quick_picked(self) -> None:
        period = quick_period(str(self.quick.currentData()), self._today())
        if period is None:
            return
        self._quiet = True
        try:
            self.date_from.setDate(_qdate(period[0]))
            self.date_to.setDate(_qdate(period[1]))
        finally:
            self._quiet = False
        self._emit()

    def _dates_edited(self) -> None:
        if self._quiet:
            return
        self._quiet = True
        try:  # days chosen by hand are no quick pick any more
            self.quick.setCurrentIndex(QUICK.index("custom"))
        finally:
            self._quiet = False
        self._emit()

    def _emit(self) -> None:
        if not self._quiet:
            self.changed.emit()

    def set_period(self, start: date, end: date) -> None:
        self.date_from.setDate(_qdate(start))
        self.date_to.setDate(_qdate(end))

    @staticmethod
    def _typed(box: QComboBox) -> str | None:
        return " ".join(box.currentText().split()) or None

    def report_filter(self) -> Any:
        """The `ReportFilter` the filters stand for (dates in order, whichever was set)."""
        from app.services.reports.model import ReportFilter

        start, end = _pydate(self.date_from.date()), _pydate(self.date_to.date())
        if end < start:
            start, end = end, start
        return ReportFilter(date_from=start, date_to=end, shop=self.shop.currentData(),
                            platform=self.platform.currentData(),
                            product=self._typed(self.product), sku=self._typed(self.sku),
                            supplier=self.supplier.currentData())

    def describe(self) -> str:
        """The filter in words, for the printed report and the status line."""
        f = self.report_filter()
        parts = [self.tr("%1 to %2").replace("%1", f.date_from.isoformat())
                 .replace("%2", f.date_to.isoformat())]
        for caption, value in ((self.tr("Shop"), f.shop),
                               (self.tr("Platform"), labels.platform(f.platform) if f.platform else None),
                               (self.tr("Product"), f.product), (self.tr("SKU"), f.sku),
                               (self.tr("Supplier"), f.supplier)):
            if value:
                parts.append(f"{caption}: {value}")
        return " · ".join(parts)
