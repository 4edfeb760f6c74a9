"""Whole processes: start-up, time to ready, memory, a cold start.

Each figure is the real window in a child (bench/window.py) against the bare PySide6
script (bench/bare.py) showing the same page read with sqlite3, in the same run.
Memory is each child's own VmHWM from /proc, never ru_maxrss (which carries the
bench's own peak across fork and exec).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from bench.context import Context
from bench.stats import entry

METRICS = ("startup", "time_to_ready", "memory", "cold_start")
DEFAULT_VIEW = "mine"  # the window's start view when nothing is remembered
PAGE = 100
SCROLL_ROWS = 20_000
SEARCH_TERM = "screen"  # 3+ letters: the FTS path, as the window takes it


def page_sql(ctx: Context, limit: int = PAGE) -> str:
    """The statement the inbox runs for the default view's first page, our own values
    inlined (never user input, so literal values are safe here)."""
    from app.domain.clock import utcnow
    from app.services.inbox import Inbox, view_filter
    from app.services.store import open_store
    from app.store import inbox_queries as q

    store = open_store(ctx.data_dir)
    try:
        inbox = Inbox(store, ctx.user)
        f = view_filter(DEFAULT_VIEW, me_id=inbox.me_id(), now=utcnow())
        stmt = q.first_page_stmt(f, "deadline", False, limit)
        return str(stmt.compile(dialect=store.engine.dialect,
                                compile_kwargs={"literal_binds": True}))
    finally:
        store.close()


def search_sql(term: str) -> str:
    phrase = '"' + term.replace('"', '""') + '"'
    return (f"SELECT count(*) FROM case_fts WHERE case_fts MATCH '{phrase}' "
            f"UNION ALL SELECT * FROM (SELECT rowid FROM case_fts WHERE case_fts "
            f"MATCH '{phrase}' LIMIT {PAGE})")


def measure(ctx: Context, wanted: set[str]) -> dict[str, Any]:
    sql = page_sql(ctx)
    db = str(ctx.db_file)
    out: dict[str, Any] = {}
    ctx.bare(db, sql)  # warm: bytecode and the OS file cache
    ctx.window("start.idle", config="warm")  # a window that opened the store once
    if wanted & {"startup", "time_to_ready"}:
        out.update(_startup(ctx, db, sql, wanted))
    if "memory" in wanted:
        out["memory"] = _memory(ctx, db, sql)
    if "cold_start" in wanted:
        out["cold_start"] = _cold(ctx, db, sql)
    return out


def _startup(ctx: Context, db: str, sql: str, wanted: set[str]) -> dict[str, Any]:
    first, again, ready, bare, bare_age, quick = [], [], [], [], [], []
    for i in range(ctx.runs):
        wall, info = ctx.window("start.first_paint", config=f"first{i}")  # no settings
        first.append(wall)
        quick.append(bool(info.get("quick_start")))
        bare_wall, bare_info = ctx.bare(db, sql)
        bare.append(bare_wall)
        bare_age.append(bare_info["elapsed_s"] or bare_wall)
    ctx.window("start.idle", config="used")  # a day's work closed: repeated starts now
    for _ in range(ctx.runs):
        wall, info = ctx.window("start.first_paint", config="used")
        again.append(wall)
        quick.append(bool(info.get("quick_start")))
    for i in range(ctx.runs):
        # The process's age once ready, not the wall time to its report: start.idle
        # closes the window (saving its settings) before it reports.
        wall, info = ctx.window("start.idle", config=f"ready{i}")
        ready.append(info["elapsed_s"] or wall)
    worse = first if sorted(first)[len(first) // 2] >= sorted(again)[len(again) // 2] else again
    res: dict[str, Any] = {}
    if "startup" in wanted:
        res["startup"] = entry(worse, bare, n=ctx.n, target=2.0, unit="s", view=DEFAULT_VIEW,
                               user=ctx.user, first_start=entry(first, bare, n=ctx.n,
                                                                target=2.0, unit="s"),
                               repeated_start=entry(again, bare, n=ctx.n, target=2.0, unit="s"),
                               quick_starts=f"{sum(quick)}/{len(quick)}")
    if "time_to_ready" in wanted:
        res["time_to_ready"] = entry(ready, bare_age, n=ctx.n, target=3.0, unit="s",
                                     view=DEFAULT_VIEW, user=ctx.user)
    return res


def _memory(ctx: Context, db: str, sql: str) -> dict[str, Any]:
    scroll = page_sql(ctx, SCROLL_ROWS)
    find = search_sql(SEARCH_TERM)
    ours, bare = [], []
    for i in range(max(1, ctx.runs)):
        _w, info = ctx.window("start.memory", config=f"mem{i}",
                              args={"rows": SCROLL_ROWS, "term": SEARCH_TERM})
        ours.append(info["peak_rss_kb"] / 1024)
        _w, binfo = ctx.bare(db, sql, scroll, find)
        bare.append(binfo["peak_rss_kb"] / 1024)
    return entry(ours, bare, n=ctx.n, target=2.5, unit="MB", rows=SCROLL_ROWS,
                 term=SEARCH_TERM, source="VmHWM of each child (/proc/PID/status)")


def qt_files() -> list[Path]:
    """The PySide6/Qt shared objects: from the PySide6 package folder."""
    import PySide6

    root = Path(PySide6.__file__).resolve().parent
    found = [p for p in root.rglob("*.so*") if p.is_file()]
    shiboken = root.parent / "shiboken6"
    if shiboken.is_dir():
        found += [p for p in shiboken.rglob("*.so*") if p.is_file()]
    return found


def evict(files: list[Path]) -> int:
    """Drop these files' pages from the OS cache; the number evicted."""
    done = 0
    for path in files:
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            if os.access(path, os.W_OK):  # dirty pages are not dropped: sync first
                os.fsync(fd)
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            done += 1
        except OSError:
            pass
        finally:
            os.close(fd)
    return done


def _read_time(path: Path) -> float:
    import time

    t0 = time.perf_counter()
    with open(path, "rb") as fh:
        while fh.read(1 << 20):
            pass
    return time.perf_counter() - t0


def _cold(ctx: Context, db: str, sql: str) -> dict[str, Any]:
    if not hasattr(os, "posix_fadvise"):
        return {"skipped": "no posix_fadvise on this platform", "n": ctx.n, "ours": None,
                "baseline": None, "ratio": None, "target": 2.0, "met": None, "unit": "s"}
    files = [*qt_files(), Path(db)]
    biggest = max(files, key=lambda p: p.stat().st_size)
    _read_time(biggest)  # in the cache now
    warm_read = _read_time(biggest)
    evict(files)
    cold_read = _read_time(biggest)  # evicted pages are read back from the disk
    ours, bare = [], []
    for i in range(ctx.runs):
        evict(files)
        ours.append(ctx.window("start.first_paint", config=f"cold{i}")[0])
        evict(files)
        bare.append(ctx.bare(db, sql)[0])
    return entry(ours, bare, n=ctx.n, target=2.0, unit="s", files_evicted=len(files),
                 eviction_check={"file": biggest.name, "warm_read_s": warm_read,
                                 "after_eviction_read_s": cold_read,
                                 "worked": cold_read > warm_read * 1.5})
