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


async def _money_view(window, view: str):  # type: ignore[no-untyped-def]
    """The approvals queue (for a supervisor: run with --user of one) or the payments
    list, over the main window showing the first waiting payment's case (its shop's
    spend today in the status bar)."""
    work = window.approvals_work
    for _ in range(200):
        await asyncio.sleep(0.05)
        if work.role and window.jobs.busy == 0:
            break
    if view == "approvals":
        if work.show_queue() is None:
            raise ValueError("the approvals queue is for supervisors: give --user of one")
        dialog = work.queue
    else:
        work.show_payments()
        for _ in range(200):
            await asyncio.sleep(0.05)
            if work.payments_dialog is not None:
                break
        dialog = work.payments_dialog
    await window.jobs.idle()
    for _ in range(200):
        await asyncio.sleep(0.05)
        if window.jobs.busy == 0:
            break
    def case_of(row):  # type: ignore[no-untyped-def]
        r = dialog.model.row(row)
        return (r.case_id, r.case_no) if hasattr(r, "case_id") else (int(r["case_id"]),
                                                                      str(r["case_no"]))

    rows = range(dialog.model.rowCount())
    # a row whose case the inbox view shows, so the window behind stays the view
    pick = next((r for r in rows if window.model.row_of(case_of(r)[0]) >= 0), 0)
    if dialog.model.rowCount():
        if view == "approvals":
            dialog.select_rows([pick])
        else:
            dialog.table.selectRow(pick)
        work.open_case(*case_of(pick))  # as "Open case" does
        await _settle(window)
        for _ in range(100):
            await asyncio.sleep(0.05)
            if work.spend.spend is not None and window.jobs.busy == 0:
                break
    dialog.raise_()
    return dialog


async def _revealed(window, field: str) -> None:  # type: ignore[no-untyped-def]
    """The Show button beside the masked value, clicked; the case read again after."""
    button = window.reveal_work.buttons[field]
    if button.isHidden():
        raise ValueError(f"no Show button for the {field} here (--user a supervisor)")
    button.click()
    for _ in range(200):
        await asyncio.sleep(0.05)
        if field in window.reveal_work.shown and not window.jobs.busy:
            break
    await _settle(window)


def _over(window, dialog):  # type: ignore[no-untyped-def]
    """The main window's picture with the dialog's drawn over its middle, framed,
    under a strip with its title (offscreen windows have no title bar)."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QPainter, QPen

    image = window.grab()
    top = dialog.grab()
    bar = 28
    painter = QPainter(image)
    x = (image.width() - top.width()) // 2
    y = (image.height() - top.height() + bar) // 2
    painter.fillRect(x - 3, y - bar + 3, top.width() + 6, top.height() + bar + 6,
                     QColor(0, 0, 0, 60))
    painter.fillRect(x, y - bar, top.width(), bar, QColor("#e8e8e8"))
    painter.setPen(QColor("#202020"))
    painter.setFont(dialog.font())
    painter.drawText(QRect(x, y - bar, top.width(), bar), Qt.AlignmentFlag.AlignCenter,
                     dialog.windowTitle())
    painter.drawPixmap(x, y, top)
    painter.setPen(QPen(QColor("#6b6b6b"), 1))
    painter.drawRect(x - 1, y - bar - 1, top.width() + 1, top.height() + bar + 1)
    painter.end()
    return image


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
    if getattr(args, "dialog", None) == "sign_in":
        from ui.sign_in_shot import sign_in_shot

        return sign_in_shot(args, out)
    inbox = open_inbox(args)
    from app.cli.common import signed_in

    try:
        signed_in(args, inbox.store)  # a secured store's window is for who signed in
    except Exception:
        inbox.store.close()
        raise
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
            if getattr(args, "dialog", None) == "about":  # Help → About, over any view
                shown.append(window.about_work.open())
                await asyncio.sleep(0.1)
                return
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
                        "order": pane.order_tab, "timeline": pane.timeline_tab}
                widget = tabs.get(args.tab) or pane.timeline_tab
                for field in getattr(args, "reveal", None) or ():
                    await _revealed(window, field)
                pane.tabs.setCurrentWidget(widget)
                await _thumbnails_made(window)
            if args.view in ("approvals", "payments"):
                shown.append(await _money_view(window, args.view))
            elif args.view == "reports":
                from ui import screenshot_reports

                alone.append(await screenshot_reports.show(window, args.report, args.size))
            elif args.view == "audit":
                from ui import screenshot_audit

                shown.append(await screenshot_audit.show(window, _settle))
            else:
                window.table.setFocus()
            await asyncio.sleep(0.1)

        shown: list = []  # type: ignore[type-arg]
        alone: list = []  # type: ignore[type-arg]  # a window of its own, at the whole size
        try:
            loop.run_until_complete(scenario())
            from ui import screenshot_actions

            image = (alone[0].grab() if alone else _over(window, shown[0]) if shown
                     else screenshot_actions.grab(window))
            if not image.save(str(out), "PNG"):
                raise OSError(f"could not write {out}")
        finally:
            window.close()
            inbox.store.close()
    sys.stdout.write(json.dumps({"screenshot": str(out.resolve()), "view": args.view,
                                 "size": f"{width}x{height}", "cases": window.controller.total}) + "\n")
    return 0
