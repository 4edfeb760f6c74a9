"""The dialogs of a refund decision: approve a refund, approve a return (with the
shop's return address), the return arrived, the inspection, reject (a reason from the
platform's list and the evidence it needs), the platform's fast refund, an appeal.

A reject's reasons come with what each needs (a description, images, how many); the
dialog says it beside the reason and ticks the case's images up to the limit, so the
usual reject is: the key, ↓ to the reason, Enter.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ui import i18n, money_texts
from ui.action_dialog import ActionDialog, EvidencePicker


def _tr(text: str) -> str:
    return QCoreApplication.translate("RefundDialogs", text)


def _amount(dialog: ActionDialog, field: QLineEdit, *, allow_zero: bool = False
            ) -> int | None:
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
        super().__init__(_tr("Approve the refund — %1").replace("%1", str(detail["case_no"])),
                         parent)
        self.setObjectName("approveRefundDialog")
        self.most = _case_fen(detail)
        self.show_rules(_tr("Refund only: the buyer keeps the goods and gets %1 back; the case "
                            "is resolved.").replace("%1", money_texts.yuan(self.most)))
        self.amount = QLineEdit(detail.get("amount") or "", self)
        self.amount.setObjectName("amountField")
        self.field(_tr("&Amount (¥)"), self.amount, _tr("At most the case's amount, %1.")
                   .replace("%1", money_texts.yuan(self.most)))
        self.amount.selectAll()
        self.ok.setText(_tr("&Approve refund"))

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

    def __init__(self, detail: Mapping[str, Any], address: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(_tr("Approve the return — %1").replace("%1", str(detail["case_no"])),
                         parent)
        self.setObjectName("approveReturnDialog")
        self.known = address or ""
        self.show_rules(_tr("The buyer returns the goods to this address; the refund follows "
                            "once the parcel arrived and passed inspection."))
        self.address = QLineEdit(self.known, self)
        self.address.setObjectName("addressField")
        self.field(_tr("Return &address"), self.address,
                   _tr("The shop's return address; a change here is kept for the shop.")
                   if self.known else _tr("The shop has none yet: enter it once, it is kept."))
        self.ok.setText(_tr("&Approve return"))

    def params(self) -> dict[str, Any] | None:
        address = self.address.text().strip()
        if not address:
            self.mark(self.address, _tr("Enter the address the buyer sends the goods to."))
            return None
        return {"address": address if address != self.known else None}

    def field_for(self, exc: BaseException) -> QWidget | None:
        return self.address if getattr(exc, "code", "") == "no_return_address" else None


class NoteDialog(ActionDialog):
    """An action that needs only a yes and maybe a note: the return arrived, an appeal."""

    def __init__(self, title: str, rules: str, ok: str, *, note_needed: bool = False,
                 files: list[dict[str, Any]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.note_needed = note_needed
        self.show_rules(rules)
        self.note = QLineEdit(self)
        self.note.setObjectName("noteField")
        self.note.setMaxLength(500)
        self.field(_tr("&Note"), self.note)
        self.files: EvidencePicker | None = None
        if files is not None:
            self.files = EvidencePicker(self)
            self.files.show_files(files, len(files))
            self.field(_tr("&Evidence"), self.files, _tr("Space ticks or unticks a file."))
        self.ok.setText(ok)

    def params(self) -> dict[str, Any] | None:
        note = self.note.text().strip()
        if self.note_needed and not note:
            self.mark(self.note, _tr("Write what the platform should know."))
            return None
        out: dict[str, Any] = {"note": note or None}
        if self.files is not None:
            out["evidence_ids"] = self.files.chosen()
        return out


class InspectDialog(ActionDialog):
    def __init__(self, detail: Mapping[str, Any], files: list[dict[str, Any]],
                 parent: QWidget | None = None) -> None:
        super().__init__(_tr("Inspect the returned goods — %1").replace(
            "%1", str(detail["case_no"])), parent)
        self.setObjectName("inspectDialog")
        self.show_rules(_tr("Passed: the refund of %1 is made and the case resolved. Failed: "
                            "the refund is rejected; say why and tick the evidence.").replace(
            "%1", money_texts.yuan(_case_fen(detail))))
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("outcomeField")
        self.outcome.addItem(_tr("Passed: as sent, refund it"), True)
        self.outcome.addItem(_tr("Failed: damaged, used or incomplete"), False)
        self.field(_tr("&Result"), self.outcome)
        self.note = QLineEdit(self)
        self.note.setObjectName("noteField")
        self.field(_tr("&Note"), self.note)
        self.loss = QLineEdit("0", self)
        self.loss.setObjectName("lossField")
        self.field(_tr("&Goods loss (¥)"), self.loss, _tr("What the goods lost in value, if "
                                                         "anything (for the cost report)."))
        self.files = EvidencePicker(self)
        self.files.show_files(files, 0)
        self.field(_tr("&Evidence"), self.files, _tr("Space ticks or unticks a file."))
        self.outcome.currentIndexChanged.connect(self._outcome)
        self.ok.setText(_tr("&Record inspection"))

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
        return {"passed": passed, "note": note or None, "goods_loss_fen": loss,
                "evidence_ids": self.files.chosen()}


def reason_needs(reason: Any, limit: int) -> str:
    parts = []
    if reason.needs_note:
        parts.append(_tr("needs a description"))
    if reason.needs_images:
        parts.append(_tr("needs evidence images (up to %1)").replace("%1", str(limit))
                     if limit else _tr("needs evidence images"))
    return ", ".join(parts) if parts else _tr("needs nothing more")


class RejectDialog(ActionDialog):
    """`reasons`: the platform's RejectReason list; `files`: the case's evidence rows;
    `max_images`: the platform's evidence limit (0: none known)."""

    def __init__(self, detail: Mapping[str, Any], reasons: list[Any],
                 files: list[dict[str, Any]], max_images: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(_tr("Reject the refund — %1").replace("%1", str(detail["case_no"])),
                         parent)
        self.setObjectName("rejectDialog")
        self.reasons = list(reasons)
        self.files_rows = files
        self.platform_max = max_images
        self.show_rules(_tr("The platform shows the buyer the reason; a reason that needs "
                            "a description or images is refused without them."))
        lang = i18n.current_language()
        self.reason = QComboBox(self)
        self.reason.setObjectName("reasonField")
        self.reason.setPlaceholderText(_tr("Choose the platform's reason (↓)"))
        for r in self.reasons:
            self.reason.addItem(r.text(lang), r.code)
            self.reason.setItemData(self.reason.count() - 1,
                                    reason_needs(r, self.limit(r)), 3)  # tooltip role
        self.reason.setCurrentIndex(-1)
        self.field(_tr("&Reason"), self.reason, " ")
        self.note = QLineEdit(self)
        self.note.setObjectName("noteField")
        self.note.setMaxLength(500)
        self.field(_tr("&Description"), self.note)
        self.files = EvidencePicker(self)
        self.field(_tr("&Evidence"), self.files, _tr("The case's images; Space ticks or "
                                                      "unticks one."))
        self.reason.currentIndexChanged.connect(self._reason)
        self._reason(-1)
        self.ok.setText(_tr("&Reject"))

    def limit(self, reason: Any) -> int:
        own = int(getattr(reason, "max_images", 0) or 0)
        if own and self.platform_max:
            return min(own, self.platform_max)
        return own or self.platform_max

    def chosen_reason(self) -> Any:
        i = self.reason.currentIndex()
        return self.reasons[i] if 0 <= i < len(self.reasons) else None

    def _reason(self, _i: int) -> None:
        reason = self.chosen_reason()
        hint = self.hint_of(self.reason)
        limit = self.limit(reason) if reason is not None else self.platform_max
        if hint is not None:
            hint.setText(reason_needs(reason, limit) if reason is not None else
                         _tr("%1 reasons from the platform's list.").replace(
                             "%1", str(len(self.reasons))))
        self.files.show_files(self.files_rows, limit or len(self.files_rows), images_only=True)

    def params(self) -> dict[str, Any] | None:
        reason = self.chosen_reason()
        if reason is None:
            self.mark(self.reason, _tr("Choose a reason from the platform's list."))
            return None
        note = self.note.text().strip()
        chosen = self.files.chosen()
        if reason.needs_note and not note:
            self.mark(self.note, money_texts.refusal_text("reason_needs_note"))
            return None
        if reason.needs_images and not chosen:
            self.mark(self.files, money_texts.refusal_text("reason_needs_images"))
            return None
        limit = self.limit(reason)
        if limit and len(chosen) > limit:
            self.mark(self.files, money_texts.refusal_text(
                "too_many_images", limit=limit, chosen=len(chosen)))
            return None
        return {"reason_code": reason.code, "note": note or None, "evidence_ids": chosen}

    def field_for(self, exc: BaseException) -> QWidget | None:
        code = getattr(exc, "code", "")
        return {"reason_needs_note": self.note, "reason_needs_images": self.files,
                "too_many_images": self.files, "unknown_reason": self.reason}.get(code)


class FastRefundDialog(ActionDialog):
    def __init__(self, detail: Mapping[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(_tr("Record the platform's fast refund — %1").replace(
            "%1", str(detail["case_no"])), parent)
        self.setObjectName("fastRefundDialog")
        self.show_rules(_tr("The platform refunded the buyer by itself (极速退款). The case "
                            "stays open: watch for the returned parcel and appeal a fake "
                            "return."))
        self.amount = QLineEdit(detail.get("amount") or "", self)
        self.amount.setObjectName("amountField")
        self.field(_tr("&Refunded (¥)"), self.amount)
        self.amount.selectAll()
        self.note = QLineEdit(self)
        self.note.setObjectName("noteField")
        self.field(_tr("&Note"), self.note)
        self.ok.setText(_tr("&Record fast refund"))

    def params(self) -> dict[str, Any] | None:
        fen = _amount(self, self.amount)
        if fen is None:
            return None
        return {"amount_fen": fen, "note": self.note.text().strip() or None}
