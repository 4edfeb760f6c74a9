"""A unit of work owns one transaction: it rolls back unless commit() is called.

Services reach storage only through the repositories it hands out (`uow.cases`,
`uow.users`, `uow.history`, `uow.imports`, `uow.evidence`, `uow.demo` …); the SQLAlchemy session
stays inside the store.
"""

from __future__ import annotations

from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING

from sqlalchemy import Engine, exc
from sqlalchemy.orm import Session, sessionmaker

from app.store.engine import WRITE_OPTION
from app.store.errors import StoreError

if TYPE_CHECKING:
    from app.store.coupon_rows import CouponRepository
    from app.store.demo_writer import DemoWriter
    from app.store.evidence_rows import EvidenceRepository
    from app.store.history import HistoryRepository
    from app.store.import_batches import ImportRepository
    from app.store.inbox_queries import InboxRepository
    from app.store.library import LibraryRepository
    from app.store.money_rows import MoneyRowRepository
    from app.store.payment_rows import PaymentRepository
    from app.store.repositories import CaseRepository, UserRepository
    from app.store.settings_store import SettingsRepository
    from app.store.shipments import ShipmentRepository


class UnitOfWork:
    def __init__(self, sessions: sessionmaker[Session], *, read_only_reason: str | None = None,
                 read_only_code: str = "network_drive",
                 read_only_params: dict[str, object] | None = None):
        self._sessions = sessions
        self._read_only_reason = read_only_reason
        self._read_only_code = read_only_code
        self._read_only_params = read_only_params or {}
        self._write = False
        self.session: Session  # for the store's own modules; services use the repositories

    def __enter__(self) -> UnitOfWork:
        self.session = self._sessions()
        if self._write:
            self.session.connection(execution_options={WRITE_OPTION: True})
        return self

    def for_writing(self) -> UnitOfWork:
        """This unit of work will write: on SQLite it waits for the write lock up front,
        so that another process's commit cannot invalidate what it read first. A
        read-only store refuses here, with its reason, before anything is done."""
        if self._read_only_reason:
            raise StoreError(self._read_only_reason, self._read_only_code,
                             **self._read_only_params)
        self._write = True
        return self

    @cached_property
    def cases(self) -> CaseRepository:
        from app.store.repositories import CaseRepository

        return CaseRepository(self.session)

    @cached_property
    def users(self) -> UserRepository:
        from app.store.repositories import UserRepository

        return UserRepository(self.session)

    @cached_property
    def history(self) -> HistoryRepository:
        from app.store.history import HistoryRepository

        return HistoryRepository(self.session)

    @cached_property
    def imports(self) -> ImportRepository:
        from app.store.import_batches import ImportRepository

        return ImportRepository(self.session)

    @cached_property
    def inbox(self) -> InboxRepository:
        from app.store.inbox_queries import InboxRepository

        return InboxRepository(self.session)

    @cached_property
    def settings(self) -> SettingsRepository:
        from app.store.settings_store import SettingsRepository

        return SettingsRepository(self.session)

    @cached_property
    def library(self) -> LibraryRepository:
        from app.store.library import LibraryRepository

        return LibraryRepository(self.session)

    @cached_property
    def shipments(self) -> ShipmentRepository:
        from app.store.shipments import ShipmentRepository

        return ShipmentRepository(self.session)

    @cached_property
    def evidence(self) -> EvidenceRepository:
        from app.store.evidence_rows import EvidenceRepository

        return EvidenceRepository(self.session)

    @cached_property
    def money(self) -> MoneyRowRepository:
        from app.store.money_rows import MoneyRowRepository

        return MoneyRowRepository(self.session)

    @cached_property
    def payments(self) -> PaymentRepository:
        from app.store.payment_rows import PaymentRepository

        return PaymentRepository(self.session)

    @cached_property
    def coupons(self) -> CouponRepository:
        from app.store.coupon_rows import CouponRepository

        return CouponRepository(self.session)

    @cached_property
    def demo(self) -> DemoWriter:
        from app.store.demo_writer import DemoWriter

        return DemoWriter(self.session)

    def __exit__(
        self, exc_type: type[BaseException] | None, exc_val: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self.session.rollback()
        finally:
            self.session.close()

    def commit(self) -> None:
        if not self._write:
            # A writer that did not say so up front would read, then fail at once on
            # SQLite when another process committed meanwhile: a bug, caught in tests.
            raise RuntimeError("a unit of work that commits is opened with for_writing()")
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
