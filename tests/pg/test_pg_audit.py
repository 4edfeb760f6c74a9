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
