"""A child process of the bench: the real window, started the way `main.py` starts it
(`ui.app.run_gui`), timed at one of its public signals; prints one JSON line, exits.

    python -m bench.window --data-dir DIR --user NAME --until first-paint|idle [--view V]

first-paint: once the case table has painted its first page of cases
(`MainWindow.first_page_painted`), with whether that page came from the quick start.
idle: once the view's ids and every view count are loaded and no job runs; the window
is closed first, so it saves its settings as a user's window does.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

# The bare baseline measures itself the same way; it stays free of the application.
from bench.bare import peak_rss_kb, process_age


def report(extra: dict[str, object]) -> None:
    """Print the figures and leave at once: tearing Qt down is not part of a start."""
    out = {"elapsed_s": process_age(), "peak_rss_kb": peak_rss_kb(), "clock": time.time(),
           **extra}
    sys.stdout.write(json.dumps(out) + "\n")
    sys.stdout.flush()
    os._exit(0)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.window")
    p.add_argument("--data-dir", required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--until", choices=("first-paint", "idle"), required=True)
    p.add_argument("--view", help="start on this view (as if the user had left it open)")
    args = p.parse_args(argv)
    os.environ.setdefault("QT_API", "pyside6")
    from ui.app import APP, ORG, run_gui

    if args.view:  # as a window closed on that view would have left it
        from PySide6.QtCore import QSettings

        from ui.window_settings import VIEW_KEY

        conf = QSettings(ORG, APP)
        conf.setValue(VIEW_KEY, args.view)
        conf.sync()

    def started(window) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QTimer

        controller = window.controller
        if args.until == "first-paint":
            window.first_page_painted.connect(
                lambda: report({"rows": window.model.rowCount(),
                                "quick_start": controller.prefilled}))
            return

        def check() -> None:
            if controller.total is None or not controller.counts or controller.jobs.busy:
                return
            timer.stop()
            window.table.viewport().repaint()  # the page a user sees once the ids arrived
            window.close()  # saves the settings: the next start is a repeated one
            report({"rows": window.model.rowCount(), "total": controller.total})

        timer = QTimer(window)
        timer.setInterval(50)
        timer.timeout.connect(check)
        timer.start()

    ns = argparse.Namespace(data_dir=args.data_dir, db=None, user=args.user,
                            log_level="INFO")  # as a user's window logs
    return run_gui(ns, started=started)


if __name__ == "__main__":
    sys.exit(main())
