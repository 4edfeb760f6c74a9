"""The accounts read with plain sqlite3 before the store opens: whether the store is
secured, and the one account the window starts as (its hash and throttle), so that a
first page is replayed only for someone whose password was checked."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class StartAccounts:
    secured: bool
    active: int  # how many active accounts
    password_hash: str | None  # of the named, active account
    locked_until: datetime | None


def read(db_file: Path, name: str) -> StartAccounts | None:
    """None when the file cannot tell (missing, another schema, damaged): the store then
    opens as usual and is asked."""
    if not db_file.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{db_file.as_posix()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        secured = conn.execute("SELECT 1 FROM users WHERE active = 1 AND password_hash "
                               "IS NOT NULL LIMIT 1").fetchone() is not None
        active = conn.execute("SELECT count(*) FROM users WHERE active = 1").fetchone()[0]
        row = conn.execute("SELECT password_hash, locked_until FROM users "
                           "WHERE name = ? AND active = 1", (name,)).fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    until = None
    if row is not None and row[1]:
        try:
            until = datetime.fromisoformat(str(row[1]))
        except ValueError:
            until = datetime.max
    return StartAccounts(secured, int(active), row[0] if row else None, until)
