"""Fast inserts of many plain rows (demo data, imports, benchmarks)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, func, insert, select

from app.store import engine as engines
from app.store.models import Base

CHUNK = 20000


def next_id(conn: Connection, model: type[Base]) -> int:
    return int(conn.execute(select(func.coalesce(func.max(model.id), 0))).scalar_one()) + 1  # type: ignore[attr-defined]


def insert_rows(conn: Connection, model: type[Base], rows: Sequence[dict[str, Any]]) -> None:
    if not rows:
        return
    table = model.__table__  # type: ignore[attr-defined]
    for start in range(0, len(rows), CHUNK):
        conn.execute(insert(table), list(rows[start:start + CHUNK]))
    if "id" in rows[0]:
        engines.advance_id_sequence(conn, table.name)

