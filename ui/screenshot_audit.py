"""`screenshot --view audit`: the audit view over the main window, as a supervisor
opens it (View → Audit), with its first page and the counts read."""

from __future__ import annotations

import asyncio
from typing import Any


async def show(window: Any, settle: Any) -> Any:
    work = window.history_work
    for _ in range(200):
        await asyncio.sleep(0.05)
        if work.allowed and window.jobs.busy == 0:
            break
    view = work.show_audit()
    if view is None:
        raise ValueError("the audit is for supervisors: give --user of one")
    view.resize(1240, 720)
    await settle(window)
    for _ in range(200):
        await asyncio.sleep(0.05)
        if view.model.rowCount() and view.counts.rowCount() and window.jobs.busy == 0:
            break
    view.raise_()
    return view
