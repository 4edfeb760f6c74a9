"""The paint part of the bench at small N: its three figures, each with a baseline
that really painted (the first version timed a bare table not yet on screen: 29 µs).
No timing assertions: the bench compares; this checks it measures."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bench.context import Context

REPO = Path(__file__).resolve().parents[2]


def test_the_paint_part_gives_its_three_figures(tmp_path: Path) -> None:
    from bench import paint

    data = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "main.py", "--data-dir", str(data), "demo",
                           "--cases", "300"], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    ctx = Context(n=300, data_dir=data, tmp=tmp_path / "tmp", runs=1)
    ctx.tmp.mkdir()
    got = paint.measure(ctx, {"paint_screen", "jump_end", "scroll_frame"})
    assert set(got) == {"paint_screen", "jump_end", "scroll_frame"}
    for key, e in got.items():
        assert {"ours", "baseline", "ratio", "target", "met", "n", "unit"} <= set(e), key
        assert e["ours"] > 0 and e["baseline"] > 0 and e["n"] == 300
    screen = got["paint_screen"]
    assert screen["limit"] == 0.016 and screen["rows"] > 0
    assert screen["bare_exposed"] is True  # else its repaints would draw nothing
    assert got["scroll_frame"]["stat"] == "p95" and got["scroll_frame"]["ours_runs"]["runs"] == 50
