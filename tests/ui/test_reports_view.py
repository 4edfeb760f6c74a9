"""The Reports window: a supervisor sees the nine reports, a chosen one is computed in a
worker and fills figures, tables and charts; filters reach the computation; a stale
answer is dropped; refusals are shown in words; an agent is not offered the window."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCharts import QChartView, QPieSeries
from PySide6.QtCore import Qt

from app.domain.errors import DomainError
from tests.conftest import FIXED_NOW
from tests.ui import report_fakes
from tests.ui.conftest import make_window

WAIT = 15000
SUPERVISOR = "zhaoli"


@pytest.fixture
def fake(monkeypatch):  # type: ignore[no-untyped-def]
    return report_fakes.install(monkeypatch)


@pytest.fixture
def reports(qtbot, qloop, english, demo_store, fake):  # type: ignore[no-untyped-def]
    from ui.jobs import Jobs
    from ui.reports_view import ReportsWindow

    jobs = Jobs()
    w = ReportsWindow(jobs, lambda: demo_store, lambda: SUPERVISOR, lambda: date(2026, 11, 20))
    qtbot.addWidget(w)
    w.show()
    yield w
    jobs.close()


def _shown(qtbot, w, name: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(w.shown, timeout=WAIT, check_params_cb=lambda n: n == name):
        w.choose(name)


def test_nine_reports_in_words_and_one_fills_figures_tables_and_a_chart(qtbot, reports, fake) -> None:
    titles = [reports.list.item(i).text() for i in range(reports.list.count())]
    assert titles == ["Refund rate", "Quality refunds", "Refund reasons", "Second refunds",
                      "Compensation and coupons", "Cost of refunds", "Supplier exceptions",
                      "Deadline compliance", "Agent workload"]
    _shown(qtbot, reports, "refund-rate")
    name, _flt, actor, thread = fake.calls[-1]
    assert (name, actor) == ("refund-rate", SUPERVISOR)
    assert thread != threading.current_thread().name  # computed off the UI thread
    assert [c.label.text() for c in reports.cards] == ["Refund rate · Watch (5–10 %)",
                                                       "Refunded orders", "Paid orders"]
    assert reports.cards[0].value.text() == "6.0 %" and reports.cards[1].value.text() == "57"
    assert "refunded orders ÷ paid orders" in reports.cards[0].note.text()
    assert "Under 5 % is good" in reports.definition.text()
    assert [reports.tables.tabText(i) for i in range(reports.tables.count())] == [
        "By product", "By SKU", "By shop", "By week"]
    model = reports.models[0]
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert heads == ["Product", "Refunded", "Paid orders", "Rate", "Band"]
    assert model.text(0, 3) == "3.1 %" and model.text(0, 4) == "Good (under 5 %)"
    assert model.text(2, 4) == "Watch (5–10 %)" and model.text(3, 4) == "Alarm (over 10 %)"
    assert [reports.charts.tabText(i) for i in range(reports.charts.count())] == [
        "Refund rate by week", "Products refunded most"]
    trend = reports.chart_views[0].chart()
    names = [s.name() for s in trend.series()]
    assert names == ["Rate", "5 % band", "10 % band"]  # the bands drawn on the trend
    assert not reports.busy_now() and reports.export_button.isEnabled()


def test_money_and_pie(qtbot, reports) -> None:
    _shown(qtbot, reports, "reasons")
    assert reports.cards[1].value.text() == "¥2,222.21"  # fen shown as yuan
    m = reports.models[0]
    assert m.text(0, 0) == "Quality problem" and m.text(1, 0) == "Not as described"
    assert m.text(0, 3) == "¥1,234.56" and m.text(0, 4) == "Yes" and m.text(1, 4) == ""
    chart = reports.chart_views[0].chart()
    pie = chart.series()[0]
    assert isinstance(pie, QPieSeries) and pie.count() == 6
    legend = [m.label() for m in chart.legend().markers(pie)]
    assert legend[0] == "Quality problem  8.1 %" and pie.slices()[0].label() == "8.1 %"
    _shown(qtbot, reports, "second-refunds")
    assert reports.models[0].text(1, 0) == "Refused"  # an outcome code in words
    _shown(qtbot, reports, "refund-cost")
    kinds = reports.models[2]
    assert [kinds.text(r, 0) for r in range(3)] == ["Amount refunded", "Marketing", "Postage"]
    _shown(qtbot, reports, "deadlines")
    assert reports.cards[4].value.text() == "9.8 h"


def test_the_filters_reach_the_computation(qtbot, reports, fake) -> None:
    from app.services.reports.model import ReportFilter

    qtbot.waitUntil(lambda: reports.filters.shop.count() > 1, timeout=WAIT)  # from the store
    assert reports.filters.supplier.count() > 1 and reports.filters.product.count() > 1
    _shown(qtbot, reports, "refund-rate")
    assert fake.calls[-1][1] == ReportFilter(date(2026, 10, 22), date(2026, 11, 20))
    f = reports.filters
    shop = f.shop.itemData(1)
    with qtbot.waitSignal(reports.shown, timeout=WAIT):
        f.shop.setCurrentIndex(1)
        f.platform.setCurrentIndex(f.platform.findData("douyin"))
        f.supplier.setCurrentIndex(1)
        f.sku.setEditText("  CUP-500 ")
        f.sku.lineEdit().editingFinished.emit()
        f.quick.setCurrentIndex(f.quick.findData("last_month"))
    flt = fake.calls[-1][1]
    assert (flt.date_from, flt.date_to) == (date(2026, 10, 1), date(2026, 10, 31))
    assert (flt.shop, flt.platform, flt.sku) == (shop, "douyin", "CUP-500")
    assert flt.supplier == f.supplier.itemData(1) and flt.product is None
    with qtbot.waitSignal(reports.shown, timeout=WAIT):
        f.date_from.setDate(f.date_to.date().addDays(5))  # the ends swapped: put in order
    flt = fake.calls[-1][1]
    assert flt.date_from == date(2026, 10, 31) and flt.date_to == date(2026, 11, 5)
    assert f.quick.currentData() == "custom"
    assert "Shop: " + shop in reports.status.text()


def test_a_newer_request_wins_over_an_older_answer(qtbot, reports, fake) -> None:
    fake.gate = threading.Event()
    reports.choose("workload")
    qtbot.waitUntil(lambda: "workload" in [c[0] for c in fake.calls], timeout=WAIT)
    assert reports.busy_now() and "Computing Agent workload" in reports.status.text()
    reports.choose("deadlines")
    qtbot.waitUntil(lambda: "deadlines" in [c[0] for c in fake.calls], timeout=WAIT)
    seen: list[str] = []
    reports.shown.connect(seen.append)
    fake.gate.set()
    qtbot.waitUntil(lambda: seen == ["deadlines"], timeout=WAIT)
    qtbot.wait(100)
    assert seen == ["deadlines"] and reports.title.text() == "Deadline compliance"
    assert not reports.busy_now()


def test_a_run_can_be_stopped_and_its_answer_is_dropped(qtbot, reports, fake) -> None:
    _shown(qtbot, reports, "reasons")
    fake.gate = threading.Event()
    reports.choose("workload")
    qtbot.waitUntil(lambda: "workload" in [c[0] for c in fake.calls], timeout=WAIT)
    assert reports.stop_button.isVisible()
    reports.stop_button.click()
    assert not reports.busy_now() and not reports.stop_button.isVisible()
    assert "Stopped" in reports.status.text()
    seen: list[str] = []
    reports.shown.connect(seen.append)
    fake.gate.set()
    qtbot.waitUntil(lambda: not reports._jobs.running("report"), timeout=WAIT)
    qtbot.wait(100)
    assert seen == [] and reports.result.name == "reasons"  # the one before stays
    assert reports.name() == "reasons" and reports.title.text() == "Refund reasons"


def test_a_refusal_is_shown_in_words(qtbot, reports, fake) -> None:
    fake.fail = DomainError("zhaoli may not read reports")
    reports.choose("workload")
    qtbot.waitUntil(lambda: "could not be computed" in reports.status.text(), timeout=WAIT)
    assert "may not read reports" in reports.status.text()
    assert reports.cards == [] and not reports.pdf_button.isEnabled()
    assert not reports.busy_now()


def _open_as(qtbot, demo_store, ui_settings, user):  # type: ignore[no-untyped-def]
    from app.services.inbox import Inbox

    w = make_window(qtbot, Inbox(demo_store, user), ui_settings)
    return w


def test_a_supervisor_gets_the_menu_and_an_agent_does_not(qtbot, qloop, english, demo_store,
                                                          ui_settings, fake) -> None:
    w = _open_as(qtbot, demo_store, ui_settings, SUPERVISOR)
    try:
        work = w.reports_work
        qtbot.waitUntil(lambda: work.allowed, timeout=WAIT)
        assert work.menu.menuAction().isVisible() and work.menu.title() == "&Reports"
        assert work.action.shortcut().toString() == "Ctrl+Shift+R" and work.action in w.actions()
        from ui.shortcuts import shortcut_actions

        keys = [k.toString() for a in shortcut_actions(w) for k in a.shortcuts()]
        assert "Ctrl+Shift+R" in keys and len(keys) == len(set(keys))  # in F1, and its own
        with qtbot.waitSignal(w.jobs.busy_changed, timeout=WAIT):
            work.action.trigger()
        shown = work.reports
        assert shown is not None and shown.isVisible()
        qtbot.waitUntil(lambda: shown.result is not None, timeout=WAIT)
        assert shown.result.name == "refund-rate"
        assert fake.calls[-1][1].date_to == FIXED_NOW.date()  # today, Asia/Shanghai
        shown.close()
        before = len(fake.calls)
        work.action.trigger()  # opened again: computed again, the store has moved on
        qtbot.waitUntil(lambda: len(fake.calls) > before and not shown.busy_now(), timeout=WAIT)
        w.user = "lina"  # another user took the window: an agent
        work.check()
        qtbot.waitUntil(lambda: work.checked and not work.allowed, timeout=WAIT)
        assert not shown.isVisible() and not work.menu.menuAction().isVisible()
        assert not work.action.isVisible() and not work.action.shortcuts()
        assert work.show_reports() is None
    finally:
        w.jobs.close()


def test_the_chart_view_is_a_qtcharts_view(qtbot, reports) -> None:
    _shown(qtbot, reports, "compensation")
    assert all(isinstance(v, QChartView) for v in reports.chart_views)
    assert reports.models[0].text(0, 1) == "2026-11-01"  # a day as a day
    axis = reports.chart_views[0].chart().axes(Qt.Orientation.Horizontal)[0]
    assert axis.categories()[0] == "11-01"  # on the axis without its year
    reasons = reports.models[1]  # a payment's reason, not a case's
    reasons.rows = [("postage", 3, 1200), ("goodwill", 1, 500)]
    assert [reasons.text(r, 0) for r in range(2)] == ["Return postage",
                                                      "Goodwill (late or damaged parcel)"]


def test_quick_periods_and_the_shanghai_day() -> None:
    from datetime import datetime

    from ui.report_filters import quick_period
    from ui.reports_work import shanghai_day

    today = date(2026, 1, 15)
    assert quick_period("last_7", today) == (date(2026, 1, 9), today)
    assert quick_period("last_30", today) == (date(2025, 12, 17), today)
    assert quick_period("this_month", today) == (date(2026, 1, 1), today)
    assert quick_period("last_month", today) == (date(2025, 12, 1), date(2025, 12, 31))
    assert quick_period("last_month", date(2024, 3, 31)) == (date(2024, 2, 1), date(2024, 2, 29))
    assert quick_period("custom", today) is None
    assert shanghai_day(datetime(2026, 12, 1, 15, 59)) == date(2026, 12, 1)
    assert shanghai_day(datetime(2026, 12, 1, 16, 0)) == date(2026, 12, 2)  # UTC+8 midnight


def test_an_agent_is_never_offered_the_reports(qtbot, qloop, english, demo_store, ui_settings,
                                               fake) -> None:
    w = _open_as(qtbot, demo_store, ui_settings, "lina")
    try:
        work = w.reports_work
        qtbot.waitUntil(lambda: work.checked, timeout=WAIT)
        assert not work.allowed and not work.menu.menuAction().isVisible()
        assert not work.action.isVisible() and not work.action.isEnabled()
        assert not work.action.shortcuts()
        assert work.show_reports() is None and fake.calls == []
    finally:
        w.jobs.close()
