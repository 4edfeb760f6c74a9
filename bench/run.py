"""`python -m bench`: the inbox at N cases, each figure next to a baseline measured in the
same run.

    page_first  first 100-row page through the table model (the service's query,
                row objects, the model holding them) vs the same SQL fetched with
                plain sqlite3; "with_cell_text" adds the text of all 1,200 cells
    page_deep   the page at row 900,000 (or 90 % of N) through the model, with
                the ids of the whole view loaded, vs page 0 the same way
    startup     process start until the case table's first paint (N-case store, an
                agent's default start view, My cases) vs a bare PySide6 script
                showing the same page; ours is the worse of the first start (no
                settings) and a repeated start (the settings a closed window left),
                both reported; "by_view" starts on each view
    memory      peak RSS with all N cases open (view All cases), once ids and counts
                are loaded, vs that bare script
    search_*    from bench.search, import from bench.imports

Time figures are medians over repeated runs, in seconds; memory in MB.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
TARGETS = {"page_first": 1.5, "page_deep": 2.0, "search_long": 0.05, "search_short": 0.2,
           "startup": 4.0, "memory": 3.0}
UNITS = {"page_first": "s", "page_deep": "s", "search_long": "s", "search_short": "s",
         "startup": "s", "memory": "MB"}
PAGE = 100
BENCH_USER = "lina"  # an agent of the demo store: "My cases" has cases
DEFAULT_VIEW = "mine"  # the window's start view when nothing is remembered


def _entry(ours: float, baseline: float, **extra: Any) -> dict[str, Any]:
    return {"ours": ours, "baseline": baseline,
            "ratio": (ours / baseline) if baseline else None, **extra}


def _log(text: str) -> None:
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


def _touch_page(model, first: int) -> None:  # type: ignore[no-untyped-def]
    """What a view does to paint a page: the text of every cell of its rows."""
    from PySide6.QtCore import Qt

    last = min(first + PAGE, model.rowCount())
    cols = model.columnCount()
    display = Qt.ItemDataRole.DisplayRole
    for r in range(first, last):
        for c in range(cols):
            model.data(model.index(r, c), display)


def measure_pages(inbox, repeats: int = 15) -> dict[str, dict[str, Any]]:  # type: ignore[no-untyped-def]
    from app.services.inbox import view_filter
    from bench.store import median_seconds, raw_query_seconds
    from ui.case_model import CaseTableModel

    f = view_filter("all", me_id=None, now=_utcnow())
    model = CaseTableModel(inbox.rows, _utcnow)

    def first_page() -> None:
        model.reset_rows(inbox.first_page(f, "deadline", False, PAGE))
        for r in range(model.rowCount()):
            model.cached_row(r)

    def first_page_painted() -> None:
        first_page()
        _touch_page(model, 0)

    first_page_painted()  # warm: statement caches and database pages, as for the baseline
    ours = median_seconds(first_page, repeats)
    painted = median_seconds(first_page_painted, repeats)
    base, n_rows = raw_query_seconds(inbox.store, baseline_sql(inbox.store, f, "deadline", False, PAGE),
                                     repeats)
    out = {"page_first": _entry(ours, base, unit="s", rows=n_rows, with_cell_text=painted,
                                ratio_with_cell_text=painted / base if base else None)}

    ids = inbox.case_ids(f, "deadline", False)
    deep_row = 900_000 if len(ids) > 900_000 + PAGE else max(0, int(len(ids) * 0.9) - PAGE)

    def page_at(row: int) -> float:
        model.reset_rows([], ids)  # a cold cache: the page must be read
        t0 = time.perf_counter()
        _touch_page(model, row)
        return time.perf_counter() - t0

    page_at(deep_row)
    page_at(0)
    deep = statistics.median(page_at(deep_row) for _ in range(repeats))
    zero = statistics.median(page_at(0) for _ in range(repeats))
    out["page_deep"] = _entry(deep, zero, unit="s", row=deep_row)
    return out


def baseline_sql(store, f, sort: str, descending: bool, limit: int) -> str:  # type: ignore[no-untyped-def]
    """The statement the inbox runs for this page, with our own values inlined: what
    the baseline scripts run (never user input, so literal values are safe here)."""
    from app.store import inbox_queries as q

    stmt = q.first_page_stmt(f, sort, descending, limit)
    return str(stmt.compile(dialect=store.engine.dialect, compile_kwargs={"literal_binds": True}))


def _utcnow():  # type: ignore[no-untyped-def]
    from app.domain.clock import utcnow

    return utcnow()


def _child_env(tmp: Path, extra: dict[str, str]) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"QT_QPA_PLATFORM": "offscreen", "QT_API": "pyside6",
                "XDG_CONFIG_HOME": str(tmp / "config"), "PYTHONDONTWRITEBYTECODE": "1"})
    # The demo store is secured: the bench's agent signs in with the demo's password.
    env.setdefault("AFTERSALES_PASSWORD", "demo")
    env.update(extra)
    return env


def _run_child(cmd: list[str], env: dict[str, str], timeout: float = 300) -> tuple[float, dict[str, Any]]:
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            cwd=str(REPO), text=True)
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        wall = time.perf_counter() - t0
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    if not line.strip():
        err = proc.stderr.read() if proc.stderr else ""
        raise RuntimeError(f"{' '.join(cmd[1:4])} printed nothing (exit {proc.returncode}): {err[-2000:]}")
    return wall, json.loads(line)


def measure_startup(data_dir: Path, db_file: Path, first_sql: str,
                    runs: int = 5) -> dict[str, dict[str, Any]]:
    """Start-up as a user gets it: the window's default start view (no override) for
    an agent of the store, first starts (no settings yet) and repeated starts (the
    settings a closed window left), plus one start on each view."""
    from app.services.inbox_views import VIEW_KEYS

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)

        def ours_cmd(until: str, view: str | None = None) -> list[str]:
            cmd = [sys.executable, "-m", "bench.window", "--data-dir", str(data_dir),
                   "--user", BENCH_USER, "--until", until]
            return cmd + (["--view", view] if view else [])

        bare_cmd = [sys.executable, str(REPO / "bench" / "bare.py"), str(db_file), first_sql]
        used = tmp / "used"  # a user's settings, written by windows that close
        bare_env = _child_env(tmp, {})
        _run_child(bare_cmd, bare_env)  # warm: bytecode and the OS file cache
        # warm, and a window that opened the store: it caches the quick start's statements
        _run_child(ours_cmd("idle"), _child_env(tmp / "warm", {}))
        quick: list[bool] = []

        def start(cmd: list[str], env: dict[str, str]) -> float:
            wall, info = _run_child(cmd, env)
            quick.append(bool(info.get("quick_start")))
            return wall

        ours_first, ours_again, bare_t, bare_rss = [], [], [], []
        for n in range(runs):
            # A first start: no settings, so the default view and sort.
            ours_first.append(start(ours_cmd("first-paint"), _child_env(tmp / f"first{n}", {})))
            wall, info = _run_child(bare_cmd, bare_env)
            bare_t.append(wall)
            bare_rss.append(info["peak_rss_kb"])
        # Memory: with all N cases open, once their ids and all counts are loaded.
        mem_env = _child_env(tmp / "memory", {})
        ours_rss = []
        for _ in range(max(2, runs // 2)):
            _wall, info = _run_child(ours_cmd("idle", "all"), mem_env)
            ours_rss.append(info["peak_rss_kb"])
        # A day's work on the default view, then the window is closed and saves its
        # settings: the starts below are repeated starts.
        _run_child(ours_cmd("idle"), _child_env(used, {}))
        for _ in range(runs):
            ours_again.append(start(ours_cmd("first-paint"), _child_env(used, {})))
        views = {}
        for view in VIEW_KEYS:
            env = _child_env(tmp / "views", {})
            views[view] = statistics.median(start(ours_cmd("first-paint", view), env)
                                            for _ in range(max(1, runs // 2)))
    first, again, base = (statistics.median(ours_first), statistics.median(ours_again),
                          statistics.median(bare_t))
    return {
        "startup": _entry(max(first, again), base, unit="s", view=DEFAULT_VIEW, user=BENCH_USER,
                          first_start=first, first_start_ratio=first / base,
                          repeated_start=again, repeated_start_ratio=again / base,
                          by_view=views, quick_starts=f"{sum(quick)}/{len(quick)}"),
        "memory": _entry(statistics.median(ours_rss) / 1024, statistics.median(bare_rss) / 1024,
                         unit="MB"),
    }


def bench(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_API", "pyside6")
    from app.config import DB_FILE
    from app.services.inbox import Inbox, view_filter
    from app.services.store import open_store
    from bench import search as search_bench
    from bench.store import bench_store
    from ui.app import application

    n = args.cases
    t0 = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if total >= 100_000 and done % 100_000 < 20_000:
            _log(f"building the benchmark store: {done:,} / {total:,} cases")

    data_dir = bench_store(n, rebuild=args.rebuild, progress=progress)
    _log(f"store of {n:,} cases at {data_dir} ({time.perf_counter() - t0:.0f} s)")
    application()
    store = open_store(data_dir)
    results: dict[str, dict[str, Any]] = {}
    try:
        inbox = Inbox(store, BENCH_USER)
        results.update(measure_pages(inbox))
        _log("pages measured")
        results.update(search_bench.measure(store))
        _log("search measured")
        # the page a user's first start shows: the default view, for an agent
        first_sql = baseline_sql(
            inbox.store, view_filter(DEFAULT_VIEW, me_id=inbox.me_id(), now=_utcnow()), "deadline", False, PAGE)
    finally:
        store.close()
    results.update(measure_startup(data_dir, data_dir / DB_FILE, first_sql, runs=args.runs))
    _log("start-up and memory measured")
    from bench import imports as import_bench

    with tempfile.TemporaryDirectory() as tmp:
        results["import"] = import_bench.measure(Path(tmp))
    _log("import measured")

    if args.json:
        sys.stdout.write(json.dumps(results, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(format_table(results, n))
    return 0


def format_table(results: dict[str, dict[str, Any]], n: int) -> str:
    lines = [f"benchmark at {n:,} cases", "",
             f"{'metric':<14}{'ours':>12}{'baseline':>12}{'ratio':>9}{'target':>9}  ok"]
    for key, r in results.items():
        unit = UNITS.get(key, "rows/s" if key == "import" else "")
        target = TARGETS.get(key)
        ratio = r.get("ratio")
        ok = "" if target is None or ratio is None else ("yes" if ratio <= target else "NO")

        lines.append(f"{key:<14}{_fmt(r.get('ours'), unit):>12}{_fmt(r.get('baseline'), unit):>12}"
                     f"{(f'{ratio:.3f}' if isinstance(ratio, float) else '—'):>9}"
                     f"{(f'≤{target}' if target else ''):>9}  {ok}")
    return "\n".join(lines) + "\n"


def _fmt(v: Any, unit: str) -> str:
    if not isinstance(v, int | float):
        return "—"
    if unit == "MB":
        return f"{v:.1f} MB"
    if unit == "s":
        return f"{v * 1000:.2f} ms" if v < 1 else f"{v:.2f} s"
    return f"{v:.4g}"
