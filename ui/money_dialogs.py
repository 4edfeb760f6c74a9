"""The dialogs that pay or give the buyer something: compensation (小额打款), a coupon
(优惠券), and confirming a payment made in the platform's back office.

Each shows what the rules allow right now (from the Actions tab's summary: the case's
`limits`) and reads the amount with `app.domain.money.parse_amount`, refusing in place
what is not an amount; the caps themselves are the service's to check.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ui import money_texts
from ui.action_dialog import ActionDialog

# The reason a compensation most likely has, from the case's own reason.
LIKELY_REASON = {
    "transit_damage": "goodwill",
    "late_shipment": "goodwill",
    "lost": "goodwill",
    "quality_problem": "goodwill",
    "not_as_described": "price_difference",
    "wrong_item": "postage",
    "no_reason_7day": "postage",
    "buyer_mistake": "postage",
}


class CompensateDialog(ActionDialog):
    def __init__(
        self,
        detail: Mapping[str, Any],
        limits: Mapping[str, Any] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("MoneyDialogs", "Compensate the buyer — %1").replace(
                "%1", str(detail["case_no"])
            ),
            parent,
        )
        self.setObjectName("compensateDialog")
        self.limits = dict(limits or {})
        self.show_rules(money_texts.limits_line(self.limits) if limits else "")
        self.amount = QLineEdit(self)
        self.amount.setObjectName("amountField")
        self.amount.setPlaceholderText(
            QCoreApplication.translate("MoneyDialogs", "e.g. 5 or 12.50 (yuan)")
        )
        self.field(QCoreApplication.translate("MoneyDialogs", "&Amount (¥)"), self.amount, " ")
        self.reason = QComboBox(self)
        self.reason.setObjectName("reasonField")
        for code in money_texts.PAYMENT_REASONS:
            self.reason.addItem(money_texts.payment_reason(code), code)
        likely = LIKELY_REASON.get(str(detail.get("reason")), "other")
        self.reason.setCurrentIndex(max(0, self.reason.findData(likely)))
        self.field(QCoreApplication.translate("MoneyDialogs", "&Reason"), self.reason)
        self.note = QLineEdit(self)
        self.note.setObjectName("noteField")
        self.note.setPlaceholderText(
            QCoreApplication.translate(
                "MoneyDialogs", "Optional: what it is for, for the supervisor"
            )
        )
        self.field(QCoreApplication.translate("MoneyDialogs", "&Note"), self.note)
        self.ok.setText(QCoreApplication.translate("MoneyDialogs", "&Pay"))
        self.amount.textChanged.connect(self._typed)
        self._typed("")

    def _typed(self, text: str) -> None:
        from app.domain.errors import InvalidAmount
        from app.domain.money import parse_amount

        hint = self.hint_of(self.amount)
        if hint is None:
            return
        try:
            fen = parse_amount(text) if text.strip() else None
        except InvalidAmount:
            fen = None
        hint.setText(
            money_texts.amount_hint(fen, self.limits)
            if fen is not None
            else QCoreApplication.translate(
                "MoneyDialogs", "Above the approval threshold it waits for a supervisor."
            )
        )
        if fen is not None:
            self.ok.setText(
                QCoreApplication.translate("MoneyDialogs", "&Pay %1").replace(
                    "%1", money_texts.yuan(fen)
                )
            )
        else:
            self.ok.setText(QCoreApplication.translate("MoneyDialogs", "&Pay"))

    def params(self) -> dict[str, Any] | None:
        from app.domain.errors import InvalidAmount
        from app.domain.money import parse_amount

        try:
            fen = parse_amount(self.amount.text())
        except InvalidAmount as exc:
            self.mark(self.amount, money_texts.amount_problem(exc))
            return None
        if fen == 0:
            self.mark(self.amount, money_texts.refusal_text("amount_zero"))
            return None
        return {
            "amount_fen": fen,
            "reason": str(self.reason.currentData()),
            "note": self.note.text().strip() or None,
        }

    def field_for(self, exc: BaseException) -> QWidget | None:
        code = getattr(exc, "code", "")
        return self.amount if code in ("amount_zero", "order_amount", "shop_day") else None


class CouponDialog(ActionDialog):
    """The shop's coupon templates, each with its value, minimum spend and validity."""

    def __init__(
        self,
        detail: Mapping[str, Any],
        templates: list[Mapping[str, Any]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("MoneyDialogs", "Give the buyer a coupon — %1").replace(
                "%1", str(detail["case_no"])
            ),
            parent,
        )
        self.setObjectName("couponDialog")
        self.template = QComboBox(self)
        self.template.setObjectName("templateField")
        for t in templates:
            self.template.addItem(template_text(t), str(t["name"]))
        self.field(QCoreApplication.translate("MoneyDialogs", "&Template"), self.template)
        self.reference = QLineEdit(self)
        self.reference.setObjectName("referenceField")
        self.reference.setMaxLength(64)
        self.reference.setPlaceholderText(
            QCoreApplication.translate(
                "MoneyDialogs", "Optional: the coupon code the platform gave"
            )
        )
        self.field(QCoreApplication.translate("MoneyDialogs", "&Code or reference"), self.reference)
        self.ok.setText(QCoreApplication.translate("MoneyDialogs", "&Give coupon"))
        if not templates:
            self.show_rules(
                QCoreApplication.translate(
                    "MoneyDialogs",
                    "The shop has no coupon templates yet: a supervisor adds "
                    "them (coupon-template add).",
                )
            )
            self.ok.setEnabled(False)

    def params(self) -> dict[str, Any] | None:
        if self.template.currentIndex() < 0:
            self.mark(
                self.template, QCoreApplication.translate("MoneyDialogs", "Choose a template.")
            )
            return None
        return {
            "template": str(self.template.currentData()),
            "reference": self.reference.text().strip() or None,
        }


def template_text(t: Mapping[str, Any]) -> str:
    value = money_texts.yuan(money_texts.fen_of(t.get("value_fen", t.get("value"))))
    floor = money_texts.fen_of(t.get("min_spend_fen", t.get("min_spend")))
    spend = (
        QCoreApplication.translate("MoneyDialogs", "no minimum spend")
        if not floor
        else QCoreApplication.translate("MoneyDialogs", "min. spend %1").replace(
            "%1", money_texts.yuan(floor)
        )
    )
    days = QCoreApplication.translate("MoneyDialogs", "valid %1 days").replace(
        "%1", str(t.get("valid_days", "?"))
    )
    return f"{t['name']} — {value} · {spend} · {days}"


class ConfirmPaidDialog(ActionDialog):
    """Step two of the manual gateway: the agent paid in the back office."""

    def __init__(self, payment: Mapping[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("MoneyDialogs", "Confirm the payment was made"), parent
        )
        self.setObjectName("confirmPaidDialog")
        self.payment = dict(payment)
        self.show_rules(
            QCoreApplication.translate(
                "MoneyDialogs",
                "%1 (%2), approved. Enter the reference no. the platform's back "
                "office showed for it.",
            )
            .replace("%1", money_texts.yuan(money_texts.fen_of(payment.get("amount"))))
            .replace("%2", money_texts.payment_reason(str(payment.get("reason", ""))))
        )
        self.reference = QLineEdit(self)
        self.reference.setObjectName("referenceField")
        self.reference.setMaxLength(64)
        self.field(QCoreApplication.translate("MoneyDialogs", "&Reference no."), self.reference)
        self.ok.setText(QCoreApplication.translate("MoneyDialogs", "&Confirm paid"))

    def params(self) -> dict[str, Any] | None:
        ref = self.reference.text().strip()
        if not ref:
            self.mark(
                self.reference,
                QCoreApplication.translate(
                    "MoneyDialogs", "Enter the reference no. of the payment."
                ),
            )
            return None
        return {"payment_id": int(self.payment["id"]), "reference": ref}
