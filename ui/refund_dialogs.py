"""The dialogs of a refund decision: approve a refund, approve a return (with the
shop's return address), the return arrived, the inspection, the platform's fast refund, an
appeal. The reject has a module of its own (`ui.reject_dialog`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ui import money_texts
from ui.action_dialog import ActionDialog, EvidencePicker


def _amount(dialog: ActionDialog, field: QLineEdit, *, allow_zero: bool = False) -> int | None:
    from app.domain.errors import InvalidAmount
    from app.domain.money import parse_amount

    try:
        fen = parse_amount(field.text())
    except InvalidAmount as exc:
        dialog.mark(field, money_texts.amount_problem(exc))
        return None
    if fen == 0 and not allow_zero:
        dialog.mark(field, money_texts.refusal_text("amount_zero"))
        return None
    return fen


def _case_fen(detail: Mapping[str, Any]) -> int:
    return money_texts.fen_of(detail.get("amount")) or 0


class ApproveRefundDialog(ActionDialog):
    """One Enter: the case's amount is filled in (never more than it)."""

    def __init__(self, detail: Mapping[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("RefundDialogs", "Approve the refund — %1").replace(
                "%1", str(detail["case_no"])
            ),
            parent,
        )
        self.setObjectName("approveRefundDialog")
        self.most = _case_fen(detail)
        self.show_rules(
            QCoreApplication.translate(
                "RefundDialogs",
                "Refund only: the buyer keeps the goods and gets %1 back; the case is resolved.",
            ).replace("%1", money_texts.yuan(self.most))
        )
        self.amount = QLineEdit(detail.get("amount") or "", self)
        self.amount.setObjectName("amountField")
        self.field(
            QCoreApplication.translate("RefundDialogs", "&Amount (¥)"),
            self.amount,
            QCoreApplication.translate("RefundDialogs", "At most the case's amount, %1.").replace(
                "%1", money_texts.yuan(self.most)
            ),
        )
        self.amount.selectAll()
        self.ok.setText(QCoreApplication.translate("RefundDialogs", "&Approve refund"))

    def params(self) -> dict[str, Any] | None:
        fen = _amount(self, self.amount)
        if fen is None:
            return None
        if fen > self.most:
            self.mark(self.amount, money_texts.refusal_text("amount_over_case", limit=self.most))
            return None
        return {"amount_fen": fen}

    def field_for(self, exc: BaseException) -> QWidget | None:
        return self.amount if getattr(exc, "code", "") == "amount_over_case" else None


class ApproveReturnDialog(ActionDialog):
    """The buyer sends the goods back to the shop's return address (asked once)."""

    def __init__(
        self, detail: Mapping[str, Any], address: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("RefundDialogs", "Approve the return — %1").replace(
                "%1", str(detail["case_no"])
            ),
            parent,
        )
        self.setObjectName("approveReturnDialog")
        self.known = address or ""
        self.show_rules(
            QCoreApplication.translate(
                "RefundDialogs",
                "The buyer returns the goods to this address; the refund follows "
                "once the parcel arrived and passed inspection.",
            )
        )
        self.address = QLineEdit(self.known, self)
        self.address.setObjectName("addressField")
        self.field(
            QCoreApplication.translate("RefundDialogs", "Return &address"),
            self.address,
            QCoreApplication.translate(
                "RefundDialogs", "The shop's return address; a change here is kept for the shop."
            )
            if self.known
            else QCoreApplication.translate(
                "RefundDialogs", "The shop has none yet: enter it once, it is kept."
            ),
        )
        self.ok.setText(QCoreApplication.translate("RefundDialogs", "&Approve return"))

    def params(self) -> dict[str, Any] | None:
        address = self.address.text().strip()
        if not address:
            self.mark(
                self.address,
                QCoreApplication.translate(
                    "RefundDialogs", "Enter the address the buyer sends the goods to."
                ),
            )
            return None
        return {"address": address if address != self.known else None}

    def field_for(self, exc: BaseException) -> QWidget | None:
        return self.address if getattr(exc, "code", "") == "no_return_address" else None


class NoteDialog(ActionDialog):
    """An action that needs only a yes and maybe a note: the return arrived, an appeal."""

    def __init__(
        self,
        title: str,
        rules: str,
        ok: str,
        *,
        note_needed: bool = False,
        files: list[dict[str, Any]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.note_needed = note_needed
        self.show_rules(rules)
        self.note = QLineEdit(self)
        self.note.setObjectName("noteField")
        self.note.setMaxLength(500)
        self.field(QCoreApplication.translate("RefundDialogs", "&Note"), self.note)
        self.files: EvidencePicker | None = None
        if files is not None:
            self.files = EvidencePicker(self)
            self.files.show_files(files, len(files))
            self.field(
                QCoreApplication.translate("RefundDialogs", "&Evidence"),
                self.files,
                QCoreApplication.translate("RefundDialogs", "Space ticks or unticks a file."),
            )
        self.ok.setText(ok)

    def params(self) -> dict[str, Any] | None:
        note = self.note.text().strip()
        if self.note_needed and not note:
            self.mark(
                self.note,
                QCoreApplication.translate("RefundDialogs", "Write what the platform should know."),
            )
            return None
        out: dict[str, Any] = {"note": note or None}
        if self.files is not None:
            out["evidence_ids"] = self.files.chosen()
        return out


class InspectDialog(ActionDialog):
    def __init__(
        self, detail: Mapping[str, Any], files: list[dict[str, Any]], parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("RefundDialogs", "Inspect the returned goods — %1").replace(
                "%1", str(detail["case_no"])
            ),
            parent,
        )
        self.setObjectName("inspectDialog")
        self.show_rules(
            QCoreApplication.translate(
                "RefundDialogs",
                "Passed: the refund of %1 is made and the case resolved. Failed: "
                "the refund is rejected; say why and tick the evidence.",
            ).replace("%1", money_texts.yuan(_case_fen(detail)))
        )
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("outcomeField")
        self.outcome.addItem(
            QCoreApplication.translate("RefundDialogs", "Passed: as sent, refund it"), True
        )
        self.outcome.addItem(
            QCoreApplication.translate("RefundDialogs", "Failed: damaged, used or incomplete"),
            False,
        )
        self.field(QCoreApplication.translate("RefundDialogs", "&Result"), self.outcome)
        self.note = QLineEdit(self)
        self.note.setObjectName("noteField")
        self.field(QCoreApplication.translate("RefundDialogs", "&Note"), self.note)
        self.loss = QLineEdit("0", self)
        self.loss.setObjectName("lossField")
        self.field(
            QCoreApplication.translate("RefundDialogs", "&Goods loss (¥)"),
            self.loss,
            QCoreApplication.translate(
                "RefundDialogs", "What the goods lost in value, if anything (for the cost report)."
            ),
        )
        self.files = EvidencePicker(self)
        self.files.show_files(files, 0)
        self.field(
            QCoreApplication.translate("RefundDialogs", "&Evidence"),
            self.files,
            QCoreApplication.translate("RefundDialogs", "Space ticks or unticks a file."),
        )
        self.outcome.currentIndexChanged.connect(self._outcome)
        self.ok.setText(QCoreApplication.translate("RefundDialogs", "&Record inspection"))

    def _outcome(self, _i: int) -> None:
        failed = not self.outcome.currentData()
        if failed and not self.files.chosen():
            for i in range(min(1, self.files.count())):
                from PySide6.QtCore import Qt

                self.files.item(i).setCheckState(Qt.CheckState.Checked)

    def params(self) -> dict[str, Any] | None:
        passed = bool(self.outcome.currentData())
        note = self.note.text().strip()
        loss = _amount(self, self.loss, allow_zero=True)
        if loss is None:
            return None
        if not passed and not note:
            self.mark(self.note, money_texts.refusal_text("inspection_needs_note"))
            return None
        if not passed and not self.files.chosen():
            self.mark(self.files, money_texts.refusal_text("inspection_needs_evidence"))
            return None
        return {
            "passed": passed,
            "note": note or None,
            "goods_loss_fen": loss,
            "evidence_ids": self.files.chosen(),
        }


class FastRefundDialog(ActionDialog):
    def __init__(self, detail: Mapping[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate(
                "RefundDialogs", "Record the platform's fast refund — %1"
            ).replace("%1", str(detail["case_no"])),
            parent,
        )
        self.setObjectName("fastRefundDialog")
        self.show_rules(
            QCoreApplication.translate(
                "RefundDialogs",
                "The platform refunded the buyer by itself (极速退款). The case "
                "stays open: watch for the returned parcel and appeal a fake "
                "return.",
            )
        )
        self.amount = QLineEdit(detail.get("amount") or "", self)
        self.amount.setObjectName("amountField")
        self.field(QCoreApplication.translate("RefundDialogs", "&Refunded (¥)"), self.amount)
        self.amount.selectAll()
        self.note = QLineEdit(self)
        self.note.setObjectName("noteField")
        self.field(QCoreApplication.translate("RefundDialogs", "&Note"), self.note)
        self.ok.setText(QCoreApplication.translate("RefundDialogs", "&Record fast refund"))

    def params(self) -> dict[str, Any] | None:
        fen = _amount(self, self.amount)
        if fen is None:
            return None
        return {"amount_fen": fen, "note": self.note.text().strip() or None}
