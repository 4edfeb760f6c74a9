"""Fast inserts of many plain rows (demo data, imports).

Ids always come from the database: parents are inserted with RETURNING (in the
order given, on SQLite and PostgreSQL alike), so two writers can never pick the
same id, and children carry the ids their parents got.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Table, bindparam, insert, update

from app.store.models import Base

CHUNK = 20000


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def insert_rows(conn: Connection, model: type[Base], rows: Sequence[dict[str, Any]]) -> None:
    """Insert rows whose ids nobody needs back (the database numbers them)."""
    if not rows:
        return
    table = _table(model)
    for start in range(0, len(rows), CHUNK):
        conn.execute(insert(table), list(rows[start:start + CHUNK]))


def insert_returning_ids(conn: Connection, model: type[Base],
                         rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert rows and return the id the database gave each, in the order of `rows`."""
    if not rows:
        return []
    table = _table(model)
    ids: list[int] = []
    for start in range(0, len(rows), CHUNK):
        part = list(rows[start:start + CHUNK])
        ids.extend(_sqlite_ids(conn, table, part) if conn.dialect.name == "sqlite"
                   else _returned_ids(conn, table, part))
    return ids


def _returned_ids(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return [r[0] for r in conn.execute(stmt, rows)]


def _sqlite_ids(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """SQLite numbers a table's new rows max(rowid) + 1, + 2 … while this transaction
    holds the write lock, so one executemany's ids are the run ending at the last
    rowid it reports. That is checked (the run holds exactly these rows); otherwise the
    rows are counted out one RETURNING at a time (which SQLAlchemy does for SQLite when
    asked to keep the order: ten times slower)."""
    before = conn.exec_driver_sql(f"SELECT max(rowid) FROM {table.name}").scalar()
    conn.execute(insert(table), rows)
    last = int(conn.exec_driver_sql("SELECT last_insert_rowid()").scalar_one())
    first = last - len(rows) + 1
    if (before is None or first > before) and conn.exec_driver_sql(
            f"SELECT count(*) FROM {table.name} WHERE rowid BETWEEN ? AND ?",
            (first, last)).scalar_one() == len(rows):
        return list(range(first, last + 1))
    raise AssertionError(f"{table.name}: SQLite did not number new rows in sequence")


def update_by_id(conn: Connection, model: type[Base], rows: Sequence[dict[str, Any]]) -> None:
    """Set the given columns of each row, found by its `id` (all rows name the same columns)."""
    if not rows:
        return
    table = _table(model)
    cols = [c for c in rows[0] if c != "id"]
    stmt = (update(table).where(table.c.id == bindparam("_id"))
            .values({c: bindparam(c) for c in cols}))
    params = [{"_id": r["id"], **{c: r[c] for c in cols}} for r in rows]
    for start in range(0, len(params), CHUNK):
        conn.execute(stmt, params[start:start + CHUNK])
