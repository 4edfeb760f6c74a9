"""The audit's keyset pages on PostgreSQL: every event once across pages, newest first,
with many events at one instant (ties settled by id), and the filters as on SQLite."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import text

from app.domain.audit_filter import AuditFilter, Cursor
from app.services.audit import audit_counts, audit_events


def test_pages_on_postgres_hold_every_event_once(pg_demo_store) -> None:  # type: ignore[no-untyped-def]
    with pg_demo_store.engine.begin() as conn:  # a third of the events at one instant
        conn.execute(text("UPDATE case_events SET at = :at WHERE id % 3 = 0"),
                     {"at": datetime(2026, 11, 15, 10, 0)})
        expected = [r[0] for r in conn.execute(
            text("SELECT id FROM case_events ORDER BY at DESC, id DESC"))]
        zhaoli = [r[0] for r in conn.execute(text(
            "SELECT id FROM case_events WHERE actor = 'zhaoli' ORDER BY at DESC, id DESC"))]
    seen: list[int] = []
    after: Cursor | None = None
    while True:
        page = audit_events(pg_demo_store, AuditFilter(), "zhaoli", after, limit=97)
        seen += [e["id"] for e in page.events]
        if page.next is None:
            break
        after = page.next
    assert seen == expected and len(set(seen)) == len(seen) > 500
    page = audit_events(pg_demo_store, AuditFilter(actor="zhaoli", case_no="0"), "admin",
                        limit=1000)
    assert [e["id"] for e in page.events if e["id"] in zhaoli] == [e["id"] for e in page.events]
    counts = audit_counts(pg_demo_store, AuditFilter(actor="zhaoli"), "admin")
    assert sum(r["events"] for r in counts) == len(zhaoli)


def test_shop_and_action_filters_on_postgres(pg_demo_store) -> None:  # type: ignore[no-untyped-def]
    with pg_demo_store.engine.begin() as conn:
        shop = conn.execute(text("SELECT name FROM shops ORDER BY id LIMIT 1")).scalar_one()
        expected = [r[0] for r in conn.execute(text(
            "SELECT e.id FROM case_events e JOIN cases c ON c.id = e.case_id "
            "JOIN shops s ON s.id = c.shop_id WHERE s.name = :shop AND e.action = 'status' "
            "ORDER BY e.at DESC, e.id DESC"), {"shop": shop})]
    flt = AuditFilter(shop=shop, actions=("status",))
    got: list[int] = []
    after: Cursor | None = None
    while True:
        page = audit_events(pg_demo_store, flt, "zhaoli", after, limit=25)
        got += [e["id"] for e in page.events]
        if page.next is None:
            break
        after = page.next
    assert got == expected and got
    counts = audit_counts(pg_demo_store, flt, "zhaoli")
    assert sum(r["events"] for r in counts) == len(expected)
