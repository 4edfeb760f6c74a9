"""The reject dialog: a reason from the platform's list, each saying what it needs (a
description, images, how many), and the case's images ticked up to that limit, so the
usual reject is the key, ↓ to the reason, Enter."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ui import i18n, money_texts
from ui.action_dialog import ActionDialog, EvidencePicker


def reason_needs(reason: Any, limit: int) -> str:
    parts = []
    if reason.needs_note:
        parts.append(QCoreApplication.translate("RefundDialogs", "needs a description"))
    if reason.needs_images:
        parts.append(
            QCoreApplication.translate("RefundDialogs", "needs evidence images (up to %1)").replace(
                "%1", str(limit)
            )
            if limit
            else QCoreApplication.translate("RefundDialogs", "needs evidence images")
        )
    return (
        ", ".join(parts)
        if parts
        else QCoreApplication.translate("RefundDialogs", "needs nothing more")
    )


class RejectDialog(ActionDialog):
    """`reasons`: the platform's RejectReason list; `files`: the case's evidence rows;
    `max_images`: the platform's evidence limit (0: none known)."""

    def __init__(
        self,
        detail: Mapping[str, Any],
        reasons: list[Any],
        files: list[dict[str, Any]],
        max_images: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("RefundDialogs", "Reject the refund — %1").replace(
                "%1", str(detail["case_no"])
            ),
            parent,
        )
        self.setObjectName("rejectDialog")
        self.reasons = list(reasons)
        self.files_rows = files
        self.platform_max = max_images
        self.show_rules(
            QCoreApplication.translate(
                "RefundDialogs",
                "The platform shows the buyer the reason; a reason that needs "
                "a description or images is refused without them.",
            )
        )
        lang = i18n.current_language()
        self.reason = QComboBox(self)
        self.reason.setObjectName("reasonField")
        self.reason.setPlaceholderText(
            QCoreApplication.translate("RefundDialogs", "Choose the platform's reason (↓)")
        )
        for r in self.reasons:
            self.reason.addItem(r.text(lang), r.code)
            self.reason.setItemData(
                self.reason.count() - 1, reason_needs(r, self.limit(r)), Qt.ItemDataRole.ToolTipRole
            )
        self.reason.setCurrentIndex(-1)
        self.field(QCoreApplication.translate("RefundDialogs", "&Reason"), self.reason, " ")
        self.note = QLineEdit(self)
        self.note.setObjectName("noteField")
        self.note.setMaxLength(500)
        self.field(QCoreApplication.translate("RefundDialogs", "&Description"), self.note)
        self.files = EvidencePicker(self)
        self.field(
            QCoreApplication.translate("RefundDialogs", "&Evidence"),
            self.files,
            QCoreApplication.translate(
                "RefundDialogs", "The case's images; Space ticks or unticks one."
            ),
        )
        self.reason.currentIndexChanged.connect(self._reason)
        self._reason(-1)
        self.ok.setText(QCoreApplication.translate("RefundDialogs", "&Reject"))

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
            hint.setText(
                reason_needs(reason, limit)
                if reason is not None
                else QCoreApplication.translate(
                    "RefundDialogs", "%1 reasons from the platform's list."
                ).replace("%1", str(len(self.reasons)))
            )
        self.files.show_files(self.files_rows, limit or len(self.files_rows), images_only=True)

    def params(self) -> dict[str, Any] | None:
        reason = self.chosen_reason()
        if reason is None:
            self.mark(
                self.reason,
                QCoreApplication.translate(
                    "RefundDialogs", "Choose a reason from the platform's list."
                ),
            )
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
            self.mark(
                self.files,
                money_texts.refusal_text("too_many_images", limit=limit, chosen=len(chosen)),
            )
            return None
        return {"reason_code": reason.code, "note": note or None, "evidence_ids": chosen}

    def field_for(self, exc: BaseException) -> QWidget | None:
        code = getattr(exc, "code", "")
        return {
            "reason_needs_note": self.note,
            "reason_needs_images": self.files,
            "too_many_images": self.files,
            "unknown_reason": self.reason,
        }.get(code)
