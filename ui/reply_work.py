"""Wires the Reply tab into the window: a tab of the case pane whose "mark as sent" and
macros go through the window's `CaseActor` (a worker, with the version the pane shows),
and whose templates the Handle tab's suggestions open.

`install(window, actor)` is called once the pane and its actor exist (`ui.case_work`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ui import i18n
from ui.reply_tab import ReplyTab

if TYPE_CHECKING:
    from ui.case_actor import CaseActor
    from ui.main_window import MainWindow


def install(window: MainWindow, actor: CaseActor, index: int = 1) -> ReplyTab:
    pane = window.pane

    def store() -> Any:
        return window.inbox.store if window.inbox is not None else None

    tab = ReplyTab(store(), pane)
    tab.set_agent(window.user)
    tab.shortcut_host = window
    pane.add_case_tab(tab, lambda: QCoreApplication.translate("ReplyTab", "Reply"), index)
    pane.reply_tab = tab  # type: ignore[attr-defined]

    def store_opened() -> None:
        tab.set_agent(window.user)
        tab.set_store(store())
        tab.reload_macros()
        _name_templates(window, tab)

    window.controller.store_opened.connect(store_opened)
    tab.sent.connect(lambda key, text: pane.case_id is not None
                     and actor.call(pane.case_id, _record_sent, key, text))
    tab.macro_requested.connect(lambda key, typed: pane.case_id is not None
                                and actor.call(pane.case_id, _run_macro, key,
                                               typed=typed, lang=i18n.current_language()))
    tab.templates_changed.connect(lambda: _name_templates(window, tab))
    handle = getattr(pane, "handle_tab", None)
    if handle is not None:
        handle.template_suggested.connect(lambda key: _open_template(pane, tab, key))
    if store() is not None:
        tab.reload_macros()
        _name_templates(window, tab)
    return tab


# The services load the store (SQLAlchemy): imported when first used, in a worker,
# never while the window is built before its first paint.
def _record_sent(*args: Any, **kwargs: Any) -> Any:
    from app.services import templates

    return templates.record_sent(*args, **kwargs)


def _run_macro(*args: Any, **kwargs: Any) -> Any:
    from app.services import macros

    return macros.run_macro(*args, **kwargs)


def _open_template(pane: Any, tab: ReplyTab, key: str) -> None:
    pane.tabs.setCurrentWidget(tab)
    tab.choose(key)


def _name_templates(window: MainWindow, tab: ReplyTab) -> None:
    """The Handle tab names a suggested reply by its title."""
    handle = getattr(window.pane, "handle_tab", None)
    if handle is None or tab.store is None:
        return
    lang = i18n.current_language()
    from app.services import templates as tpl

    handle.set_template_titles({t.key: t.title_in(lang) for t in tpl.templates(tab.store)})
