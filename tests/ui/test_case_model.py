"""The inbox table model on its own: qtmodeltester, lazy pages, urgency colours."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from app.domain.filters import CaseFilter
from tests.conftest import FIXED_NOW
from ui.case_model import (
    COL_AMOUNT,
    COL_DEADLINE,
    COL_KIND,
    COLUMN_COUNT,
    OVERDUE_FG,
    SOON_FG,
    URGENCY_ROLE,
    CaseTableModel,
)
from ui.deadline_words import countdown, deadline_text, urgency


@pytest.fixture
def model(qapp, english, inbox):  # type: ignore[no-untyped-def]
    m = CaseTableModel(inbox.rows, lambda: FIXED_NOW)
    m.PAGE = 50
    first = inbox.first_page(CaseFilter(), limit=50)
    m.reset_rows(first)
    m.set_ids(inbox.case_ids(CaseFilter()))
    return m


def test_model_passes_qtmodeltester(qtmodeltester, model) -> None:
    assert model.rowCount() == 300
    qtmodeltester.check(model, force_py=True)


def test_model_passes_qtmodeltester_while_growing(qtmodeltester, qapp, english, inbox) -> None:
    m = CaseTableModel(inbox.rows, lambda: FIXED_NOW)
    qtmodeltester.check(m, force_py=True)  # empty
    m.reset_rows(inbox.first_page(CaseFilter(), limit=100))
    m.set_ids(inbox.case_ids(CaseFilter()))  # rows inserted after the first page
    m.set_ids(inbox.case_ids(CaseFilter(), "amount"))  # another order: a reset
    qtmodeltester.check(m, force_py=True)


def test_rows_are_read_lazily_a_page_at_a_time(model, inbox) -> None:
    fetched: list[int] = []

    def counting(ids):  # type: ignore[no-untyped-def]
        fetched.append(len(ids))
        return inbox.rows(ids)

    model._fetch_rows = counting
    model.reset_rows([], inbox.case_ids(CaseFilter()))
    assert model.rowCount() == 300 and fetched == []
    assert model.index(251, 3).data()  # row 251: page 5 only
    assert fetched == [50]
    assert model.index(260, 1).data()  # same page: cached
    assert fetched == [50]
    assert model.index(0, 1).data()
    assert fetched == [50, 50]
    assert len(model._cache) == 100


def test_cache_is_bounded(model, inbox) -> None:
    model.MAX_CACHE = 120
    for row in range(0, 300, 10):
        model.index(row, 0).data()
    assert len(model._cache) <= 120 + model.PAGE


def test_row_that_cannot_be_read_is_disabled_not_a_crash(model, inbox) -> None:
    def broken(ids):  # type: ignore[no-untyped-def]
        raise RuntimeError("database is locked")

    model._fetch_rows = broken
    model.reset_rows([], inbox.case_ids(CaseFilter()))
    index = model.index(10, 3)
    assert index.data() == "…"
    assert model.flags(index) == Qt.ItemFlag.NoItemFlags


def test_display_values(model, inbox) -> None:
    row = model.cached_row(0)
    assert model.index(0, COL_AMOUNT).data() == f"¥{row.amount_fen // 100}.{row.amount_fen % 100:02d}"
    assert model.index(0, COL_KIND).data().startswith(
        {"refund_only": "Refund only", "return_refund": "Return and refund"}.get(row.kind, ""))
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Deadline"
    assert model.columnCount() == COLUMN_COUNT


def test_deadline_colours_by_urgency(qapp, english, inbox) -> None:
    m = CaseTableModel(inbox.rows, lambda: FIXED_NOW)
    open_f = CaseFilter(statuses=("new", "in_progress", "waiting_buyer"))
    m.reset_rows(inbox.first_page(open_f, limit=300))
    seen = set()
    for r in range(m.rowCount()):
        case = m.cached_row(r)
        colour = m.index(r, COL_DEADLINE).data(Qt.ItemDataRole.ForegroundRole).color()
        u = urgency(case.deadline_at, FIXED_NOW, case.paused_at is None)  # waiting: no hurry
        seen.add(u)
        if u == "overdue":
            assert colour == OVERDUE_FG
            assert m.index(r, COL_DEADLINE).data().startswith("late")
        elif u == "soon":
            assert colour == SOON_FG
    assert {"overdue", "soon"} <= seen


def test_countdown_and_urgency_words(english) -> None:
    assert countdown(FIXED_NOW + timedelta(hours=3, minutes=5), FIXED_NOW) == "3h 05m"
    assert countdown(FIXED_NOW + timedelta(days=2, hours=1), FIXED_NOW) == "2d 1h"
    assert countdown(FIXED_NOW - timedelta(minutes=45), FIXED_NOW) == "late 45m"
    assert urgency(FIXED_NOW - timedelta(seconds=1), FIXED_NOW) == "overdue"
    assert urgency(FIXED_NOW + timedelta(hours=3), FIXED_NOW) == "soon"
    assert urgency(FIXED_NOW + timedelta(days=3), FIXED_NOW) == ""
    assert urgency(FIXED_NOW - timedelta(days=1), FIXED_NOW, is_open=False) == ""


def test_a_paused_clock_and_a_platform_auto_action_say_so(english) -> None:
    due = FIXED_NOW + timedelta(hours=5, minutes=10)
    # Paused: what will be left when the clock resumes, however late it is now.
    paused = FIXED_NOW - timedelta(hours=2)
    assert deadline_text(due, FIXED_NOW + timedelta(days=3), paused) == "paused 7h 10m"
    assert deadline_text(due, FIXED_NOW, None, "approve_refund") == "auto-refund 5h"
    assert deadline_text(due, FIXED_NOW, None, "agree_return") == "auto-return 5h"
    assert deadline_text(FIXED_NOW + timedelta(minutes=30), FIXED_NOW, None,
                         "confirm_receipt") == "auto-receive 30m"
    # Once the deadline is gone the platform has acted, or will any moment: late, as ever.
    assert deadline_text(FIXED_NOW - timedelta(minutes=5), FIXED_NOW, None,
                         "approve_refund") == "late 5m"


def test_the_table_shows_paused_and_auto_action_cases(model) -> None:
    paused = auto = 0
    for r in range(model.rowCount()):
        row = model.cached_row(r)
        text = model.index(r, COL_DEADLINE).data()
        if row.is_open and row.paused_at is not None:
            paused += 1
            assert text.startswith("paused")
            assert model.index(r, COL_DEADLINE).data(URGENCY_ROLE) == ""
        elif row.is_open and row.auto_action and row.deadline_at > FIXED_NOW:
            auto += 1
            assert text.startswith("auto-")
            assert "platform" in model.index(r, COL_DEADLINE).data(Qt.ItemDataRole.ToolTipRole)
        if row.kind == "urge":
            assert "urged" not in model.index(r, COL_KIND).data()  # 催发货 · 催 said it twice
    assert paused and auto


def test_sort_only_on_indexed_columns(model) -> None:
    requested: list[tuple[str, bool]] = []
    model.sort_requested.connect(lambda k, d: requested.append((k, d)))
    model.sort(COL_AMOUNT, Qt.SortOrder.DescendingOrder)
    model.sort(COL_KIND, Qt.SortOrder.AscendingOrder)
    assert requested == [("amount", True)]
