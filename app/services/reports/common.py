"""What the nine reports share: the filter as the store's scope (Asia/Shanghai days to
UTC bounds), day and ISO week labels ("2026-W48"), shares as 0..1 floats, the refund
bands, medians from the store's handling-time histograms, and results built to the
catalog's keys (a key the catalog does not name is a bug, caught here)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from app.domain.errors import DomainError
from app.domain.money_rules import SHOP_DAY_ZONE
from app.services.reports.catalog import CATALOG, CHARTS, REFUND_BANDS
from app.services.reports.model import (
    Chart,
    ChartKind,
    Figure,
    Kind,
    ReportFilter,
    ReportResult,
    Table,
)
from app.store.report_sql import EPOCH_ISO, Scope, bucket_hours

EPOCH = date.fromisoformat(EPOCH_ISO)


class BadPeriod(DomainError):
    code = "bad_period"


def _utc(day: date) -> datetime:
    """The UTC moment (naive, as stored) an Asia/Shanghai day begins."""
    local = datetime.combine(day, time(), tzinfo=SHOP_DAY_ZONE)
    return local.astimezone(UTC).replace(tzinfo=None)


def scope_of(flt: ReportFilter) -> Scope:
    """Both days included: from the first day's 00:00 to the next day after the last."""
    if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
        raise BadPeriod(f"the period starts ({flt.date_from}) after it ends ({flt.date_to})")
    return Scope(
        start=_utc(flt.date_from) if flt.date_from else None,
        end=_utc(flt.date_to + timedelta(days=1)) if flt.date_to else None,
        first_day=flt.date_from.isoformat() if flt.date_from else None,
        last_day=flt.date_to.isoformat() if flt.date_to else None,
        shop=flt.shop or None, platform=flt.platform or None, product=flt.product or None,
        sku=flt.sku or None, supplier=flt.supplier or None)


def day_label(number: int) -> str:
    return (EPOCH + timedelta(days=int(number))).isoformat()


def week_label(week_number: int) -> str:
    """The ISO week ("2026-W48") of a week counted as the store counts them (day // 7)."""
    year, week, _ = (EPOCH + timedelta(weeks=int(week_number))).isocalendar()
    return f"{year}-W{week:02d}"


def week_of_day(day: str) -> str:
    year, week, _ = date.fromisoformat(day).isocalendar()
    return f"{year}-W{week:02d}"


def share(part: int | float, whole: int | float) -> float | None:
    """part / whole as a 0..1 share; None when there is nothing to divide by."""
    return float(part) / float(whole) if whole else None


def band(rate: float | None) -> str | None:
    """Under 5 % good, up to 10 % watch, over 10 % high (the platforms' attention)."""
    if rate is None:
        return None
    good, high = REFUND_BANDS
    return "good" if rate < good else ("high" if rate > high else "watch")


class Histogram:
    """Handling times counted in the store's buckets (app.store.report_sql.bucket)."""

    def __init__(self) -> None:
        self.counts: dict[int, int] = {}

    def add(self, bucket: int, count: int) -> None:
        self.counts[int(bucket)] = self.counts.get(int(bucket), 0) + int(count)

    def merge(self, other: Histogram) -> None:
        for b, n in other.counts.items():
            self.add(b, n)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def median_hours(self) -> float | None:
        """The median, to its bucket; of an even count, the mean of the middle two."""
        n = self.total
        if not n:
            return None
        wanted = ((n - 1) // 2, n // 2)
        values: list[float] = []
        seen = 0
        for b in sorted(self.counts):
            c = self.counts[b]
            values += [bucket_hours(b) for w in wanted if seen <= w < seen + c]
            seen += c
        return round(sum(values) / 2, 2)


def result(name: str, flt: ReportFilter) -> ReportResult:
    return ReportResult(name, flt)


def add_figures(out: ReportResult, values: Mapping[str, Any]) -> None:
    spec = CATALOG[out.name]
    kinds: dict[str, Kind] = dict(spec.figures)
    if set(values) != set(kinds):
        raise AssertionError(f"{out.name}: figures {sorted(values)} are not {sorted(kinds)}")
    out.figures.extend(Figure(k, kinds[k], values[k]) for k, _ in spec.figures)


def add_table(out: ReportResult, key: str, rows: Iterable[Sequence[Any]]) -> None:
    columns = CATALOG[out.name].tables[key]
    table = Table(key, columns, [tuple(r) for r in rows])
    for row in table.rows:
        if len(row) != len(columns):
            raise AssertionError(f"{out.name}.{key}: a row of {len(row)} for {len(columns)}")
    out.tables.append(table)


def add_chart(out: ReportResult, key: str, kind: ChartKind, categories: Sequence[Any],
              series: Mapping[str, Sequence[Any]], unit: Kind = "int") -> None:
    """Series keys are the catalog's column keys; a missing value is drawn as 0."""
    if key not in CATALOG[out.name].charts or CHARTS[(out.name, key)] != (kind, tuple(series)):
        raise AssertionError(f"{out.name}: chart {key} is not {CHARTS.get((out.name, key))}")
    out.charts.append(Chart(key, kind, [str(c) for c in categories],
                            {k: [float(v or 0) for v in vs] for k, vs in series.items()},
                            unit))
