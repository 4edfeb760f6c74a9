"""Background jobs: a newer job of the same name cancels the older one."""

from __future__ import annotations

import asyncio
import threading


def test_newer_job_cancels_the_stale_one(qtbot, qloop) -> None:
    from ui.jobs import Jobs

    jobs = Jobs()
    release = threading.Event()
    landed: list[str] = []

    async def query(name: str, wait: bool) -> None:
        await jobs.run(lambda: release.wait(5) if wait else None)
        landed.append(name)

    first = jobs.start("search", query("stale", True))
    second = jobs.start("search", query("fresh", False))
    qtbot.waitUntil(lambda: second.done())
    release.set()
    qtbot.waitUntil(lambda: first.done())
    assert first.cancelled()
    assert landed == ["fresh"]
    assert jobs.busy == 0
    jobs.close()


def test_close_cancels_everything_and_refuses_new_work(qtbot, qloop) -> None:
    from ui.jobs import Jobs

    jobs = Jobs()

    async def forever() -> None:
        await asyncio.sleep(3600)

    task = jobs.start("counts", forever())
    assert jobs.busy == 1 and jobs.names() == ["counts"]
    jobs.close()
    qtbot.waitUntil(task.done)
    assert task.cancelled()
    assert jobs.start("late", forever()) is None
