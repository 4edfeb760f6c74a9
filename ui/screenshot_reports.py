"""`screenshot --view reports [--report NAME]`: the Reports window at the screenshot's
size, showing one report computed from the store (for a supervisor: --user of one)."""

from __future__ import annotations

import asyncio
from typing import Any


async def show(window: Any, name: str, size: tuple[int, int]) -> Any:
    work = window.reports_work
    for _ in range(400):
        await asyncio.sleep(0.05)
        if work.checked and window.jobs.busy == 0:
            break
    shown = work.show_reports(name)
    if shown is None:
        raise ValueError("the reports are for supervisors: give --user of one")
    shown.resize(*size)
    for _ in range(1200):
        await asyncio.sleep(0.05)
        if not shown.busy_now() and window.jobs.busy == 0 and shown.filters.shop.count() > 1:
            break
    await asyncio.sleep(0.3)  # the charts lay themselves out
    return shown
