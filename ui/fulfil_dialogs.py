"""The dialogs that send or stop a parcel: reship and exchange (where from, carrier,
new tracking no., what it cost), intercepting a parcel on its way, a new address
before the parcel ships."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ui import labels, money_texts
from ui.action_dialog import ActionDialog
from ui.refund_dialogs import _amount

_TRACKING = re.compile(r"[A-Za-z0-9-]{1,64}")


class ReshipDialog(ActionDialog):
    """`exchange`: a replacement goes out and the buyer's parcel is expected back."""

    def __init__(
        self, detail: Mapping[str, Any], exchange: bool = False, parent: QWidget | None = None
    ) -> None:
        title = (
            QCoreApplication.translate("FulfilDialogs", "Exchange — %1")
            if exchange
            else QCoreApplication.translate("FulfilDialogs", "Reship — %1")
        )
        super().__init__(title.replace("%1", str(detail["case_no"])), parent)
        self.setObjectName("exchangeDialog" if exchange else "reshipDialog")
        self.show_rules(
            QCoreApplication.translate(
                "FulfilDialogs",
                "A replacement goes out now; the case then waits for the buyer's parcel back.",
            )
            if exchange
            else QCoreApplication.translate(
                "FulfilDialogs",
                "A new parcel goes out now; the case then waits for the buyer to receive it.",
            )
        )
        self.source = QComboBox(self)
        self.source.setObjectName("sourceField")
        for code in money_texts.SOURCES:
            self.source.addItem(money_texts.source(code), code)
        self.field(QCoreApplication.translate("FulfilDialogs", "&From"), self.source)
        self.carrier = QLineEdit(self)
        self.carrier.setObjectName("carrierField")
        self.carrier.setMaxLength(64)
        self.carrier.setPlaceholderText(
            QCoreApplication.translate("FulfilDialogs", "e.g. 顺丰, 中通, 圆通")
        )
        self.field(QCoreApplication.translate("FulfilDialogs", "&Carrier"), self.carrier)
        self.tracking = QLineEdit(self)
        self.tracking.setObjectName("trackingField")
        self.tracking.setMaxLength(64)
        self.field(QCoreApplication.translate("FulfilDialogs", "&Tracking no."), self.tracking)
        self.cost = QLineEdit("0", self)
        self.cost.setObjectName("costField")
        self.field(
            QCoreApplication.translate("FulfilDialogs", "C&ost (¥)"),
            self.cost,
            QCoreApplication.translate("FulfilDialogs", "Goods and postage, for the cost report."),
        )
        self.note = QLineEdit(self)
        self.note.setObjectName("noteField")
        self.field(QCoreApplication.translate("FulfilDialogs", "&Note"), self.note)
        self.ok.setText(
            QCoreApplication.translate("FulfilDialogs", "&Send exchange")
            if exchange
            else QCoreApplication.translate("FulfilDialogs", "&Reship")
        )

    def params(self) -> dict[str, Any] | None:
        carrier = self.carrier.text().strip()
        tracking = self.tracking.text().strip()
        if not carrier:
            self.mark(
                self.carrier, QCoreApplication.translate("FulfilDialogs", "Enter the carrier.")
            )
            return None
        if not _TRACKING.fullmatch(tracking):
            self.mark(
                self.tracking,
                QCoreApplication.translate(
                    "FulfilDialogs", "A tracking no. is letters, digits and dashes, up to 64."
                ),
            )
            return None
        cost = _amount(self, self.cost, allow_zero=True)
        if cost is None:
            return None
        return {
            "source": str(self.source.currentData()),
            "carrier": carrier,
            "tracking_no": tracking.upper(),
            "cost_fen": cost,
            "note": self.note.text().strip() or None,
        }


def in_transit(shipments: list[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The parcels on their way out: shipped, not delivered, not the buyer's return."""
    return [
        s
        for s in shipments
        if s.get("shipped_at") and not s.get("delivered_at") and s.get("kind") != "return"
    ]


class InterceptDialog(ActionDialog):
    def __init__(
        self,
        detail: Mapping[str, Any],
        shipments: list[Mapping[str, Any]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("FulfilDialogs", "Intercept a parcel — %1").replace(
                "%1", str(detail["case_no"])
            ),
            parent,
        )
        self.setObjectName("interceptDialog")
        self.show_rules(
            QCoreApplication.translate(
                "FulfilDialogs",
                "Asks the carrier to stop the parcel and send it back; record "
                "whether it worked when the carrier answers.",
            )
        )
        self.shipment = QComboBox(self)
        self.shipment.setObjectName("shipmentField")
        for s in in_transit(shipments):
            self.shipment.addItem(
                f"{labels.label('shipment', s.get('kind'))} · "
                f"{s.get('carrier') or '—'} {s.get('tracking_no') or ''}",
                s.get("id"),
            )
        self.field(QCoreApplication.translate("FulfilDialogs", "&Parcel"), self.shipment)
        self.note = QLineEdit(self)
        self.note.setObjectName("noteField")
        self.field(QCoreApplication.translate("FulfilDialogs", "&Note"), self.note)
        self.ok.setText(QCoreApplication.translate("FulfilDialogs", "&Request intercept"))

    def params(self) -> dict[str, Any] | None:
        if self.shipment.count() == 0:
            self.mark(self.shipment, money_texts.refusal_text("not_in_transit"))
            return None
        return {
            "shipment_id": self.shipment.currentData(),
            "note": self.note.text().strip() or None,
        }


class AddressDialog(ActionDialog):
    def __init__(self, detail: Mapping[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("FulfilDialogs", "Change the address — %1").replace(
                "%1", str(detail["case_no"])
            ),
            parent,
        )
        self.setObjectName("addressDialog")
        self.show_rules(
            QCoreApplication.translate(
                "FulfilDialogs",
                "Only before the parcel ships: the new address goes to the "
                "warehouse with the parcel; the buyer's own stays as imported.",
            )
        )
        self.address = QLineEdit(self)
        self.address.setObjectName("addressField")
        self.address.setMaxLength(500)
        self.field(QCoreApplication.translate("FulfilDialogs", "New &address"), self.address)
        self.note = QLineEdit(self)
        self.note.setObjectName("noteField")
        self.field(QCoreApplication.translate("FulfilDialogs", "&Note"), self.note)
        self.ok.setText(QCoreApplication.translate("FulfilDialogs", "&Change address"))

    def params(self) -> dict[str, Any] | None:
        address = self.address.text().strip()
        if not address:
            self.mark(
                self.address, QCoreApplication.translate("FulfilDialogs", "Enter the new address.")
            )
            return None
        return {"address": address, "note": self.note.text().strip() or None}

    def field_for(self, exc: BaseException) -> QWidget | None:
        return self.address if getattr(exc, "code", "") == "already_shipped" else None
