"""The case table on screen: a repaint, a jump to the end, scrolling, each timed in
the real window's child against a bare QTableView built in the same process."""

from __future__ import annotations

from typing import Any

from bench.context import Context
from bench.stats import entry

METRICS = ("paint_screen", "jump_end", "scroll_frame")


def measure(ctx: Context, wanted: set[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "paint_screen" in wanted:
        _wall, got = ctx.window("paint.screen", args={"runs": max(10, ctx.runs * 6)})
        out["paint_screen"] = entry(got["ours"], got["bare"], n=ctx.n, target=2.5, unit="s",
                                    limit=0.016, rows=got["rows"],
                                    bare_exposed=got["bare_exposed"])
    if wanted & {"jump_end", "scroll_frame"}:
        _wall, got = ctx.window("paint.scroll")
        if "jump_end" in wanted:
            out["jump_end"] = entry(got["jump_ours"], got["jump_base"], n=ctx.n, target=3.0,
                                    unit="s")
        if "scroll_frame" in wanted:
            out["scroll_frame"] = entry(got["ours"], got["bare"], n=ctx.n, target=3.0, unit="s",
                                        stat="p95")
    return out
