"""ui_stall: how long the real window's event loop goes without turning while it
imports a file and exports the store, each started the way the window starts them
(File → Import's dialog, File → Export current view), against the idle window.

A 10 ms QTimer records each gap between its ticks; a gap is how long a click or a
key would have waited. Returned per phase: every gap, in seconds.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

from bench import probe


class Gaps:
    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.last = time.perf_counter()
        self.gaps: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self.last)
        self.last = now

    def start(self) -> None:
        self.gaps = []
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> list[float]:
        self.timer.stop()
        return self.gaps


async def stall(window: Any, file: str, out_dir: str, idle_s: float = 2.0) -> dict[str, Any]:
    await probe.ready(window)
    window.resize(1440, 900)
    gaps = Gaps()
    out: dict[str, Any] = {}
    gaps.start()
    await asyncio.sleep(idle_s)
    out["idle"] = gaps.stop()

    window.install_file_actions()
    actions = window.import_export
    dialog = actions.open_import(Path(file))
    await probe.until(lambda: dialog.preview is not None and dialog.preview.known, 600)
    done: list[object] = []
    dialog.imported.connect(done.append)
    dialog.import_failed.connect(done.append)
    gaps.start()
    dialog.start_import()
    await probe.until(lambda: bool(done), 3600)
    out["import"] = gaps.stop()
    out["import_result"] = str(done[0])[:200]
    dialog.close()
    await probe.ready(window)

    window.controller.switch_view("all")  # the whole store, as an export of it
    await probe.ready(window)
    for fmt in ("xlsx", "csv"):
        target = Path(out_dir) / f"stall.{fmt}"
        gaps.start()
        actions.export_view(target)
        await probe.until(lambda: not actions.export_job.running(), 7200)
        out[f"export_{fmt}"] = gaps.stop()
        out[f"export_{fmt}_bytes"] = target.stat().st_size if target.exists() else 0
    return out
