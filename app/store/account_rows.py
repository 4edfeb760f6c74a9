"""The users table as accounts: password hashes, the sign-in throttle's counts and the
"remember me" token's hash, beside what UserRepository already did for the cases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import exc, func, select, update

from app.domain import accounts
from app.store import models as m
from app.store.repositories import UserRepository


@dataclass(frozen=True)
class AccountRow:
    name: str
    display: str
    role: str
    active: bool
    password_hash: str | None
    failed_signins: int
    locked_until: datetime | None
    remember_hash: str | None
    password_changed_at: datetime | None


def _row(u: m.User) -> AccountRow:
    return AccountRow(u.name, u.display_name, u.role, bool(u.active), u.password_hash,
                      int(u.failed_signins or 0), u.locked_until, u.remember_hash,
                      u.password_changed_at)


class AccountRepository(UserRepository):
    def get(self, name: str, *, for_update: bool = False) -> AccountRow | None:
        """The account; `for_update` holds its row until commit on PostgreSQL (SQLite's
        writer already holds the whole database), so two sign-ins count one after the other."""
        q = select(m.User).where(m.User.name == name)
        if for_update:
            q = q.with_for_update()
        found = self.session.scalar(q)
        return None if found is None else _row(found)

    def all(self) -> list[AccountRow]:
        return [_row(u) for u in self.session.scalars(select(m.User).order_by(m.User.name))]

    def add(self, name: str, display: str, role: str, password_hash: str | None,
            at: datetime) -> bool:
        """False when the name is taken (also by another process just now)."""
        if self.id_of(name) is not None:
            return False
        try:
            with self.session.begin_nested():
                self.session.add(m.User(name=name, display_name=display, role=role,
                                        active=True, created_at=at, password_hash=password_hash,
                                        password_changed_at=at if password_hash else None,
                                        failed_signins=0))
        except exc.IntegrityError as err:
            if "unique" not in str(err.orig).lower():
                raise
            return False
        return True

    def _set(self, name: str, **values: object) -> bool:
        done = self.session.execute(update(m.User).where(m.User.name == name).values(**values))
        return bool(getattr(done, "rowcount", 0))

    def set_password(self, name: str, password_hash: str, at: datetime) -> bool:
        """A new password also forgets a remembered sign-in and lifts the lock."""
        return self._set(name, password_hash=password_hash, password_changed_at=at,
                         failed_signins=0, locked_until=None, remember_hash=None)

    def rehash(self, name: str, password_hash: str) -> None:
        """The same password under the hasher's current parameters."""
        self._set(name, password_hash=password_hash)

    def set_role(self, name: str, role: str) -> bool:
        return self._set(name, role=role)

    def set_active(self, name: str, active: bool) -> bool:
        return self._set(name, active=active, remember_hash=None)

    def record_failure(self, name: str, now: datetime) -> int:
        """Count one more wrong password (in SQL, so two processes both count) and lock
        the account as the throttle says for the new count, which is returned."""
        self._set(name, failed_signins=m.User.failed_signins + 1)
        count = int(self.session.scalar(select(m.User.failed_signins)
                                        .where(m.User.name == name)) or 0)
        self._set(name, locked_until=accounts.locked_until(count, now))
        return count

    def record_success(self, name: str) -> None:
        self._set(name, failed_signins=0, locked_until=None)

    def set_remember(self, name: str, token_hash: str | None) -> None:
        self._set(name, remember_hash=token_hash)

    def active_count(self) -> int:
        return int(self.session.scalar(select(func.count()).select_from(m.User)
                                       .where(m.User.active.is_(True))) or 0)

    def secured(self) -> bool:
        """Any active account has a password: from then on everyone signs in."""
        return self.session.scalar(
            select(m.User.id).where(m.User.active.is_(True),
                                    m.User.password_hash.is_not(None)).limit(1)) is not None
