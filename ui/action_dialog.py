"""What every money and fulfilment dialog of the Actions tab shares: small, focus in
the first field, Enter does it, Esc cancels; what the rules allow right now on top;
bad input refused in place (the field marked, a sentence under it) before anything is
sent; a rule's refusal from the service shown in words, the dialog kept open.

Each dialog makes its idempotency key when it opens and keeps it for every retry,
so a double Enter or a retry after an error never pays twice. What the agent asked
for goes to `send(params)` (set by `ui.actions_work`, which runs the service in a
worker); the answer comes back through `succeeded(result)` or `refused(exc)`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

STYLE = """
QLabel#dialogRules { background: #f3f6fa; border: 1px solid #d8e0ea; border-radius: 4px;
                     padding: 6px 8px; color: #2f3a48; }
QLabel#fieldError, QLabel#dialogRefusal { color: #b3261e; }
QLabel#fieldHint { color: #5b6676; }
*[invalid="true"] { border: 1px solid #b3261e; }
"""


class ActionDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.services.idempotency import new_key

        self.setObjectName("actionDialog")
        self.setStyleSheet(STYLE)
        self.setWindowTitle(title)
        self.key = new_key()
        self.send: Callable[[dict[str, Any]], None] | None = None
        self.result: Any = None
        self._first: QWidget | None = None
        self._errors: dict[QWidget, QLabel] = {}
        self.rules = QLabel(self)
        self.rules.setObjectName("dialogRules")
        self.rules.setWordWrap(True)
        self.rules.setVisible(False)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.refusal_label = QLabel(self)
        self.refusal_label.setObjectName("dialogRefusal")
        self.refusal_label.setWordWrap(True)
        self.refusal_label.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.rules)
        lay.addLayout(self.form)
        lay.addWidget(self.refusal_label)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(460)

    # -- building ----------------------------------------------------------------------
    def field(self, label: str, widget: QWidget, hint: str = "") -> QWidget:
        """A row: its label (with a mnemonic: "&Amount" → Alt+A), the widget, a hint and
        the place its error is said. The first field gets the focus when it opens."""
        name = QLabel(label, self)
        name.setBuddy(widget)
        box = QWidget(self)
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(widget)
        if hint:
            note = QLabel(hint, box)
            note.setObjectName("fieldHint")
            note.setWordWrap(True)
            col.addWidget(note)
            widget.setProperty("hint_label", note)
        error = QLabel(box)
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.setVisible(False)
        col.addWidget(error)
        self._errors[widget] = error
        self.form.addRow(name, box)
        if self._first is None:
            self._first = widget
        return widget

    def hint_of(self, widget: QWidget) -> QLabel | None:
        hint = widget.property("hint_label")
        return hint if isinstance(hint, QLabel) else None

    def show_rules(self, text: str) -> None:
        self.rules.setText(text)
        self.rules.setVisible(bool(text))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._first is not None:
            first = self._first
            QTimer.singleShot(0, lambda: first.setFocus(Qt.FocusReason.OtherFocusReason))

    # -- input refused in place --------------------------------------------------------
    def mark(self, widget: QWidget, text: str) -> None:
        widget.setProperty("invalid", bool(text))
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        error = self._errors.get(widget)
        if error is not None:
            error.setText(text)
            error.setVisible(bool(text))
        if text:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_marks(self) -> None:
        for widget in self._errors:
            if widget.property("invalid"):
                self.mark(widget, "")
        self.refusal_label.setVisible(False)

    def params(self) -> dict[str, Any] | None:
        """What to send, or None after marking what is wrong (each dialog says)."""
        raise NotImplementedError

    # -- sending and the answer --------------------------------------------------------
    def accept(self) -> None:
        if not self.ok.isEnabled():
            return  # already sent: the same request is not sent twice
        self.clear_marks()
        params = self.params()
        if params is None:
            return
        if self.send is None:
            self.result = params
            super().accept()
            return
        self.set_busy(True)
        self.send({**params, "key": self.key})

    def set_busy(self, busy: bool) -> None:
        self.ok.setEnabled(not busy)

    def succeeded(self, result: Any) -> None:
        self.result = result
        self.set_busy(False)
        super().accept()

    def refused(self, exc: BaseException) -> None:
        """A rule's refusal, in words; the dialog stays open with its key for a retry."""
        from ui import money_texts

        self.set_busy(False)
        self.refusal_label.setText(money_texts.refusal(exc))
        self.refusal_label.setVisible(True)
        target = self.field_for(exc)
        if target is not None:
            self.mark(target, money_texts.refusal(exc))
            self.refusal_label.setVisible(False)

    def field_for(self, exc: BaseException) -> QWidget | None:
        """The field a refusal is about, where the dialog knows (the amount …)."""
        return None


class EvidencePicker(QListWidget):
    """The case's files as a checklist: images (or every file) to rely on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidencePicker")
        self.setMaximumHeight(150)
        # A long file name or the "no images yet" line wraps instead of scrolling sideways.
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def show_files(self, rows: list[dict[str, Any]], ticked: int,
                   images_only: bool = False) -> None:
        """The first `ticked` images are ticked (the platform's limit)."""
        self.clear()
        n = 0
        for row in rows:
            is_image = str(row.get("media_type") or row.get("type") or "") in (
                "jpeg", "png", "webp", "gif", "heic")
            if images_only and not is_image:
                continue
            item = QListWidgetItem(str(row.get("name") or row.get("sha256", ""))[:80], self)
            item.setData(Qt.ItemDataRole.UserRole, int(row["id"]))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = is_image and n < ticked
            n += int(on)
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        if self.count():
            self.setCurrentRow(0)
        else:
            empty = QListWidgetItem(
                QCoreApplication.translate(
                    "ActionDialog",
                    "No images on the case yet: attach them on the Evidence tab first "
                    "(Ctrl+V pastes a screenshot).",
                )
                if images_only
                else QCoreApplication.translate(
                    "ActionDialog", "No files on the case yet: attach them on the Evidence tab."
                ),
                self,
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)

    def chosen(self) -> list[int]:
        return [int(self.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.count())
                if self.item(i).flags() & Qt.ItemFlag.ItemIsUserCheckable
                and self.item(i).checkState() == Qt.CheckState.Checked]

    def keyPressEvent(self, event: Any) -> None:
        # Space ticks the current file; Enter still does the dialog's action.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()
            return
        super().keyPressEvent(event)


def check(text: str, parent: QWidget | None = None) -> QCheckBox:
    return QCheckBox(text, parent)
