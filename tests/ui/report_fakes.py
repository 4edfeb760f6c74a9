"""A stand-in for `app.services.reports.run` for the Reports view's tests: results built
from the catalog's own keys (so the view is tested against the contract, whatever the
computations do), with codes where the reports give codes, and every filter it was
asked for recorded. `install(monkeypatch)` puts it in place of the real one."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from typing import Any

from app.services.reports import model as m
from app.services.reports.catalog import CATALOG, REFUND_BANDS

TEXT_VALUES = {
    "product": ["保温杯 500ml", "蓝牙耳机 Pro", "儿童雨衣", "不锈钢饭盒", "瑜伽垫 加厚"],
    "sku": ["CUP-500-BL", "EAR-PRO-W", "RAIN-K-110", "BOX-SS-2", "YOGA-8MM"],
    "shop": ["抖店旗舰店", "快手好物店", "拼多多百货"],
    "platform": ["douyin", "kuaishou", "pinduoduo"],
    "band": ["good", "watch", "high"],
    "reason": ["quality_problem", "not_as_described", "late_shipment", "buyer_mistake",
               "no_reason_7day", "transit_damage"],
    "outcome": ["refunded", "rejected", "open", "exchanged"],
    "cost_kind": ["refunded", "marketing", "postage", "processing", "goods_loss",
                  "compensation", "coupons"],
    "supplier": ["义乌日用品厂", "深圳声学", "杭州织造"],
    "kind": ["refund_only", "return_refund", "exception_parcel", "exchange"],
    "agent": ["lina", "zhangmin", "wanglei", "liuyang"],
}
CHART_KINDS = {"trend": "line", "reasons": "pie", "outcomes": "pie", "by_day": "stacked_bar",
               "by_shop": "stacked_bar"}
CHART_SERIES = {("refund-rate", "trend"): ("rate", "percent"),
                ("refund-rate", "top_products"): ("refunded", "int"),
                ("quality-refunds", "trend"): ("rate", "percent"),
                ("reasons", "reasons"): ("cases", "int"),
                ("second-refunds", "outcomes"): ("count", "int"),
                ("supplier-exceptions", "suppliers"): ("rate", "percent"),
                ("deadlines", "trend"): ("on_time_rate", "percent"),
                ("workload", "agents"): ("open", "int")}


def _value(kind: str, key: str, i: int) -> Any:
    if key in ("paid", "orders", "refund_cases"):
        return 900 + 130 * i  # the whole a rate is taken of: larger than its part
    if kind == "text":
        values = TEXT_VALUES.get(key, [f"{key} {i}"])
        return values[i % len(values)]
    if kind == "int":
        return 40 + 17 * i
    if kind == "fen":
        return 123456 + 98765 * i
    if kind == "percent":
        return round(0.031 + 0.029 * i, 4)
    if kind == "hours":
        return 6.5 + 3.25 * i
    if kind == "day":
        return (date(2026, 11, 1) + timedelta(days=i)).isoformat()
    if kind == "week":
        return f"2026-W{40 + i:02d}"
    return i % 2 == 0  # flag


def _row(cols: tuple[m.Column, ...], i: int) -> tuple[Any, ...]:
    row = {c.key: _value(c.kind, c.key, i) for c in cols}
    if "band" in row and "rate" in row:  # the band the rate falls in, as the reports give it
        low, high = REFUND_BANDS
        row["band"] = "good" if row["rate"] < low else "watch" if row["rate"] <= high else "high"
    return tuple(row[c.key] for c in cols)


def fake_result(name: str, flt: m.ReportFilter) -> m.ReportResult:
    spec = CATALOG[name]
    figures = [m.Figure(k, kind, _value(kind, k, 1)) for k, kind in spec.figures]
    tables = [m.Table(key, cols, [_row(cols, i) for i in range(6)])
              for key, cols in spec.tables.items()]
    charts = []
    for key in spec.charts:
        kind = CHART_KINDS.get(key, "bar")
        if (name, key) in CHART_SERIES:
            series_key, unit = CHART_SERIES[(name, key)]
            series = {series_key: [float(_value(unit, series_key, i)) for i in range(6)]}
        else:
            cols = [c for c in spec.figures if c[1] == "fen"][:2] or [("count", "int")]
            unit = cols[0][1]
            series = {k: [float(_value(kind_, k, i)) for i in range(6)] for k, kind_ in cols}
        cats_key = {"reasons": "reason", "outcomes": "outcome", "suppliers": "supplier",
                    "agents": "agent", "by_shop": "shop", "top_products": "product"}.get(key)
        categories = ([_value("text", cats_key, i) for i in range(6)] if cats_key else
                      [_value("week" if key == "trend" else "day", "", i) for i in range(6)])
        charts.append(m.Chart(key, kind, categories, series, unit))  # type: ignore[arg-type]
    return m.ReportResult(name, flt, figures, tables, charts)


class FakeRun:
    """Records each call (name, filter, actor, thread) and answers with `fake_result`;
    `fail` makes the next calls refuse, `gate` holds them until it is set."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, m.ReportFilter, str, str]] = []
        self.fail: Exception | None = None
        self.gate: threading.Event | None = None

    def __call__(self, store: Any, name: str, flt: m.ReportFilter, actor: str) -> m.ReportResult:
        self.calls.append((name, flt, actor, threading.current_thread().name))
        if self.gate is not None:
            self.gate.wait(20)
        if self.fail is not None:
            raise self.fail
        return fake_result(name, flt)


def install(monkeypatch: Any) -> FakeRun:
    from app.services import reports

    fake = FakeRun()
    monkeypatch.setattr(reports, "run", fake)
    return fake
