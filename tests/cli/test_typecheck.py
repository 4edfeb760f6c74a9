"""mypy over app/ (config in pyproject.toml): files that are clean stay clean.

`.ci/run` runs mypy itself and must end clean; until it does, this test keeps
the files already clean from slipping back, and names the ones still to fix.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

# Not clean yet when the check arrived; each is removed from here once fixed.
NOT_YET_CLEAN = frozenset({
    "app/services/import_bench.py", "app/services/inbox.py", "app/services/search_bench.py",
    "app/store/inbox_queries.py",
})


@pytest.mark.slow
def test_mypy_finds_no_error_outside_the_files_still_to_fix(tmp_path: Path) -> None:
    pytest.importorskip("mypy")
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "cache"),
         "--no-error-summary"],
        cwd=REPO, capture_output=True, text=True, timeout=600)
    errors = [line for line in proc.stdout.splitlines() if ": error:" in line]
    assert proc.returncode in (0, 1), proc.stdout + proc.stderr  # 2: mypy itself failed
    assert [e for e in errors if e.split(":", 1)[0] not in NOT_YET_CLEAN] == []
