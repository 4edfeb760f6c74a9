"""Opening the store: where it is, migrating it, and refusing unsafe places."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker

from app.config import Location, resolve
from app.store import engine as engines
from app.store import schema
from app.store.errors import StoreError
from app.store.unit_of_work import UnitOfWork, make_sessions, store_error

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

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self.sessions, read_only_reason=self.read_only_reason)

    @property
    def description(self) -> str:
        """The database in use, for status bars and reports (no password)."""
        path = engines.sqlite_path(self.location.db_url)
        if path is not None:
            return str(path)
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def backup_dir(self) -> Path:
        return self.location.data_dir / "backups"

    def close(self) -> None:
        self.engine.dispose()


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
    engine = engines.make_engine(location.db_url, read_only=read_only_reason is not None)
    store = Store(location, engine, make_sessions(engine), read_only_reason)
    if migrate:
        current = engines.read_schema_version(engine)
        if current != schema.HEAD_REVISION:
            if read_only_reason:
                raise StoreError(read_only_reason, "network_drive", path=str(path))
            if current is not None and current > schema.HEAD_REVISION:
                raise StoreError(
                    f"the database was written by a newer version of Aftersales Desk "
                    f"(schema {current}); update the program", "newer_schema", revision=current,
                )
            store.migration_backup = schema.upgrade(engine, store.backup_dir)
    return store
