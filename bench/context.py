"""What every part of the bench is handed (`Context`), and how it runs its children.

A part is a module with `measure(ctx) -> dict[str, entry]` (bench/run.py lists them);
it times the real window in child processes (`ctx.window(...)`, bench/window.py) or
the services in this process, each against a baseline measured in the same run.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
BENCH_USER = "lina"  # an agent of the demo store: "My cases" has cases


@dataclass
class Context:
    n: int  # cases in the store
    data_dir: Path  # the cached bench store (never written by a part: copy it first)
    tmp: Path  # a scratch folder for this run
    runs: int = 5  # repeated runs of a whole-process figure (start-up and such)
    user: str = BENCH_USER
    log: Any = field(default=None, repr=False)

    @property
    def db_file(self) -> Path:
        from app.config import DB_FILE

        return self.data_dir / DB_FILE

    def say(self, text: str) -> None:
        sys.stderr.write(text + "\n")
        sys.stderr.flush()

    def copy_store(self, name: str) -> Path:
        """A private copy of the bench store's data folder (to write into)."""
        dest = self.tmp / name
        if dest.exists():
            shutil.rmtree(dest)
        shutil.copytree(self.data_dir, dest, ignore=shutil.ignore_patterns("logs", "cache"))
        return dest

    def env(self, config: str | Path, **extra: str) -> dict[str, str]:
        """A child's environment: offscreen Qt, its own settings folder (`config`,
        relative to tmp: the same name means the same user's saved settings)."""
        env = dict(os.environ)
        env.update({"QT_QPA_PLATFORM": "offscreen", "QT_API": "pyside6",
                    "XDG_CONFIG_HOME": str(self.tmp / "config" / str(config)),
                    "PYTHONDONTWRITEBYTECODE": "1"})
        env.setdefault("AFTERSALES_PASSWORD", "demo")  # the demo store is secured
        env.update(extra)
        return env

    def window(self, scenario: str, *, config: str | Path = "default",
               data_dir: Path | None = None, args: dict[str, Any] | None = None,
               env: dict[str, str] | None = None, timeout: float = 1800) -> tuple[float, dict[str, Any]]:
        """Run the real window in a child on a scenario of bench/scenarios; returns
        (wall seconds from spawn to its report, its report)."""
        cmd = [sys.executable, "-m", "bench.window", "--data-dir", str(data_dir or self.data_dir),
               "--user", self.user, "--scenario", scenario]
        for key, value in (args or {}).items():
            cmd += ["--arg", f"{key}={json.dumps(value)}"]
        return run_child(cmd, env or self.env(config), timeout)

    def bare(self, *argv: str, env: dict[str, str] | None = None,
             timeout: float = 1800) -> tuple[float, dict[str, Any]]:
        """Run the bare baseline script (bench/bare.py) in a child."""
        cmd = [sys.executable, str(REPO / "bench" / "bare.py"), *argv]
        return run_child(cmd, env or self.env("bare"), timeout)


def run_child(cmd: list[str], env: dict[str, str], timeout: float = 1800) -> tuple[float, dict[str, Any]]:
    """Spawn, wait for its one JSON line (wall time to it), then for its exit."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            cwd=str(REPO), text=True)
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        wall = time.perf_counter() - t0
        _out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    if not line.strip():
        raise RuntimeError(f"{' '.join(cmd[1:6])} printed nothing (exit {proc.returncode}): "
                           f"{(err or '')[-3000:]}")
    return wall, json.loads(line)
