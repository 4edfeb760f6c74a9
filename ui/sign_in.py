"""The sign-in dialog: who works the window, proved by their password.

Shown at start on a secured store (ui.app) before any case is on screen, and again
after File → Sign out. The name is typed or picked from the store's active accounts;
Enter signs in, Esc quits. Repeated wrong passwords lock the account for a while
(app.domain.accounts): the wait is shown in words and counts down. "Remember me on
this computer" is offered only where one person works the store: its token is kept
in this computer's settings, its hash in the store; signing out forgets it.

The store is opened and the password checked in workers (ui.jobs); argon2 takes a
noticeable fraction of a second.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.jobs import Jobs

if TYPE_CHECKING:
    from app.domain.accounts import Principal
    from app.services.accounts import StartInfo

PREFIX = "sign_in/"
MAX_PASSWORD = 1024  # app.domain.accounts.MAX_PASSWORD: longer is refused unhashed


def _key(store_id: str) -> str:
    return PREFIX + hashlib.sha1(store_id.encode("utf-8")).hexdigest()[:16]


def remembered_token(settings: QSettings, store_id: str) -> tuple[str, str] | None:
    value = str(settings.value(_key(store_id)) or "")
    name, _sep, token = value.partition("\n")
    return (name, token) if name and token else None


def keep_token(settings: QSettings, store_id: str, name: str, token: str | None) -> None:
    if token:
        settings.setValue(_key(store_id), f"{name}\n{token}")
    else:
        settings.remove(_key(store_id))
    settings.sync()


def role_word(role: str) -> str:
    words = {"agent": QCoreApplication.translate("SignIn", "agent"),
             "supervisor": QCoreApplication.translate("SignIn", "supervisor"),
             "admin": QCoreApplication.translate("SignIn", "admin")}
    return words.get(role, role)


def wait_words(seconds: int) -> str:
    if seconds >= 60:
        return QCoreApplication.translate(
            "SignIn", "Too many wrong passwords. Try again in %1 min %2 s.").replace(
            "%1", str(seconds // 60)).replace("%2", str(seconds % 60))
    if seconds == 1:
        return QCoreApplication.translate(
            "SignIn", "Too many wrong passwords. Try again in 1 second.")
    return QCoreApplication.translate(
        "SignIn", "Too many wrong passwords. Try again in %1 seconds.").replace(
        "%1", str(seconds))


def refusal_words(reason: str, wait: int) -> str:
    if reason == "locked" or wait:
        return wait_words(wait)
    if reason == "disabled":
        return QCoreApplication.translate(
            "SignIn", "This account is disabled. An admin can enable it.")
    if reason == "no_password":
        return QCoreApplication.translate(
            "SignIn", "This account has no password yet. An admin can set one.")
    if reason == "too_long":
        return QCoreApplication.translate("SignIn", "A password is at most 1024 characters.")
    return QCoreApplication.translate("SignIn", "Unknown user name or wrong password.")


def _attempt(store: Any, name: str, password: str, remember: bool) -> Any:
    """In a worker: the principal and a remember-me token (or None), or the refusal."""
    from app.services import accounts

    try:
        who = accounts.sign_in(store, name, password)
    except accounts.SignInRefused as exc:
        return exc
    return who, (accounts.remember(store, who.name) if remember else None)


class SignInDialog(QDialog):
    """`store` is an open store, or a callable opening one (in a worker). After
    `accepted`, `principal` is who signed in."""

    def __init__(self, store: Any, settings: QSettings, store_id: str, name: str = "",
                 parent: QWidget | None = None, try_password: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in"))
        self.settings = settings
        self.store_id = store_id
        self.store: Any = None if callable(store) else store
        self.info: StartInfo | None = None
        self.principal: Principal | None = None
        self.jobs = Jobs(self, workers=1)
        self.wait_left = 0
        self.busy = False

        self.intro = QLabel(self.tr("Sign in to work in this store: every action is "
                                    "recorded under your name."), self)
        self.intro.setWordWrap(True)
        self.name = QComboBox(self)
        self.name.setObjectName("signInName")
        self.name.setEditable(True)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name.setEditText(name)
        line = self.name.lineEdit()
        line.setMaxLength(64)
        line.setPlaceholderText(self.tr("Your user name"))
        self.password = QLineEdit(self)
        self.password.setObjectName("signInPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(MAX_PASSWORD + 1)
        self.remember = QCheckBox(self.tr("Remember me on this computer"), self)
        self.remember.setObjectName("rememberMe")
        self.remember.setVisible(False)
        self.message = QLabel(self)
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(self.tr("Sign in"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        self.quit = self.buttons.addButton(self.tr("Quit"),
                                           QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.name)
        form.addRow(self.tr("Password"), self.password)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(form)
        lay.addWidget(self.remember)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        self.message.setVisible(False)
        self.resize(460, 200)
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)
        self.name.editTextChanged.connect(lambda _t: self._name_changed())
        self.password.textChanged.connect(lambda _t: self._update())
        self.ready: Callable[[], None] = lambda: None
        self._prepare(store, name, try_password)
        self._update()

    # -- opening -------------------------------------------------------------------
    def _prepare(self, store: Any, name: str, try_password: str) -> None:
        """Open the store; with `try_password` (AFTERSALES_PASSWORD with --user) sign
        `name` in at once, a wrong one counted and shown like any other."""
        from app.services.accounts import start_info

        token = remembered_token(self.settings, self.store_id)

        def run() -> Any:
            opened = store() if callable(store) else store
            info = start_info(opened, token)
            tried = (_attempt(opened, name, try_password, False)
                     if try_password and name and info.secured and info.remembered is None
                     else None)
            return opened, info, tried

        self.busy = True
        self._say(self.tr("Opening the store…"))
        job = self.jobs.job("open")
        job.done.connect(self._prepared)
        job.failed.connect(self._failed)
        job.start(run)

    def _prepared(self, result: tuple[Any, StartInfo, Any]) -> None:
        self.store, self.info, tried = result
        self.busy = False
        self._say("")
        typed = self.name.currentText()
        self.name.clear()
        for name, display, role in self.info.accounts:
            shown = name if display == name else f"{display} ({name})"
            self.name.addItem(f"{shown} · {role_word(role)}", name)
        wanted = typed or (self.info.accounts[0][0] if self.info.one_person else "")
        index = self.name.findData(wanted)
        if index >= 0:
            self.name.setCurrentIndex(index)
        else:
            self.name.setEditText(wanted)
        self.remember.setVisible(self.info.secured and self.info.one_person)
        if self.info.remembered is not None:
            self.principal = self.info.remembered
        elif isinstance(tried, tuple):
            self.principal = tried[0]
        elif tried is not None:
            self._refused(tried)
        (self.password if self.chosen_name() else self.name).setFocus()
        self._update()
        self.ready()

    def _failed(self, message: str, _cancelled: bool) -> None:
        self.busy = False
        self._say(message)
        self._update()
        self.ready()

    # -- signing in ------------------------------------------------------------------
    def chosen_name(self) -> str:
        text = self.name.currentText().strip()
        index = self.name.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            return str(self.name.itemData(index))
        return text

    def _name_changed(self) -> None:
        if self.wait_left:  # the lock was another account's
            self.wait_left = 0
            self.ticker.stop()
            self._say("")
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(not self.busy and self.store is not None and not self.wait_left
                           and bool(self.chosen_name()) and bool(self.password.text()))

    def accept(self) -> None:
        if self.principal is not None:
            super().accept()
            return
        if not self.ok.isEnabled():
            return
        self.busy = True
        self._update()
        self._say(self.tr("Checking the password…"))
        job = self.jobs.job("sign_in")
        job.done.connect(self._answered)
        job.failed.connect(self._failed)
        job.start(_attempt, self.store, self.chosen_name(), self.password.text(),
                  self.remember.isVisible() and self.remember.isChecked())

    def _answered(self, result: Any) -> None:
        from app.domain.accounts import SignInRefused

        self.busy = False
        if isinstance(result, SignInRefused):
            self._refused(result)
            return
        self.principal, token = result
        assert self.principal is not None
        keep_token(self.settings, self.store_id, self.principal.name, token)
        self._say("")
        super().accept()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _refused(self, refusal: Any) -> None:
        self.password.clear()
        self.password.setFocus()
        self.wait_left = refusal.wait
        self._say(refusal_words(refusal.reason, refusal.wait))
        if self.wait_left:
            self.ticker.start()
        self._update()

    def _tick(self) -> None:
        self.wait_left = max(0, self.wait_left - 1)
        if self.wait_left:
            self._say(wait_words(self.wait_left))
        else:
            self.ticker.stop()
            self._say(self.tr("You can try again now."))
        self._update()

    def done(self, result: int) -> None:
        self.ticker.stop()
        super().done(result)


def sign_in_at_start(open_store: Callable[[], Any], settings: QSettings, store_id: str,
                     name: str = "", try_password: str = "") -> tuple[str, Principal | None]:
    """Before the window: ("unsecured", None) when nobody signs in; ("signed_in", who);
    ("quit", None) when the user closed the dialog. A store remembered for its one
    person signs them in without asking."""
    from PySide6.QtCore import QEventLoop

    dialog = SignInDialog(open_store, settings, store_id, name, try_password=try_password)
    waiting = QEventLoop()
    dialog.ready = waiting.quit
    if dialog.busy:
        waiting.exec()
    info = dialog.info
    try:
        if info is None:  # the store did not open: the dialog says why
            dialog.exec()
            return "quit", None
        if not info.secured:
            return "unsecured", None
        if dialog.principal is not None:  # remembered, or AFTERSALES_PASSWORD
            return "signed_in", dialog.principal
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.principal is not None:
            return "signed_in", dialog.principal
        return "quit", None
    finally:
        if dialog.store is not None:
            dialog.store.close()
        dialog.jobs.close()
