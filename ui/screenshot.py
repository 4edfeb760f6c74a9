"""`screenshot`: the real main window, rendered offscreen into a PNG."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
from pathlib import Path


async def _settle(window) -> None:  # type: ignore[no-untyped-def]
    """Wait until the window has loaded what it shows."""
    for _ in range(600):
        await asyncio.sleep(0.05)
        c = window.controller
        if c.total is not None and c.counts and c.jobs.busy == 0:
            break
    await window.controller.jobs.idle()
    await asyncio.sleep(0.2)


def screenshot(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_API", "pyside6")
    import qasync
    from PySide6.QtCore import QSettings

    from ui import i18n
    from ui.app import application, loop_exception_handler, open_inbox

    out = Path(args.out)
    if out.suffix.lower() != ".png":
        raise ValueError("the screenshot is written as PNG: give a file name ending in .png")
    if not out.parent.exists():
        raise ValueError(f"folder {out.parent} does not exist")
    app = application()
    i18n.install(args.lang)
    inbox = open_inbox(args)
    from ui.main_window import MainWindow

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    loop.set_exception_handler(loop_exception_handler)
    with tempfile.TemporaryDirectory() as tmp:
        conf = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(inbox, conf)
        width, height = args.size
        window.resize(width, height)
        window.switch_view(args.inbox)
        window.show()
        pane = 600 if args.view == "case" else 420
        window.splitter.setSizes([190, width - 190 - pane, pane])

        async def scenario() -> None:
            window.start()
            await _settle(window)
            if args.view == "case":
                pane = window.pane
                tabs = {"handle": getattr(pane, "handle_tab", None),
                        "reply": getattr(pane, "reply_tab", None),
                        "order": pane.order_tab, "timeline": pane.timeline}
                widget = tabs.get(args.tab) or pane.timeline
                pane.tabs.setCurrentWidget(widget)
            window.table.setFocus()
            await asyncio.sleep(0.1)

        try:
            loop.run_until_complete(scenario())
            image = window.grab()
            if not image.save(str(out), "PNG"):
                raise OSError(f"could not write {out}")
        finally:
            window.close()
            inbox.store.close()
    sys.stdout.write(json.dumps({"screenshot": str(out.resolve()), "view": args.view,
                                 "size": f"{width}x{height}", "cases": window.controller.total}) + "\n")
    return 0
