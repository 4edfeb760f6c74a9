"""The inbox's first page before the store is open.

Opening the store means importing SQLAlchemy and the models, most of the window's
start-up time. So the window remembers the SQL of the first page of the view it
starts with (the statement built by `apply_filter`, values inlined), and on the
next start replays it with plain sqlite3 while the store opens after the first
paint. Only the SQL is remembered, never rows: what is shown is read now.

It is used only when nothing can have changed its meaning: same user, view, sort
and schema revision, a view that does not depend on the clock, and SQLite.
This module imports no SQLAlchemy on purpose.
"""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from app.config import Location
from app.services.inbox_views import CaseRow, case_row

FILE = "inbox-first-page.json"
CLOCK_VIEWS = frozenset({"due_soon", "overdue"})  # their filter moves with time
_DATETIME_COLUMNS = (1, 12)


def key(user: str, view: str, sort: str, descending: bool) -> str:
    return f"{user}|{view}|{sort}|{int(descending)}"


def sqlite_file(location: Location) -> Path | None:
    prefix = "sqlite:///"
    if not location.db_url.startswith(prefix):
        return None
    return Path(location.db_url[len(prefix):])


def remember(data_dir: Path, cache_key: str, revision: str, sql: str) -> None:
    """Keep the SQL of a start view's first page for the next start."""
    target = Path(data_dir) / FILE
    tmp = target.with_name(target.name + ".part")
    tmp.write_text(json.dumps({"key": cache_key, "revision": revision, "sql": sql},
                              ensure_ascii=False), "utf-8")
    os.replace(tmp, target)


def replay(location: Location, cache_key: str, view: str) -> list[CaseRow] | None:
    """The first page for this start, or None when it must come from the store."""
    db = sqlite_file(location)
    if db is None or view in CLOCK_VIEWS or not db.is_file():
        return None
    try:
        saved = json.loads((location.data_dir / FILE).read_text("utf-8"))
        if saved.get("key") != cache_key:
            return None
        conn = sqlite3.connect(f"file:{db.as_posix()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is None or row[0] != saved["revision"]:
                return None
            rows = conn.execute(saved["sql"]).fetchall()
        finally:
            conn.close()
        out = []
        for raw in rows:
            r = list(raw)
            for i in _DATETIME_COLUMNS:
                if r[i] is not None:
                    r[i] = datetime.fromisoformat(r[i])
            out.append(case_row(r))
        return out
    except (OSError, ValueError, KeyError, TypeError, IndexError, sqlite3.Error):
        return None  # anything unexpected: the store path is always right
