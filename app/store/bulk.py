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
    stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    ids: list[int] = []
    for start in range(0, len(rows), CHUNK):
        ids.extend(r[0] for r in conn.execute(stmt, list(rows[start:start + CHUNK])))
    return ids


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
