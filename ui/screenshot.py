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


def _most_evidence(store, case_ids):  # type: ignore[no-untyped-def]
    from app.services import evidence

    counts = {i: len(evidence.list_evidence(store, i)) for i in case_ids}
    best = max(case_ids, key=lambda i: counts[i], default=None)
    return best if best is not None and counts[best] else None


async def _open_case_with_evidence(window) -> None:  # type: ignore[no-untyped-def]
    """The Evidence tab is shown on the case with the most files among the view's
    first ones, if any has files."""
    model = window.model
    ids = [model.case_id(r) for r in range(min(model.rowCount(), 200))]
    found = await window.jobs.run(_most_evidence, window.inbox.store,
                                  [i for i in ids if i is not None])
    if found is not None and found != window.pane.case_id:
        window.table.select_row(model.row_of(found))
        await _settle(window)


async def _thumbnails_made(window) -> None:  # type: ignore[no-untyped-def]
    work = getattr(window, "evidence_work", None)
    for _ in range(200):
        await asyncio.sleep(0.05)
        if work is None or (not work.tab.loading and not work.thumbs.busy()
                            and window.jobs.busy == 0):
            break
    await asyncio.sleep(0.1)


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
                if args.tab == "evidence":
                    await _open_case_with_evidence(window)
                if args.tab == "actions" or getattr(args, "dialog", None):
                    from ui import screenshot_actions

                    await screenshot_actions.show(window, getattr(args, "dialog", None), _settle)
                    return
                tabs = {"handle": getattr(pane, "handle_tab", None),
                        "reply": getattr(pane, "reply_tab", None),
                        "evidence": getattr(pane, "evidence_tab", None),
                        "order": pane.order_tab, "timeline": pane.timeline}
                widget = tabs.get(args.tab) or pane.timeline
                pane.tabs.setCurrentWidget(widget)
                await _thumbnails_made(window)
            window.table.setFocus()
            await asyncio.sleep(0.1)

        try:
            loop.run_until_complete(scenario())
            from ui import screenshot_actions

            image = screenshot_actions.grab(window)
            if not image.save(str(out), "PNG"):
                raise OSError(f"could not write {out}")
        finally:
            window.close()
            inbox.store.close()
    sys.stdout.write(json.dumps({"screenshot": str(out.resolve()), "view": args.view,
                                 "size": f"{width}x{height}", "cases": window.controller.total}) + "\n")
    return 0
