"""What every report query shares: the scope a report is asked about (period, shop,
platform, product, SKU, supplier) as SQL conditions, and the few expressions the two
engines spell differently (the Asia/Shanghai day of a stored UTC time, the seconds
between two times), so that grouping by day, week or duration happens in the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Integer, case, exists, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from app.store.models import OrderItem, Product, Shop, Sku, Supplier

# Day numbers count from this Monday, so that day // 7 is a Monday-to-Sunday week.
EPOCH_JULIAN = 2451546.5  # julianday('2000-01-03')
EPOCH_ISO = "2000-01-03"
# Asia/Shanghai has kept UTC+8 without daylight saving since 1991: a fixed offset
# lets both engines find the local day with plain date arithmetic.
SHANGHAI_HOURS = 8


@dataclass(frozen=True)
class Scope:
    """A report's question in the store's terms: `start` ≤ time < `end` (naive UTC),
    `first_day`..`last_day` the same period as Asia/Shanghai day labels, and names."""

    start: datetime | None = None
    end: datetime | None = None
    first_day: str | None = None
    last_day: str | None = None
    shop: str | None = None
    platform: str | None = None
    product: str | None = None
    sku: str | None = None
    supplier: str | None = None

    @property
    def by_items(self) -> bool:
        return bool(self.product or self.sku or self.supplier)


class day_number(FunctionElement[int]):
    """The Asia/Shanghai calendar day of a stored UTC time, as days since EPOCH_ISO."""

    type = Integer()
    inherit_cache = True


@compiles(day_number)
def _day_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    # date() gives the day exactly; julianday of a day is exact, its time would not be.
    arg = compiler.process(element.clauses, **kw)
    return (f"CAST(julianday(date({arg}, '+{SHANGHAI_HOURS} hours')) - {EPOCH_JULIAN}"
            " AS INTEGER)")


@compiles(day_number, "postgresql")
def _day_pg(element: Any, compiler: Any, **kw: Any) -> str:
    arg = compiler.process(element.clauses, **kw)
    return (f"(CAST(({arg} + INTERVAL '{SHANGHAI_HOURS} hours') AS DATE)"
            f" - DATE '{EPOCH_ISO}')")


class seconds_between(FunctionElement[int]):
    """Whole seconds from the second argument to the first."""

    type = Integer()
    inherit_cache = True


@compiles(seconds_between)
def _seconds_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    later, earlier = (compiler.process(c, **kw) for c in element.clauses)
    return f"CAST(ROUND((julianday({later}) - julianday({earlier})) * 86400) AS INTEGER)"


@compiles(seconds_between, "postgresql")
def _seconds_pg(element: Any, compiler: Any, **kw: Any) -> str:
    later, earlier = (compiler.process(c, **kw) for c in element.clauses)
    return f"CAST(EXTRACT(EPOCH FROM ({later} - {earlier})) AS BIGINT)"


# Handling times are counted in buckets, finer where most cases are: tenths of an hour
# in the first day, hours in the first week, six hours beyond. A median from a few
# hundred rows per group, never the durations of every case.
_DAY, _WEEK = 86_400, 604_800
_FINE, _HOUR, _COARSE = 360, 3_600, 21_600
_WEEK_BUCKET = _DAY // _FINE + (_WEEK - _DAY) // _HOUR  # 240 + 144


def bucket(later: Any, earlier: Any) -> ColumnElement[int]:
    s = seconds_between(later, earlier)
    return case((s < _DAY, s // _FINE),
                (s < _WEEK, _DAY // _FINE + (s - _DAY) // _HOUR),
                else_=_WEEK_BUCKET + (s - _WEEK) // _COARSE)


def bucket_hours(b: int) -> float:
    """Where a bucket begins, in hours."""
    if b < _DAY // _FINE:
        return b * _FINE / 3600
    if b < _WEEK_BUCKET:
        return (_DAY + (b - _DAY // _FINE) * _HOUR) / 3600
    return (_WEEK + (b - _WEEK_BUCKET) * _COARSE) / 3600


def in_period(col: Any, scope: Scope) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    if scope.start is not None:
        out.append(col >= scope.start)
    if scope.end is not None:
        out.append(col < scope.end)
    return out


def in_days(col: Any, scope: Scope) -> list[ColumnElement[bool]]:
    """For columns holding a day label ("2026-12-01"): ISO labels sort as days do."""
    out: list[ColumnElement[bool]] = []
    if scope.first_day is not None:
        out.append(col >= scope.first_day)
    if scope.last_day is not None:
        out.append(col <= scope.last_day)
    return out


def of_shop(shop_id: Any, scope: Scope) -> list[ColumnElement[bool]]:
    if not (scope.shop or scope.platform):
        return []
    shops = select(Shop.id)
    if scope.shop:
        shops = shops.where(Shop.name == scope.shop)
    if scope.platform:
        shops = shops.where(Shop.platform == scope.platform)
    return [shop_id.in_(shops)]


def item_matches(scope: Scope) -> list[ColumnElement[bool]]:
    """Conditions on an OrderItem: its product (the name as sold), SKU code, supplier."""
    out: list[ColumnElement[bool]] = []
    if scope.product:
        out.append(OrderItem.product_name == scope.product)
    if scope.sku:
        out.append(OrderItem.sku_id.in_(select(Sku.id).where(Sku.code == scope.sku)))
    if scope.supplier:
        out.append(OrderItem.sku_id.in_(
            select(Sku.id).join(Product, Product.id == Sku.product_id)
            .join(Supplier, Supplier.id == Product.supplier_id)
            .where(Supplier.name == scope.supplier)))
    return out


def order_matches(order_id: Any, scope: Scope) -> list[ColumnElement[bool]]:
    """An order (or a case's order) with a line matching the scope's item filters."""
    if not scope.by_items:
        return []
    return [exists().where(OrderItem.order_id == order_id, *item_matches(scope))]

