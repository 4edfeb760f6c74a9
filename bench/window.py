"""A child process of the bench: the real window, started the way `main.py` starts it
(`ui.app.run_gui`), driven by one scenario; prints one JSON line, exits.

    python -m bench.window --data-dir DIR --user NAME --scenario MODULE.FUNCTION
                           [--arg KEY=JSON ...] [--view V]
    python -m bench.window --data-dir DIR --user NAME --until first-paint|idle [--view V]

A scenario is `async def f(window, **args) -> dict` in a module of bench/scenarios
(`--scenario paint.scroll` is bench.scenarios.paint.scroll). It is started once the
window is shown and watches it through its public signals and state (bench/probe.py);
what it returns is printed with the process's age and its own peak memory. The
window itself has no benchmark hook.

--until first-paint and idle are the scenarios start.first_paint and start.idle.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import os
import sys
import time
import traceback

# The bare baseline measures itself the same way; it stays free of the application.
from bench.bare import peak_rss_kb, process_age
from bench.probe import MARKS


def report(extra: dict[str, object]) -> None:
    """Print the figures and leave at once: tearing Qt down is not part of a start."""
    out = {"elapsed_s": process_age(), "peak_rss_kb": peak_rss_kb(), "clock": time.time(),
           "marks": MARKS, **extra}
    sys.stdout.write(json.dumps(out, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()
    os._exit(0)


def scenario(name: str):  # type: ignore[no-untyped-def]
    module, _, function = name.rpartition(".")
    return getattr(importlib.import_module(f"bench.scenarios.{module}"), function)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.window")
    p.add_argument("--data-dir", required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--until", choices=("first-paint", "idle"))
    p.add_argument("--scenario")
    p.add_argument("--arg", action="append", default=[], help="KEY=JSON, passed to the scenario")
    p.add_argument("--view", help="start on this view (as if the user had left it open)")
    args = p.parse_args(argv)
    name = args.scenario or {"first-paint": "start.first_paint", "idle": "start.idle"}.get(
        args.until or "")
    if not name:
        p.error("--scenario or --until is needed")
    kwargs = {k: json.loads(v) for k, _, v in (a.partition("=") for a in args.arg)}
    os.environ.setdefault("QT_API", "pyside6")
    from ui.app import APP, ORG, run_gui

    if args.view:  # as a window closed on that view would have left it
        from PySide6.QtCore import QSettings

        from ui.window_settings import VIEW_KEY

        conf = QSettings(ORG, APP)
        conf.setValue(VIEW_KEY, args.view)
        conf.sync()
    run = scenario(name)

    def started(window) -> None:  # type: ignore[no-untyped-def]
        window.first_page_painted.connect(
            lambda: MARKS.setdefault("first_paint", process_age()))

        async def drive() -> None:
            try:
                report(await run(window, **kwargs) or {})
            except BaseException:  # a child must say why, then leave
                sys.stderr.write(traceback.format_exc())
                sys.stderr.flush()
                os._exit(3)

        window.bench_task = asyncio.ensure_future(drive())  # kept: a task only weakly held

    ns = argparse.Namespace(data_dir=args.data_dir, db=None, user=args.user,
                            log_level="INFO")  # as a user's window logs
    return run_gui(ns, started=started)


if __name__ == "__main__":
    sys.exit(main())
