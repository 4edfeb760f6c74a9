"""Accounts and signing in: argon2id passwords, the throttle, "remember me", and the
admin's work on accounts.

A store where no active account has a password (a new store, or one an older version
made) is *unsecured*: it keeps working as before — whoever runs it names themselves,
and roles still come from the users table — until someone sets a password. From then
on every user signs in. While unsecured, the first admin may be added without signing
in; anything else on accounts needs MANAGE_USERS (or is one's own password).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from app.domain import accounts as rules
from app.domain.accounts import AccountRefused, Principal, SignInRefused
from app.domain.clock import utcnow
from app.domain.enums import Role
from app.domain.permissions import Permission
from app.services.access import require_in
from app.store.errors import StoreError

if TYPE_CHECKING:
    from app.services.store import Store

__all__ = ["AccountRefused", "Principal", "SignInRefused", "hasher"]

# argon2-cffi's own current defaults: RFC 9106's low-memory argon2id profile (t=3,
# 64 MiB, p=4). Never weakened here, nor in tests: what is tested is what ships.
hasher = PasswordHasher()


@cache
def _dummy_hash() -> str:
    """A hash no password matches: an unknown name is verified against it, so that
    answering does not take visibly less time than for a known one."""
    return hasher.hash(secrets.token_hex(16))


def password_matches(password_hash: str | None, password: str) -> bool:
    try:
        return hasher.verify(password_hash or _dummy_hash(), password)
    except (VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True)
class AccountInfo:
    name: str
    display: str
    role: str
    active: bool
    password_set: bool
    failed_signins: int
    locked_for: int  # seconds before the next try is heard

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def secured(store: Store) -> bool:
    with store.unit_of_work() as uow:
        return uow.users.secured()


def _writable(store: Store) -> bool:
    return store.read_only_reason is None


def sign_in(store: Store, name: str, password: str, now: datetime | None = None) -> Principal:
    """The principal, or SignInRefused. The account's row is held while the password is
    checked, so that tries from several processes are counted one after the other."""
    if rules.offered_too_long(password):
        raise SignInRefused("too_long", name)
    now = now or utcnow()
    write = _writable(store)
    uow = store.unit_of_work()
    refused: SignInRefused | None = None
    with uow.for_writing() if write else uow:
        row = uow.users.get(name, for_update=write)
        if row is None or row.password_hash is None:
            password_matches(None, password)  # the same time as a wrong password takes
            raise SignInRefused("unknown_or_wrong" if row is None else "no_password", name)
        wait = rules.wait_seconds(row.locked_until, now)
        if wait:
            raise SignInRefused("locked", name, wait)
        if not password_matches(row.password_hash, password):
            count = uow.users.record_failure(name, now) if write else row.failed_signins
            refused = SignInRefused("unknown_or_wrong", name, rules.lock_seconds(count))
        elif not row.active:
            refused = SignInRefused("disabled", name)
        elif write:
            if row.failed_signins or row.locked_until:
                uow.users.record_success(name)
            if hasher.check_needs_rehash(row.password_hash):
                uow.users.rehash(name, hasher.hash(password))
        if write:
            _commit_if_possible(uow)
    if refused is not None:
        raise refused
    return Principal(row.name, row.display, row.role)


def _commit_if_possible(uow: Any) -> None:
    try:
        uow.commit()
    except StoreError as err:
        # A store opened read-only (an archive, a file on a network drive) still lets
        # its users in; it cannot count their failures, nor can it be changed anyway.
        if err.code not in ("network_drive", "read_only_file"):
            raise


def principal(store: Store, name: str) -> Principal | None:
    """Who `name` is on an unsecured store, where nobody signs in (None: unknown or disabled)."""
    with store.unit_of_work() as uow:
        row = uow.users.get(name)
    if row is None or not row.active:
        return None
    return Principal(row.name, row.display, row.role)


# -- "remember me", for a store one person works ------------------------------------

def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()


def remember(store: Store, name: str) -> str | None:
    """A new token that signs `name` in without a password on this computer, or None
    unless the store has exactly one active account, and it is `name`'s."""
    token = secrets.token_urlsafe(32)
    with store.unit_of_work().for_writing() as uow:
        row = uow.users.get(name)
        if row is None or not row.active or uow.users.active_count() != 1:
            return None
        uow.users.set_remember(name, _token_hash(token))
        uow.commit()
    return token


