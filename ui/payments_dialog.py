"""The payments list: every compensation payment, filtered by platform, shop, day and
status, with the two steps of the manual gateway that happen outside the program:

- "Export for batch upload…" writes the approved payments of a platform (and shop,
  and day, as filtered) as the CSV that platform's back office takes in one upload
  (`payments.export_payments_csv`). The save dialog asks before it replaces a file; a
  file the program names itself is never replaced.
- "Confirm paid…" records the platform's reference no. of an approved payment once
  it was paid there (`payments.confirm_paid`).

Everything is read and written in the window's workers (`Jobs`).

Signals:
    confirmed(int): a payment of this case was confirmed as paid.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import labels
from ui.jobs import Jobs
from ui.payments_model import PaymentsModel

ANY = ""
REFERENCE_LIMIT = 64  # the payments table's reference column
COUNTING = ("pending", "approved", "paid")  # what holds room under the caps


def read_payments(store: Any, shop: int | None, day: str | None,
                  status: str | None) -> list[dict[str, Any]]:
    from app.services import payments  # loads the store: in the worker only

    return payments.list_payments(store, shop=shop, day=day, status=status)


def confirm(store: Any, actor: str, payment_id: int, reference: str) -> tuple[bool, Any]:
    from app.domain.errors import DomainError
    from app.services import payments

    try:
        return True, payments.confirm_paid(store, actor, payment_id, reference)
    except (DomainError, ValueError, KeyError) as exc:
        return False, exc


def export(store: Any, out: Path, platform: str, shop: int | None, day: str | None,
           overwrite: bool) -> Any:
    from app.services import payments

    return payments.export_payments_csv(store, out, platform, shop=shop, day=day,
                                        overwrite=overwrite)


class ReferenceDialog(QDialog):
    """The platform's reference no. of a payment made in its back office."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referenceDialog")
        self.setWindowTitle(self.tr("Confirm paid"))
        intro = QLabel(self.tr("You paid %1 in the platform's back office. Its payment or "
                               "transaction no. there:").replace("%1", what), self)
        intro.setWordWrap(True)
        self.reference = QLineEdit(self)
        self.reference.setObjectName("referenceEdit")
        self.reference.setMaxLength(REFERENCE_LIMIT)
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(self.tr("Confirm paid"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reference.textChanged.connect(lambda _t: self.ok.setEnabled(bool(self.text())))
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.reference)
        lay.addWidget(self.buttons)
        self.ok.setEnabled(False)
        self.resize(420, 150)

    def text(self) -> str:
        return self.reference.text().strip()

    def accept(self) -> None:
        if self.text():
            super().accept()


class PaymentsDialog(QDialog):
    confirmed = Signal(int)

    def __init__(self, jobs: Jobs, store: Callable[[], Any], actor: Callable[[], str],
                 shops: list[tuple[int, str, str]], lang: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        """`shops`: (id, platform, name) of the store's shops, for the filters."""
        super().__init__(parent)
        self.setObjectName("paymentsDialog")
        self._jobs = jobs
        self._store = store
        self._actor = actor
        self._shops = shops
        self._lang = lang
        self.reference_dialog: ReferenceDialog | None = None
        self.last_export: Any = None

        self.platform = QComboBox(self)
        self.platform.setObjectName("paymentsPlatform")
        self.shop = QComboBox(self)
        self.shop.setObjectName("paymentsShop")
        self.on_day = QCheckBox(self)
        self.on_day.setObjectName("paymentsOnDay")
        self.day = QDateEdit(self)
        self.day.setObjectName("paymentsDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(QDate.currentDate())
        self.day.setEnabled(False)
        self.status = QComboBox(self)
        self.status.setObjectName("paymentsStatus")
        self.model = PaymentsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("paymentsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("paymentsSummary")
        self.summary.setWordWrap(True)
        self.notice = QLabel(self)
        self.notice.setObjectName("paymentsNotice")
        self.notice.setWordWrap(True)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportPaymentsButton")
        self.export_button.clicked.connect(lambda: self.export())
        self.confirm_button = QPushButton(self)
        self.confirm_button.setObjectName("confirmPaidButton")
        self.confirm_button.clicked.connect(self.ask_confirm)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_buttons.rejected.connect(self.reject)

        self._filter_labels = [QLabel(self) for _ in range(4)]
        filters = QHBoxLayout()
        for lbl, box in zip(self._filter_labels, (self.platform, self.shop, self.on_day,
                                                  self.status), strict=True):
            filters.addWidget(lbl)
            filters.addWidget(box)
            if box is self.on_day:
                filters.addWidget(self.day)
            filters.addSpacing(8)
        filters.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.confirm_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_buttons)
        lay = QVBoxLayout(self)
        lay.addLayout(filters)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.summary)
        lay.addWidget(self.notice)
        lay.addLayout(buttons)

        self.retranslate()
        self.platform.currentIndexChanged.connect(lambda _i: self._platform_changed())
        self.shop.currentIndexChanged.connect(lambda _i: self.reload())
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        self.on_day.toggled.connect(lambda on: (self.day.setEnabled(on), self.reload()))
        self.day.dateChanged.connect(lambda _d: self.on_day.isChecked() and self.reload())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.resize(1240, 600)

    # -- text ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Payments"))
        for lbl, text in zip(self._filter_labels, (self.tr("Platform:"), self.tr("Shop:"),
                                                   "", self.tr("Status:")), strict=True):
            lbl.setText(text)
            lbl.setVisible(bool(text))
        self.on_day.setText(self.tr("Only the day"))
        self._fill(self.platform, [(p, labels.platform(p)) for p in
                                   sorted({s[1] for s in self._shops})], self.tr("All platforms"))
        self._fill_shops()
        self._fill(self.status, labels.choices("payment_status"), self.tr("Any status"))
        self.export_button.setText(self.tr("Export for batch upload…"))
        self.confirm_button.setText(self.tr("Confirm paid…"))
        self.model.retranslate()
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @staticmethod
    def _fill(box: QComboBox, items: list[tuple[Any, str]], any_text: str) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(any_text, ANY)
        for value, text in items:
            box.addItem(text, value)
        box.setCurrentIndex(max(box.findData(current), 0) if current is not None else 0)
        box.blockSignals(False)

    def _fill_shops(self) -> None:
        platform = self.platform.currentData() or ANY
        self._fill(self.shop, [(sid, name) for sid, p, name in self._shops
                               if platform in (ANY, p)], self.tr("All shops"))

    def _platform_changed(self) -> None:
        self._fill_shops()
        self.reload()

    # -- filters ----------------------------------------------------------------------------
    def filters(self) -> tuple[str | None, int | None, str | None, str | None]:
        """(platform, shop id, day "YYYY-MM-DD", status); None: any."""
        day = self.day.date().toString("yyyy-MM-dd") if self.on_day.isChecked() else None
        return (self.platform.currentData() or None, self.shop.currentData() or None, day,
                self.status.currentData() or None)

    def set_filters(self, platform: str | None = None, shop: int | None = None,
                    day: date | None = None, status: str | None = None) -> None:
        for box in (self.platform, self.shop, self.status):
            box.blockSignals(True)
        self.platform.setCurrentIndex(max(self.platform.findData(platform or ANY), 0))
        self._fill_shops()
        self.shop.setCurrentIndex(max(self.shop.findData(shop or ANY), 0))
        self.status.setCurrentIndex(max(self.status.findData(status or ANY), 0))
        for box in (self.platform, self.shop, self.status):
            box.blockSignals(False)
        self.on_day.blockSignals(True)
        self.on_day.setChecked(day is not None)
        self.day.setEnabled(day is not None)
        self.on_day.blockSignals(False)
        if day is not None:
            self.day.blockSignals(True)
            self.day.setDate(QDate(day.year, day.month, day.day))
            self.day.blockSignals(False)
        self.reload()

    # -- the list ---------------------------------------------------------------------------
    def reload(self) -> None:
        store = self._store()
        if store is None:
            return
        platform, shop, day, status = self.filters()
        self._jobs.start("payments", self._read(store, platform, shop, day, status))

    async def _read(self, store: Any, platform: str | None, shop: int | None,
                    day: str | None, status: str | None) -> None:
        rows = await self._jobs.run(read_payments, store, shop, day, status)
        if platform is not None:
            rows = [r for r in rows if r.get("platform") == platform]
        keep = self.selected()
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if keep is not None and self.model.row_of(int(keep["id"])) >= 0:
            self.table.selectRow(self.model.row_of(int(keep["id"])))
        # denied and failed ones paid nothing and hold no room: not in the sum
        total = sum(int(r["amount_fen"]) for r in rows if r.get("status") in COUNTING)
        from ui.approvals_texts import yuan

        self.summary.setText(self.tr("Payments listed: %1 · paid, approved or waiting: %2")
                             .replace("%1", str(len(rows))).replace("%2", yuan(total)))
        self._update()

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update(self) -> None:
        platform = self.platform.currentData() or None
        self.export_button.setEnabled(platform is not None and not self._jobs.running("export"))
        hint = "" if platform else self.tr(
            "Choose a platform first: each platform's batch upload takes its own layout.")
        self.export_button.setToolTip(hint)
        if not self.notice.text() or self.notice.property("hint"):
            self.notice.setText(hint)
            self.notice.setProperty("hint", bool(hint))
        chosen = self.selected()
        self.confirm_button.setEnabled(chosen is not None and chosen.get("status") == "approved")

    # -- confirm paid -----------------------------------------------------------------------
    def ask_confirm(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.get("status") != "approved":
            return
        from ui.approvals_texts import yuan

        what = self.tr("%1 on case %2").replace("%1", yuan(int(chosen["amount_fen"]))).replace(
            "%2", str(chosen.get("case_no") or ""))
        dialog = ReferenceDialog(what, self)
        dialog.accepted.connect(lambda: self.confirm_paid(chosen, dialog.text()))
        self.reference_dialog = dialog
        dialog.open()

    def confirm_paid(self, payment: dict[str, Any], reference: str) -> None:
        store = self._store()
        if store is None:
            return
        job = self._jobs.job("confirm_paid")
        job.done.connect(lambda result: self._confirmed(payment, result))
        job.failed.connect(lambda message, _c: self._say(message))
        job.start(confirm, store, self._actor(), int(payment["id"]), reference)

    def _say(self, text: str) -> None:
        self.notice.setProperty("hint", False)
        self.notice.setText(text)

    def _confirmed(self, payment: dict[str, Any], result: tuple[bool, Any]) -> None:
        ok, value = result
        if ok:
            self._say(self.tr("Payment %1 is recorded as paid (reference %2).")
                                .replace("%1", str(payment["id"]))
                                .replace("%2", str(value.get("reference") or "")))
            self.confirmed.emit(int(payment["case_id"]))
        else:
            from ui import approvals_texts

            self._say(approvals_texts.refusal(value))
        self.reload()

    # -- export -----------------------------------------------------------------------------
    def export(self, out: Path | None = None) -> None:
        """Write the approved payments of the filtered platform, shop and day. Asked
        where (the save dialog asks before it replaces a file); a file given as `out`
        that exists already is refused."""
        platform, shop, day, _status = self.filters()
        store = self._store()
        if platform is None or store is None or self._jobs.running("export"):
            return
        replace = False
        if out is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export payments for batch upload"),
                f"payments-{platform}-{day or date.today().isoformat()}.csv",
                self.tr("CSV (*.csv)"))
            if not name:
                return
            out, replace = Path(name), True
        self._say(self.tr("Exporting to %1…").replace("%1", out.name))
        job = self._jobs.job("export")
        job.done.connect(lambda result, path=out: self._exported(path, result))
        job.failed.connect(lambda message, _c: self._export_failed(message))
        job.start(export, store, out, platform, shop, day, replace)
        self._update()

    def _export_failed(self, message: str) -> None:
        self._say(self.tr("Export failed, nothing was written: %1").replace("%1", message))
        self._update()

    def _exported(self, out: Path, result: Any) -> None:
        self.last_export = result
        rows = result.get("rows") if isinstance(result, dict) else getattr(result, "rows", None)
        self._say(self.tr("Exported %1 payments to %2").replace(
            "%1", str(rows if rows is not None else "")).replace("%2", str(out)))
        self._update()
