"""Hides the library's editing from a role that may not edit it (EDIT_LIBRARY): the
Reply tab's "Edit templates…" and the macro menu's "Edit macros…". Reading the
templates and running the macros stay everyone's; the services refuse an edit anyway.

The Reply tab is built once the store is open (`ui.case_work`), so its commands are
gated then. `install(window)` is called from `ui.window_parts`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.permissions import Permission
from ui.role_gate import gate

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    gated: list[object] = []

    def gate_reply_tab() -> None:
        tab = getattr(window.pane, "reply_tab", None)
        if tab is None or tab in gated:
            return
        gated.append(tab)
        gate(window, tab.edit_button, Permission.EDIT_LIBRARY)
        gate(window, tab.macro_menu.edit_action, Permission.EDIT_LIBRARY)

    window.controller.store_opened.connect(gate_reply_tab)
    gate_reply_tab()
