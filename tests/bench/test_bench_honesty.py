"""The bench's own honesty: a child's memory is its own, p95 keeps the first run, and
each whole-process metric has the keys of an entry at small N. No timing assertions."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bench.stats import entry, p95

REPO = Path(__file__).resolve().parents[2]


def test_p95_includes_the_first_run() -> None:
    assert p95([9.0] + [1.0] * 9) == 9.0  # fewer than 20 runs: the worst, the first here
    assert p95([9.0, 1.0, 1.0]) == 9.0
    e = entry([9.0, 1.0, 1.0], [1.0, 1.0, 1.0], n=3, target=2, unit="s", stat="p95")
    assert e["ours"] == 9.0 and e["ours_runs"]["first"] == 9.0 and e["met"] is False


def _vmhwm_child(env: dict[str, str]) -> int:
    code = ("from bench.bare import peak_rss_kb; print(peak_rss_kb())")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=str(REPO), env=env, timeout=60)
    return int(done.stdout.strip())


def test_a_childs_memory_does_not_carry_the_parents_peak() -> None:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    alone = _vmhwm_child(env)
    ballast = bytearray(500 * 1024 * 1024)
    for i in range(0, len(ballast), 4096):  # touch every page: resident
        ballast[i] = 1
    loaded = _vmhwm_child(env)
    del ballast
    assert loaded < 200 * 1024, loaded
    assert loaded < alone * 2 + 10 * 1024


def test_the_whole_process_metrics_at_small_n(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CACHE_HOME=str(tmp_path / "cache"))
    done = subprocess.run([sys.executable, "-m", "bench", "--cases", "300", "--json", "--runs",
                           "1", "--only", "startup,time_to_ready,memory,cold_start"],
                          capture_output=True, text=True, cwd=str(REPO), env=env, timeout=240)
    assert done.returncode == 0, done.stderr[-3000:]
    metrics = json.loads(done.stdout.strip().splitlines()[-1])["metrics"]
    for name in ("startup", "time_to_ready", "memory", "cold_start"):
        m = metrics[name]
        for key in ("ours", "baseline", "ratio", "target", "met", "n", "unit"):
            assert key in m, (name, key)
        assert m["n"] == 300
    mem = metrics["memory"]
    assert 0 < mem["baseline"] < 500 and 0 < mem["ours"] < 1000 and mem["unit"] == "MB"
    assert metrics["startup"]["quick_starts"].endswith("/2")
