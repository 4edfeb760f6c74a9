"""Starting the window: the QApplication, the asyncio loop inside Qt (qasync), the
language, the style, the log, and where bugs go (ui.bugs).

qasync traps handled here (docs/console.md): QT_API is set before qasync is imported,
tasks start only once the loop runs (the store opens after the first paint), every
task is cancelled on aboutToQuit, and exceptions of plain tasks are reported by
the loop's exception handler instead of vanishing.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_API", "pyside6")

STYLE = Path(__file__).resolve().parents[1] / "resources" / "style" / "desk.qss"
ORG, APP = "AftersalesDesk", "AftersalesDesk"


def application(argv: list[str] | None = None):  # type: ignore[no-untyped-def]
    """The QApplication (created once), with names, font and style sheet."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else [sys.argv[0]])
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    font = QFont(app.font())
    font.setFamilies(["Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei UI", "PingFang SC",
                      "Segoe UI", "Noto Sans", *font.families()])
    font.setPointSizeF(9.5)
    app.setFont(font)
    if STYLE.is_file():
        app.setStyleSheet(STYLE.read_text("utf-8"))
    return app


def settings():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    return QSettings(ORG, APP)


def loop_exception_handler(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    """A task's exception nobody awaited: a bug, logged and shown (ui.bugs)."""
    from ui import bugs

    bugs.loop_exception_handler(loop, context)


def open_inbox(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from app.services.inbox import Inbox

    if getattr(args, "archive", None):
        from app.services.archive_open import open_archive

        return Inbox(open_archive(args.archive), args.user)
    from app.services.store import open_store

    store = open_store(args.data_dir, args.db)
    return Inbox(store, args.user)


def run_gui(args: argparse.Namespace,
            started: Callable[[Any], None] | None = None) -> int:
    """Show the window as soon as possible, then open the store behind it.

    The first page of the start view is replayed with plain sqlite3 from the
    statements the last session cached (quick_start) in a thread while Qt loads; the
    store (SQLAlchemy, schema check, migration) opens in a worker after the first
    paint and the window then loads as usual. The session is logged (what store, how
    long); a bug anywhere in it is logged with its traceback and shown (ui.bugs).
    `started(window)` is called once the window is shown (the bench times it so).
    """
    import threading

    from app.config import resolve
    from app.log import logged, setup_logging
    from app.services import quick_start

    location = resolve(args.data_dir, args.db)
    setup_logging(location.data_dir, getattr(args, "log_level", "INFO"))
    conf = settings()
    from ui import window_settings

    remembered = window_settings.read(conf)
    # who works the window: --user, else the agent chosen at an earlier start here
    from ui import who_am_i

    archive = getattr(args, "archive", None)
    store_id = f"archive:{Path(archive).resolve()}" if archive else location.db_url
    args.user, ask_who = who_am_i.starting_user(conf, store_id, args.user,
                                                getattr(args, "user_given", True))
    ask_who = ask_who and not archive  # nobody signs in to an archive: it is read-only
    prepared: dict[str, Any] = {}

    def prepare() -> None:
        if archive:  # the first page comes from the archive, once it is checked
            return
        prepared["rows"] = quick_start.replay(location, args.user, remembered.view,
                                              remembered.sort, remembered.descending)

    reader = threading.Thread(target=prepare, name="first-page", daemon=True)
    reader.start()

    import qasync

    from ui import bugs, i18n

    app = application()
    i18n.install(i18n.chosen_language(conf))
    from ui.main_window import MainWindow

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    loop.set_exception_handler(loop_exception_handler)
    db_file = quick_start.sqlite_file(location)
    description = str(db_file) if db_file else location.db_url.split("@")[-1]
    if archive:
        description = str(Path(archive).resolve())
    window = MainWindow(None, conf, user=args.user, description=description,
                        remembered=remembered, ask_who=ask_who, store_id=store_id,
                        urged_alerts=True)
    reader.join(timeout=2.0)  # a page slower than that: show the window, the store reads it
    window.controller.prefill(prepared.get("rows") or [])
    app.aboutToQuit.connect(window.controller.close)
    window.show()
    window.when_painted(lambda: window.controller.connect_store(lambda: open_inbox(args)))
    if started is not None:
        started(window)
    previous_hook, sys.excepthook = sys.excepthook, bugs.excepthook
    try:
        with logged("window session", store=description, user=args.user) as changed, loop:
            loop.run_forever()
            changed["cases"] = window.controller.counts.get("all", "?")
    finally:
        sys.excepthook = previous_hook
        if window.inbox is not None:
            window.inbox.store.close()
    return 0
