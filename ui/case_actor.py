"""Does what the agent asked for on the open case, in a worker: one case with the
version the pane shows (so a colleague's change in between is never overwritten), or
many cases at once. After each, the case is loaded again, fresh from the store.

Signals:
    acted(int): the case changed (the window refreshes the list and the counts).
    refused(int, str): the action was refused; the message is in the user's language.
    bulk_done(object): the list of per-case results of a bulk action.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from app.domain.errors import DomainError
from ui import action_texts
from ui.jobs import Jobs

if TYPE_CHECKING:
    from app.services.store import Store


def _attempt(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[bool, Any]:
    """(True, what fn gave) or (False, the refusal): a refusal is an answer here, not an
    error."""
    try:
        return True, fn(*args, **kwargs)
    except (DomainError, ValueError, KeyError) as exc:
        return False, exc


class CaseActor(QObject):
    acted = Signal(int)
    refused = Signal(int, str)
    bulk_done = Signal(object)

    def __init__(self, jobs: Jobs, store: Callable[[], Store | None], agent: Callable[[], str],
                 version: Callable[[int], int | None], reload: Callable[[int], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self._store = store
        self._agent = agent
        self._version = version
        self._reload = reload
        self.last_refusal: BaseException | None = None

    def perform(self, case_id: int, specs: Sequence[Mapping[str, Any]], name: str | None = None,
                context: Mapping[str, Any] | None = None) -> None:
        # The services load the store (SQLAlchemy): imported on first use, after the
        # window painted, never when the window's modules load.
        from app.services import case_actions

        self.call(case_id, case_actions.perform, specs, name=name, context=context)

    def call(self, case_id: int, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        """`fn(store, agent, case_id, *args, version=…, **kwargs)` in a worker: any
        service that acts on one case with a version check (a step, a macro …)."""
        self.call_then(case_id, None, fn, *args, **kwargs)

    def call_then(self, case_id: int, then: Callable[[Any], None] | None,
                  fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        """As `call`; `then(what fn gave)` runs on the UI thread when it went through,
        before the case is loaded again (an attach's result per file)."""
        store = self._store()
        if store is None:
            return
        job = self._jobs.job("act")
        job.done.connect(lambda result, cid=case_id: self._done(cid, result, then))
        job.failed.connect(lambda message, _cancel, cid=case_id: self._failed(cid, message))
        job.start(_attempt, fn, store, self._agent(), case_id, *args,
                  version=self._version(case_id), **kwargs)

    def perform_many(self, case_ids: list[int], specs: Any, name: str | None = None,
                     context: dict[str, Any] | None = None) -> None:
        from app.services import case_actions

        self.call_many(case_actions.perform_many, case_ids, specs, name=name, context=context)

    def call_many(self, fn: Callable[..., Any], case_ids: list[int], *args: Any,
                  **kwargs: Any) -> None:
        """`fn(store, agent, case_ids, *args, **kwargs)` in a worker, giving a result per
        case (`bulk_done`): bulk actions and bulk macros alike."""
        store = self._store()
        if store is None or not case_ids:
            return
        job = self._jobs.job("bulk")
        job.done.connect(self._bulk_done)
        job.start(fn, store, self._agent(), case_ids, *args, **kwargs)

    def _done(self, case_id: int, result: tuple[bool, Any],
              then: Callable[[Any], None] | None = None) -> None:
        ok, value = result
        if ok:
            self.last_refusal = None
            if then is not None:
                then(value)
            self.acted.emit(case_id)
        else:
            self.last_refusal = value
            self.refused.emit(case_id, action_texts.describe(value))
        # Either way the pane shows the case as the store has it now.
        self._reload(case_id)

    def _failed(self, case_id: int, message: str) -> None:
        self.refused.emit(case_id, message)
        self._reload(case_id)

    def _bulk_done(self, results: list[Any]) -> None:
        self.bulk_done.emit(results)
