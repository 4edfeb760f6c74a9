"""`python -m bench`: what an agent waits for at N cases, each figure next to its
strongest baseline measured in the same run (docs/bench.md).

The parts, each a module with METRICS and `measure(ctx)`:

    children   startup, time_to_ready, memory, cold_start: whole processes
    paint      paint_screen, jump_end, scroll_frame: the case table on screen
    navigate   search_ui, switch, sort, filter: an action to its first paint and ids
    counts     counts: the view counts, and their refresh after a write
    writes     ui_stall, write_wait, import_at_N, export: work that writes or reads all

Every figure is `bench.stats.entry`: ours, baseline, ratio, target, met, n, with the
median and the p95 of every run, the first included.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.context import Context

PARTS = ("children", "paint", "navigate", "counts", "writes")


def metrics_of(part: str) -> tuple[str, ...]:
    return tuple(importlib.import_module(f"bench.{part}").METRICS)


def all_metrics() -> list[str]:
    return [m for part in PARTS for m in metrics_of(part)]


def bench(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_API", "pyside6")
    from bench.store import bench_store

    only = set(args.only.split(",")) if args.only else set(all_metrics())
    unknown = only - set(all_metrics())
    if unknown:
        sys.stderr.write(f"no such metric: {', '.join(sorted(unknown))}\n")
        return 2
    n = args.cases
    t0 = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if total >= 100_000 and done % 100_000 < 20_000:
            sys.stderr.write(f"building the benchmark store: {done:,} / {total:,} cases\n")

    data_dir = bench_store(n, rebuild=args.rebuild, progress=progress)
    sys.stderr.write(f"store of {n:,} cases at {data_dir} ({time.perf_counter() - t0:.0f} s)\n")
    results: dict[str, Any] = {}
    if args.save and Path(args.save).is_file():
        results.update(json.loads(Path(args.save).read_text("utf-8")).get("metrics", {}))
    with tempfile.TemporaryDirectory(prefix="aftersales-bench-") as tmp:
        ctx = Context(n=n, data_dir=data_dir, tmp=Path(tmp), runs=args.runs)
        for part in PARTS:
            wanted = [m for m in metrics_of(part) if m in only]
            if not wanted:
                continue
            started = time.perf_counter()
            module = importlib.import_module(f"bench.{part}")
            results.update(module.measure(ctx, set(wanted)))
            ctx.say(f"{part} measured ({time.perf_counter() - started:.0f} s)")
            if args.save:
                _save(Path(args.save), n, results)
    for m in all_metrics():  # a figure the bench cannot take yet says so, never hides
        if m in only and m not in results:
            results[m] = {"measured": False, "n": n,
                          "why": "not measured by this version of the bench"}
    out = {"n": n, "machine": machine(), "metrics": results}
    if args.json:
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(format_table(results, n))
    return 0


def _save(path: Path, n: int, results: dict[str, Any]) -> None:
    tmp = path.with_suffix(path.suffix + ".part")
    tmp.write_text(json.dumps({"n": n, "machine": machine(), "metrics": results},
                              ensure_ascii=False, indent=1), "utf-8")
    tmp.replace(path)


def machine() -> dict[str, Any]:
    """What the figures ran on: they mean little without it."""
    import platform
    import sqlite3

    out: dict[str, Any] = {"python": platform.python_version(), "os": platform.platform(),
                           "cpus": os.cpu_count(), "sqlite": sqlite3.sqlite_version}
    try:
        import PySide6
        import sqlalchemy

        out.update(pyside6=PySide6.__version__, sqlalchemy=sqlalchemy.__version__)
    except ImportError:
        pass
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as fh:
            out["cpu"] = next((ln.split(":", 1)[1].strip() for ln in fh
                               if ln.startswith("model name")), None)
        with open("/proc/meminfo", encoding="ascii") as fh:
            out["ram_gb"] = round(int(fh.readline().split()[1]) / 1024 / 1024, 1)
        out["load"] = os.getloadavg()
    except (OSError, StopIteration, ValueError):
        pass
    return out


def format_table(results: dict[str, Any], n: int) -> str:
    lines = [f"benchmark at {n:,} cases", "",
             f"{'metric':<26}{'ours':>12}{'baseline':>12}{'ratio':>9}{'target':>9}  met"]
    for key, r in results.items():
        if r.get("measured") is False:
            lines.append(f"{key:<26}{'not measured':>12}")
            continue
        unit = r.get("unit", "")
        ratio = r.get("ratio")
        target = r.get("target")
        met = r.get("met")
        goal = f"{r.get('target_kind', '≤')}{target}" if target else ""
        ratio_text = f"{ratio:.3f}" if isinstance(ratio, float) else "—"
        met_text = "" if met is None else "yes" if met else "NO"
        lines.append(f"{key:<26}{_fmt(r.get('ours'), unit):>12}{_fmt(r.get('baseline'), unit):>12}"
                     f"{ratio_text:>9}{goal:>9}  {met_text}")
    return "\n".join(lines) + "\n"


def _fmt(v: Any, unit: str) -> str:
    if not isinstance(v, int | float):
        return "—"
    if unit == "MB":
        return f"{v:.1f} MB"
    if unit == "s":
        return f"{v * 1000:.2f} ms" if v < 1 else f"{v:.2f} s"
    return f"{v:.4g}"
