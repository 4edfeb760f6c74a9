"""Background work for the window: asyncio tasks on the Qt loop (qasync), blocking
calls in worker threads.

`Jobs.start(name, coro)` runs a coroutine as a task and replaces (cancels) the
previous task of the same name, so a stale search or a stale page never lands;
`await jobs.run(fn, *args)` runs a blocking service call in a worker thread.

Signals:
    busy_changed(int): the number of tasks under way changed.
    failed(str, str): a task ended with an exception (name, message).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import sys
import traceback
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from ui.store_texts import describe

T = TypeVar("T")


class Jobs(QObject):
    busy_changed = Signal(int)
    failed = Signal(str, str)

    def __init__(self, parent: QObject | None = None, workers: int = 3) -> None:
        super().__init__(parent)
        self._pool = concurrent.futures.ThreadPoolExecutor(workers, thread_name_prefix="db")
        self._tasks: dict[str, asyncio.Task[Any]] = {}
        self._closed = False

    @property
    def busy(self) -> int:
        return sum(1 for t in self._tasks.values() if not t.done())

    def names(self) -> list[str]:
        return [n for n, t in self._tasks.items() if not t.done()]

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """Run a blocking call in a worker thread; await its result on the UI thread."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, fn, *args)

    def start(self, name: str, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any] | None:
        """Run `coro` as the task `name`, cancelling an earlier task of that name."""
        if self._closed:
            coro.close()
            return None
        old = self._tasks.pop(name, None)
        if old is not None and not old.done():
            old.cancel()
        loop = asyncio.get_event_loop()
        task = loop.create_task(coro, name=name)
        self._tasks[name] = task
        task.add_done_callback(lambda t, n=name: self._done(n, t))
        self.busy_changed.emit(self.busy)
        return task

    def _done(self, name: str, task: asyncio.Task[Any]) -> None:
        if self._tasks.get(name) is task:
            del self._tasks[name]
        if not task.cancelled():
            exc = task.exception()
            if exc is not None:
                text = "".join(traceback.format_exception(exc))
                sys.stderr.write(f"background task {name} failed:\n{text}")
                self.failed.emit(name, describe(exc))
        if not self._closed:
            self.busy_changed.emit(self.busy)

    async def idle(self) -> None:
        """Wait until no task is under way (tasks started meanwhile included)."""
        while True:
            pending = [t for t in self._tasks.values() if not t.done()]
            if not pending:
                return
            await asyncio.wait(pending)

    def cancel_all(self) -> None:
        for task in list(self._tasks.values()):
            if not task.done():
                task.cancel()

    def close(self) -> None:
        """Cancel every task and stop the workers (on quit)."""
        self._closed = True
        self.cancel_all()
        self._pool.shutdown(wait=False, cancel_futures=True)
