"""`screenshot --view reports --report NAME` end to end: the Reports window at the
screenshot's size, for a supervisor; an agent is refused. Where a report's computation
is not in the tree yet, the run uses the tests' stand-in results (tests/ui/report_fakes)."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.test_commands import REPO, png_size

# Runs main.py's main with the stand-in in place of the reports' run.
WITH_FAKE = ("import sys; sys.path.insert(0, {repo!r}); import main; "
             "from tests.ui import report_fakes; from app.services import reports; "
             "reports.run = lambda s, n, f, a: report_fakes.fake_result(n, f); "
             "sys.exit(main.main(sys.argv[1:]))")


def _computed(name: str) -> bool:
    return importlib.util.find_spec(f"app.services.reports.{name.replace('-', '_')}") is not None


def run(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", AFTERSALES_PASSWORD="demo")
    head = ([str(REPO / "main.py")] if _computed(name) else
            ["-c", WITH_FAKE.format(repo=str(REPO))])
    return subprocess.run([sys.executable, *head, *args], capture_output=True, text=True,
                          env=env, cwd=str(REPO), timeout=240)


@pytest.fixture
def data(demo_store) -> Path:  # type: ignore[no-untyped-def]
    return Path(demo_store.location.data_dir)


def test_the_reports_window_is_shot_whole(tmp_path: Path, data: Path) -> None:
    out = tmp_path / "reports.png"
    done = run("reasons", "--data-dir", str(data), "--user", "zhaoli", "screenshot", str(out),
               "--view", "reports", "--report", "reasons", "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1])["view"] == "reports"
    assert png_size(out) == (1440, 900) and out.stat().st_size > 40_000


def test_the_reports_screenshot_is_a_supervisors(tmp_path: Path, data: Path) -> None:
    out = tmp_path / "reports.png"
    done = run("reasons", "--data-dir", str(data), "--user", "lina", "screenshot", str(out),
               "--view", "reports")
    assert done.returncode == 1 and "for supervisors" in done.stderr
    assert not out.exists()
