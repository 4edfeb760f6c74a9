"""Shows the window's commands only to a role that may use them: `gate(window, action,
Permission)` hides a QAction (or a widget) unless the signed-in user's role carries the
permission, and follows when someone else works the window.

The role is the store's answer (`app.services.access.role`), read in a worker when the
store opens, when the user changes and each time the view counts are (every 60 s and
after each action), so a role changed elsewhere reaches the window too. Until it is
known, a gated command is hidden: showing it to an agent for a moment would offer what
the services refuse anyway. The services check every call themselves; hiding is only
so nobody is offered a command they cannot use. A hidden action is disabled and loses
its keys until it is shown again (F1 lists it only then).

Signals of RoleGate:
    role_changed(str): the signed-in user's role is now known ("" for none).
    applied(): what the gate shows was just set again (a role read, or a new user whose
        role is not known yet); a part that shows more than one command follows it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence

from app.domain.permissions import Permission, allowed

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.main_window import MainWindow


def read_role(store: Any, user: str) -> str:
    """The role of `user` in the store ("" for an unknown or disabled account)."""
    from app.services import access  # load the store: in the worker only

    return access.role(store, user) or ""


class RoleGate(QObject):
    role_changed = Signal(str)
    applied = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.role = ""
        self.role_of = ""  # whose role `role` is
        self.gated: list[tuple[QAction | QWidget, Permission]] = []
        # a gated action's keys, taken away while it is hidden: F1 lists no command the
        # user cannot use, and the key is free of it
        self.keys: dict[QAction, list[QKeySequence]] = {}
        c = window.controller
        c.store_opened.connect(self.refresh)
        c.counts_loaded.connect(self.refresh)
        c.saved_loaded.connect(self._user_may_have_changed)

    def may(self, permission: Permission) -> bool:
        """Whether the signed-in user's role, as last read, carries `permission`."""
        return self.role_of == self.window.user and allowed(self.role, permission)

    def add(self, target: QAction | QWidget, permission: Permission) -> None:
        if isinstance(target, QAction):
            self.keys[target] = target.shortcuts()
        self.gated.append((target, permission))
        self._show(target, permission)

    def refresh(self) -> None:
        """Read the signed-in user's role again (in a worker) and show what it allows."""
        inbox = self.window.inbox
        jobs = self.window.jobs
        if inbox is None or jobs.running("role_gate"):
            return
        user = self.window.user
        job = jobs.job("role_gate")
        job.done.connect(lambda role: self._role_read(user, role))
        job.start(read_role, inbox.store, user)

    def _user_may_have_changed(self) -> None:
        if self.role_of != self.window.user:
            self._apply()  # hide at once what the last user could do
            self.refresh()

    def _role_read(self, user: str, role: str) -> None:
        if user != self.window.user:  # someone else took the window meanwhile: ask again
            self.refresh()
            return
        changed = (user, role) != (self.role_of, self.role)
        self.role, self.role_of = role, user
        self._apply()
        if changed:
            self.role_changed.emit(role)

    def _apply(self) -> None:
        for target, permission in self.gated:
            self._show(target, permission)
        self.applied.emit()

    def _show(self, target: QAction | QWidget, permission: Permission) -> None:
        shown = self.may(permission)
        target.setVisible(shown)
        if isinstance(target, QAction):
            target.setEnabled(shown)
            target.setShortcuts(self.keys.get(target, []) if shown else [])


def role_gate(window: MainWindow) -> RoleGate:
    """The window's one gate, made on first use."""
    found = getattr(window, "role_gate", None)
    if found is None:
        found = RoleGate(window)
        window.role_gate = found  # type: ignore[attr-defined]
        found.refresh()
    return found


def gate(window: MainWindow, target: QAction | QWidget, permission: Permission) -> None:
    """Show `target` only while the signed-in user's role carries `permission`."""
    role_gate(window).add(target, permission)