def sign_in_remembered(store: Store, name: str, token: str) -> Principal | None:
    """The principal if `token` is the one remembered for `name` and the store still has
    that one active account; None otherwise (ask for the password)."""
    if not token or len(token) > 256:
        return None
    with store.unit_of_work() as uow:
        row = uow.users.get(name)
        if (row is None or not row.active or row.remember_hash is None
                or uow.users.active_count() != 1):
            return None
    if not hmac.compare_digest(row.remember_hash, _token_hash(token)):
        return None
    return Principal(row.name, row.display, row.role)


def forget(store: Store, name: str) -> None:
    """Signing out: the remembered token stops working."""
    if not _writable(store):
        return
    with store.unit_of_work().for_writing() as uow:
        uow.users.set_remember(name, None)
        uow.commit()


# -- managing accounts --------------------------------------------------------------

def add_user(store: Store, actor: str, name: str, role: str, password: str,
             display: str = "", now: datetime | None = None) -> AccountInfo:
    name = rules.check_name(name)
    role = rules.check_role(role)
    shown = rules.check_display(display, name)
    password_hash = hasher.hash(rules.check_new_password(password))
    now = now or utcnow()
    with store.unit_of_work().for_writing() as uow:
        if uow.users.secured() or role != Role.ADMIN.value:
            require_in(uow, actor, Permission.MANAGE_USERS)
        if not uow.users.add(name, shown, role, password_hash, now):
            raise AccountRefused(f"there is already a user named {name}; "
                                 f"set a password with: users passwd {name}", "exists")
        uow.commit()
    return AccountInfo(name, shown, role, True, True, 0, 0)


def set_password(store: Store, actor: str, name: str, password: str,
                 now: datetime | None = None) -> None:
    """One's own password, or (MANAGE_USERS) anyone's; a remembered sign-in is forgotten."""
    password_hash = hasher.hash(rules.check_new_password(password))
    with store.unit_of_work().for_writing() as uow:
        if actor != name:
            require_in(uow, actor, Permission.MANAGE_USERS)
        if not uow.users.set_password(name, password_hash, now or utcnow()):
            raise AccountRefused(f"there is no user named {name}", "unknown")
        uow.commit()


def change_own_password(store: Store, name: str, current: str, new: str) -> None:
    """The window's Change password: the current password proves it is them."""
    rules.check_new_password(new)
    sign_in(store, name, current)
    set_password(store, name, name, new)


def set_active(store: Store, actor: str, name: str, active: bool) -> None:
    with store.unit_of_work().for_writing() as uow:
        require_in(uow, actor, Permission.MANAGE_USERS)
        if not active and name == actor:
            # Also keeps a secured store secured: the admin doing it still has a password.
            raise AccountRefused("you cannot disable your own account", "self")
        if not uow.users.set_active(name, active):
            raise AccountRefused(f"there is no user named {name}", "unknown")
        uow.commit()


def disable(store: Store, actor: str, name: str) -> None:
    set_active(store, actor, name, False)


def enable(store: Store, actor: str, name: str) -> None:
    set_active(store, actor, name, True)


def list_users(store: Store, actor: str,
               now: datetime | None = None) -> tuple[bool, list[AccountInfo]]:
    """Whether the store is secured, and every account; on a secured store MANAGE_USERS
    (an unsecured one shows anyone that nobody has a password yet)."""
    now = now or utcnow()
    with store.unit_of_work() as uow:
        is_secured = uow.users.secured()
        if is_secured:
            require_in(uow, actor, Permission.MANAGE_USERS)
        rows = uow.users.all()
    return is_secured, [
        AccountInfo(r.name, r.display, r.role, r.active, r.password_hash is not None,
                    r.failed_signins, rules.wait_seconds(r.locked_until, now)) for r in rows]


@dataclass(frozen=True)
class StartInfo:
    """What the sign-in dialog needs once the store is open."""

    secured: bool
    accounts: list[tuple[str, str, str]]  # (name, display, role) of every active account
    remembered: Principal | None  # signed in by this computer's "remember me" token

    @property
    def one_person(self) -> bool:
        return len(self.accounts) == 1


def start_info(store: Store, remembered: tuple[str, str] | None = None) -> StartInfo:
    with store.unit_of_work() as uow:
        is_secured = uow.users.secured()
        people = uow.users.active()
    who = sign_in_remembered(store, *remembered) if remembered and is_secured else None
    return StartInfo(is_secured, people, who)
