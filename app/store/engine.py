"""Engine-specific code lives here and only here.

Everything SQLite-only (pragmas, network-drive refusal, online backup, integrity
check) is in this module, behind functions that also say what to do on PostgreSQL,
so the rest of the store and the services run unchanged on either engine.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, exc, text
from sqlalchemy.engine import make_url

from app.store.errors import StoreError

NETWORK_FS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smbfs", "smb2", "smb3", "afpfs", "webdav", "davfs",
    "fuse.sshfs", "sshfs", "9p", "ncpfs", "fuse.rclone", "afs",
})


def is_sqlite(engine_or_url: Engine | str) -> bool:
    url = engine_or_url.url if isinstance(engine_or_url, Engine) else make_url(engine_or_url)
    return url.get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def on_network_drive(path: Path) -> bool:
    """True where SQLite's locking cannot be trusted (SQLite FAQ: not on network files)."""
    path = Path(path).resolve()
    if os.environ.get("AFTERSALES_ASSUME_NETWORK_DRIVE") == "1":
        return True
    if sys.platform == "win32":
        text_path = str(path)
        if text_path.startswith("\\\\"):
            return True
        import ctypes

        drive = os.path.splitdrive(text_path)[0] + "\\"
        return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # DRIVE_REMOTE
    return _mount_fstype(path) in NETWORK_FS


def _mount_fstype(path: Path) -> str:
    mounts: list[tuple[str, str]] = []
    try:
        if sys.platform == "darwin":
            import subprocess

            out = subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=5).stdout
            for line in out.splitlines():
                # "//user@server/share on /Volumes/share (smbfs, nodev, …)"
                if " on " in line and "(" in line:
                    point = line.split(" on ", 1)[1].rsplit(" (", 1)[0]
                    fstype = line.rsplit("(", 1)[1].split(",")[0].strip(" )")
                    mounts.append((point, fstype))
        else:
            with open("/proc/mounts", encoding="utf-8") as fh:
                for line in fh:
                    parts = line.split()
                    if len(parts) >= 3:
                        mounts.append((parts[1].replace("\\040", " "), parts[2]))
    except (OSError, ValueError):
        return ""
    best, best_len = "", -1
    text_path = path.as_posix()
    for point, fstype in mounts:
        if (text_path == point or text_path.startswith(point.rstrip("/") + "/")) and len(point) > best_len:
            best, best_len = fstype, len(point)
    return best


WRITE_OPTION = "aftersales_write"


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    if not is_sqlite(url):
        return create_engine(url, pool_pre_ping=True)
    path = sqlite_path(url)
    if path is not None:
        if read_only:
            uri = f"file:{path.as_posix()}?mode=ro"
            engine = create_engine(
                "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)
            )
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 15})
    else:
        engine = create_engine(url)
    _install_sqlite_pragmas(engine, read_only=read_only)
    return engine


def _install_sqlite_pragmas(engine: Engine, *, read_only: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        # Let SQLAlchemy own BEGIN/COMMIT (the pysqlite recipe): otherwise the
        # driver's implicit transactions break SAVEPOINT and read consistency.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        if not read_only:
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=15000")
        cur.execute("PRAGMA cache_size=-65536")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # type: ignore[no-untyped-def]
        # A transaction that will write takes the write lock at once (BEGIN IMMEDIATE):
        # one that read first and wrote later would fail at once, not wait, whenever
        # another process committed in between (WAL's stale-snapshot rule).
        immediate = conn.get_execution_options().get(WRITE_OPTION) and not read_only
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def integrity_problems(engine: Engine) -> list[str]:
    """Engine-level consistency: integrity_check and foreign_key_check on SQLite.

    PostgreSQL enforces both itself, so there is nothing extra to check there.
    """
    if not is_sqlite(engine):
        return []
    problems: list[str] = []
    with engine.connect() as conn:
        rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            problems.extend(f"integrity: {r}" for r in rows[:20])
        for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()[:20]:
            problems.append(f"foreign key: {table} row {rowid} points to a missing {parent}")
    return problems


def backup_to(engine: Engine, out: Path) -> None:
    """A consistent copy while others write: SQLite's online backup API.

    The copy is written next to the target and renamed into place, so a failure
    never leaves a half-written file under the requested name.
    """
    if not is_sqlite(engine):
        raise StoreError("backup of a server database is the server's job: use pg_dump",
                         "server_backup")
    out = Path(out)
    if out.exists():
        raise StoreError(f"{out} already exists; choose a new file name", "exists", path=str(out))
    if not out.parent.is_dir():
        raise StoreError(f"folder {out.parent} does not exist", "no_folder", path=str(out.parent))
    tmp = out.with_name(out.name + ".part")
    try:
        raw = engine.raw_connection()
        try:
            src = raw.driver_connection
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            raw.close()
        os.replace(tmp, out)
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"backup to {out} failed: {exc}", "backup_failed", path=str(out),
                         detail=str(exc)) from exc


def file_copy_for_migration(engine: Engine, backup_dir: Path, label: str) -> Path | None:
    """Back the database up before a migration; None where there is nothing to back up."""
    path = sqlite_path(str(engine.url))
    if path is None or not path.exists() or path.stat().st_size == 0:
        return None
    backup_dir.mkdir(parents=True, exist_ok=True)
    target = backup_dir / f"{path.stem}-before-{label}.db"
    n = 1
    while target.exists():
        n += 1
        target = backup_dir / f"{path.stem}-before-{label}-{n}.db"
    backup_to(engine, target)
    return target


def read_schema_version(engine: Engine) -> str | None:
    """The applied Alembic revision, read cheaply (no Alembic import)."""
    with engine.connect() as conn:
        try:
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        except exc.DBAPIError:  # no table yet: an empty database
            conn.rollback()
            return None
    return row[0] if row else None


def refresh_planner_statistics(conn: Connection) -> None:
    """After a bulk load: let the query planner know how the data is spread.

    Without statistics SQLite walks every open case to find the few urged ones; a
    sampled ANALYZE takes a fraction of a second even at a million cases.
    PostgreSQL's autovacuum keeps its own statistics.
    """
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA analysis_limit=1000")
        conn.exec_driver_sql("ANALYZE")
        # Statistics of the full-text shadow tables only mislead: taken while they
        # were small, they made every later index insert several times slower.
        conn.exec_driver_sql(
            "DELETE FROM sqlite_stat1 WHERE tbl LIKE 'case\\_fts%' ESCAPE '\\'"
            " OR tbl LIKE 'case\\_grams%' ESCAPE '\\'")
