"""The Qt commands end to end, as a user runs them: screenshot (the bench: tests/bench)."""

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
    done = run("--data-dir", str(demo_dir), "--user", "lina", "screenshot", str(out), "--view",
               view, "--size", "1200x800")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["view"] == view and report["cases"] > 0
    assert png_size(out) == (1200, 800)
    assert out.stat().st_size > 20_000  # a real window, not a blank image


def test_screenshots_sign_in_and_show_the_sign_in_dialog(tmp_path: Path, demo_dir: Path) -> None:
    out = tmp_path / "window.png"
    wrong = run("--data-dir", str(demo_dir), "--user", "lina", "screenshot", str(out),
                env_extra={"AFTERSALES_PASSWORD": "wrong"})
    assert wrong.returncode == 3 and "cannot sign in" in wrong.stderr and not out.exists()
    shot = tmp_path / "sign_in.png"
    done = run("--data-dir", str(demo_dir), "--user", "lina", "screenshot", str(shot),
               "--dialog", "sign_in", "--lang", "en", env_extra={"AFTERSALES_PASSWORD": ""})
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1])["dialog"] == "sign_in"
    assert png_size(shot) == (1440, 900)


def test_screenshot_refuses_a_bad_target(tmp_path: Path, demo_dir: Path) -> None:
    done = run("--data-dir", str(demo_dir), "screenshot", str(tmp_path / "no" / "x.png"))
    assert done.returncode == 1
    assert "does not exist" in done.stderr
    done = run("--data-dir", str(demo_dir), "screenshot", str(tmp_path / "x.png"), "--size", "big")
    assert done.returncode == 2


@pytest.mark.parametrize("view", ["approvals", "payments"])
def test_screenshot_of_the_money_views(tmp_path: Path, demo_dir: Path, view: str) -> None:
    """The approvals queue (a supervisor's) and the payments list, over the window: the
    demo leaves payments waiting, so neither is empty."""
    out = tmp_path / f"{view}.png"
    done = run("--data-dir", str(demo_dir), "--user", "zhaoli", "screenshot", str(out),
               "--view", view, "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1])["view"] == view
    assert png_size(out) == (1440, 900) and out.stat().st_size > 20_000


def test_the_approvals_screenshot_is_a_supervisors(tmp_path: Path, demo_dir: Path) -> None:
    out = tmp_path / "approvals.png"
    done = run("--data-dir", str(demo_dir), "--user", "lina", "screenshot", str(out),
               "--view", "approvals")
    assert done.returncode == 1 and "for supervisors" in done.stderr
    assert not out.exists()
