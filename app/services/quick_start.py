"""The inbox's first page before the store is open.

Opening the store means importing SQLAlchemy and the models, most of the window's
start-up time. So the first page of every view and sort is shipped as compiled SQL
(`resources/inbox/first_pages.json`, generated from the real query by
`app.services.first_pages`; a test keeps it identical to a fresh generation), with a
`?` wherever the view's filter has a value that moves: the clock for Due soon and
Overdue, the user's id for My cases. At start the window replays the statement for
its start view with plain sqlite3 while Qt loads, with those values computed now
by `inbox_views.view_values` (the function `view_filter` takes them from), and the
store opens after the first paint. Only SQL is shipped, never rows.

It is used only when nothing can have changed its meaning: SQLite, and the schema
revision of the database (one SELECT on alembic_version) equal to the one the SQL
was generated for. Anything else, or any error, returns None: the window then
reads the page from the store as usual. This module imports no SQLAlchemy on purpose.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from app.config import Location
from app.domain.clock import utcnow
from app.services.inbox_views import CaseRow, case_row, view_values

RESOURCE = Path(__file__).resolve().parents[2] / "resources" / "inbox" / "first_pages.json"
_DATETIME_COLUMNS = (1, 12)
_pages: dict[str, Any] | None = None


def page_key(view: str, sort: str, descending: bool) -> str:
    return f"{view}|{sort}|{int(descending)}"


def slots(values: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    """The moving values of a view one by one: ("deadline_to", dt), ("assignee_ids.0", 7)."""
    for name, value in values.items():
        if isinstance(value, tuple):
            for i, item in enumerate(value):
                yield f"{name}.{i}", item
        else:
            yield name, value


def sqlite_value(value: Any) -> Any:
    """A value as SQLAlchemy stores it in SQLite (datetimes are text)."""
    if isinstance(value, datetime):
        return (f"{value.year:04d}-{value.month:02d}-{value.day:02d} {value.hour:02d}:"
                f"{value.minute:02d}:{value.second:02d}.{value.microsecond:06d}")
    if isinstance(value, bool | int | float | str) or value is None:
        return value
    raise TypeError(f"no SQLite parameter for {value!r}")


def sqlite_file(location: Location) -> Path | None:
    prefix = "sqlite:///"
    if not location.db_url.startswith(prefix):
        return None
    return Path(location.db_url[len(prefix):])


def shipped() -> dict[str, Any]:
    """The shipped statements (read once per process)."""
    global _pages
    if _pages is None:
        _pages = json.loads(RESOURCE.read_text("utf-8"))
    return _pages


def replay(location: Location, user: str, view: str, sort: str, descending: bool,
           limit: int = 100, now: datetime | None = None) -> list[CaseRow] | None:
    """The first page of this view for this user, or None when it must come from the store."""
    db = sqlite_file(location)
    if db is None or not db.is_file():
        return None
    try:
        pages = shipped()
        page = pages["pages"].get(page_key(view, sort, descending))
        if page is None or pages["limit"] != limit:
            return None
        conn = sqlite3.connect(f"file:{db.as_posix()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is None or row[0] != pages["revision"]:
                return None
            me_id = None
            if "me" in page["needs"]:
                found = conn.execute("SELECT id FROM users WHERE name = ?", (user,)).fetchone()
                me_id = found[0] if found else None
                if me_id is None:
                    return []  # someone the store does not know has no cases of their own
            values = dict(slots(view_values(view, me_id=me_id, now=now or utcnow())))
            params = [sqlite_value(values[name]) for name in page["params"]]
            rows = conn.execute(page["sql"], params).fetchall()
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
