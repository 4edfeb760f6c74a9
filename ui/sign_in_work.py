"""Wires signing in into the main window: the File menu says who is signed in with
their role and offers Sign out… (the sign-in dialog again), Change password… and, for
admins, Users…; the status bar shows the role, or that no passwords are set.

On a secured store "Change who I am…" is taken away: working as someone else takes
their password. The role is the store's answer, read in a worker each time the store
opens or someone else signs in.

`install(window)` is called by the main window once its actions are built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox

if TYPE_CHECKING:
    from app.domain.accounts import Principal
    from ui.main_window import MainWindow

SIGN_OUT_KEY = "Ctrl+Alt+L"
CTX = "SignInWork"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def _state(store: Any, user: str) -> tuple[bool, str | None, str]:
    """In a worker: (secured, the user's role, their display name)."""
    from app.services import accounts

    who = accounts.principal(store, user)
    return accounts.secured(store), who.role if who else None, who.display if who else user


class SignInWork(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.secured = False
        self.role: str | None = None
        self.display = window.user
        self.dialog: Any = None
        self.info_action = QAction(window)
        self.info_action.setObjectName("signedInAction")
        self.info_action.setEnabled(False)
        self.sign_out_action = QAction(window)
        self.sign_out_action.setObjectName("signOutAction")
        self.sign_out_action.setShortcut(QKeySequence(SIGN_OUT_KEY))
        self.sign_out_action.triggered.connect(self.sign_out)
        self.password_action = QAction(window)
        self.password_action.setObjectName("changePasswordAction")
        self.password_action.triggered.connect(self.change_password)
        self.users_action = QAction(window)
        self.users_action.setObjectName("usersAction")
        self.users_action.triggered.connect(self.show_users)
        menu = window.file_menu
        first = menu.actions()[0] if menu.actions() else None
        for act in (self.info_action, self.sign_out_action, self.password_action,
                    self.users_action):
            menu.insertAction(first, act)  # type: ignore[arg-type]
        menu.insertSeparator(first)  # type: ignore[arg-type]
        self.role_label = QLabel(window)
        self.role_label.setObjectName("roleLabel")
        window.statusBar().addPermanentWidget(self.role_label)
        window.controller.store_opened.connect(self.refresh)
        window.installEventFilter(self)
        self._show()
        if window.inbox is not None:  # a window given its store (tests, screenshots)
            QTimer.singleShot(0, self.refresh)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.window and event.type() == QEvent.Type.LanguageChange:
            self._show()
        return False

    # -- what the window shows --------------------------------------------------------
    def refresh(self) -> None:
        inbox = self.window.inbox
        if inbox is None:
            return
        job = self.window.jobs.job("sign_in_state")
        job.done.connect(self._got_state)
        job.start(_state, inbox.store, self.window.user)

    def _got_state(self, state: tuple[bool, str | None, str]) -> None:
        self.secured, self.role, self.display = state
        self._show()

    def _show(self) -> None:
        from ui.sign_in import role_word

        w = self.window
        name = w.user if self.display == w.user else f"{self.display} ({w.user})"
        role = role_word(self.role) if self.role else _tr("not a known user")
        self.info_action.setText(_tr("Signed in as %1 · %2").replace("%1", name)
                                 .replace("%2", role))
        self.info_action.setVisible(self.secured)
        self.sign_out_action.setText(_tr("Sign out…"))
        self.password_action.setText(_tr("Change password…"))
        self.users_action.setText(_tr("Users…"))
        for act in (self.sign_out_action, self.password_action):
            act.setVisible(self.secured)
            act.setEnabled(self.secured)
        admin = self.role == "admin"
        self.users_action.setVisible(admin)
        self.users_action.setEnabled(admin)
        # Working as someone else takes their password once passwords are set.
        w.who_action.setVisible(not self.secured)
        w.who_action.setEnabled(not self.secured)
        if self.secured:
            self.role_label.setText(_tr("Role: %1").replace("%1", role))
            self.role_label.setToolTip("")
            self.role_label.setProperty("role", "")
        else:
            self.role_label.setText(_tr("No passwords set"))
            self.role_label.setToolTip(_tr(
                "No account has a password yet: anyone can work under any name. An admin "
                "can add accounts with passwords (users add, or File → Users…)."))
            self.role_label.setProperty("role", "warning")

    # -- actions ------------------------------------------------------------------------
    def sign_out(self) -> None:
        """Forget this computer's remembered sign-in, hide the window, ask again."""
        from ui.sign_in import SignInDialog, keep_token

        w = self.window
        if w.inbox is None or not self.secured:
            return
        from app.services.accounts import forget

        store = w.inbox.store
        w.jobs.job("sign_out").start(forget, store, w.user)
        keep_token(w.settings, w.store_id, w.user, None)
        w.hide()
        dialog = SignInDialog(store, w.settings, w.store_id)
        dialog.accepted.connect(lambda: self._signed_in(dialog.principal))
        dialog.rejected.connect(w.close)
        self.dialog = dialog
        dialog.open()

    def _signed_in(self, who: Principal | None) -> None:
        from ui import who_am_i

        if who is None:
            return
        who_am_i.work_as(self.window, who.name)
        self.window.show()
        self.refresh()

    def change_password(self) -> None:
        from ui import account_texts
        from ui.account_dialogs import PasswordDialog

        w = self.window
        if w.inbox is None:
            return
        from app.services.accounts import change_own_password

        store = w.inbox.store
        dialog = PasswordDialog(_tr("Change password"), w.user, True, w)

        def send() -> None:
            assert dialog.current is not None
            job = w.jobs.job("change_password")
            job.done.connect(lambda r: self._password_changed(dialog, r))
            job.start(account_texts.call, change_own_password, store, w.user,
                      dialog.current.text(), dialog.new.text())

        dialog.accepted_input = send  # type: ignore[method-assign]
        self.dialog = dialog
        dialog.open()

    def _password_changed(self, dialog: Any, result: Any) -> None:
        from ui import account_texts
        from ui.sign_in import keep_token

        if isinstance(result, Exception):
            dialog.finish(account_texts.refusal(result))
            return
        dialog.finish(None)
        # The store forgot a remembered sign-in with the old password; so does this computer.
        keep_token(self.window.settings, self.window.store_id, self.window.user, None)
        box = QMessageBox(QMessageBox.Icon.Information, _tr("Change password"),
                          _tr("Your password is changed."), QMessageBox.StandardButton.Ok,
                          self.window)
        self.dialog = box
        box.open()

    def show_users(self) -> None:
        from ui.users_dialog import UsersDialog

        w = self.window
        if w.inbox is None or self.role != "admin":
            return
        dialog = UsersDialog(w.inbox.store, w.user, w)
        self.dialog = dialog
        dialog.open()


def install(window: MainWindow) -> None:
    window.sign_in_work = SignInWork(window)  # type: ignore[attr-defined]
