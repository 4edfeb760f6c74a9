"""The Qt commands end to end, as a user runs them: screenshot and bench."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def run(*args: str, env_extra: dict[str, str] | None = None, timeout: int = 240):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env_extra or {}))
    return subprocess.run([sys.executable, str(REPO / "main.py"), *args], capture_output=True,
                          text=True, env=env, cwd=str(REPO), timeout=timeout)


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


@pytest.fixture
def demo_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    done = run("--data-dir", str(d), "demo", "--cases", "400")
    assert done.returncode == 0, done.stderr
    return d


@pytest.mark.parametrize("view", ["inbox", "case"])
def test_screenshot_writes_the_window(tmp_path: Path, demo_dir: Path, view: str) -> None:
    out = tmp_path / f"{view}.png"
    done = run("--data-dir", str(demo_dir), "screenshot", str(out), "--view", view,
               "--size", "1200x800")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["view"] == view and report["cases"] > 0
    assert png_size(out) == (1200, 800)
    assert out.stat().st_size > 20_000  # a real window, not a blank image


def test_screenshot_refuses_a_bad_target(tmp_path: Path, demo_dir: Path) -> None:
    done = run("--data-dir", str(demo_dir), "screenshot", str(tmp_path / "no" / "x.png"))
    assert done.returncode == 1
    assert "does not exist" in done.stderr
    done = run("--data-dir", str(demo_dir), "screenshot", str(tmp_path / "x.png"), "--size", "big")
    assert done.returncode == 2


@pytest.mark.slow
def test_bench_json_has_every_metric(tmp_path: Path) -> None:
    done = run("bench", "--cases", "2000", "--json", "--runs", "1", timeout=600,
               env_extra={"XDG_CACHE_HOME": str(tmp_path / "cache"),
                          "AFTERSALES_IMPORT_BENCH_ROWS": "500"})
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout)
    for key in ("page_first", "page_deep", "startup", "memory"):
        assert {"ours", "baseline", "ratio"} <= set(result[key]), key
        entry = result[key]
        assert entry["ours"] > 0 and entry["baseline"] > 0
        assert abs(entry["ratio"] - entry["ours"] / entry["baseline"]) < 1e-9
    assert result["page_deep"]["row"] == 1700  # 90 % of 2,000, minus a page
    for key in ("search_long", "search_short", "import"):
        if key in result:
            assert {"ours", "baseline", "ratio"} <= set(result[key])
    assert (tmp_path / "cache").is_dir()  # the store is cached for the next run


def test_first_paint_hook_reports_and_exits(tmp_path: Path, demo_dir: Path) -> None:
    done = run("--data-dir", str(demo_dir), "--user", "lina", timeout=120,
               env_extra={"AFTERSALES_EXIT_AFTER_FIRST_PAINT": "1",
                          "XDG_CONFIG_HOME": str(tmp_path / "config")})
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["rows"] > 0 and report["peak_rss_kb"] > 0
    assert report["quick_start"]  # a first start, on My cases: painted before the store opened


@pytest.mark.parametrize("view", ["due_soon", "overdue"])
def test_a_start_on_a_clock_view_is_quick(tmp_path: Path, demo_dir: Path, view: str) -> None:
    done = run("--data-dir", str(demo_dir), "--user", "lina", timeout=120,
               env_extra={"AFTERSALES_EXIT_AFTER_FIRST_PAINT": "1", "AFTERSALES_START_VIEW": view,
                          "XDG_CONFIG_HOME": str(tmp_path / "config")})
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["rows"] > 0 and report["quick_start"]
