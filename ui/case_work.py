"""Wires acting on cases into the window: the pane's action bar (and the Handle and
Reply tabs) to a `CaseActor`, and what the window does after an action."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ui.case_actor import CaseActor

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def install(window: MainWindow) -> CaseActor:
    pane = window.pane

    def store() -> Any:
        return window.inbox.store if window.inbox is not None else None

    def version(case_id: int) -> int | None:
        d = pane.detail
        return int(d["version"]) if d is not None and d.get("id") == case_id else None

    actor = CaseActor(window.jobs, store, lambda: window.user, version,
                      window.controller.open_case, window)
    pane.act.connect(lambda specs, name: pane.case_id is not None
                     and actor.perform(pane.case_id, specs, name))
    pane.set_agent(window.user)
    # The row shows the change and the counts follow; the list keeps its order and the
    # agent's place in it until the next reload (a case does not jump away mid-work).
    actor.acted.connect(lambda _id: (window.model.invalidate(),
                                     window.controller.refresh_counts()))
    actor.refused.connect(lambda _id, message: pane.show_notice(message))
    pane.actions.priority.connect(lambda on: pane.case_id is not None
                                  and actor.call(pane.case_id, _priority_shipping, on))

    def load_users() -> None:
        s = store()
        if s is None:
            return
        job = window.jobs.job("users")
        job.done.connect(lambda users: pane.set_agent(window.user, users))
        from app.services import case_actions

        job.start(case_actions.assignable_users, s)

    window.controller.store_opened.connect(load_users)
    load_users()
    _handle_tab(window, actor)
    _reply_tab_when_the_store_is_open(window, actor)
    window.case_actor = actor  # type: ignore[attr-defined]
    from ui import bulk_work

    bulk_work.install(window)
    return actor


def _handle_tab(window: MainWindow, actor: CaseActor) -> None:
    from ui.handle_tab import HandleTab

    pane = window.pane
    tab = HandleTab(pane)
    tab.setObjectName("handleTab")
    pane.add_case_tab(tab, lambda: QCoreApplication.translate("CasePane", "Handle"), index=0)
    pane.tabs.setCurrentIndex(0)
    pane.handle_tab = tab  # type: ignore[attr-defined]

    def step(key: str, answer: object, undo: bool) -> None:
        from app.services import playbooks  # loads the store: not before the first paint

        if pane.case_id is not None:
            actor.call(pane.case_id, playbooks.tick, key, answer=answer, undo=undo)

    tab.step_toggled.connect(step)
    tab.status_suggested.connect(lambda status: pane.act.emit(
        [{"do": "status", "to": status}], None))


def _reply_tab_when_the_store_is_open(window: MainWindow, actor: CaseActor) -> None:
    """The Reply, Evidence and Actions tabs read the template library, the case's files
    and its money through the services, which load the store (SQLAlchemy): built once the store is
    open, so never before the first paint."""
    def install() -> None:
        if getattr(window.pane, "reply_tab", None) is None:
            from ui import reply_work

            reply_work.install(window, actor)
        if getattr(window.pane, "evidence_tab", None) is None:
            from ui import evidence_work

            evidence_work.install(window, actor)
        if getattr(window.pane, "actions_tab", None) is None:
            from ui import actions_work

            actions_work.install(window, actor)

    if window.inbox is not None:
        install()
    else:
        window.controller.store_opened.connect(install)


def _priority_shipping(store: Any, agent: str, case_id: int, on: bool,
                       version: int | None = None) -> bool:
    from app.services import urged

    # A flag on the order's parcels, not the case's state: no version to check.
    return urged.set_priority_shipping(store, agent, case_id, on)


def agent_changed(window: MainWindow) -> None:
    """Someone else works the window now: what the pane offers follows (Claim …)."""
    window.pane.set_agent(window.user)
    reply = getattr(window.pane, "reply_tab", None)
    if reply is not None:
        reply.set_agent(window.user)
    actions = getattr(window.pane, "actions_tab", None)
    if actions is not None:
        actions.reload()  # the limits are the agent's: a supervisor has no threshold
