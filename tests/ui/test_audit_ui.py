"""History review in the real window over a real demo store: the Timeline tab filters
a case's events by who and what and shows its chain as verify judges it (in red once
an event is edited behind the program); the audit view opens for a supervisor, reads
page after page as it scrolls, filters, counts, exports and opens a case; an agent is
not offered it."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate

from app.services.cases import case_detail
from tests.ui.conftest import make_window, select_case
from ui.shortcuts import shortcut_actions

WAIT = 15000


def _db(store: Any) -> sqlite3.Connection:
    return sqlite3.connect(store.location.data_dir / "aftersales.db")


def _busy_case(window: Any) -> int:
    """A case in the view with events by two people at least."""
    store = window.inbox.store
    with _db(store) as conn:
        ids = [r[0] for r in conn.execute(
            "SELECT case_id FROM case_events GROUP BY case_id "
            "HAVING count(DISTINCT actor) >= 2 AND count(DISTINCT action) >= 3 ORDER BY case_id")]
    return next(i for i in ids if window.model.row_of(i) >= 0)


def test_the_timeline_filters_and_shows_the_chain(qtbot, window, demo_store) -> None:
    case_id = _busy_case(window)
    select_case(qtbot, window, case_id)
    tab = window.pane.timeline_tab
    qtbot.waitUntil(lambda: tab.chain is not None, timeout=WAIT)
    history = case_detail(demo_store, case_id)["history"]
    assert tab.status.text() == f"History intact ({len(history)} events)"
    assert tab.status.property("broken") is False
    actors = sorted({h["actor"] for h in history})
    assert [tab.actor.itemText(i) for i in range(tab.actor.count())] == ["All", *actors]
    assert tab.table.rowCount() == len(history)
    tab.actor.setCurrentIndex(tab.actor.findData(actors[0]))
    mine = [h for h in history if h["actor"] == actors[0]]
    assert tab.table.rowCount() == len(mine)
    assert {tab.table.item(r, 1).text() for r in range(tab.table.rowCount())} == {actors[0]}
    action = mine[0]["action"]
    tab.action.setCurrentIndex(tab.action.findData(action))
    assert tab.table.rowCount() == sum(1 for h in mine if h["action"] == action)
    tab.actor.setCurrentIndex(0)
    tab.action.setCurrentIndex(0)
    assert tab.table.rowCount() == len(history)

    with _db(demo_store) as conn:  # an attacker rewrites who did the second event
        conn.execute("UPDATE case_events SET actor = 'mallory' WHERE case_id = ? AND seq = 2",
                     (case_id,))
    window.controller.open_case(case_id)
    qtbot.waitUntil(lambda: tab.chain is not None and not tab.chain["ok"], timeout=WAIT)
    assert tab.status.text().startswith("History broken at event #2: its content was edited")
    assert tab.status.property("broken") is True and "b71c1c" in tab.status.styleSheet()
    # the forged name is among the filters now: the timeline shows what is stored
    assert tab.actor.findData("mallory") > 0


@pytest.fixture
def boss(qtbot, qloop, english, demo_store, ui_settings):  # type: ignore[no-untyped-def]
    from app.services.inbox import Inbox

    w = make_window(qtbot, Inbox(demo_store, "zhaoli"), ui_settings)
    qtbot.waitUntil(lambda: w.history_work.allowed, timeout=WAIT)
    yield w
    w.jobs.close()


def _open(qtbot, w):  # type: ignore[no-untyped-def]
    w.history_work.audit_action.trigger()
    view = w.history_work.view
    qtbot.waitUntil(lambda: view.isVisible() and view.model.rowCount() > 0
                    and view.counts.rowCount() > 0 and w.jobs.busy == 0, timeout=WAIT)
    return view


def _all_ids(store: Any, where: str = "1", params: tuple[Any, ...] = ()) -> list[int]:
    with _db(store) as conn:
        return [r[0] for r in conn.execute(
            "SELECT id FROM case_events WHERE " + where + " ORDER BY at DESC, id DESC", params)]


def test_a_supervisor_reviews_pages_filters_and_opens_a_case(qtbot, boss, demo_store) -> None:
    assert boss.history_work.audit_action in shortcut_actions(boss)
    assert boss.history_work.audit_action in boss.view_menu.actions()
    view = _open(qtbot, boss)
    everything = _all_ids(demo_store)
    assert [e["id"] for e in view.model.events] == everything[:200]
    assert view.total == len(everything)
    # scrolling to the end reads the next page, and so on to the last
    while view.model.canFetchMore():
        n = view.model.rowCount()
        view.table.scrollToBottom()
        view.model.fetchMore()
        qtbot.waitUntil(lambda n=n: view.model.rowCount() > n and not view.model.loading,
                        timeout=WAIT)
    assert [e["id"] for e in view.model.events] == everything

    view.filters.quick.setCurrentIndex(view.filters.quick.findData("money"))
    view.filters.actor.setEditText("zhaoli")
    view.reload()
    qtbot.waitUntil(lambda: boss.jobs.busy == 0 and not view.model.loading, timeout=WAIT)
    expected = _all_ids(demo_store, "actor = 'zhaoli' AND action IN ('payment_approved', "
                        "'payment_denied', 'payment_paid', 'approve_refund', 'reject')")
    assert expected and [e["id"] for e in view.model.events] == expected
    assert view.model.index(0, 2).data() in ("Compensation approved", "Compensation denied",
                                             "Refund approved", "Refund rejected")
    assert view.model.index(0, 5).data().startswith(("approved payment ¥", "denied payment ¥",
                                                     "approved the refund"))
    counted = {(view.counts.item(r, 0).text(), view.counts.item(r, 1).text())
               for r in range(view.counts.rowCount())}
    assert {a for a, _b in counted} == {"zhaoli"}

    view.filters.date_from.setDate(QDate(2030, 1, 1))  # a period with nothing in it
    view.reload()
    qtbot.waitUntil(lambda: boss.jobs.busy == 0 and view.total == 0, timeout=WAIT)
    assert view.model.rowCount() == 0
    view.filters.date_from.setDate(QDate(2000, 1, 1))
    view.reload()
    qtbot.waitUntil(lambda: boss.jobs.busy == 0 and view.model.rowCount() == len(expected),
                    timeout=WAIT)

    ev = view.model.events[0]
    view._open(view.model.index(0, 3))
    qtbot.waitUntil(lambda: boss.pane.detail is not None
                    and boss.pane.detail["id"] == ev["case_id"], timeout=WAIT)


def test_the_view_exports_what_it_shows(qtbot, boss, demo_store, tmp_path: Path) -> None:
    view = _open(qtbot, boss)
    view.filters.quick.setCurrentIndex(view.filters.quick.findData("money"))
    view.reload()
    qtbot.waitUntil(lambda: boss.jobs.busy == 0 and not view.model.loading, timeout=WAIT)
    out = tmp_path / "audit.csv"
    view.export(out)
    qtbot.waitUntil(lambda: view.last_export is not None, timeout=WAIT)
    lines = out.read_text("utf-8-sig").splitlines()
    assert len(lines) - 1 == view.total > 0
    assert view.status.text().startswith(f"Exported {view.total} events")


def test_an_agent_is_not_offered_the_audit(qtbot, window) -> None:
    work = window.history_work
    window.controller.refresh_counts()
    qtbot.waitUntil(lambda: window.jobs.busy == 0, timeout=WAIT)
    assert not work.allowed
    assert not work.audit_action.isVisible() and not work.audit_action.isEnabled()
    assert work.audit_action.shortcut().isEmpty()
    assert work.show_audit() is None


def test_a_count_double_clicked_shows_its_events(qtbot, boss, demo_store) -> None:
    view = _open(qtbot, boss)
    f = view.filters
    f.quick.setCurrentIndex(f.quick.findData("money"))
    f.action.setCurrentIndex(f.action.findData("status"))  # one or the other
    assert f.quick.currentIndex() == 0 and f.audit_filter().actions == ("status",)
    f.quick.setCurrentIndex(f.quick.findData("exports"))
    assert f.action.currentIndex() == 0 and f.audit_filter().actions == ("bundle_exported",)
    f.quick.setCurrentIndex(0)
    qtbot.waitUntil(lambda: boss.jobs.busy == 0 and view.total > 0 and not view.model.loading,
                    timeout=WAIT)
    row = next(r for r in range(view.counts.rowCount())
               if view.counts.item(r, 1).text() == "Status changed")
    who = view.counts.item(row, 0).text()
    events = int(view.counts.item(row, 2).text())
    view.counts.cellDoubleClicked.emit(row, 0)
    qtbot.waitUntil(lambda: boss.jobs.busy == 0 and view.total == events
                    and not view.model.loading, timeout=WAIT)
    assert f.actor.currentText() == who and f.action.currentData() == "status"
    assert {(e["actor"], e["action"]) for e in view.model.events} == {(who, "status")}
    assert len(_all_ids(demo_store, "actor = ? AND action = 'status'", (who,))) == events


def test_a_bundle_made_in_the_window_is_on_the_timeline(qtbot, window, tmp_path: Path,
                                                        monkeypatch) -> None:
    from tests.ui.evidence_helpers import case_without_evidence, write_jpeg
    from tests.ui.test_evidence_viewer import _bundle_to, attach

    d = case_without_evidence(window.inbox.store, platform="douyin")
    select_case(qtbot, window, d["id"])
    attach(qtbot, window, write_jpeg(tmp_path / "box.jpg"))
    _bundle_to(qtbot, window, tmp_path / "appeal.zip", monkeypatch)
    tab = window.pane.timeline_tab
    qtbot.waitUntil(lambda: tab.table.rowCount() > 0
                    and tab.table.item(0, 2).text() == "Appeal bundle exported"
                    and tab.chain is not None and window.jobs.busy == 0, timeout=WAIT)
    assert tab.table.item(0, 3).text() == "appeal.zip (1 file)"
    assert tab.chain["ok"] and tab.status.text().startswith("History intact")
