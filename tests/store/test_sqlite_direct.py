"""The driver-level reads bind every value: whatever is typed or pasted into the search
box reaches SQLite as a parameter, and the inbox finds what a substring check finds."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select, update
from sqlalchemy.dialects import sqlite

from app.domain.filters import CaseFilter
from app.services.inbox import Inbox
from app.store import inbox_queries as q
from app.store import sqlite_direct as direct
from app.store.models import CaseSearch

ODD = "O'Brien \"quoted\" 50%_off a\\b"
TERMS = ["a\x00b", "\x00", "O'Brien", "'", '"quoted"', "%", "50%", "_", "%_o", "a\\b",
         "x" * 5000, "破损", "'; DROP TABLE cases; --"]


@pytest.fixture
def inbox(demo_store):  # type: ignore[no-untyped-def]
    with demo_store.unit_of_work().for_writing() as uow:
        first = uow.session.scalars(select(CaseSearch.case_id).order_by(CaseSearch.case_id)
                                    .limit(3)).all()
        for case_id in first:  # some text the terms above can find (FTS follows by trigger)
            uow.session.execute(update(CaseSearch).where(CaseSearch.case_id == case_id)
                                .values(body=CaseSearch.body + " " + ODD))
        uow.commit()
    return Inbox(demo_store, "lina")


def substring_ids(inbox: Inbox, query: str) -> set[int]:
    """What a search should find: every term in the case's text (ASCII case-folded)."""
    with inbox.store.unit_of_work() as uow:
        bodies = uow.session.execute(select(CaseSearch.case_id, CaseSearch.body)).all()
    terms = query.split()
    return {i for i, body in bodies if all(t.lower() in body.lower() for t in terms)}


@pytest.mark.parametrize("term", TERMS, ids=lambda t: repr(t[:12]))
def test_search_terms_are_bound_not_inlined(inbox, term: str) -> None:
    f = CaseFilter(search=term)
    expected = substring_ids(inbox, term)
    ids = inbox.case_ids(f, "id")
    assert set(ids) == expected
    page = inbox.first_page(f, "id", False, 100)
    assert [r.id for r in page] == sorted(expected)[:100]
    assert inbox.counts({"x": f}) == {"x": len(expected)}


def test_the_odd_text_is_found(inbox) -> None:
    assert len(inbox.case_ids(CaseFilter(search="O'Brien"))) == 3
    assert len(inbox.case_ids(CaseFilter(search="50%_off"))) == 3


def test_compiled_statements_carry_values_as_parameters() -> None:
    f = CaseFilter(search="O'Brien", statuses=("new",), assignee_ids=(4, 5),
                   deadline_to=datetime(2026, 1, 2, 3, 4, 5))
    bound = direct.compile_bound(q.first_page_stmt(f, "deadline", False, 100), sqlite.dialect())
    assert "O'Brien" not in bound.sql and "'new'" not in bound.sql
    assert bound.sql.count("?") == len(bound.params)
    assert '"O\'Brien"' in bound.params and "new" in bound.params
    assert "2026-01-02 03:04:05.000000" in bound.params and 4 in bound.params


def test_plain_values_as_sqlite_stores_them() -> None:
    assert direct.plain(datetime(2026, 11, 20, 9)) == "2026-11-20 09:00:00.000000"
    assert direct.plain(True) == 1 and direct.plain(7) == 7 and direct.plain(None) is None
    with pytest.raises(TypeError):
        direct.plain(object())
