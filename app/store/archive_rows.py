"""The rows an archive carries, copied from the live store (SQLite or PostgreSQL) into a
fresh SQLite file built by our migrations, all read in one transaction so that the
copy is as consistent as the store was at one moment.

The included cases, and everything they reference or that references them; the users
without anything that signs in (password and remember-me hashes, the throttle); the
shared library (templates, macros, import profiles, saved views). Import batches and
idempotency keys stay behind: they are the live store's bookkeeping.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, Table, select
from sqlalchemy import exc as sa_exc

from app.store import engine as engines
from app.store.errors import StoreError
from app.store.models import Base

CHUNK = 500
# Tables copied whole: the users (scrubbed) and the library every case view reads.
WHOLE = ("users", "reply_templates", "macros", "import_profiles", "saved_views")
SCRUBBED = {"password_hash": None, "remember_hash": None, "locked_until": None,
            "failed_signins": 0}
BY_CASE = ("case_events", "evidence", "case_costs", "case_search", "payments", "coupons")
BY_SHOP = ("shop_settings", "coupon_templates", "shop_day_ledger")


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    got = sorted(set(ids))
    for i in range(0, len(got), CHUNK):
        yield got[i:i + CHUNK]


def _rows_in(conn: Connection, name: str, column: str, ids: Iterable[int]) -> list[dict[str, Any]]:
    table = _table(name)
    out: list[dict[str, Any]] = []
    for part in _chunks(ids):
        rows = conn.execute(select(table).where(table.c[column].in_(part)).order_by(
            *table.primary_key.columns))
        out.extend(dict(r._mapping) for r in rows)
    return out


def _ids(rows: list[dict[str, Any]], column: str) -> set[int]:
    return {r[column] for r in rows if r.get(column) is not None}


def included_case_ids(conn: Connection, start: datetime | None, end: datetime | None,
                      shop: str | None) -> list[int]:
    cases, shops = _table("cases"), _table("shops")
    q = select(cases.c.id)
    if start is not None:
        q = q.where(cases.c.created_at >= start)
    if end is not None:
        q = q.where(cases.c.created_at < end)
    if shop is not None:
        q = q.where(cases.c.shop_id.in_(select(shops.c.id).where(shops.c.name == shop)))
    return [r[0] for r in conn.execute(q.order_by(cases.c.id))]


def collect(conn: Connection, case_ids: list[int]) -> dict[str, list[dict[str, Any]]]:
    """Every row the archive holds, by table, read through `conn` (one transaction)."""
    got: dict[str, list[dict[str, Any]]] = {"cases": _rows_in(conn, "cases", "id", case_ids)}
    for name in BY_CASE:
        got[name] = _rows_in(conn, name, "case_id", case_ids)
    orders = _ids(got["cases"], "order_id") | _ids(got["payments"], "order_id")
    got["orders"] = _rows_in(conn, "orders", "id", orders)
    order_ids = _ids(got["orders"], "id")
    got["order_items"] = _rows_in(conn, "order_items", "order_id", order_ids)
    shipments = {r["id"]: r for r in _rows_in(conn, "shipments", "order_id", order_ids)}
    for r in _rows_in(conn, "shipments", "case_id", case_ids):
        if r["order_id"] in order_ids:
            shipments[r["id"]] = r
    got["shipments"] = [shipments[k] for k in sorted(shipments)]
    got["buyers"] = _rows_in(conn, "buyers", "id",
                             _ids(got["orders"], "buyer_id") | _ids(got["coupons"], "buyer_id"))
    got["skus"] = _rows_in(conn, "skus", "id", _ids(got["order_items"], "sku_id"))
    got["products"] = _rows_in(conn, "products", "id", _ids(got["skus"], "product_id"))
    got["suppliers"] = _rows_in(conn, "suppliers", "id", _ids(got["products"], "supplier_id"))
    shop_ids: set[int] = set()
    for name in ("cases", "orders", "products", "payments", "coupons"):
        shop_ids |= _ids(got[name], "shop_id")
    got["shops"] = _rows_in(conn, "shops", "id", shop_ids)
    for name in BY_SHOP:
        got[name] = _rows_in(conn, name, "shop_id", shop_ids)
    acks = _table("acknowledgements")
    got["acknowledgements"] = [
        dict(r._mapping) for r in conn.execute(select(acks).order_by(acks.c.id))
        if r.shop_id is None or r.shop_id in shop_ids]
    for name in WHOLE:
        table = _table(name)
        got[name] = [dict(r._mapping) for r in conn.execute(
            select(table).order_by(*table.primary_key.columns))]
    got["users"] = [{**r, **SCRUBBED} for r in got["users"]]
    return got


def write_rows(engine: Engine, rows: dict[str, list[dict[str, Any]]]) -> dict[str, int]:
    """Insert `rows` into the (freshly migrated, empty) archive database, parents first."""
    counts: dict[str, int] = {}
    with engine.begin() as conn:
        for table in Base.metadata.sorted_tables:
            batch = rows.get(table.name) or []
            if batch:
                conn.execute(table.insert(), batch)
            counts[table.name] = len(batch)
    return counts


def read_consistently(engine: Engine) -> Connection:
    """A connection whose reads all see one moment of the store: PostgreSQL's repeatable
    read; on SQLite (WAL) one read transaction does the same."""
    if engine.dialect.name == "postgresql":
        return engine.connect().execution_options(isolation_level="REPEATABLE READ")
    return engine.connect()


def case_leaves(cases: list[dict[str, Any]]) -> list[tuple[int, str, int, str]]:
    """(id, case_no, history_len, history_head) of every copied case, by id."""
    return sorted((int(r["id"]), str(r["case_no"]), int(r["history_len"]), str(r["history_head"]))
                  for r in cases)


def case_leaves_in(session: Any) -> list[tuple[int, str, int, str]]:
    """The same, of the cases a store holds (an opened archive's snapshot)."""
    cases = _table("cases")
    return [(r.id, r.case_no, r.history_len, r.history_head) for r in session.execute(
        select(cases.c.id, cases.c.case_no, cases.c.history_len, cases.c.history_head)
        .order_by(cases.c.id))]


def snapshot_revision(engine: Engine) -> str | None:
    """The snapshot's schema revision; StoreError when it cannot be read as a database."""
    try:
        return engines.read_schema_version(engine)
    except sa_exc.DBAPIError as err:
        raise StoreError(str(err.orig or err), "damaged", detail=str(err.orig or err)) from err
