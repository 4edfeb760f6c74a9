"""What a report gives back: headline figures with their definitions, tables and
charts, all keyed so that the window words them itself (in zh_CN or en) and the
command line prints them as JSON. `catalog.CATALOG` fixes every report's keys."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

# How a value is shown: fen as yuan, a share as a percent, hours, a day or week label.
Kind = Literal["text", "int", "fen", "percent", "hours", "day", "week", "flag"]
ChartKind = Literal["bar", "line", "stacked_bar", "pie"]


@dataclass(frozen=True)
class ReportFilter:
    """Every filter is optional; dates are Asia/Shanghai days, both ends included."""

    date_from: date | None = None
    date_to: date | None = None
    shop: str | None = None       # shop name
    platform: str | None = None   # Platform value
    product: str | None = None    # product name
    sku: str | None = None        # SKU code
    supplier: str | None = None   # supplier name

    def to_json(self) -> dict[str, Any]:
        return {k: (v.isoformat() if isinstance(v, date) else v)
                for k, v in self.__dict__.items() if v is not None}


@dataclass(frozen=True)
class Column:
    key: str
    kind: Kind


@dataclass(frozen=True)
class Figure:
    key: str
    kind: Kind
    value: int | float | str | None  # fen as int, percent as a 0..1 share


@dataclass
class Table:
    key: str
    columns: tuple[Column, ...]
    rows: list[tuple[Any, ...]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "columns": [c.key for c in self.columns],
                "rows": [dict(zip((c.key for c in self.columns), r, strict=True))
                         for r in self.rows]}


@dataclass
class Chart:
    """`categories` along the axis; each series one value per category."""

    key: str
    kind: ChartKind
    categories: list[str]
    series: dict[str, list[float]]  # series key -> values
    unit: Kind = "int"


@dataclass
class ReportResult:
    name: str
    filter: ReportFilter
    figures: list[Figure] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)

    def table(self, key: str) -> Table:
        return next(t for t in self.tables if t.key == key)

    def figure(self, key: str) -> Figure:
        return next(f for f in self.figures if f.key == key)

    def to_json(self) -> dict[str, Any]:
        return {"report": self.name, "filter": self.filter.to_json(),
                "figures": {f.key: f.value for f in self.figures},
                "tables": [t.to_json() for t in self.tables],
                "charts": [{"key": c.key, "kind": c.kind, "categories": c.categories,
                            "series": c.series} for c in self.charts]}
