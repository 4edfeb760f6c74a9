"""Start-up scenarios: the first painted page, and the window ready to use."""

from __future__ import annotations

from typing import Any

from bench import probe
from bench.bare import process_age


async def first_paint(window: Any) -> dict[str, Any]:
    """Once the case table painted its first page of cases: `elapsed_s` is the
    process's age at that paint (bench/window.py marks it)."""
    await probe.until(lambda: "first_paint" in probe.MARKS)
    return {"elapsed_s": probe.MARKS["first_paint"], "rows": window.model.rowCount(),
            "quick_start": window.controller.prefilled}


async def idle(window: Any) -> dict[str, Any]:
    """Ids and every count loaded, nothing running; the window is closed first, so
    it saves its settings as a user's window does (the next start is a repeated one)."""
    await probe.ready(window)
    ready_s = process_age()
    window.table.viewport().repaint()
    controller = window.controller
    out = {"elapsed_s": ready_s, "rows": window.model.rowCount(), "total": controller.total}
    window.close()
    return out


async def memory(window: Any, rows: int = 20_000, term: str = "") -> dict[str, Any]:
    """Ready, then scroll `rows` rows of the view a screen at a time (each page
    fetched and painted), then one search typed into the filter bar and settled."""
    import asyncio

    await probe.ready(window)
    table, model = window.table, window.model
    last = min(rows, model.rowCount()) - 1
    step = max(1, len(probe.visible_rows(window)))
    for row in range(0, last + 1, step):
        table.scrollTo(model.index(row, 0))
        table.viewport().repaint()
        await asyncio.sleep(0)
    await probe.until(lambda: probe.shows_real_rows(window))
    if term:
        window.filter_bar.search.setText(term)
        await asyncio.sleep(0.5)  # past the window's debounce
        await probe.ready(window)
        table.viewport().repaint()
    return {"rows": model.rowCount(), "scrolled": last + 1, "term": term}
