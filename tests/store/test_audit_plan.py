"""An audit page is read through case_events' indexes, newest first, without sorting
the history: also under a big store's statistics (ANALYZE), which had made SQLite start
from the few shops and sort every event for each page of 200 (9 s at a million cases)."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from sqlalchemy.dialects import sqlite

from app.domain.audit_filter import MONEY_DECISIONS, AuditFilter, Cursor
from app.store.audit_queries import page_statement

# sqlite_stat1 of a million-case store (ANALYZE run before the audit's indexes existed):
# with these SQLite joined a page from the 9 shops through their cases to every event.
BIG_STORE_STATS = [
    ("case_events", "sqlite_autoindex_case_events_1", "4947800 4 1"),
    ("shops", "sqlite_autoindex_shops_1", "9 2 1"),
    ("cases", "sqlite_autoindex_cases_1", "1064184 1001 1"),
]
NAIVE = ("SELECT e.id FROM case_events e JOIN cases c ON c.id = e.case_id "
         "JOIN shops s ON s.id = c.shop_id ORDER BY e.at DESC, e.id DESC LIMIT 201")


def _big_store_statistics(store) -> None:  # type: ignore[no-untyped-def]
    with store.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.exec_driver_sql("DELETE FROM sqlite_stat1 WHERE tbl IN "
                             "('case_events', 'shops', 'cases')")
        for row in BIG_STORE_STATS:
            conn.exec_driver_sql("INSERT INTO sqlite_stat1 VALUES (?, ?, ?)", row)
    store.engine.dispose()  # new connections read the statistics


def _plan(store, flt: AuditFilter) -> str:  # type: ignore[no-untyped-def]
    stmt = page_statement(flt, Cursor(datetime(2026, 11, 30, 12), 10**6), 201)
    sql = str(stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    with store.engine.connect() as conn:
        return "\n".join(r[3] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))


@pytest.mark.parametrize(("flt", "indexes"), [
    (AuditFilter(), {"ix_case_events_at"}),
    (AuditFilter(actor="zhaoli"), {"ix_case_events_actor_at"}),
    # a few actions: by action (then the few sorted) or, when they are common, by time
    (AuditFilter(actions=MONEY_DECISIONS), {"ix_case_events_action_at", "ix_case_events_at"}),
    (AuditFilter(actions=("reveal",)), {"ix_case_events_action_at"}),
    (AuditFilter(date_from=date(2026, 11, 18), date_to=date(2026, 11, 19)),
     {"ix_case_events_at"}),
    (AuditFilter(shop="橙心优选旗舰店"), {"ix_case_events_at"}),
])
def test_pages_start_from_the_events_indexes_with_statistics(
        demo_store, flt: AuditFilter, indexes: set[str]) -> None:  # type: ignore[no-untyped-def]
    _big_store_statistics(demo_store)
    with demo_store.engine.connect() as conn:  # the statistics have teeth
        naive = [r[3] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + NAIVE)]
    assert naive[0].startswith("SCAN s"), naive
    plan = _plan(demo_store, flt).splitlines()
    first = next(line for line in plan if line.startswith(("SEARCH", "SCAN")))
    found = re.match(r"SEARCH case_events USING (?:COVERING )?INDEX (\S+)", first)
    assert found is not None and found.group(1) in indexes, plan
