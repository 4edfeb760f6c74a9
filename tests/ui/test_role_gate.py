"""The role gate over the real window: a gated command is shown only to a role that
carries its permission, follows the user who works the window, and a hidden one is
also disabled (its shortcut does nothing)."""

from __future__ import annotations

from PySide6.QtGui import QAction

from app.domain.permissions import Permission
from tests.ui.approvals_helpers import SUPERVISOR
from ui.role_gate import gate, role_gate

WAIT = 10000


def test_a_gated_action_follows_the_role_of_who_works_the_window(qtbot, window) -> None:
    reports = QAction("Reports", window)
    reports.setShortcut("Ctrl+Alt+8")
    users = QAction("Users", window)
    gate(window, reports, Permission.VIEW_REPORTS)
    gate(window, users, Permission.MANAGE_USERS)
    rg = role_gate(window)
    qtbot.waitUntil(lambda: rg.role_of == "lina" and window.jobs.busy == 0, timeout=WAIT)
    assert rg.role == "agent"
    assert not reports.isVisible() and not reports.isEnabled()
    assert reports.shortcut().isEmpty()  # no key while hidden: F1 does not list it
    assert not users.isVisible()

    window.set_agent(SUPERVISOR)
    qtbot.waitUntil(lambda: rg.role_of == SUPERVISOR, timeout=WAIT)
    assert rg.role == "supervisor"
    assert reports.isVisible() and reports.isEnabled()
    assert reports.shortcut().toString() == "Ctrl+Alt+8"
    assert not users.isVisible()  # a supervisor does not manage users
    assert rg.may(Permission.REVEAL_BUYER)

    window.set_agent("lina")
    assert not reports.isVisible()  # hidden at once, before the role is read again
    qtbot.waitUntil(lambda: rg.role_of == "lina", timeout=WAIT)
    assert not reports.isVisible() and not rg.may(Permission.REVEAL_BUYER)


def test_an_action_gated_after_the_role_is_known_shows_at_once(qtbot, window) -> None:
    rg = role_gate(window)
    window.set_agent("admin")
    qtbot.waitUntil(lambda: rg.role_of == "admin", timeout=WAIT)
    users = QAction("Users", window)
    gate(window, users, Permission.MANAGE_USERS)
    assert users.isVisible() and users.isEnabled()
