"""Which dialog each action of the Actions tab opens, filled from the case and the
tab's summary (`app.services.case_money.summary`: limits, reject reasons, the case's
files, the shop's return address and coupon templates), so a dialog opens at once,
without a second trip to the store."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.action_dialog import ActionDialog


def make(
    name: str, detail: Mapping[str, Any], summary: Mapping[str, Any], parent: QWidget | None = None
) -> ActionDialog:
    from ui import fulfil_dialogs as f
    from ui import money_dialogs as m
    from ui import refund_dialogs as r
    from ui.reject_dialog import RejectDialog

    files = list(summary.get("evidence") or [])
    case_no = str(detail.get("case_no", ""))
    dialog: ActionDialog
    if name == "compensate":
        dialog = m.CompensateDialog(detail, summary.get("limits"), parent)
    elif name == "coupon":
        dialog = m.CouponDialog(detail, list(summary.get("coupon_templates") or []), parent)
    elif name == "approve_refund":
        dialog = r.ApproveRefundDialog(detail, parent)
    elif name == "approve_return":
        dialog = r.ApproveReturnDialog(detail, summary.get("return_address"), parent)
    elif name == "receive_return":
        dialog = r.NoteDialog(
            QCoreApplication.translate("ActionDialogs", "The returned parcel arrived — %1").replace(
                "%1", case_no
            ),
            QCoreApplication.translate(
                "ActionDialogs",
                "The case moves to inspection: open the parcel and check the goods.",
            ),
            QCoreApplication.translate("ActionDialogs", "&Parcel arrived"),
            parent=parent,
        )
        dialog.setObjectName("receiveReturnDialog")
    elif name == "inspect":
        dialog = r.InspectDialog(detail, files, parent)
    elif name == "reject":
        dialog = RejectDialog(
            detail,
            list(summary.get("reject_reasons") or []),
            files,
            int(summary.get("max_images") or 0),
            parent,
        )
    elif name == "fast_refund":
        dialog = r.FastRefundDialog(detail, parent)
    elif name == "appeal":
        dialog = r.NoteDialog(
            QCoreApplication.translate("ActionDialogs", "Appeal the fast refund — %1").replace(
                "%1", case_no
            ),
            QCoreApplication.translate(
                "ActionDialogs",
                "The case goes to the platform with your note and the evidence ticked.",
            ),
            QCoreApplication.translate("ActionDialogs", "&Send appeal"),
            note_needed=True,
            files=files,
            parent=parent,
        )
        dialog.setObjectName("appealDialog")
    elif name in ("reship", "exchange"):
        dialog = f.ReshipDialog(detail, exchange=name == "exchange", parent=parent)
    elif name == "intercept":
        dialog = f.InterceptDialog(detail, list(summary.get("shipments") or []), parent)
    elif name == "address_change":
        dialog = f.AddressDialog(detail, parent)
    else:
        raise ValueError(f"no dialog for {name!r}")
    return dialog
