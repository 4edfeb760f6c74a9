"""The parts of the main window that wire themselves in once its actions are built:
each module's `install(window)` adds its menus, actions and panes. A new part goes
here, not into the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    from ui import approvals_work, case_work, history_work

    case_work.install(window)
    approvals_work.install(window)
    history_work.install(window)
