"""File → Users… (admins): every account with its role and state; add one, disable or
enable it, reset its password. The services check MANAGE_USERS again on each call."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import account_texts
from ui.account_dialogs import AddUserDialog, PasswordDialog
from ui.jobs import Jobs
from ui.sign_in import role_word


class UsersDialog(QDialog):
    def __init__(self, store: Any, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("Users"))
        self.store = store
        self.actor = actor
        self.users: list[Any] = []
        self.jobs = Jobs(self, workers=1)
        self.child: QDialog | None = None
        self.notice = QLabel(self)
        self.notice.setObjectName("usersNotice")
        self.notice.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("User name"), self.tr("Display name"), self.tr("Role"), self.tr("State"),
            self.tr("Password")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.reset_button = QPushButton(self.tr("Reset password…"), self)
        self.active_button = QPushButton(self.tr("Disable"), self)
        self.add_button.clicked.connect(self.add_user)
        self.reset_button.clicked.connect(self.reset_password)
        self.active_button.clicked.connect(self.toggle_active)
        self.table.itemSelectionChanged.connect(self._update)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        for b in (self.add_button, self.reset_button, self.active_button):
            row.addWidget(b)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.notice)
        lay.addWidget(self.table, 1)
        lay.addLayout(row)
        lay.addWidget(close)
        self.resize(720, 420)
        self.reload()

    def _run(self, name: str, done: Any, fn: Any, *args: Any) -> None:
        job = self.jobs.job(name)
        job.done.connect(done)
        job.failed.connect(lambda message, _c: self._say(message))
        job.start(account_texts.call, fn, *args)

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def reload(self) -> None:
        from app.services.accounts import list_users

        self._run("users", self._listed, list_users, self.store, self.actor)

    def _listed(self, result: Any) -> None:
        if isinstance(result, Exception):
            self._say(account_texts.refusal(result))
            return
        secured, self.users = result
        self._say("" if secured else self.tr(
            "No account has a password yet: anyone can work under any name. Add an admin "
            "with a password to require signing in."))
        self.table.setRowCount(len(self.users))
        for r, u in enumerate(self.users):
            state = (self.tr("active") if u.active else self.tr("disabled"))
            if u.locked_for:
                state = self.tr("locked for %1 s").replace("%1", str(u.locked_for))
            cells = (u.name, u.display, role_word(u.role), state,
                     self.tr("set") if u.password_set else self.tr("not set"))
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self._update()

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def _update(self) -> None:
        user = self.selected()
        self.reset_button.setEnabled(user is not None)
        self.active_button.setEnabled(user is not None and user.name != self.actor)
        self.active_button.setText(self.tr("Enable") if user is not None and not user.active
                                   else self.tr("Disable"))

    def _changed(self, result: Any) -> None:
        if isinstance(result, Exception):
            self._say(account_texts.refusal(result))
        self.reload()

    def toggle_active(self) -> None:
        from app.services.accounts import set_active

        user = self.selected()
        if user is not None:
            self._run("active", self._changed, set_active, self.store, self.actor, user.name,
                      not user.active)

    def add_user(self) -> None:
        from app.services.accounts import add_user

        dialog = AddUserDialog(self)

        def send() -> None:
            self._run("add", lambda r: self._child_done(dialog, r), add_user, self.store,
                      self.actor, dialog.name.text().strip(), dialog.chosen_role(),
                      dialog.new.text(), dialog.display.text())

        dialog.accepted_input = send  # type: ignore[method-assign]
        self.child = dialog
        dialog.open()

    def reset_password(self) -> None:
        from app.services.accounts import set_password

        user = self.selected()
        if user is None:
            return
        dialog = PasswordDialog(self.tr("Reset password"), user.name, False, self)

        def send() -> None:
            self._run("reset", lambda r: self._child_done(dialog, r), set_password, self.store,
                      self.actor, user.name, dialog.new.text())

        dialog.accepted_input = send  # type: ignore[method-assign]
        self.child = dialog
        dialog.open()

    def _child_done(self, dialog: PasswordDialog, result: Any) -> None:
        dialog.finish(account_texts.refusal(result) if isinstance(result, Exception) else None)
        if not isinstance(result, Exception):
            self.reload()

    def done(self, result: int) -> None:
        self.jobs.close()
        super().done(result)
