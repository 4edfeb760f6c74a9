"""The case table on screen, timed in the real window (bench/paint.py reads these)."""

from __future__ import annotations

import time
from typing import Any

from bench import probe


def _bare_table(window: Any) -> Any:
    """A bare QTableView over a QStandardItemModel of the rows in sight, same size."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    model = window.model
    rows = probe.visible_rows(window)
    bare = QStandardItemModel(len(rows), model.columnCount())
    for i, r in enumerate(rows):
        for c in range(model.columnCount()):
            text = model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole)
            bare.setItem(i, c, QStandardItem(str(text)))
    view = QTableView()
    view.setModel(bare)
    view.resize(window.table.size())
    view.show()
    return view


def _repaint(widget: Any) -> float:
    t0 = time.perf_counter()
    widget.viewport().repaint()
    return time.perf_counter() - t0


async def screen(window: Any, runs: int = 30) -> dict[str, Any]:
    """Repaints of the real table at 1440x900 with its text cache dropped (the rows
    stay cached) against a bare table of the same texts in this process."""
    window.resize(1440, 900)
    await probe.ready(window)
    table, model = window.table, window.model
    table.viewport().repaint()
    view = _bare_table(window)
    ours, bare = [], []
    for _ in range(runs):
        model._texts.clear()  # cold text cache: what a page that just landed paints
        ours.append(_repaint(table))
        bare.append(_repaint(view))
    return {"ours": ours, "bare": bare, "rows": len(probe.visible_rows(window))}


async def scroll(window: Any, screens: int = 50) -> dict[str, Any]:
    """A jump to the end, then page-sized jumps onto rows not cached: each fetch and
    paint timed, against the model's own fetch of the same ids plus a bare repaint."""
    window.resize(1440, 900)
    await probe.ready(window)
    table, model = window.table, window.model
    view = _bare_table(window)
    bar = table.verticalScrollBar()

    def frame(move: Any) -> tuple[float, float]:
        t0 = time.perf_counter()
        move()
        table.viewport().repaint()
        ours = time.perf_counter() - t0
        ids = [model.case_id(r) for r in probe.visible_rows(window)]
        t1 = time.perf_counter()
        model._fetch_rows([i for i in ids if i is not None])
        base = time.perf_counter() - t1 + _repaint(view)
        return ours, base

    end = frame(table.scrollToBottom)
    ours, base = [], []
    step = max(1, bar.maximum() // (screens + 1))
    for k in range(screens):
        o, b = frame(lambda k=k: bar.setValue(step * (k + 1)))
        ours.append(o)
        base.append(b)
    return {"jump_ours": [end[0]], "jump_base": [end[1]], "ours": ours, "bare": base}
