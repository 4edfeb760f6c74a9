"""A unit of work owns one transaction: it rolls back unless commit() is called."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import Engine, exc
from sqlalchemy.orm import Session, sessionmaker

from app.store.errors import StoreError


class UnitOfWork:
    def __init__(self, sessions: sessionmaker[Session], *, read_only_reason: str | None = None):
        self._sessions = sessions
        self._read_only_reason = read_only_reason
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = self._sessions()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc_val: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self.session.rollback()
        finally:
            self.session.close()

    def commit(self) -> None:
        if self._read_only_reason:
            raise StoreError(self._read_only_reason, "network_drive")
        try:
            self.session.commit()
        except exc.OperationalError as err:
            raise store_error(err) from err


def store_error(err: exc.DBAPIError) -> StoreError:
    """A driver error as the user should hear it."""
    text = str(err.orig) if err.orig else str(err)
    return StoreError(describe_operational_error(err), _code(text.lower()), detail=text)


def _code(low: str) -> str:
    if "not a database" in low or "malformed" in low:
        return "damaged"
    if "locked" in low or "busy" in low:
        return "busy"
    if "disk" in low and ("full" in low or "i/o" in low):
        return "disk"
    if "readonly" in low or "read-only" in low:
        return "read_only_file"
    return "database"


def describe_operational_error(err: exc.DBAPIError) -> str:
    text = str(err.orig) if err.orig else str(err)
    low = text.lower()
    if "not a database" in low or "malformed" in low:
        return f"the database file is damaged or is not an Aftersales Desk database: {text}"
    if "locked" in low or "busy" in low:
        return "the database is busy in another program; try again in a moment"
    if "disk" in low and ("full" in low or "i/o" in low):
        return f"the disk holding the database failed or is full: {text}"
    if "readonly" in low or "read-only" in low:
        return "the database file is read-only for this user"
    return f"database error: {text}"


def make_sessions(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
