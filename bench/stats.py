"""The bench's statistics and the shape of every figure it prints.

Every run counts: the median and the p95 are taken over all of them, the first run
included (a first search or a cold page is what an agent waits for once a view, and a
"best of 3" hides it). The p95 is the nearest-rank one: the smallest value that at
least 95 % of the runs do not exceed, so with fewer than 20 runs it is the worst.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Sequence
from typing import Any


def p95(values: Sequence[float]) -> float:
    return percentile(values, 95)


def percentile(values: Sequence[float], pct: float) -> float:
    if not values:
        raise ValueError("no runs to summarise")
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def summary(values: Sequence[float]) -> dict[str, Any]:
    """Median, p95, worst and first of a list of runs (seconds or MB), in run order."""
    vals = list(values)
    return {"median": statistics.median(vals), "p95": p95(vals), "max": max(vals),
            "first": vals[0], "runs": len(vals)}


def timed(fn: Callable[[], object]) -> float:
    import time

    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def runs(fn: Callable[[], object], n: int) -> list[float]:
    """Seconds of each of n calls, the first (cold) one included."""
    return [timed(fn) for _ in range(n)]


def entry(ours: Sequence[float] | float, baseline: Sequence[float] | float, *, n: int,
          target: float, unit: str, stat: str = "median", better: str = "lower",
          limit: float | None = None, target_on: str = "ratio",
          **extra: Any) -> dict[str, Any]:
    """One metric: ours and the baseline (each a list of runs or a single figure),
    the ratio of the chosen statistic (`stat`: median or p95), its target, and
    whether it is met. `better="higher"` for throughputs (the ratio must reach the
    target); `limit` is an absolute ceiling on ours (same unit) where the issue sets
    one as well as a ratio; `target_on="ours"` where the target is ours itself (in
    `unit`), the baseline then shown for comparison only."""
    o = summary(ours) if isinstance(ours, Sequence) else {"median": ours, "p95": ours,
                                                          "runs": 1}
    b = summary(baseline) if isinstance(baseline, Sequence) else {"median": baseline,
                                                                  "p95": baseline, "runs": 1}
    ours_v, base_v = o[stat], b[stat]
    ratio = ours_v / base_v if base_v else None
    if target_on == "ours":
        met = ours_v <= target if better == "lower" else ours_v >= target
    elif ratio is None:
        met = None
    elif better == "higher":
        met = ratio >= target
    else:
        met = ratio <= target
    if met is not None and limit is not None:
        met = met and ours_v <= limit
    return {"ours": ours_v, "baseline": base_v, "ratio": ratio, "target": target,
            "target_kind": "≥" if better == "higher" else "≤", "stat": stat,
            "target_on": target_on, "limit": limit, "met": met, "n": n, "unit": unit,
            "ours_runs": o, "baseline_runs": b, **extra}
