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
