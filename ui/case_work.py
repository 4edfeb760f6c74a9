"""Wires acting on cases into the window: the pane's action bar (and the Handle and
Reply tabs) to a `CaseActor`, and what the window does after an action."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.services import case_actions
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
    # The list and the counts show the change too (the open case stays selected).
    actor.acted.connect(lambda _id: window.refresh())
    actor.refused.connect(lambda _id, message: pane.show_notice(message))

    def load_users() -> None:
        s = store()
        if s is None:
            return
        job = window.jobs.job("users")
        job.done.connect(lambda users: pane.set_agent(window.user, users))
        job.start(case_actions.assignable_users, s)

    window.controller.store_opened.connect(load_users)
    load_users()
    window.case_actor = actor  # type: ignore[attr-defined]
    from ui import bulk_work

    bulk_work.install(window)
    return actor
