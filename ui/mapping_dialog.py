"""Mapping the columns of an export no profile knows: our field ← their column.

The dialog only collects the mapping (with a live preview of the first rows as
mapped); the import dialog saves it as a profile through the services.

Signals:
    mapping_changed(): a field was mapped to another column.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Platform
from app.services.imports import field_specs, guess_mapping
from ui import labels

CTX = "ImportFields"
# Our fields, in the user's words (the services name them by key).
FIELD_LABELS = {
    "shop": QT_TRANSLATE_NOOP("ImportFields", "Shop"),
    "case_no": QT_TRANSLATE_NOOP("ImportFields", "After-sales no."),
    "order_no": QT_TRANSLATE_NOOP("ImportFields", "Order no."),
    "sub_order_no": QT_TRANSLATE_NOOP("ImportFields", "Sub-order no."),
    "product_name": QT_TRANSLATE_NOOP("ImportFields", "Product"),
    "sku_spec": QT_TRANSLATE_NOOP("ImportFields", "SKU spec"),
    "sku_code": QT_TRANSLATE_NOOP("ImportFields", "SKU code"),
    "platform_product_id": QT_TRANSLATE_NOOP("ImportFields", "Platform product ID"),
    "case_type": QT_TRANSLATE_NOOP("ImportFields", "After-sales type"),
    "kind": QT_TRANSLATE_NOOP("ImportFields", "Kind"),
    "reason": QT_TRANSLATE_NOOP("ImportFields", "Reason"),
    "platform_status": QT_TRANSLATE_NOOP("ImportFields", "Platform status"),
    "reason_text": QT_TRANSLATE_NOOP("ImportFields", "Reason (platform)"),
    "applied_at": QT_TRANSLATE_NOOP("ImportFields", "Applied at"),
    "deadline_at": QT_TRANSLATE_NOOP("ImportFields", "Deadline"),
    "updated_at": QT_TRANSLATE_NOOP("ImportFields", "Updated at"),
    "amount": QT_TRANSLATE_NOOP("ImportFields", "Refund amount"),
    "fast_refund": QT_TRANSLATE_NOOP("ImportFields", "Fast refund"),
    "buyer_nickname": QT_TRANSLATE_NOOP("ImportFields", "Buyer nickname"),
    "tracking_no": QT_TRANSLATE_NOOP("ImportFields", "Tracking no."),
    "return_carrier": QT_TRANSLATE_NOOP("ImportFields", "Return carrier"),
    "return_tracking_no": QT_TRANSLATE_NOOP("ImportFields", "Return tracking no."),
    "refund_method": QT_TRANSLATE_NOOP("ImportFields", "Refund method"),
    "quantity": QT_TRANSLATE_NOOP("ImportFields", "Quantity"),
    "total": QT_TRANSLATE_NOOP("ImportFields", "Order amount"),
    "created_at": QT_TRANSLATE_NOOP("ImportFields", "Ordered at"),
    "paid_at": QT_TRANSLATE_NOOP("ImportFields", "Paid at"),
    "order_status": QT_TRANSLATE_NOOP("ImportFields", "Order status"),
    "carrier": QT_TRANSLATE_NOOP("ImportFields", "Carrier"),
    "shipped_at": QT_TRANSLATE_NOOP("ImportFields", "Shipped at"),
    "receiver_name": QT_TRANSLATE_NOOP("ImportFields", "Receiver"),
    "receiver_phone": QT_TRANSLATE_NOOP("ImportFields", "Receiver phone"),
    "province": QT_TRANSLATE_NOOP("ImportFields", "Province"),
    "city": QT_TRANSLATE_NOOP("ImportFields", "City"),
    "district": QT_TRANSLATE_NOOP("ImportFields", "District"),
    "address": QT_TRANSLATE_NOOP("ImportFields", "Address"),
    "buyer_note": QT_TRANSLATE_NOOP("ImportFields", "Buyer note"),
}
LIST_KINDS = {
    "aftersales": QT_TRANSLATE_NOOP("ImportFields", "After-sales list"),
    "orders": QT_TRANSLATE_NOOP("ImportFields", "Order list"),
}
PREVIEW_ROWS = 5


def field_label(key: str) -> str:
    text = FIELD_LABELS.get(key)
    return QCoreApplication.translate(CTX, text) if text else key


class MappingDialog(QDialog):
    mapping_changed = Signal()

    def __init__(self, headers: Sequence[str], rows: Sequence[Sequence[str]], *,
                 file_name: str = "", platform: str | None = None, list_kind: str = "aftersales",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mappingDialog")
        self.headers = [h for h in headers]
        self.rows = [list(r) for r in rows[:PREVIEW_ROWS]]
        self.setWindowTitle(self.tr("Map the columns of %1").replace("%1", file_name))
        self.resize(820, 640)

        self.intro = QLabel(self.tr(
            "No import profile knows these columns. Say which column holds each of our "
            "fields; the mapping is saved as a profile and used for such files next time."), self)
        self.intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setObjectName("profileName")
        self.name.setPlaceholderText(self.tr("e.g. My shop's refund list"))
        self.platform = QComboBox(self)
        self.platform.setObjectName("platform")
        for p in Platform:
            self.platform.addItem(labels.platform(p.value), p.value)
        if platform:
            self.platform.setCurrentIndex(max(self.platform.findData(platform), 0))
        self.list_kind = QComboBox(self)
        self.list_kind.setObjectName("listKind")
        for key, text in LIST_KINDS.items():
            self.list_kind.addItem(QCoreApplication.translate(CTX, text), key)
        self.list_kind.setCurrentIndex(max(self.list_kind.findData(list_kind), 0))
        form = QFormLayout()
        form.addRow(self.tr("Profile name"), self.name)
        form.addRow(self.tr("Platform"), self.platform)
        form.addRow(self.tr("File contains"), self.list_kind)

        self.fields = QTableWidget(0, 2, self)
        self.fields.setObjectName("fieldTable")
        self.fields.setHorizontalHeaderLabels([self.tr("Our field"), self.tr("Their column")])
        self.fields.verticalHeader().setVisible(False)
        self.fields.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.fields.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview = QTableWidget(0, 0, self)
        self.preview.setObjectName("mappingPreview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problem = QLabel(self)
        self.problem.setObjectName("mappingProblem")
        self.problem.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.fields, 3)
        layout.addWidget(QLabel(self.tr("Preview of the first rows as mapped"), self))
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.combos: dict[str, QComboBox] = {}
        self.list_kind.currentIndexChanged.connect(self._build_fields)
        self.name.textChanged.connect(self._validate)
        self._build_fields()

    # -- fields ------------------------------------------------------------------------

    def _build_fields(self) -> None:
        kind = self.current_list_kind()
        specs = field_specs(kind)
        guessed = guess_mapping(kind, self.headers)
        self.fields.setRowCount(len(specs))
        self.combos = {}
        for row, spec in enumerate(specs):
            text = field_label(spec.key) + (" *" if spec.required else "")
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            if spec.required:
                item.setToolTip(self.tr("Required"))
            self.fields.setItem(row, 0, item)
            combo = QComboBox(self.fields)
            combo.setObjectName(f"map_{spec.key}")
            combo.addItem(self.tr("(not in the file)"), -1)
            for i, h in enumerate(self.headers):
                combo.addItem(h or self.tr("column %1").replace("%1", str(i + 1)), i)
            if spec.key in guessed:
                combo.setCurrentIndex(combo.findData(guessed[spec.key]))
            combo.currentIndexChanged.connect(self._changed)
            self.fields.setCellWidget(row, 1, combo)
            self.combos[spec.key] = combo
        self._changed()

    def _changed(self) -> None:
        self._fill_preview()
        self._validate()
        self.mapping_changed.emit()

    def current_list_kind(self) -> str:
        return str(self.list_kind.currentData())

    def set_column(self, key: str, header: str | None) -> None:
        """Map our field `key` to the column named `header` (None: not in the file)."""
        combo = self.combos[key]
        index = -1 if header is None else self.headers.index(header)
        combo.setCurrentIndex(combo.findData(index))

    def mapping(self) -> dict[str, str]:
        """our field -> their header, for the fields that are mapped."""
        out = {}
        for key, combo in self.combos.items():
            index = int(combo.currentData())
            if index >= 0:
                out[key] = self.headers[index]
        return out

    def missing_required(self) -> list[str]:
        mapped = self.mapping()
        return [s.key for s in field_specs(self.current_list_kind())
                if s.required and s.key not in mapped]

    def profile_name(self) -> str:
        return self.name.text().strip()

    def platform_value(self) -> str:
        return str(self.platform.currentData())

    def _validate(self) -> None:
        missing = self.missing_required()
        if missing:
            self.problem.setText(self.tr("Still to map: %1").replace(
                "%1", ", ".join(field_label(k) for k in missing)))
        elif not self.profile_name():
            self.problem.setText(self.tr("Give the profile a name."))
        else:
            self.problem.clear()
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not missing and bool(self.profile_name()))

    def _fill_preview(self) -> None:
        mapped = [(k, self.headers.index(h)) for k, h in self.mapping().items()]
        self.preview.clear()
        self.preview.setColumnCount(len(mapped))
        self.preview.setRowCount(len(self.rows))
        self.preview.setHorizontalHeaderLabels([field_label(k) for k, _i in mapped])
        for r, values in enumerate(self.rows):
            for c, (_k, i) in enumerate(mapped):
                self.preview.setItem(r, c, QTableWidgetItem(values[i] if i < len(values) else ""))
