"""Opening the store: where it is, migrating it, and refusing unsafe places and files."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker

from app.config import Location, resolve
from app.domain.archive_info import ArchiveInfo
from app.store import engine as engines
from app.store import schema
from app.store.blobs import BlobStore
from app.store.errors import StoreError
from app.store.unit_of_work import UnitOfWork, make_sessions, store_error

_REVISION = re.compile(r"^\d{4}$")

NETWORK_DRIVE_MESSAGE = (
    "the database {path} is on a network drive; SQLite cannot write safely there. "
    "Copy it to a local disk, or let the team share a PostgreSQL server (--db URL)"
)


@dataclass
class Store:
    location: Location
    engine: Engine
    sessions: sessionmaker[Session]
    read_only_reason: str | None = None
    migration_backup: Path | None = None
    # An offline archive opened read-only (app.services.archive_open); None for a live store.
    archive: ArchiveInfo | None = None

    @cached_property
    def blobs(self) -> BlobStore:
        return BlobStore(self.location.blobs_dir)

    def unit_of_work(self) -> UnitOfWork:
        if self.archive is not None:
            return UnitOfWork(self.sessions, read_only_reason=self.read_only_reason,
                              read_only_code="archive_read_only",
                              read_only_params=self.archive.facts())
        return UnitOfWork(self.sessions, read_only_reason=self.read_only_reason,
                          read_only_params={"path": self.description})

    @property
    def description(self) -> str:
        """The database in use, for status bars and reports (no password)."""
        if self.archive is not None:
            return str(self.archive.path)
        path = engines.sqlite_path(self.location.db_url)
        if path is not None:
            return str(path)
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def backup_dir(self) -> Path:
        return self.location.data_dir / "backups"

    @property
    def protected_paths(self) -> tuple[Path, ...]:
        """What no export or report may ever be written over or into: the database
        file with its journals, the backups folder, the evidence folder and the folder
        of the team's signing key."""
        db = engines.sqlite_path(self.location.db_url)
        files = () if db is None else tuple(
            db.with_name(db.name + suffix) for suffix in ("", "-wal", "-shm", "-journal"))
        return (*files, self.backup_dir, self.location.blobs_dir,
                self.location.data_dir / "keys")

    def close(self) -> None:
        self.engine.dispose()
        if self.archive is not None and self.archive.folder is not None:
            # The archive's private copy goes with it (the archive file stays as it was).
            remove_tree(self.archive.folder)


def remove_tree(folder: Path) -> None:
    """Remove a folder of read-only files (Windows refuses to delete those as they are)."""
    def writable(func: Any, path: str, _exc: object) -> None:
        os.chmod(path, stat.S_IWRITE | stat.S_IREAD)
        func(path)

    with contextlib.suppress(OSError):
        shutil.rmtree(folder, onerror=writable)


def open_store(
    data_dir: str | Path | None = None, db_url: str | None = None, *, migrate: bool = True
) -> Store:
    """Open (creating and migrating as needed) the store; StoreError says why not."""
    location = resolve(data_dir, db_url)
    try:
        return _open(location, migrate)
    except sa_exc.DBAPIError as err:
        raise store_error(err) from err
    except OSError as err:
        raise StoreError(f"cannot use {location.data_dir}: {err}", "no_access",
                         path=str(location.data_dir), detail=str(err)) from err


def _open(location: Location, migrate: bool) -> Store:
    read_only_reason = None
    path = engines.sqlite_path(location.db_url)
    if path is not None and engines.on_network_drive(path.parent if not path.exists() else path):
        read_only_reason = NETWORK_DRIVE_MESSAGE.format(path=path)
        if not path.exists():
            raise StoreError(read_only_reason, "network_drive", path=str(path))
    if migrate and path is not None and path.is_file():
        # Before our engine touches it: its first connection switches the file to WAL.
        facts = engines.peek_sqlite(path)
        if facts is not None:
            _refuse_foreign(*facts, location)
    engine = engines.make_engine(location.db_url, read_only=read_only_reason is not None)
    store = Store(location, engine, make_sessions(engine), read_only_reason)
    if migrate:
        current = engines.read_schema_version(engine)
        if path is None:
            try:
                _refuse_foreign(engines.has_tables(engine), current, location)
            except StoreError:
                engine.dispose()
                raise
        if current != schema.HEAD_REVISION:
            if read_only_reason:
                raise StoreError(read_only_reason, "network_drive", path=str(path))
            if current is not None and is_newer(current):
                raise StoreError(
                    f"the database was written by a newer version of Aftersales Desk "
                    f"(schema {current}); update the program", "newer_schema", revision=current,
                )
            store.migration_backup = schema.upgrade(engine, store.backup_dir)
    return store


def _refuse_foreign(has_tables: bool, current: str | None, location: Location) -> None:
    """Another program's database is never migrated: that would change its tables
    for good, and with no backup taken (we only back up databases we know)."""
    if current is None:
        foreign = has_tables
    else:
        foreign = current not in known_revisions() and not is_newer(current)
    if foreign:
        shown = engines.describe_url(location.db_url)
        raise StoreError(
            f"{shown} is not an Aftersales Desk database (it holds other tables"
            f"{'' if current is None else f', schema {current!r}'}); nothing was changed. "
            "Choose another file or folder", "foreign_database", path=shown,
            revision=current or "")


def known_revisions() -> frozenset[str]:
    """Every revision our migrations name (their files are called 0001_….py, …)."""
    versions = schema.MIGRATIONS / "versions"
    return frozenset(p.name[:4] for p in versions.glob("[0-9][0-9][0-9][0-9]_*.py"))


def is_newer(revision: str) -> bool:
    """A revision of ours that this program does not have yet (written by a newer one)."""
    return bool(_REVISION.match(revision)) and revision > schema.HEAD_REVISION
