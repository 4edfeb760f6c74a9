"""Watching the real window from inside a bench child (bench/window.py): waiting
for what an agent waits for, through the window's public signals and state only.

    await until(predicate)         poll the event loop until it holds
    await ready(window)            ids and every count loaded, nothing running
    paints = Paints(window)        times each finished paint of the case table
    await paints.real_after(t0)    the first paint after t0 that shows real rows

A paint is timed when the event loop comes back after it (the bare baseline
script does the same), so the time includes drawing the rows, not only asking.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

# Moments seen before a scenario's coroutine first runs, by process age in seconds:
# "first_paint" (MainWindow.first_page_painted), connected by bench/window.py as soon as
# the window exists. Here, not in bench.window: run as `-m`, that module is __main__.
MARKS: dict[str, float | None] = {}


class Timeout(RuntimeError):
    pass


async def until(predicate: Callable[[], bool], timeout: float = 300.0,
                poll: float = 0.001) -> float:
    """Wait until predicate() holds; returns time.perf_counter() when it did."""
    deadline = time.perf_counter() + timeout
    while not predicate():
        if time.perf_counter() > deadline:
            raise Timeout(f"waited {timeout:.0f} s for {getattr(predicate, '__name__', 'it')}")
        await asyncio.sleep(poll)
    return time.perf_counter()


def settled(window: Any) -> bool:
    c = window.controller
    return c.inbox is not None and c.total is not None and bool(c.counts) and not c.jobs.busy


async def ready(window: Any, timeout: float = 600.0) -> float:
    return await until(lambda: settled(window), timeout)


def visible_rows(window: Any) -> range:
    table = window.table
    vp = table.viewport()
    top = table.rowAt(0)
    if top < 0:
        return range(0)
    bottom = table.rowAt(vp.height() - 1)
    if bottom < 0:
        bottom = table.model().rowCount() - 1
    return range(top, bottom + 1)


def shows_real_rows(window: Any) -> bool:
    """Every row in sight holds its case's data (no placeholder), and there is one."""
    model = window.model
    rows = visible_rows(window)
    return len(rows) > 0 and all(model.is_loaded(r) for r in rows)


class Paints:
    """Each finished paint of the case table, as (perf_counter, showed real rows)."""

    def __init__(self, window: Any) -> None:
        from PySide6.QtCore import QTimer

        self.window = window
        self.done: list[tuple[float, bool]] = []
        table = window.table

        def painted() -> None:
            QTimer.singleShot(0, lambda: self.done.append(
                (time.perf_counter(), shows_real_rows(window))))

        table.report_paints = True
        table.painted.connect(painted)

    async def real_after(self, t0: float, timeout: float = 300.0) -> float:
        """When the first paint after t0 showing real rows finished."""
        def seen() -> bool:
            return any(t >= t0 and real for t, real in self.done)

        await until(seen, timeout)
        return next(t for t, real in self.done if t >= t0 and real)

    async def any_after(self, t0: float, timeout: float = 300.0) -> float:
        await until(lambda: any(t >= t0 for t, _ in self.done), timeout)
        return next(t for t, _ in self.done if t >= t0)
