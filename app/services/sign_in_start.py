"""Signing in as the window starts, before the store is open.

The window's first page is replayed with plain sqlite3 while Qt loads (quick_start).
On a secured store it is replayed only for a user whose password was checked first:
`--user NAME` with AFTERSALES_PASSWORD (screenshots, the bench) is checked here,
against the hash read the same plain way, with the throttle's lock honoured. Anything
else — no password given, a wrong one, a PostgreSQL store — goes to the sign-in
dialog, which signs in through `app.services.accounts` (where failures are counted).
"""

from __future__ import annotations

from app.config import Location
from app.domain.accounts import offered_too_long, wait_seconds
from app.domain.clock import utcnow
from app.services.quick_start import sqlite_file
from app.store import account_direct

UNKNOWN = "unknown"  # the file cannot tell: open the store and ask it


def secured_at_start(location: Location) -> bool | str:
    """True / False, or UNKNOWN (PostgreSQL, a new or older store)."""
    db = sqlite_file(location)
    found = None if db is None else account_direct.read(db, "")
    if found is None:
        return UNKNOWN
    return found.secured


def password_checked(location: Location, name: str, password: str) -> bool:
    """Whether `password` is `name`'s on this SQLite store right now (False when the
    account is locked, disabled, unknown or the store is not a file)."""
    from app.services.accounts import password_matches

    db = sqlite_file(location)
    found = None if db is None or offered_too_long(password) else account_direct.read(db, name)
    if found is None or found.password_hash is None:
        return False
    if wait_seconds(found.locked_until, utcnow()):
        return False
    return password_matches(found.password_hash, password)
