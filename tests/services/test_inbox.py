"""The inbox service: views, combined filters, ordered ids, pages by id, counts."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.domain.enums import CLOSED_STATUSES
from app.domain.filters import CaseFilter
from app.services.inbox import VIEW_KEYS, Inbox, combine, view_filter
from app.store import inbox_queries as q
from app.store.models import Case
from tests.conftest import FIXED_NOW


@pytest.fixture
def inbox(demo_store):  # type: ignore[no-untyped-def]
    return Inbox(demo_store, "lina")


def test_every_view_has_a_filter_and_counts_match_ids(inbox) -> None:
    filters = inbox.view_filters(FIXED_NOW)
    assert tuple(filters) == VIEW_KEYS
    counts = inbox.counts(filters)
    for key, f in filters.items():
        assert counts[key] == len(inbox.case_ids(f)), key
    assert counts["all"] == 300
    assert 0 < counts["closed"] < 300 and 0 < counts["mine"] < counts["all"]
    with pytest.raises(ValueError):
        view_filter("nope", me_id=None, now=FIXED_NOW)


def test_views_mean_what_they_say(inbox) -> None:
    me = inbox.me_id()
    assert me is not None
    rows = inbox.rows(inbox.case_ids(view_filter("mine", me_id=me, now=FIXED_NOW)))
    assert rows and {r.assignee for r in rows} == {"lina"} and all(r.is_open for r in rows)
    rows = inbox.rows(inbox.case_ids(view_filter("due_soon", me_id=me, now=FIXED_NOW)))
    assert rows and all(FIXED_NOW <= r.deadline_at < FIXED_NOW + timedelta(hours=24) for r in rows)
    rows = inbox.rows(inbox.case_ids(view_filter("closed", me_id=me, now=FIXED_NOW)))
    assert rows and {r.status for r in rows} <= {s.value for s in CLOSED_STATUSES}
    rows = inbox.rows(inbox.case_ids(view_filter("urged", me_id=me, now=FIXED_NOW)))
    assert rows and all(r.urged for r in rows)
    unknown = Inbox(inbox.store, "nobody")
    assert unknown.case_ids(view_filter("mine", me_id=unknown.me_id(), now=FIXED_NOW)).tolist() == []


def test_combine_intersects_and_empty_intersections_match_nothing(inbox) -> None:
    closed = view_filter("closed", me_id=None, now=FIXED_NOW)
    both = combine(closed, CaseFilter(statuses=("resolved",), kinds=("refund_only",)))
    assert both.statuses == ("resolved",) and both.kinds == ("refund_only",)
    assert inbox.case_ids(combine(closed, CaseFilter(statuses=("new",)))).tolist() == []
    mine = view_filter("mine", me_id=inbox.me_id(), now=FIXED_NOW)
    assert inbox.case_ids(combine(mine, CaseFilter(unassigned=True))).tolist() == []
    ranged = combine(CaseFilter(min_amount_fen=100), CaseFilter(min_amount_fen=500, max_amount_fen=900))
    assert (ranged.min_amount_fen, ranged.max_amount_fen) == (500, 900)
    assert combine(CaseFilter(search="破损"), CaseFilter(search="快递")).search == "破损 快递"
    assert combine(CaseFilter(quality_refund=True), CaseFilter(quality_refund=False)).empty


@pytest.mark.parametrize("sort", ["deadline", "amount", "updated"])
@pytest.mark.parametrize("descending", [False, True])
def test_first_page_is_the_head_of_the_ordered_ids(inbox, sort: str, descending: bool) -> None:
    f = view_filter("all", me_id=None, now=FIXED_NOW)
    ids = inbox.case_ids(f, sort, descending)
    page = inbox.first_page(f, sort, descending, 50)
    assert [r.id for r in page] == ids[:50].tolist()
    key = {"deadline": "deadline_at", "amount": "amount_fen", "updated": "updated_at"}[sort]
    rows = inbox.rows(ids)
    values = [(getattr(r, key), r.id) for r in rows]
    if sort == "deadline" and not descending:
        # The platform's auto-actions first (each group by deadline).
        auto = [v for v, r in zip(values, rows, strict=True) if r.auto_action]
        assert auto and values[:len(auto)] == sorted(auto)
        values = values[len(auto):]
        assert not any(r.auto_action for r in rows[len(auto):])
    assert values == sorted(values, reverse=descending)


def test_auto_action_cases_come_first_in_every_view(inbox) -> None:
    for key in ("due_soon", "overdue", "refunds", "unassigned"):
        f = view_filter(key, me_id=None, now=FIXED_NOW)
        ids = inbox.case_ids(f)
        rows = inbox.rows(ids)
        flags = [r.auto_action is not None for r in rows]
        assert flags == sorted(flags, reverse=True), key
        assert [r.id for r in inbox.first_page(f, limit=20)] == ids[:20].tolist()


def test_pages_by_id_match_sqlalchemy_rows(inbox, demo_store) -> None:
    ids = inbox.case_ids(CaseFilter())[100:160]
    fast = inbox.rows(ids)
    with demo_store.unit_of_work() as uow:
        slow = uow.session.execute(q.rows_stmt(ids)).all()
        db_ids = set(uow.session.scalars(select(Case.id).where(Case.id.in_(list(ids)))))
    by_id = {r[0]: r for r in slow}
    assert [r.id for r in fast] == list(ids) and set(ids) == db_ids
    for r in fast:
        s = by_id[r.id]
        assert (r.deadline_at, r.updated_at, r.amount_fen, r.case_no) == (s[1], s[12], s[10], s[4])
    assert inbox.rows([]) == []
    assert inbox.rows([10**9]) == []  # a case gone since the ids were read


def test_search_goes_through_the_same_filter(inbox) -> None:
    f = combine(view_filter("all", me_id=None, now=FIXED_NOW), CaseFilter(search="破损"))
    ids = inbox.case_ids(f)
    assert len(ids) > 0
    assert [r.id for r in inbox.first_page(f, limit=len(ids))] == ids.tolist()
    sql = str(q.first_page_stmt(f, "deadline", False, 100).compile(dialect=inbox.store.engine.dialect))
    assert "MATCH" in sql or "LIKE" in sql


def test_reference_lists_shops_and_users(inbox) -> None:
    ref = inbox.reference()
    assert len(ref.shops) >= 5 and any(name == "lina" for _i, name, _d in ref.users)
