"""Local accounts, as rules: what a user name and a password may be, and how repeated
wrong passwords slow down.

Names are what the case history records, so they are short and plain: 1–64
characters, no spaces or control characters. A password a user sets has at least 8
characters (the demo's `demo` is written by the demo itself, past this rule); no
password offered or set is longer than 1024 characters, which is refused before
anything hashes it (argon2 would take a 10 MB "password" as readily as a short one).

The throttle: the first three wrong passwords in a row cost nothing; each further one
locks the account for 2^(n-3) seconds (n the count of failures in a row: 2 s, 4 s,
8 s …), at most 300 s. A try while the account is locked is refused unheard. A
success resets the count.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.domain.enums import Role
from app.domain.errors import DomainError

MAX_NAME = 64
MIN_PASSWORD = 8
MAX_PASSWORD = 1024
FREE_FAILURES = 3
MAX_LOCK_SECONDS = 300
ROLES = tuple(r.value for r in Role)


class AccountRefused(DomainError):
    """A name, password or role the account rules refuse; `problem` is a short code."""

    def __init__(self, message: str, problem: str) -> None:
        super().__init__(message)
        self.problem = problem
        self.code = f"account_{problem}"


class SignInRefused(DomainError):
    """Signing in failed. `reason`: unknown_or_wrong (one message for an unknown name
    and a wrong password, so neither is told apart), disabled, locked (`wait` seconds),
    no_password, too_long."""

    def __init__(self, reason: str, name: str, wait: int = 0) -> None:
        super().__init__(_refusal_text(reason, name, wait))
        self.reason = reason
        self.name = name
        self.wait = wait


def _refusal_text(reason: str, name: str, wait: int) -> str:
    if reason == "disabled":
        return f"the account {name} is disabled; an admin can enable it"
    if reason == "locked":
        unit = "second" if wait == 1 else "seconds"
        return f"too many wrong passwords for {name}: try again in {wait} {unit}"
    if reason == "no_password":
        return f"{name} has no password yet; an admin can set one (users passwd {name})"
    if reason == "too_long":
        return f"a password is at most {MAX_PASSWORD} characters"
    return "unknown user name or wrong password"


@dataclass(frozen=True)
class Principal:
    """Who signed in: the name the history records, the name shown, the role."""

    name: str
    display: str
    role: str


def check_name(name: str) -> str:
    """The name as stored, or AccountRefused."""
    if not name:
        raise AccountRefused("a user name cannot be empty", "name_empty")
    if len(name) > MAX_NAME:
        raise AccountRefused(f"a user name is at most {MAX_NAME} characters", "name_too_long")
    for ch in name:
        if ch.isspace() or unicodedata.category(ch).startswith("C"):
            raise AccountRefused("a user name has no spaces or control characters "
                                 f"(found {ch!r})", "name_characters")
    return name


def check_role(role: str) -> str:
    if role not in ROLES:
        raise AccountRefused(f"a role is one of {', '.join(ROLES)}, not {role!r}", "role")
    return role


def check_display(display: str, name: str) -> str:
    shown = " ".join(display.split()) or name
    if len(shown) > MAX_NAME:
        raise AccountRefused(f"a display name is at most {MAX_NAME} characters",
                             "display_too_long")
    return shown


def check_new_password(password: str) -> str:
    """A password a user sets: 8 to 1024 characters, not only spaces."""
    if len(password) > MAX_PASSWORD:
        raise AccountRefused(f"a password is at most {MAX_PASSWORD} characters",
                             "password_too_long")
    if len(password) < MIN_PASSWORD or not password.strip():
        raise AccountRefused(f"a password has at least {MIN_PASSWORD} characters",
                             "password_too_short")
    return password


def offered_too_long(password: str) -> bool:
    return len(password) > MAX_PASSWORD


def lock_seconds(failures: int) -> int:
    """How long the account stays locked after its `failures`-th wrong password in a row."""
    if failures <= FREE_FAILURES:
        return 0
    return min(int(2 ** min(failures - FREE_FAILURES, 9)), MAX_LOCK_SECONDS)


def locked_until(failures: int, now: datetime) -> datetime | None:
    seconds = lock_seconds(failures)
    return now + timedelta(seconds=seconds) if seconds else None


def wait_seconds(until: datetime | None, now: datetime) -> int:
    """Whole seconds left before the next try is heard (0: not locked)."""
    if until is None or until <= now:
        return 0
    return max(1, math.ceil((until - now).total_seconds()))
