"""The filter bar above the case table, and the search box.

Its state is a saved view's query (`state`, `set_state`); `app.services.saved_views`
turns that into the CaseFilter, so a saved view selects what the bar did.

Signals:
    changed(): a filter other than the search text changed.
    search_edited(str): the search text changed (the window debounces it).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QEvent, QRegularExpression, QSize, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolButton,
    QWidget,
)

from app.domain.filters import CaseFilter
from app.services.inbox_views import Reference
from app.services.saved_views import UNASSIGNED, bar_filter
from ui import labels

ANY = None


class FitCombo(QComboBox):
    """A combo box as wide as the choice it shows; squeezed, it ends the text with
    "…" (and the tooltip has it whole) instead of cutting letters off. Its list is as
    wide as its longest choice. (Sized to the longest choice, the bar's boxes would
    not fit 1440 pixels; sized to a few letters, they cut "All platforms".)"""

    def _width_for(self, text_width: int) -> int:
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        text = QSize(text_width + 6, self.fontMetrics().height())
        return self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, opt, text,
                                             self).width()

    def sizeHint(self) -> QSize:
        width = self._width_for(self.fontMetrics().horizontalAdvance(self.currentText()))
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        width = self._width_for(self.fontMetrics().horizontalAdvance("MMM…"))
        return QSize(min(width, self.sizeHint().width()), super().minimumSizeHint().height())

    def paintEvent(self, _event: object) -> None:
        painter = QStylePainter(self)
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        opt.currentText = self.fontMetrics().elidedText(  # type: ignore[attr-defined]
            opt.currentText, Qt.TextElideMode.ElideRight, field.width())  # type: ignore[attr-defined]
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)

    def showPopup(self) -> None:
        fm = self.view().fontMetrics()
        widest = max((fm.horizontalAdvance(self.itemText(i)) for i in range(self.count())),
                     default=0)
        self.view().setMinimumWidth(widest + 40)
        super().showPopup()


class FilterBar(QWidget):
    changed = Signal()
    search_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._reference = Reference((), ())
        self._quiet = False

        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        self.search.textChanged.connect(self.search_edited)

        def combo(name: str) -> QComboBox:
            c = FitCombo(self)
            c.setObjectName(name)
            c.currentIndexChanged.connect(self._emit)
            c.currentIndexChanged.connect(lambda _i, c=c: (c.updateGeometry(),
                                                           c.setToolTip(c.currentText())))
            return c

        self.platform = combo("platformFilter")
        self.shop = combo("shopFilter")
        self.kind = combo("kindFilter")
        self.status = combo("statusFilter")
        self.reason = combo("reasonFilter")
        self.assignee = combo("assigneeFilter")
        self.quality = combo("qualityFilter")
        self.second = combo("secondFilter")
        self.date_field = combo("dateField")

        money = QRegularExpressionValidator(self)
        money.setRegularExpression(QRegularExpression(r"[0-9]{0,9}([.][0-9]{0,2})?"))
        self.min_amount = QLineEdit(self)
        self.max_amount = QLineEdit(self)
        for w, name in ((self.min_amount, "minAmount"), (self.max_amount, "maxAmount")):
            w.setObjectName(name)
            w.setValidator(money)
            w.setFixedWidth(60)
            w.editingFinished.connect(self._emit)
        self.date_from = QDateEdit(self)
        self.date_to = QDateEdit(self)
        for w, name in ((self.date_from, "dateFrom"), (self.date_to, "dateTo")):
            w.setObjectName(name)
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
            w.setDate(QDate.currentDate())
            w.setEnabled(False)
            w.dateChanged.connect(self._emit)
        self.date_from.setDate(QDate.currentDate().addDays(-7))
        self.date_field.currentIndexChanged.connect(self._dates_enabled)

        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(self.clear)

        self._labels: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        row1 = QHBoxLayout()
        row1.addWidget(self.search, 3)
        for w in (self.platform, self.shop, self.kind, self.status, self.reason, self.assignee):
            row1.addWidget(w)
        row2 = QHBoxLayout()
        for key, w in (("quality", self.quality), ("second", self.second)):
            lab = self._labels[key] = QLabel(self)
            row2.addWidget(lab)
            row2.addWidget(w)
        self._labels["amount"] = QLabel(self)
        row2.addSpacing(8)
        row2.addWidget(self._labels["amount"])
        row2.addWidget(self.min_amount)
        row2.addWidget(QLabel("–", self))
        row2.addWidget(self.max_amount)
        row2.addSpacing(8)
        row2.addWidget(self.date_field)
        row2.addWidget(self.date_from)
        self._date_dash = QLabel("–", self)
        row2.addWidget(self._date_dash)
        row2.addWidget(self.date_to)
        row2.addStretch(1)
        row2.addWidget(self.clear_button)
        grid.addLayout(row1, 0, 0)
        grid.addLayout(row2, 1, 0)
        self.retranslate()
        self._dates_enabled()

    # -- contents -----------------------------------------------------------------
    def set_reference(self, ref: Reference) -> None:
        self._reference = ref
        self.retranslate()

    def _fill(self, box: QComboBox, items: list[tuple[object, str]], any_text: str) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(any_text, ANY)
        for value, text in items:
            box.addItem(text, value)
        at = box.findData(current) if current is not None else 0
        box.setCurrentIndex(max(at, 0))
        box.blockSignals(False)
        box.updateGeometry()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr(
            "Search case no., order no., tracking no., buyer, product, note  (Ctrl+F or /)"))
        self._fill(self.platform, labels.choices("platform"), self.tr("All platforms"))
        self._fill(self.shop, [(sid, f"{labels.platform(p)} · {name}")
                               for sid, p, name in self._reference.shops], self.tr("All shops"))
        self._fill(self.kind, labels.choices("kind"), self.tr("All kinds"))
        self._fill(self.status, labels.choices("status"), self.tr("All statuses"))
        self._fill(self.reason, labels.choices("reason"), self.tr("All reasons"))
        self._fill(self.assignee, [(UNASSIGNED, self.tr("Unassigned")),
                                   *((uid, shown) for uid, _n, shown in self._reference.users)],
                   self.tr("Anyone"))
        yes_no = [(True, self.tr("Yes")), (False, self.tr("No"))]
        self._fill(self.quality, yes_no, self.tr("Any"))
        self._fill(self.second, yes_no, self.tr("Any"))
        self._fill(self.date_field, [("deadline", self.tr("Deadline")),
                                     ("updated", self.tr("Updated"))], self.tr("Any date"))
        self._labels["quality"].setText(self.tr("Quality refund"))
        self._labels["second"].setText(self.tr("Second refund"))
        self._labels["amount"].setText(self.tr("Amount ¥"))
        self.min_amount.setPlaceholderText(self.tr("min"))
        self.max_amount.setPlaceholderText(self.tr("max"))
        self.clear_button.setText(self.tr("Clear filters"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- state ----------------------------------------------------------------------
    def _emit(self, *_args: object) -> None:
        if not self._quiet:
            self.changed.emit()

    def _dates_enabled(self) -> None:
        # hidden while unused: the row then fits beside the views and the case pane
        on = self.date_field.currentData() is not None
        for w in (self.date_from, self.date_to, self._date_dash):
            w.setEnabled(on)
            w.setVisible(on)

    def _boxes(self) -> dict[str, QComboBox]:
        return {"platform": self.platform, "shop": self.shop, "kind": self.kind,
                "status": self.status, "reason": self.reason, "assignee": self.assignee,
                "quality": self.quality, "second": self.second, "date_field": self.date_field}

    def clear(self) -> None:
        self._quiet = True
        try:
            for box in self._boxes().values():
                box.setCurrentIndex(0)
            self.min_amount.clear()
            self.max_amount.clear()
        finally:
            self._quiet = False
        self.changed.emit()

    def state(self) -> dict[str, Any]:
        """The filters and the search as a saved view's query (plain JSON values)."""
        q: dict[str, Any] = {key: box.currentData() for key, box in self._boxes().items()}
        q["min_amount"] = self.min_amount.text().strip()
        q["max_amount"] = self.max_amount.text().strip()
        if q["date_field"] is not None:
            q["date_from"] = self.date_from.date().toString("yyyy-MM-dd")
            q["date_to"] = self.date_to.date().toString("yyyy-MM-dd")
        q["search"] = self.search.text().strip()
        return {k: v for k, v in q.items() if v not in (None, "")}

    def set_state(self, q: dict[str, Any]) -> None:
        """Show a saved view's query; one `changed` afterwards, none for the search."""
        self._quiet = True
        try:
            for key, box in self._boxes().items():
                value = q.get(key)
                at = box.findData(value) if value is not None else 0
                box.setCurrentIndex(max(at, 0))
            self.min_amount.setText(str(q.get("min_amount") or ""))
            self.max_amount.setText(str(q.get("max_amount") or ""))
            for edit, key in ((self.date_from, "date_from"), (self.date_to, "date_to")):
                day = QDate.fromString(str(q.get(key) or ""), "yyyy-MM-dd")
                if day.isValid():
                    edit.setDate(day)
            self.search.blockSignals(True)
            self.search.setText(str(q.get("search") or ""))
            self.search.blockSignals(False)
        finally:
            self._quiet = False
        self.changed.emit()

    def case_filter(self) -> CaseFilter:
        """The filter bar and search box as a CaseFilter (to be combined with a view)."""
        return bar_filter(self.state())

    def active(self) -> bool:
        f = self.case_filter()
        return f != CaseFilter(search=f.search)
