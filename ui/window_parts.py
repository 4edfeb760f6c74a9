"""The parts of the main window that wire themselves in once its actions are built:
each module's `install(window)` adds its menus, actions and panes. A new part goes
here, not into the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    from ui import (
        about,
        approvals_work,
        archive_banner,
        case_work,
        history_work,
        library_gates,
        reports_work,
        reveal_work,
        sign_in_work,
    )

    case_work.install(window)
    approvals_work.install(window)
    sign_in_work.install(window)
    reveal_work.install(window)
    library_gates.install(window)
    reports_work.install(window)
    history_work.install(window)
    about.install(window)
    archive_banner.install(window)  # last: it disables the others' writing controls
