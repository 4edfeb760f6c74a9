"""Small account dialogs: a new password typed twice (Change password, an admin's
reset), and a new account (Users → Add)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.sign_in import MAX_PASSWORD, role_word

MIN_PASSWORD = 8  # app.domain.accounts.MIN_PASSWORD; the services check it again


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(MAX_PASSWORD)
    return field


class PasswordDialog(QDialog):
    """A new password, typed twice; with `ask_current`, the current one first."""

    def __init__(self, title: str, who: str, ask_current: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(title)
        self.current = _password_field(self, "currentPassword") if ask_current else None
        self.new = _password_field(self, "newPassword")
        self.repeat = _password_field(self, "repeatPassword")
        self.message = QLabel(self)
        self.message.setObjectName("passwordMessage")
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("PasswordDialog", "User"), QLabel(who, self))
        if self.current is not None:
            form.addRow(QCoreApplication.translate(
                "PasswordDialog", "Current password"), self.current)
        form.addRow(QCoreApplication.translate("PasswordDialog", "New password"), self.new)
        form.addRow(QCoreApplication.translate("PasswordDialog", "Repeat it"), self.repeat)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        self.resize(420, 180)
        self.submitted = False
        for field in (self.current, self.new, self.repeat):
            if field is not None:
                field.textChanged.connect(lambda _t: self.check())
        self.check()

    def check(self) -> bool:
        """Whether the fields can be sent; says what is missing."""
        new, repeat = self.new.text(), self.repeat.text()
        text = ""
        if new and len(new) < MIN_PASSWORD:
            text = QCoreApplication.translate(
                "PasswordDialog", "A password has at least 8 characters.")
        elif repeat and repeat != new:
            text = QCoreApplication.translate("PasswordDialog", "The two passwords differ.")
        self.say(text)
        ok = (bool(new) and new == repeat and len(new) >= MIN_PASSWORD
              and (self.current is None or bool(self.current.text())))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        return ok

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def accept(self) -> None:
        # The owner runs the change in a worker and closes the dialog when it is done.
        if self.check():
            self.submitted = True
            self.buttons.setEnabled(False)
            self.accepted_input()

    def accepted_input(self) -> None:
        """Replaced by the owner: called with the fields ready."""

    def finish(self, refusal: str | None) -> None:
        self.buttons.setEnabled(True)
        if refusal:
            self.say(refusal)
            return
        super().accept()


class AddUserDialog(PasswordDialog):
    """A new account: name, display name, role and its first password."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", "", False, parent)
        self.setObjectName("addUserDialog")
        self.setWindowTitle(QCoreApplication.translate("AddUserDialog", "Add a user"))
        self.name = QLineEdit(self)
        self.name.setObjectName("newUserName")
        self.name.setMaxLength(64)
        self.display = QLineEdit(self)
        self.display.setObjectName("newUserDisplay")
        self.display.setMaxLength(64)
        self.display.setPlaceholderText(QCoreApplication.translate(
            "AddUserDialog", "As shown in the window (optional)"))
        self.role = QComboBox(self)
        self.role.setObjectName("newUserRole")
        for role in ("agent", "supervisor", "admin"):
            self.role.addItem(role_word(role), role)
        form = self.layout().itemAt(0).layout()
        assert isinstance(form, QFormLayout)
        form.removeRow(0)  # no "User" line: it is being named here
        form.insertRow(0, QCoreApplication.translate("AddUserDialog", "User name"), self.name)
        form.insertRow(1, QCoreApplication.translate("AddUserDialog", "Display name"), self.display)
        form.insertRow(2, QCoreApplication.translate("AddUserDialog", "Role"), self.role)
        self.name.textChanged.connect(lambda _t: self.check())
        self.resize(440, 240)
        self.check()

    def check(self) -> bool:
        ok = super().check()
        name = getattr(self, "name", None)
        if name is None:
            return ok
        ok = ok and bool(name.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        return ok

    def chosen_role(self) -> str:
        return str(self.role.currentData())
