"""Every read that goes through the sqlite3 driver itself, beside SQLAlchemy.

Building, compiling and processing a 17-column statement through SQLAlchemy costs
more than SQLite takes to answer it, so on SQLite the inbox's hot reads (the first
page, rows by id, ordered ids) are compiled once per filter and run on the driver's
cursor, and the start-up page is replayed with plain sqlite3 before SQLAlchemy is
even imported. They all live here so that there is one place to get right:

- every value is a bound parameter (`?`), never inlined into the SQL: the search
  box's text is user input, and SQLAlchemy's `literal_binds` must never see that;
- one decoder turns the stored text of datetime columns back into datetimes.

SQLAlchemy is imported only by the functions that compile; `replay` needs sqlite3
alone.
"""

from __future__ import annotations

import sqlite3
from array import array
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from sqlalchemy import Connection, Select
    from sqlalchemy.engine import Dialect
    from sqlalchemy.orm import Session

# deadline_at, updated_at and paused_at in inbox_queries.row_select(): stored as text by SQLite.
DATETIME_COLUMNS = (1, 12, 17)
_FETCH_PART = 4096  # short GIL holds while reading a million ids: the window keeps painting


class Bound(NamedTuple):
    """A statement for the driver: SQL with `?` placeholders and their values in order."""

    sql: str
    params: tuple[Any, ...]


def sqlite_text(value: datetime) -> str:
    """A datetime as SQLAlchemy stores it in SQLite."""
    return (f"{value.year:04d}-{value.month:02d}-{value.day:02d} {value.hour:02d}:"
            f"{value.minute:02d}:{value.second:02d}.{value.microsecond:06d}")


def plain(value: Any) -> Any:
    """A parameter value the sqlite3 driver takes as SQLAlchemy would have stored it."""
    if isinstance(value, datetime):
        return sqlite_text(value)
    if isinstance(value, bool):
        return int(value)
    if value is None or isinstance(value, int | float | str | bytes):
        return value
    raise TypeError(f"no SQLite parameter for {value!r}")


def compile_bound(stmt: Select[*tuple[Any, ...]], dialect: Dialect) -> Bound:
    """`stmt` compiled for the driver with every value bound, none inlined."""
    if dialect.paramstyle != "qmark":
        raise ValueError(f"the driver path needs qmark parameters, not {dialect.paramstyle}")
    # render_postcompile: an IN list becomes one `?` per value instead of a placeholder
    # the driver would not understand.
    compiled = stmt.compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
    values = compiled.construct_params()
    params = []
    for name in compiled.positiontup or ():
        value = values[name]
        bind = compiled.binds.get(name)
        if bind is not None and value is not None:
            process = bind.type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                value = process(value)
        params.append(plain(value))
    return Bound(compiled.string, tuple(params))


def _driver_cursor(bind: Session | Connection) -> sqlite3.Cursor:
    from sqlalchemy import Connection

    conn = bind if isinstance(bind, Connection) else bind.connection()
    return conn.connection.driver_connection.cursor()  # type: ignore[union-attr, no-any-return]


def decode_rows(rows: Sequence[Sequence[Any]]) -> list[list[Any]]:
    """Driver rows of `row_select()` with the types SQLAlchemy would give."""
    parse = datetime.fromisoformat
    out = []
    for row in rows:
        r = list(row)
        for i in DATETIME_COLUMNS:
            if r[i] is not None:
                r[i] = parse(r[i])
        out.append(r)
    return out


def fetch_rows(bind: Session | Connection, bound: Bound) -> list[list[Any]]:
    """Run a `row_select()` statement on the driver's cursor; decoded rows."""
    cursor = _driver_cursor(bind)
    try:
        cursor.execute(bound.sql, bound.params)
        return decode_rows(cursor.fetchall())
    finally:
        cursor.close()


def fetch_ids(bind: Session | Connection, bound: Bound, out: array[int]) -> array[int]:
    """Run a one-column statement of ids; appended to `out` (an array) in parts."""
    cursor = _driver_cursor(bind)
    try:
        cursor.execute(bound.sql, bound.params)
        while True:
            part = cursor.fetchmany(_FETCH_PART)
            if not part:
                break
            out.extend(r[0] for r in part)
    finally:
        cursor.close()
    return out


def rows_by_id(bind: Session | Connection, base: Bound, ids: Sequence[int]) -> list[list[Any]]:
    """`base` (a `row_select()` without WHERE) for these ids, in no particular order."""
    sql = f"{base.sql} WHERE cases.id IN ({', '.join('?' * len(ids))})"
    return fetch_rows(bind, Bound(sql, (*base.params, *(int(i) for i in ids))))


# -- the start-up replay: sqlite3 only ---------------------------------------------------


def replay(db_file: Path, revision: str, sql: str,
           params: Callable[[int | None], Sequence[Any] | None],
           user: str | None = None) -> list[list[Any]] | None:
    """Run a cached first-page statement on the database file, read-only; decoded rows.

    None when the database is at another schema revision than the statement was
    compiled for. `params(me_id)` gives the values, with the id of `user` looked up
    first when a user is named (My cases needs it), or None when the page is empty
    whatever the database holds.
    """
    conn = sqlite3.connect(f"file:{db_file.as_posix()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None or row[0] != revision:
            return None
        me_id = None
        if user is not None:
            found = conn.execute("SELECT id FROM users WHERE name = ?", (user,)).fetchone()
            me_id = found[0] if found else None
        values = params(me_id)
        if values is None:
            return []
        return decode_rows(conn.execute(sql, [plain(p) for p in values]).fetchall())
    finally:
        conn.close()


DriverError = sqlite3.Error
