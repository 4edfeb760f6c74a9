"""`screenshot --tab actions [--dialog NAME]`: the Actions tab on a case that offers the
action (a reject on a case with images, when one has them), and the action's dialog
drawn over the window as the agent sees it."""

from __future__ import annotations

import asyncio
from typing import Any

EXAMPLE_INPUT = {"compensate": "80", "approve_refund": None}


def _pick(store: Any, agent: str, case_ids: list[int], action: str | None) -> int | None:
    from app.services import case_money

    best, best_score = None, -1
    for case_id in case_ids:
        s = case_money.summary(store, agent, case_id)
        if action is not None and action not in s["actions"]:
            continue
        images = sum(1 for e in s["evidence"] if e.get("type") in ("jpeg", "png", "webp"))
        score = len(s["actions"]) + 3 * min(images, 3) + 2 * len(s["payments"])
        if score > best_score:
            best, best_score = case_id, score
    return best


async def show(window: Any, dialog: str | None, settle: Any) -> None:
    model, pane = window.model, window.pane
    ids = [model.case_id(r) for r in range(min(model.rowCount(), 60))]
    found = await window.jobs.run(_pick, window.inbox.store, window.user,
                                  [i for i in ids if i is not None], dialog)
    if found is not None and found != pane.case_id:
        window.table.select_row(model.row_of(found))
        await settle(window)
    tab = pane.actions_tab
    pane.tabs.setCurrentWidget(tab)
    for _ in range(200):
        await asyncio.sleep(0.05)
        if tab.ready and window.jobs.busy == 0:
            break
    if dialog is not None and dialog in tab.legal():
        opened = window.actions_work.open_dialog(dialog)
        example = EXAMPLE_INPUT.get(dialog)
        if example and hasattr(opened, "amount"):
            opened.amount.setText(example)
        if dialog == "reject" and opened.reason.count():
            opened.reason.setCurrentIndex(0)
        await asyncio.sleep(0.3)


def grab(window: Any) -> Any:
    """The window, with the dialog open over it drawn where it stands."""
    from PySide6.QtGui import QPainter

    image = window.grab()
    work = getattr(window, "actions_work", None)
    dialog = work.dialog if work is not None else None
    if dialog is not None and dialog.isVisible():
        from PySide6.QtCore import QRect, Qt
        from PySide6.QtGui import QColor

        shot = dialog.grab()
        bar = 30  # offscreen windows have no frame: its title drawn as the desktop would
        x = (image.width() - shot.width()) // 2
        y = (image.height() - shot.height() - bar) // 3 + bar
        painter = QPainter(image)
        painter.fillRect(image.rect(), QColor(0, 0, 0, 60))
        title = QRect(x, y - bar, shot.width(), bar)
        painter.fillRect(title, QColor("#e4e8ee"))
        painter.setPen(QColor("#1f2733"))
        painter.drawText(title.adjusted(10, 0, -10, 0),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         dialog.windowTitle())
        painter.drawPixmap(x, y, shot)
        painter.setPen(QColor("#9aa5b4"))
        painter.drawRect(QRect(x, y - bar, shot.width() - 1, shot.height() + bar - 1))
        painter.end()
    return image
