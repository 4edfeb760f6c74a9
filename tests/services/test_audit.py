"""The audit lists exactly the events a filter asks for (checked against raw SQL on
the same file), pages through ties in time without losing or repeating one, refuses
an agent, and a case's chain is judged as `verify` judges it."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

import pytest

from app.domain.audit_filter import MONEY_DECISIONS, AuditFilter, Cursor
from app.domain.permissions import NotPermitted
from app.services.audit import audit_counts, audit_events, case_history, iter_events
from app.services.verify import verify, verify_case


def _db(store: Any) -> sqlite3.Connection:
    return sqlite3.connect(store.location.data_dir / "aftersales.db")


def _raw(store: Any, where: str = "1", params: tuple[Any, ...] = ()) -> list[int]:
    with _db(store) as conn:
        return [r[0] for r in conn.execute(
            "SELECT e.id FROM case_events e JOIN cases c ON c.id = e.case_id "
            "JOIN shops s ON s.id = c.shop_id WHERE " + where
            + " ORDER BY e.at DESC, e.id DESC", params)]


def _ids(store: Any, flt: AuditFilter) -> list[int]:
    return [ev["id"] for ev in iter_events(store, flt, "zhaoli", page=37)]


def test_every_event_newest_first(demo_store) -> None:
    assert _ids(demo_store, AuditFilter()) == _raw(demo_store)
    assert len(_raw(demo_store)) > 500


def test_by_actor_action_period_shop_and_case_no(demo_store) -> None:
    with _db(demo_store) as conn:
        shop, case_no = conn.execute(
            "SELECT s.name, c.case_no FROM cases c JOIN shops s ON s.id = c.shop_id "
            "ORDER BY c.id LIMIT 1").fetchone()
    cases = [
        (AuditFilter(actor="zhaoli"), "e.actor = ?", ("zhaoli",)),
        (AuditFilter(actions=("status",)), "e.action = ?", ("status",)),
        (AuditFilter(actions=MONEY_DECISIONS),
         f"e.action IN ({','.join('?' * len(MONEY_DECISIONS))})", MONEY_DECISIONS),
        # Asia/Shanghai is UTC+8 all year: its 18 and 19 Nov are 17 Nov 16:00 to 19 Nov 16:00 UTC.
        (AuditFilter(date_from=date(2026, 11, 18), date_to=date(2026, 11, 19)),
         "e.at >= '2026-11-17 16:00:00' AND e.at < '2026-11-19 16:00:00'", ()),
        (AuditFilter(shop=shop), "s.name = ?", (shop,)),
        (AuditFilter(case_no=case_no[2:9]), "c.case_no LIKE ?", (f"%{case_no[2:9]}%",)),
        (AuditFilter(actor="lina", actions=("status", "assign"), shop=shop),
         "e.actor = 'lina' AND e.action IN ('status', 'assign') AND s.name = ?", (shop,)),
    ]
    for flt, where, params in cases:
        expected = _raw(demo_store, where, params)
        assert expected, flt
        assert _ids(demo_store, flt) == expected, flt


def test_a_case_no_search_takes_percent_and_underscore_as_text(demo_store) -> None:
    assert _ids(demo_store, AuditFilter(case_no="%")) == []
    assert _ids(demo_store, AuditFilter(case_no="_")) == []


def test_pages_hold_every_event_once_across_ties_in_time(demo_store) -> None:
    with _db(demo_store) as conn:  # a third of the events at one instant
        conn.execute("UPDATE case_events SET at = '2026-11-15 10:00:00.000000' WHERE id % 3 = 0")
    seen: list[int] = []
    after: Cursor | None = None
    pages = 0
    while True:
        page = audit_events(demo_store, AuditFilter(), "zhaoli", after, limit=50)
        seen += [ev["id"] for ev in page.events]
        pages += 1
        if page.next is None:
            break
        after = Cursor.parse(page.next.text())  # as the command line hands it back
    assert len(seen) == len(set(seen)) == len(_raw(demo_store))
    assert seen == _raw(demo_store)
    assert pages > 10


def test_counts_by_actor_and_action(demo_store) -> None:
    flt = AuditFilter(actions=MONEY_DECISIONS)
    counted = {(r["actor"], r["action"]): r["events"] for r in audit_counts(demo_store, flt, "admin")}
    with _db(demo_store) as conn:
        raw = {(a, b): n for a, b, n in conn.execute(
            "SELECT actor, action, count(*) FROM case_events WHERE action IN "
            f"({','.join('?' * len(MONEY_DECISIONS))}) GROUP BY actor, action", MONEY_DECISIONS)}
    assert counted == raw and raw


def test_an_agent_is_refused(demo_store) -> None:
    with pytest.raises(NotPermitted):
        audit_events(demo_store, AuditFilter(), "lina")
    with pytest.raises(NotPermitted):
        audit_counts(demo_store, AuditFilter(), "nobody")


def test_verify_case_is_intact_then_names_the_edited_event(demo_store) -> None:
    case_id = _ids(demo_store, AuditFilter(actions=("status",)))[0]
    with _db(demo_store) as conn:
        case_id, seq = conn.execute(
            "SELECT case_id, seq FROM case_events WHERE id = ?", (case_id,)).fetchone()
        total = conn.execute("SELECT count(*) FROM case_events WHERE case_id = ?",
                             (case_id,)).fetchone()[0]
    chain = verify_case(demo_store, case_id)
    assert chain.ok and chain.events == total
    with _db(demo_store) as conn:
        conn.execute("UPDATE case_events SET actor = 'mallory' WHERE case_id = ? AND seq = ?",
                     (case_id, seq))
    chain = verify_case(demo_store, case_id)
    assert not chain.ok and chain.problem is not None
    assert chain.problem["seq"] == seq and "edited" in chain.problem["problem"]
    # the same finding as the whole store's check
    assert verify(demo_store).broken_cases == [chain.problem]


def test_case_history_filters_by_actor_and_action(demo_store) -> None:
    with _db(demo_store) as conn:
        case_id, actor = conn.execute(
            "SELECT case_id, actor FROM case_events WHERE action = 'status' LIMIT 1").fetchone()
        expected = [s for (s,) in conn.execute(
            "SELECT seq FROM case_events WHERE case_id = ? AND actor = ? AND action = 'status' "
            "ORDER BY seq", (case_id, actor))]
    found = case_history(demo_store, case_id, actor=actor, action="status")
    assert [e["seq"] for e in found["events"]] == expected
    assert found["chain"]["ok"] is True


def test_counts_of_a_shop_and_period(demo_store) -> None:
    with _db(demo_store) as conn:
        shop = conn.execute("SELECT name FROM shops ORDER BY id LIMIT 1").fetchone()[0]
        raw = {(a, b): n for a, b, n in conn.execute(
            "SELECT e.actor, e.action, count(*) FROM case_events e JOIN cases c "
            "ON c.id = e.case_id JOIN shops s ON s.id = c.shop_id WHERE s.name = ? "
            "AND e.at >= '2026-11-10 16:00:00' GROUP BY e.actor, e.action", (shop,))}
    flt = AuditFilter(shop=shop, date_from=date(2026, 11, 11))
    got = {(r["actor"], r["action"]): r["events"] for r in audit_counts(demo_store, flt, "zhaoli")}
    assert got == raw and raw
    assert sum(raw.values()) == len(_ids(demo_store, flt))
