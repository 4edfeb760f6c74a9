"""The benchmark's store and its raw-sqlite3 baselines (the window half is bench/run.py).

A store of N demo cases takes minutes to build at a million, so it is cached in the
user cache folder, keyed by N, the schema revision and this module's data-format
version; it is built in a `.part` folder and renamed when complete, so an
interrupted build is never mistaken for a finished one.
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from app.config import APP_AUTHOR, APP_NAME, DB_FILE
from app.services.store import Store, open_store
from app.store import engine as engines
from app.store.schema import HEAD_REVISION

DATA_FORMAT = 1
SEED = 1


def cache_root() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)) / "bench"


def store_dir(cases: int) -> Path:
    return cache_root() / f"v{DATA_FORMAT}-{HEAD_REVISION}-{cases}"


def bench_store(cases: int, *, rebuild: bool = False,
                progress: Callable[[int, int], None] | None = None,
                now: datetime | None = None) -> Path:
    """The folder of a store with `cases` demo cases, built once and then reused."""
    from app.services import demo

    if cases < 1:
        raise ValueError("--cases must be at least 1")
    target = store_dir(cases)
    if rebuild and target.exists():
        shutil.rmtree(target)
    if (target / DB_FILE).is_file():
        return target
    part = target.with_name(target.name + ".part")
    shutil.rmtree(part, ignore_errors=True)
    older = _older_revision(cases)
    if older is not None:  # a million cases take half an hour to make, a migration less
        older.rename(part)
        open_store(part).close()  # migrates to this revision (after its own backup)
        shutil.rmtree(part / "backups", ignore_errors=True)
        part.rename(target)
        return target
    for old in cache_root().glob(f"v*-{cases}"):  # other formats of the same size
        if old.is_dir():
            shutil.rmtree(old, ignore_errors=True)
    store = open_store(part)
    try:
        demo.generate(store, cases, seed=SEED, now=now, progress=progress)
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()
    part.rename(target)
    return target


def _older_revision(cases: int) -> Path | None:
    """A finished store of this size and data format made at an earlier schema revision."""
    found = sorted(p for p in cache_root().glob(f"v{DATA_FORMAT}-*-{cases}")
                   if (p / DB_FILE).is_file() and p.name.split("-")[1] < HEAD_REVISION)
    return found[-1] if found else None


def raw_connection(store: Store) -> sqlite3.Connection:
    path = engines.sqlite_path(store.location.db_url)
    if path is None:
        raise ValueError("the benchmark's baselines need a SQLite store")
    return sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)


def median_seconds(fn: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def raw_query_seconds(store: Store, sql: str, repeats: int = 15) -> tuple[float, int]:
    """Median time to run `sql` and fetch every row through plain sqlite3."""
    conn = raw_connection(store)
    try:
        rows = conn.execute(sql).fetchall()  # warm the page cache like ours is warmed
        return median_seconds(lambda: conn.execute(sql).fetchall(), repeats), len(rows)
    finally:
        conn.close()
