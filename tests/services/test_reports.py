"""Each report's figures equal the same figures computed again from the raw rows of a
store built by hand (tests.report_rows), with every filter, and carry exactly the
catalog's keys; an agent may not read them; the demo store shows real figures."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.clock import utcnow
from app.domain.errors import DomainError, RuleRefused
from app.services import reports
from app.services.reports import CATALOG, NAMES, ReportFilter
from app.services.reports.catalog import CHARTS
from tests.report_rows import build
from tests.services import report_expect as x

PERIOD = {"date_from": date(2026, 11, 1), "date_to": date(2026, 11, 20)}
FILTERS = [
    {}, PERIOD, {"shop": "甲店"}, {"platform": "pinduoduo"}, {"product": "保温杯"},
    {"sku": "A-CUP-1"}, {"supplier": "广州二号工厂"},
    {**PERIOD, "shop": "丙店", "product": "面霜"}, {**PERIOD, "supplier": "义乌一号供应链"},
]
IDS = ["all", "period", "shop", "platform", "product", "sku", "supplier", "mixed", "mixed2"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):  # type: ignore[no-untyped-def]
    from app.services.store import open_store

    store = open_store(tmp_path_factory.mktemp("reports") / "data")
    rows = build(store)
    yield store, rows
    store.close()


def _run(store, name: str, **f):  # type: ignore[no-untyped-def]
    return reports.run(store, name, ReportFilter(**f), "zhaoli")


def _rows(result, table: str) -> list[dict]:  # type: ignore[type-arg]
    return result.table(table).to_json()["rows"]


@pytest.mark.parametrize("name", NAMES)
def test_every_report_gives_exactly_the_catalog_keys(built, name) -> None:
    store, _ = built
    result = _run(store, name)
    spec = CATALOG[name]
    assert [(f.key, f.kind) for f in result.figures] == list(spec.figures)
    assert {t.key: t.columns for t in result.tables} == spec.tables
    assert [t.key for t in result.tables] == list(spec.tables)
    assert [c.key for c in result.charts] == list(spec.charts)
    for chart in result.charts:
        assert all(len(v) == len(chart.categories) for v in chart.series.values())
        assert CHARTS[(name, chart.key)] == (chart.kind, tuple(chart.series))
        # Series are keyed as columns, so the window words them as it words columns.
        assert set(chart.series) <= {c.key for cols in spec.tables.values() for c in cols}
    assert result.to_json()["report"] == name


@pytest.mark.parametrize("f", FILTERS, ids=IDS)
def test_refund_rate_equals_the_rows(built, f) -> None:
    store, b = built
    want = x.refund_rate(b, ReportFilter(**f))
    r = _run(store, "refund-rate", **f)
    assert r.to_json()["figures"] == {k: want[k] for k in ("rate", "refunded", "paid")}
    assert {row["product"]: (row["refunded"], row["paid"]) for row in _rows(r, "by_product")} \
        == want["by_product"]
    assert {row["shop"]: (row["refunded"], row["paid"]) for row in _rows(r, "by_shop")} \
        == want["by_shop"]
    weeks = _rows(r, "by_week")
    assert sum(w["paid"] for w in weeks) == want["paid"]
    assert sum(w["refunded"] for w in weeks) == want["refunded"]
    for row in _rows(r, "by_product") + _rows(r, "by_sku"):
        rate = row["rate"]
        assert row["band"] == ("good" if rate < 0.05 else "high" if rate > 0.10 else "watch")
    if f:
        assert want["paid"] < len(b.orders) and want["paid"] > 0


@pytest.mark.parametrize("f", FILTERS, ids=IDS)
def test_quality_refund_rate_equals_the_rows(built, f) -> None:
    store, b = built
    want = x.refund_rate(b, ReportFilter(**f), quality=True)
    r = _run(store, "quality-refunds", **f)
    assert r.to_json()["figures"] == {"rate": want["rate"], "count": want["refunded"],
                                      "paid": want["paid"]}
    assert {row["shop"]: (row["count"], row["paid"]) for row in _rows(r, "by_shop")} \
        == want["by_shop"]


@pytest.mark.parametrize("f", FILTERS, ids=IDS)
def test_supplier_exception_rate_equals_the_rows(built, f) -> None:
    store, b = built
    want = x.supplier_rates(b, ReportFilter(**f))
    r = _run(store, "supplier-exceptions", **f)
    got = {row["supplier"]: (row["orders"], row["exceptions"], row["quality"])
           for row in _rows(r, "suppliers")}
    assert got == want
    for row in _rows(r, "suppliers"):
        assert row["rate"] == row["exceptions"] / row["orders"]
        assert row["flagged"] == (row["rate"] > 0.05)
    assert r.figure("flagged").value == sum(row["flagged"] for row in _rows(r, "suppliers"))


@pytest.mark.parametrize("f", FILTERS, ids=IDS)
def test_hidden_and_explicit_cost_equal_the_rows(built, f) -> None:
    store, b = built
    want = x.costs(b, ReportFilter(**f))
    r = _run(store, "refund-cost", **f)
    figures = r.to_json()["figures"]
    assert (figures["explicit"], figures["hidden"]) == (want["explicit"], want["hidden"])
    assert figures["total"] == want["explicit"] + want["hidden"]
    assert {row["shop"]: row["total"] for row in _rows(r, "by_shop")} == want["by_shop"]
    assert {row["product"]: row["total"] for row in _rows(r, "by_product")} == want["by_product"]
    assert sum(row["cases"] for row in _rows(r, "by_shop")) == want["cases"]
    kinds = {row["cost_kind"]: row["amount"] for row in _rows(r, "by_kind")}
    assert kinds["refunded"] == want["explicit"]
    assert sum(kinds.values()) - kinds["refunded"] == want["hidden"]


@pytest.mark.parametrize("f", FILTERS, ids=IDS)
def test_reasons_and_second_refunds_equal_the_rows(built, f) -> None:
    store, b = built
    flt = ReportFilter(**f)
    r = _run(store, "reasons", **f)
    want = x.reasons(b, flt)
    assert {row["reason"]: (row["cases"], row["amount"]) for row in _rows(r, "reasons")} == want
    assert r.figure("cases").value == sum(n for n, _ in want.values())
    assert all(row["quality"] == (row["reason"] in x.QUALITY) for row in _rows(r, "reasons"))
    s = _run(store, "second-refunds", **f)
    want2 = x.second(b, flt)
    assert s.figure("count").value == want2["count"]
    assert s.figure("refund_cases").value == want2["refund_cases"]
    got = {row["outcome"]: row["count"] for row in _rows(s, "outcomes") if row["count"]}
    assert got == want2["outcomes"]


@pytest.mark.parametrize("f", FILTERS, ids=IDS)
def test_compensation_per_shop_day_equals_the_rows(built, f) -> None:
    store, b = built
    want = x.money(b, ReportFilter(**f))
    r = _run(store, "compensation", **f)
    got = {(row["shop"], row["day"]): [row["payments"], row["payments_count"], row["coupons"],
                                       row["coupons_count"]] for row in _rows(r, "by_shop_day")}
    assert got == want
    for row in _rows(r, "by_shop_day"):
        assert row["cap"] == 1_000_000  # Kuaishou's ¥10,000 a day, the default profile
        assert row["cap_used"] == row["payments"] / row["cap"]


@pytest.mark.parametrize("f", FILTERS, ids=IDS)
def test_deadlines_and_workload_equal_the_rows(built, f) -> None:
    store, b = built
    flt = ReportFilter(**f)
    done = x.closed(b, flt)
    r = _run(store, "deadlines", **f)
    figures = r.to_json()["figures"]
    assert figures["closed"] == len(done)
    assert figures["late"] == sum(not x.on_time(c) for c in done)
    assert figures["median_hours"] == x.median([x.hours(c) for c in done])
    kinds = {row["kind"]: (row["closed"], row["on_time"]) for row in _rows(r, "by_kind")}
    assert kinds == {k: (sum(c.kind == k for c in done),
                         sum(c.kind == k and x.on_time(c) for c in done))
                     for k in {c.kind for c in done}}
    assert sum(w["closed"] for w in _rows(r, "by_week")) == len(done)
    w = _run(store, "workload", **f)
    got = {row["agent"]: (row["open"], row["overdue"], row["closed"], row["actions"])
           for row in _rows(w, "agents")}
    assert got == x.workload(b, flt, utcnow())


def test_a_closing_is_the_last_status_change_not_a_later_note(built) -> None:
    store, b = built
    noted = [c for c in b.cases if c.closed_at and c.events[-1][2] is None]
    assert noted, "the rows hold cases changed after they closed"
    r = _run(store, "deadlines")
    assert r.figure("median_hours").value == x.median(
        [x.hours(c) for c in b.cases if c.closed_at])


def test_an_unknown_name_gives_empty_results_not_an_error(built) -> None:
    store, _b = built
    for f in ({"shop": "无此店"}, {"product": "无此商品"}, {"sku": "NONE"},
              {"supplier": "无此供应商"}, {"platform": "nowhere"}):
        for name in NAMES:
            result = _run(store, name, **f)
            tables = {t.key: t.rows for t in result.tables}
            # The outcome and cost-kind tables list every outcome and kind, at zero.
            for key, rows in tables.items():
                if key not in ("outcomes", "by_kind"):
                    assert rows == [], (name, key, f)
        assert _run(store, "refund-rate", **f).figure("paid").value == 0


def test_a_period_ending_before_it_starts_is_refused(built) -> None:
    store, _b = built
    with pytest.raises(DomainError, match="after it ends"):
        _run(store, "refund-rate", date_from=date(2026, 11, 2), date_to=date(2026, 11, 1))


def test_an_agent_may_not_read_a_report_a_supervisor_may(built) -> None:
    store, _b = built
    with pytest.raises(RuleRefused) as refused:
        reports.run(store, "workload", ReportFilter(), "lina")
    assert refused.value.code == "not_permitted"
    assert reports.run(store, "workload", ReportFilter(), "zhaoli").figures


def test_every_report_shows_real_figures_on_the_demo(demo_store) -> None:
    for name in NAMES:
        result = reports.run(demo_store, name, ReportFilter(), "zhaoli")
        assert any(f.value for f in result.figures), name
        assert all(t.rows for t in result.tables), name
        assert all(c.categories for c in result.charts), name
    cost = reports.run(demo_store, "refund-cost", ReportFilter(), "zhaoli")
    assert cost.figure("explicit").value > 0 and cost.figure("hidden").value > 0
