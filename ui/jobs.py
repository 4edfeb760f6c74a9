"""Background work for the window and every dialog: one API, with progress, cancel
and one way of reporting errors.

Blocking service calls run in worker threads; the UI thread only shows results.

- `jobs.job(name)` → a `Job`; connect its signals, then `job.start(fn, *args)`. For
  dialogs: no asyncio loop needed, results come back as queued Qt signals. A service
  that reports progress or can be cancelled gets `progress=job.report` and
  `cancel=job.cancelled`.
- `jobs.start(name, coro)` runs a coroutine as an asyncio task (qasync) and cancels
  the previous task of that name, so a stale search or page never lands;
  `await jobs.run(fn, *args)` runs a blocking call in a worker inside it.

Errors, the same for both: a cancelled job fails with `cancelled=True`; a known error
(`ui.bugs.is_known`: a domain rule, a coded import error, the store or the system)
fails with its message in the user's language; anything else is a bug: logged with
its traceback and shown in a dialog that names the log (`ui.bugs`), and it fails too.

Signals of Jobs:
    busy_changed(int): the number of jobs and tasks under way changed.
    failed(str, str): a job or task ended with an error (name, message).

Signals of Job:
    progress(int, float): rows done so far, fraction done (from `report`).
    done(object): the call's return value.
    failed(str, bool): the message (in the user's language), and whether it was a cancel.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from ui import bugs

T = TypeVar("T")


class Job(QObject):
    progress = Signal(int, float)
    done = Signal(object)
    failed = Signal(str, bool)
    _bug = Signal(str)

    def __init__(self, jobs: Jobs, name: str) -> None:
        super().__init__(jobs)
        self.name = name
        self._jobs = jobs
        self._cancel = threading.Event()
        self._future: concurrent.futures.Future[None] | None = None
        self._running = False
        # Connected first, so every other receiver already sees the job as over.
        self.done.connect(self._over)
        self.failed.connect(self._over)
        self._bug.connect(jobs.show_bug)

    def start(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Job:
        if self._running:
            raise RuntimeError(f"job {self.name} is already running")
        self._cancel.clear()
        self._running = True
        self._jobs._began(self)
        self._future = self._jobs.submit(self._run, fn, args, kwargs)
        if self._future is None:  # closed: nothing runs any more
            self._over()
        return self

    def _run(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        try:
            try:
                result = fn(*args, **kwargs)
            except Exception as exc:
                cancelled = self._cancel.is_set() and bugs.is_known(exc)
                if not cancelled and not bugs.is_known(exc):
                    bugs.log(self._jobs.what(self.name), exc)
                    self._bug.emit(self.name)
                elif not cancelled:
                    bugs.note_known(self._jobs.what(self.name), exc)
                self.failed.emit(bugs.describe(exc), cancelled)
            else:
                self.done.emit(result)
        except RuntimeError:  # the dialog was closed and deleted meanwhile: nobody to tell
            pass

    def _over(self, *_args: object) -> None:
        if self._running:
            self._running = False
            self._jobs._ended(self)

    def report(self, rows: int, fraction: float) -> None:
        """Pass as `progress=` to a service: called from the worker thread."""
        self.progress.emit(rows, fraction)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        """Pass as `cancel=` to a service: True once Cancel was asked for."""
        return self._cancel.is_set()

    def wait_for_cancel(self, timeout: float | None = None) -> bool:
        """Block (in the worker) until Cancel is asked for; True if it was."""
        return self._cancel.wait(timeout)

    def running(self) -> bool:
        """Started and its outcome not yet delivered (on the UI thread)."""
        return self._running

    def wait(self, timeout: float | None = None) -> None:
        if self._future is not None:
            concurrent.futures.wait([self._future], timeout)


class Jobs(QObject):
    busy_changed = Signal(int)
    failed = Signal(str, str)

    def __init__(self, parent: QObject | None = None, workers: int = 3,
                 names: Callable[[str], str] | None = None) -> None:
        """`names` gives a job's name in the user's language (for dialogs and logs)."""
        super().__init__(parent)
        self._pool = concurrent.futures.ThreadPoolExecutor(workers, thread_name_prefix="job")
        self._tasks: dict[str, asyncio.Task[Any]] = {}
        self._jobs: list[Job] = []
        self._names = names
        self._closed = False

    # -- jobs: blocking calls with signals -----------------------------------------------

    def job(self, name: str) -> Job:
        return Job(self, name)

    def submit(self, fn: Callable[..., Any], *args: Any) -> concurrent.futures.Future[Any] | None:
        if self._closed:
            return None
        return self._pool.submit(fn, *args)

    def _began(self, job: Job) -> None:
        self._jobs.append(job)
        self.busy_changed.emit(self.busy)

    def _ended(self, job: Job) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
        if not self._closed:
            self.busy_changed.emit(self.busy)

    def running(self, name: str) -> bool:
        """A job or task of this name is under way."""
        return name in self.names()

    def cancel(self, name: str) -> None:
        for job in self._jobs:
            if job.name == name:
                job.cancel()
        task = self._tasks.get(name)
        if task is not None and not task.done():
            task.cancel()

    # -- tasks: coroutines on the Qt loop --------------------------------------------------

    @property
    def busy(self) -> int:
        return len(self._jobs) + sum(1 for t in self._tasks.values() if not t.done())

    def names(self) -> list[str]:
        return ([n for n, t in self._tasks.items() if not t.done()]
                + [j.name for j in self._jobs])

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
                if not bugs.is_known(exc):
                    bugs.log(self.what(name), exc)
                    self.show_bug(name)
                else:
                    bugs.note_known(self.what(name), exc)
                self.failed.emit(name, bugs.describe(exc))
        if not self._closed:
            self.busy_changed.emit(self.busy)

    async def idle(self) -> None:
        """Wait until no task is under way (tasks started meanwhile included)."""
        while True:
            pending = [t for t in self._tasks.values() if not t.done()]
            if not pending:
                return
            await asyncio.wait(pending)

    # -- bugs and the end ------------------------------------------------------------------

    def what(self, name: str) -> str:
        return self._names(name) if self._names is not None else name

    def show_bug(self, name: str) -> None:
        if not self._closed:
            bugs.show(self.what(name), self.parent())

    def cancel_all(self) -> None:
        for job in self._jobs:
            job.cancel()
        for task in list(self._tasks.values()):
            if not task.done():
                task.cancel()

    def close(self) -> None:
        """Cancel every job and task and stop the workers (on quit)."""
        self._closed = True
        self.cancel_all()
        self._pool.shutdown(wait=False, cancel_futures=True)
