"""Wires signing in into the main window: the File menu says who is signed in with
their role and offers Sign out… (the sign-in dialog again), Change password… and, for
admins, Users…; the status bar shows the role, or that no passwords are set.

On a secured store "Change who I am…" (Ctrl+Shift+U) becomes Sign out…: working as
someone else takes their password. The role is the store's answer, read in a worker
each time the store opens or someone else signs in.

`install(window)` is called by the main window once its actions are built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox

if TYPE_CHECKING:
    from app.domain.accounts import Principal
    from ui.main_window import MainWindow

PASSWORD_KEY = "Ctrl+Alt+K"
USERS_KEY = "Ctrl+Alt+U"


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
        menu = window.file_menu
        self.first = menu.actions()[0] if menu.actions() else None
        # Who is signed in: a section heading, not a command (it has nothing to do).
        self.info_action = menu.insertSection(self.first, "")  # type: ignore[arg-type]
        self.info_action.setObjectName("signedInAction")
        self.password_action = self._action("changePasswordAction", self.change_password)
        self.users_action = self._action("usersAction", self.show_users)
        # On a secured store "Change who I am…" (its key) becomes Sign out…: working
        # as someone else takes their password.
        window.who_action.triggered.disconnect()
        window.who_action.triggered.connect(lambda _c=False: self._who_or_sign_out())
        self.role_label = QLabel(window)
        self.role_label.setObjectName("roleLabel")
        window.statusBar().addPermanentWidget(self.role_label)
        window.controller.store_opened.connect(self.refresh)
        window.installEventFilter(self)
        self._show()
        if window.inbox is not None:  # a window given its store (tests, screenshots)
            QTimer.singleShot(0, self, self.refresh)

    def _action(self, name: str, slot: Any) -> QAction:
        act = QAction(self.window)
        act.setObjectName(name)
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(lambda _c=False: slot())
        self.window.addAction(act)
        return act

    def _offer(self, action: QAction, key: str, on: bool) -> None:
        """In the File menu with its key, or neither: every menu command has a key
        that works (tests/ui/test_shortcuts.py), and a hidden one would do nothing."""
        menu = self.window.file_menu
        if on and action not in menu.actions():
            menu.insertAction(self.first, action)  # type: ignore[arg-type]
        elif not on and action in menu.actions():
            menu.removeAction(action)
        action.setShortcut(QKeySequence(key) if on else QKeySequence())
        action.setEnabled(on)
        action.setVisible(on)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.window and event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self, self._show)  # after the window's own retranslate
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
        import shiboken6

        from ui.sign_in import role_word

        if not shiboken6.isValid(self.info_action):
            return  # a retranslate queued by a window already torn down
        w = self.window
        name = w.user if self.display == w.user else f"{self.display} ({w.user})"
        role = role_word(self.role) if self.role else QCoreApplication.translate(
            "SignInWork", "not a known user")
        self.info_action.setText(QCoreApplication.translate(
            "SignInWork", "Signed in as %1 · %2").replace("%1", name)
                                 .replace("%2", role))
        self.info_action.setVisible(self.secured)
        self.password_action.setText(QCoreApplication.translate("SignInWork", "Change password…"))
        self.users_action.setText(QCoreApplication.translate("SignInWork", "Users…"))
        self._offer(self.password_action, PASSWORD_KEY, self.secured)
        self._offer(self.users_action, USERS_KEY, self.role == "admin")
        if self.secured:
            w.who_action.setText(QCoreApplication.translate("SignInWork", "Sign out…"))
            self.role_label.setText(QCoreApplication.translate(
                "SignInWork", "Role: %1").replace("%1", role))
            self.role_label.setToolTip("")
            self.role_label.setProperty("role", "")
        else:
            self.role_label.setText(QCoreApplication.translate("SignInWork", "No passwords set"))
            self.role_label.setToolTip(QCoreApplication.translate("SignInWork",
                "No account has a password yet: anyone can work under any name. An admin "
                "can add accounts with passwords (users add, or File → Users…)."))
            self.role_label.setProperty("role", "warning")

    def _who_or_sign_out(self) -> None:
        if self.secured:
            self.sign_out()
        else:
            self.window.ask_who_am_i()

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
        dialog = PasswordDialog(QCoreApplication.translate(
            "SignInWork", "Change password"), w.user, True, w)

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
        title = QCoreApplication.translate("SignInWork", "Change password")
        text = QCoreApplication.translate("SignInWork", "Your password is changed.")
        box = QMessageBox(QMessageBox.Icon.Information, title, text,
                          QMessageBox.StandardButton.Ok, self.window)
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
