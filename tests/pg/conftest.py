"""A throwaway PostgreSQL server for the tests that prove the store runs on it.

The server is the machine's own PostgreSQL binaries, started in a temp folder on a
Unix socket (no TCP port). Where there are none the tests are skipped, unless
AFTERSALES_REQUIRE_PG=1 (CI sets it) turns that into a failure.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

_counter = itertools.count(1)


def _pg_bin(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


def _as_server_user(cmd: list[str]) -> list[str]:
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


def _unavailable(reason: str):  # type: ignore[no-untyped-def]
    if os.environ.get("AFTERSALES_REQUIRE_PG") == "1":
        pytest.fail(f"PostgreSQL is required here but {reason}")
    pytest.skip(f"no PostgreSQL for these tests: {reason}")


@pytest.fixture(scope="session")
def pg_server():  # type: ignore[no-untyped-def]
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not initdb or not pg_ctl:
        _unavailable("initdb/pg_ctl not found")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("the psycopg driver is not installed")
    # Not under pytest's temp folder: that is private to this user, and the server
    # runs as another one.
    root = Path(tempfile.mkdtemp(prefix="aftersales-pg-"))
    root.chmod(0o755)
    data, sock = root / "data", root / "sock"
    sock.mkdir()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(sock, "postgres")
    run = lambda cmd: subprocess.run(_as_server_user(cmd), capture_output=True, text=True, timeout=120)  # noqa: E731
    res = run([initdb, "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale"])
    if res.returncode != 0:
        _unavailable(f"initdb failed: {res.stderr.strip()[:300]}")
    opts = f"-c listen_addresses='' -k {sock} -c fsync=off -c full_page_writes=off"
    res = run([pg_ctl, "-D", str(data), "-o", opts, "-l", str(root / "log"), "-w", "start"])
    if res.returncode != 0:
        _unavailable(f"the server did not start: {res.stderr.strip()[:300]}")
    try:
        yield sock
    finally:
        run([pg_ctl, "-D", str(data), "-m", "immediate", "stop"])
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server):  # type: ignore[no-untyped-def]
    import psycopg

    name = f"t{os.getpid()}_{next(_counter)}"
    admin = psycopg.connect(host=str(pg_server), user="postgres", dbname="postgres", autocommit=True)
    admin.execute(f"CREATE DATABASE {name}")
    yield f"postgresql+psycopg://postgres@/{name}?host={pg_server}"
    admin.execute(f"DROP DATABASE {name} WITH (FORCE)")
    admin.close()


@pytest.fixture
def pg_store(pg_url, tmp_path):  # type: ignore[no-untyped-def]
    from app.services.store import open_store

    store = open_store(tmp_path / "data", pg_url)
    yield store
    store.close()


@pytest.fixture
def pg_demo_store(pg_store):  # type: ignore[no-untyped-def]
    from app.services import demo
    from tests.conftest import FIXED_NOW

    demo.generate(pg_store, 300, seed=7, now=FIXED_NOW)
    return pg_store

