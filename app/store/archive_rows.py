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


class Copier:
    """Copies rows chunk by chunk from `src` (one read transaction) into `dst` (one write
    transaction, foreign keys checked at its commit), remembering only the ids the next
    tables are chosen by: a store of a million cases is never held in memory whole."""

    def __init__(self, src: Connection, dst: Connection) -> None:
        self.src, self.dst = src, dst
        self.counts: dict[str, int] = {}
        self.seen: dict[str, set[Any]] = {}
        self.leaves: list[tuple[int, str, int, str]] = []

    def ids(self, *keys: str) -> set[Any]:
        out: set[Any] = set()
        for key in keys:
            out |= self.seen.get(key, set())
        return out

    def _put(self, name: str, rows: list[dict[str, Any]], keep: tuple[str, ...]) -> None:
        for key in keep:
            column = key.split(".", 1)[1]
            self.seen.setdefault(key, set()).update(
                r[column] for r in rows if r.get(column) is not None)
        if name == "users":
            rows = [{**r, **SCRUBBED} for r in rows]
        if name == "cases":
            self.leaves += [(r["id"], r["case_no"], r["history_len"], r["history_head"])
                            for r in rows]
        if rows:
            self.dst.execute(_table(name).insert(), rows)
        self.counts[name] = self.counts.get(name, 0) + len(rows)

    def by(self, name: str, column: str, ids: Iterable[Any], *keep: str) -> None:
        table = _table(name)
        self.counts.setdefault(name, 0)
        for part in _chunks(ids):
            rows = self.src.execute(select(table).where(table.c[column].in_(part)).order_by(
                *table.primary_key.columns))
            self._put(name, [dict(r._mapping) for r in rows], tuple(f"{name}.{k}" for k in keep))

    def whole(self, name: str, keep_if: Any = None) -> None:
        table = _table(name)
        rows = [dict(r._mapping) for r in self.src.execute(
            select(table).order_by(*table.primary_key.columns))]
        self._put(name, [r for r in rows if keep_if is None or keep_if(r)], ())


def copy_included(src: Connection, dst: Connection, case_ids: list[int]) -> Copier:
    """Every row the archive holds, read through `src`, written through `dst`."""
    dst.exec_driver_sql("PRAGMA defer_foreign_keys=ON")  # parents may come after children
    c = Copier(src, dst)
    for name in WHOLE:
        c.whole(name)
    c.by("cases", "id", case_ids, "order_id", "shop_id")
    for name in BY_CASE:
        c.by(name, "case_id", case_ids, "order_id", "shop_id", "buyer_id", "sha256")
    c.by("orders", "id", c.ids("cases.order_id", "payments.order_id"), "id", "buyer_id",
         "shop_id")
    orders = c.ids("orders.id")
    c.by("order_items", "order_id", orders, "sku_id")
    c.by("shipments", "order_id", orders)
    c.by("buyers", "id", c.ids("orders.buyer_id", "coupons.buyer_id"))
    c.by("skus", "id", c.ids("order_items.sku_id"), "product_id")
    c.by("products", "id", c.ids("skus.product_id"), "supplier_id", "shop_id")
    c.by("suppliers", "id", c.ids("products.supplier_id"))
    shops = c.ids(*(f"{n}.shop_id" for n in ("cases", "orders", "products", "payments",
                                              "coupons")))
    c.by("shops", "id", shops)
    for name in BY_SHOP:
        c.by(name, "shop_id", shops)
    c.whole("acknowledgements", lambda r: r["shop_id"] is None or r["shop_id"] in shops)
    return c


def evidence_shas(copier: Copier) -> list[str]:
    return sorted(str(x) for x in copier.ids("evidence.sha256"))


def read_consistently(engine: Engine) -> Connection:
    """A connection whose reads all see one moment of the store: PostgreSQL's repeatable
    read; on SQLite (WAL) one read transaction does the same."""
    if engine.dialect.name == "postgresql":
        return engine.connect().execution_options(isolation_level="REPEATABLE READ")
    return engine.connect()


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
