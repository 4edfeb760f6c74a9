"""The repository stands alone: a fresh clone, with nothing beside it, collects its tests.

A user's clone has no sibling folders; the tests once read their sample exports from
a folder beside the repository and stopped at collection. This clones the committed HEAD into an empty folder and runs
the collection there, so anything the tests need that is not committed shows up.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

# A path to the folder beside the repo, or a document by the name it has only there.
# The folder's name is put together here so that this file does not point there itself.
_SIBLING = "sha" + "red"
OUTSIDE = re.compile(rf"\.\./{_SIBLING}|{_SIBLING}/(fixtures|DOMAIN|DESIGN|STYLE|seeds|hooks)"
                     r"|\b(DOMAIN|DESIGN|STYLE)\.md\b")


def _git(*args: str, cwd: Path) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                          text=True, timeout=120).stdout


needs_git = pytest.mark.skipif(
    shutil.which("git") is None or not (REPO / ".git").exists(),
    reason="needs git and a git checkout")


@pytest.mark.slow
@needs_git
def test_a_fresh_clone_collects_every_test_with_no_error(tmp_path: Path) -> None:
    alone = tmp_path / "empty"
    alone.mkdir()
    clone = alone / "repo"
    _git("clone", "--quiet", "--no-hardlinks", str(REPO), str(clone), cwd=alone)
    assert sorted(p.name for p in alone.iterdir()) == ["repo"]

    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    # The clone's own code, not the checkout this suite runs from.
    env["PYTHONPATH"] = str(clone)
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"],
        cwd=clone, env=env, capture_output=True, text=True, timeout=600)
    out = run.stdout + run.stderr
    assert run.returncode == 0, out[-4000:]
    assert "error" not in out.splitlines()[-1].lower(), out[-4000:]
    collected = re.search(r"(\d+) tests? collected", out)
    assert collected is not None, out[-4000:]
    assert int(collected.group(1)) > 300
    assert str(clone / "app") in _imported_app(clone, env)


def _imported_app(clone: Path, env: dict[str, str]) -> str:
    return subprocess.run([sys.executable, "-c", "import app; print(app.__file__)"],
                          cwd=clone, env=env, capture_output=True, text=True,
                          timeout=60).stdout


@needs_git
def test_no_committed_file_points_outside_the_repository() -> None:
    offenders = []
    for name in _git("ls-files", cwd=REPO).splitlines():
        path = REPO / name
        if not path.is_file():
            continue
        try:
            text = path.read_text("utf-8")
        except UnicodeDecodeError:
            continue  # a workbook or an image, not a reference
        offenders += [f"{name}:{n}" for n, line in enumerate(text.splitlines(), 1)
                      if OUTSIDE.search(line)]
    assert offenders == []


def test_the_sample_exports_are_in_the_repository() -> None:
    fixtures = REPO / "tests" / "fixtures"
    assert (fixtures / "expected.json").is_file()
    assert {"douyin_aftersales.csv", "kuaishou_aftersales.xlsx", "pinduoduo_aftersales.csv",
            "douyin_orders.csv", "unreadable.xlsx", "unknown_headers.csv"} <= {
        p.name for p in fixtures.iterdir()}


def test_ci_runs_the_readme_test_command_word_for_word() -> None:
    readme = (REPO / "README.md").read_text("utf-8")
    command = re.search(r"Install and run the tests:\n\n```\n(.+)\n```", readme)
    assert command is not None
    ci = (REPO / ".ci" / "run").read_text("utf-8").splitlines()
    assert command.group(1) in ci
