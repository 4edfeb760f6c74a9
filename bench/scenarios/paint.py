"""The case table on screen, timed in the real window (bench/paint.py reads these)."""

from __future__ import annotations

import asyncio
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
    header = window.table.horizontalHeader()
    for c in range(model.columnCount()):  # the same columns, as wide as ours
        view.setColumnWidth(c, header.sectionSize(header.logicalIndex(c)))
    view.show()
    return view


async def _exposed(*widgets: Any) -> None:
    """Shown, laid out and exposed: a repaint of a widget not yet exposed draws nothing
    (the first version of this baseline timed 29 µs for that reason)."""
    for w in widgets:
        await probe.until(lambda w=w: w.windowHandle() is not None
                          and w.windowHandle().isExposed())
    await asyncio.sleep(0.2)


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
    view = _bare_table(window)
    await _exposed(window, view)
    table.viewport().repaint()
    ours, bare = [], []
    for _ in range(runs):
        model._texts.clear()  # cold text cache: what a page that just landed paints
        ours.append(_repaint(table))
        bare.append(_repaint(view))
    return {"ours": ours, "bare": bare, "rows": len(probe.visible_rows(window)),
            "bare_exposed": bool(view.windowHandle() and view.windowHandle().isExposed())}


async def scroll(window: Any, screens: int = 50, jumps: int = 5) -> dict[str, Any]:
    """A jump to the end, then page-sized jumps onto rows not cached: each fetch and
    paint timed, against the raw `rows_by_id` SQL for the same ids (literal binds,
    plain sqlite3 on the same file) plus a bare repaint."""
    import sqlite3

    from app.store import engine as engines
    from app.store import inbox_queries as q

    window.resize(1440, 900)
    await probe.ready(window)
    table, model = window.table, window.model
    view = _bare_table(window)
    await _exposed(window, view)
    bar = table.verticalScrollBar()
    store = window.controller.inbox.store
    path = engines.sqlite_path(store.location.db_url)
    raw = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)

    def raw_rows(ids: list[int]) -> None:
        sql = str(q.rows_stmt(ids).compile(dialect=store.engine.dialect,
                                           compile_kwargs={"literal_binds": True}))
        t = time.perf_counter()
        raw.execute(sql).fetchall()
        return time.perf_counter() - t  # type: ignore[return-value]

    def frame(move: Any) -> tuple[float, float]:
        t0 = time.perf_counter()
        move()
        table.viewport().repaint()
        ours = time.perf_counter() - t0
        first = probe.visible_rows(window)
        page = model.PAGE
        start = (first.start // page) * page if first else 0
        ids = [i for i in (model.case_id(r) for r in range(start, start + page)) if i is not None]
        base = float(raw_rows(ids)) + _repaint(view)  # the page the model read, raw
        return ours, base

    ends = []
    for _ in range(jumps):  # each jump lands on rows not cached: drop them between jumps
        table.scrollToTop()
        table.viewport().repaint()
        model._cache.clear()
        model._texts.clear()
        ends.append(frame(table.scrollToBottom))
    ours, base = [], []
    step = max(1, bar.maximum() // (screens + 1))
    for k in range(screens):
        o, b = frame(lambda k=k: bar.setValue(step * (k + 1)))
        ours.append(o)
        base.append(b)
    return {"jump_ours": [e[0] for e in ends], "jump_base": [e[1] for e in ends], "ours": ours, "bare": base}
