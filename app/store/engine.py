"""Engine-specific code lives here and only here.

Everything SQLite-only (pragmas, network-drive refusal, online backup, integrity
check) is in this module, behind functions that also say what to do on PostgreSQL,
so the rest of the store and the services run unchanged on either engine.
"""

from __future__ import annotations

import os
import re
import sqlite3
import sys
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, exc, inspect, text
from sqlalchemy.engine import URL, make_url

from app.store.errors import StoreError

# The engines the schema and its migrations are written for.
BACKENDS = ("sqlite", "postgresql")
DRIVER_HINTS = {"postgresql": "pip install 'psycopg[binary]' and use postgresql+psycopg://"}
_PASSWORD = re.compile(r"(://[^:/@]*:)[^@]*@")

NETWORK_FS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smbfs", "smb2", "smb3", "afpfs", "webdav", "davfs",
    "fuse.sshfs", "sshfs", "9p", "ncpfs", "fuse.rclone", "afs",
})


def parse_url(url: str | URL) -> URL:
    """A database URL, or StoreError `bad_url` saying why it is not one we can use."""
    if isinstance(url, URL):
        return url
    try:
        u = make_url(url)
    except (exc.ArgumentError, ValueError) as err:
        raise StoreError(
            f"{hide_password(url)!r} is not a database URL; write sqlite:///PATH/TO/FILE.db "
            "or postgresql+psycopg://USER@HOST/DB", "bad_url", url=hide_password(url),
            detail=str(err)) from err
    if u.get_backend_name() not in BACKENDS:
        raise StoreError(
            f"{u.render_as_string(hide_password=True)}: Aftersales Desk keeps its data in "
            "SQLite or PostgreSQL, not in " + u.get_backend_name(), "bad_url",
            url=u.render_as_string(hide_password=True), detail=u.get_backend_name())
    return u


def check_driver(url: str | URL) -> URL:
    """The URL, once its dialect and driver load; StoreError `bad_url` / `driver_missing`."""
    u = parse_url(url)
    shown = u.render_as_string(hide_password=True)
    try:
        dialect = u.get_dialect()
    except exc.NoSuchModuleError as err:
        raise StoreError(f"{shown}: no database driver is called {u.get_driver_name()!r}",
                         "bad_url", url=shown, detail=str(err)) from err
    try:
        dialect.import_dbapi()
    except ImportError as err:
        hint = DRIVER_HINTS.get(u.get_backend_name(), "install it")
        module = err.name or u.get_driver_name()
        raise StoreError(f"{shown}: the database driver {module!r} is not installed; {hint}",
                         "driver_missing", url=shown, driver=module) from err
    return u


def hide_password(url: str) -> str:
    return _PASSWORD.sub(r"\1***@", url)


def describe_url(url: str) -> str:
    """The database for logs and status bars: a file's path, or the URL without password."""
    try:
        u = parse_url(url)
    except StoreError:
        return hide_password(url)
    path = sqlite_path(u)
    return str(path) if path is not None else u.render_as_string(hide_password=True)


def is_sqlite(engine_or_url: Engine | str) -> bool:
    url = engine_or_url.url if isinstance(engine_or_url, Engine) else parse_url(engine_or_url)
    return url.get_backend_name() == "sqlite"


def sqlite_path(url: str | URL) -> Path | None:
    u = parse_url(url)
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
# SQLite's page cache, per connection, in KiB. The window keeps a few pooled
# connections: at 64 MiB each they were most of its memory at a million cases, and
# its reads are index walks the OS cache serves as well. Bulk loads, which rewrite
# index pages over and over, get the larger cache while they run.
CACHE_KIB = 16 * 1024
BULK_CACHE_KIB = 64 * 1024


def bulk_cache(conn: Connection, on: bool) -> None:
    """Give this connection the bulk-load page cache (on) or the normal one (off)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB if on else CACHE_KIB}")


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    check_driver(url)
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
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy own BEGIN/COMMIT (the pysqlite recipe): otherwise the
        # driver's implicit transactions break SAVEPOINT and read consistency.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        if read_only:
            # Besides the file's mode=ro: this connection refuses every write itself.
            cur.execute("PRAGMA query_only=ON")
        else:
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=15000")
        cur.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
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
            assert isinstance(src, sqlite3.Connection)  # is_sqlite above: the pysqlite driver
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
                # The online backup copies pages as they are: a damaged source gives
                # a damaged copy, which must not pass for a backup.
                problems = [r[0] for r in dst.execute("PRAGMA integrity_check(5)")]
            finally:
                dst.close()
        finally:
            raw.close()
        if problems != ["ok"]:
            tmp.unlink(missing_ok=True)
            raise StoreError(
                f"backup to {out} failed: the database is damaged, its copy fails the "
                f"integrity check ({problems[0]}); nothing was written. Run verify, and keep "
                "the last good backup", "backup_damaged", path=str(out), detail="; ".join(problems))
        os.replace(tmp, out)
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"backup to {out} failed: {exc}", "backup_failed", path=str(out),
                         detail=str(exc)) from exc


def compact_sqlite(path: Path) -> None:
    """One self-contained file, as small as it gets: out of WAL (a file opened read-only
    elsewhere must not need its -wal and -shm), vacuumed."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("VACUUM")
    finally:
        conn.close()


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


def peek_sqlite(path: Path) -> tuple[bool, str | None] | None:
    """(holds any table, our schema revision) of an existing SQLite file, read without
    changing it; None when it cannot be read that way (opening it says why)."""
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        names = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
        version = None
        if "alembic_version" in names:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            version = row[0] if row else None
        return bool(names), version
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def has_tables(engine: Engine) -> bool:
    """Whether the database holds any table at all (a new, empty one holds none)."""
    with engine.connect() as conn:
        return bool(inspect(conn).get_table_names())


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
