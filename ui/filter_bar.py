"""The filter bar above the case table, and the search box.

Signals:
    changed(): a filter other than the search text changed.
    search_edited(str): the search text changed (the window debounces it).
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from PySide6.QtCore import QDate, QEvent, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from app.domain.errors import DomainError
from app.domain.filters import CaseFilter
from app.domain.money import parse_yuan
from app.services.inbox_views import Reference
from ui import labels

ANY = None


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
        self.search.setMinimumWidth(200)
        self.search.textChanged.connect(self.search_edited)

        def combo(name: str) -> QComboBox:
            c = QComboBox(self)
            c.setObjectName(name)
            c.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            c.setMinimumContentsLength(5)
            c.currentIndexChanged.connect(self._emit)
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
        for box in (self.quality, self.second, self.date_field):
            box.setMinimumContentsLength(3)
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
            row1.addWidget(w, 1)
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
        row2.addWidget(QLabel("–", self))
        row2.addWidget(self.date_to)
        row2.addStretch(1)
        row2.addWidget(self.clear_button)
        grid.addLayout(row1, 0, 0)
        grid.addLayout(row2, 1, 0)
        self.retranslate()

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

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr(
            "Search case no., order no., tracking no., buyer, product, note  (Ctrl+F or /)"))
        self._fill(self.platform, labels.choices("platform"), self.tr("All platforms"))
        self._fill(self.shop, [(sid, f"{labels.platform(p)} · {name}")
                               for sid, p, name in self._reference.shops], self.tr("All shops"))
        self._fill(self.kind, labels.choices("kind"), self.tr("All kinds"))
        self._fill(self.status, labels.choices("status"), self.tr("All statuses"))
        self._fill(self.reason, labels.choices("reason"), self.tr("All reasons"))
        self._fill(self.assignee, [("__unassigned__", self.tr("Unassigned")),
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
        on = self.date_field.currentData() is not None
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)

    def clear(self) -> None:
        self._quiet = True
        try:
            for box in (self.platform, self.shop, self.kind, self.status, self.reason,
                        self.assignee, self.quality, self.second, self.date_field):
                box.setCurrentIndex(0)
            self.min_amount.clear()
            self.max_amount.clear()
        finally:
            self._quiet = False
        self.changed.emit()

    @staticmethod
    def _amount(edit: QLineEdit) -> int | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            return parse_yuan(text)
        except DomainError:
            return None

    @staticmethod
    def _utc(day: QDate) -> datetime:
        local_midnight = datetime.combine(day.toPython(), time()).astimezone()
        return local_midnight.astimezone(UTC).replace(tzinfo=None)

    def case_filter(self) -> CaseFilter:
        """The filter bar and search box as a CaseFilter (to be combined with a view)."""
        def one(box: QComboBox) -> tuple:  # type: ignore[type-arg]
            v = box.currentData()
            return () if v is None else (v,)

        assignee = self.assignee.currentData()
        date_field = self.date_field.currentData()
        dates: dict[str, datetime] = {}
        if date_field is not None:
            start = self._utc(self.date_from.date())
            end = self._utc(self.date_to.date()) + timedelta(days=1)
            dates = {f"{date_field}_from": start, f"{date_field}_to": end}
        return CaseFilter(
            platforms=one(self.platform),
            shop_ids=one(self.shop),
            kinds=one(self.kind),
            statuses=one(self.status),
            reasons=one(self.reason),
            assignee_ids=() if assignee in (None, "__unassigned__") else (assignee,),
            unassigned=assignee == "__unassigned__",
            quality_refund=self.quality.currentData(),
            second_refund=self.second.currentData(),
            min_amount_fen=self._amount(self.min_amount),
            max_amount_fen=self._amount(self.max_amount),
            search=self.search.text().strip(),
            **dates,  # type: ignore[arg-type]
        )

    def active(self) -> bool:
        f = self.case_filter()
        return f != CaseFilter(search=f.search)

