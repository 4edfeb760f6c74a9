"""Saved views: save, list, count, rename and delete an agent's filters; a name is
the agent's own and used once."""

from __future__ import annotations

import pytest

from app.services import saved_views as sv
from app.services.inbox import Inbox
from tests.conftest import FIXED_NOW


def test_a_saved_view_counts_what_its_filters_select(demo_store) -> None:
    inbox = Inbox(demo_store, "lina")
    query = {"view": "all", "kind": "refund_only", "quality": True, "search": ""}
    saved = sv.save_view(demo_store, "lina", "  Quality   refunds ", query, now=lambda: FIXED_NOW)
    assert saved.name == "Quality refunds"
    assert saved.query == {"view": "all", "kind": "refund_only", "quality": True}
    assert [v.name for v in sv.list_views(demo_store, "lina")] == ["Quality refunds"]
    assert sv.list_views(demo_store, "chenjing") == []  # per agent

    counts = sv.count_views(demo_store, sv.list_views(demo_store, "lina"),
                            me_id=inbox.me_id(), now=FIXED_NOW)
    f = sv.filter_of(saved.query, me_id=inbox.me_id(), now=FIXED_NOW)
    ids = inbox.case_ids(f)
    assert counts == {saved.key: len(ids)} and len(ids) > 0
    rows = inbox.rows(list(ids))
    assert {r.kind for r in rows} == {"refund_only"} and all(r.quality_refund for r in rows)


def test_a_saved_view_narrows_its_builtin_view_and_search(demo_store) -> None:
    inbox = Inbox(demo_store, "lina")
    me = inbox.me_id()
    mine = sv.filter_of({"view": "mine", "assignee": sv.UNASSIGNED}, me_id=me, now=FIXED_NOW)
    assert inbox.counts({"x": mine}) == {"x": 0}  # mine and unassigned exclude each other
    some = inbox.first_page(sv.filter_of({"view": "all"}, me_id=me, now=FIXED_NOW))[0]
    found = inbox.case_ids(sv.filter_of({"view": "all", "search": some.case_no},
                                        me_id=me, now=FIXED_NOW))
    assert some.id in list(found)


def test_duplicate_names_are_refused_clearly(demo_store) -> None:
    first = sv.save_view(demo_store, "lina", "Douyin", {"platform": "douyin"})
    sv.save_view(demo_store, "chenjing", "Douyin", {"platform": "douyin"})  # another agent's own
    with pytest.raises(sv.DuplicateViewName, match="already have a saved view named 'Douyin'"):
        sv.save_view(demo_store, "lina", "Douyin", {"platform": "kuaishou"})
    second = sv.save_view(demo_store, "lina", "Kuaishou", {"platform": "kuaishou"})
    with pytest.raises(sv.DuplicateViewName):
        sv.rename_view(demo_store, "lina", second.id, "Douyin")
    with pytest.raises(sv.SavedViewError, match="needs a name"):
        sv.save_view(demo_store, "lina", "   ", {})
    assert sv.rename_view(demo_store, "lina", first.id, "Douyin") == "Douyin"  # its own name


def test_rename_and_delete(demo_store) -> None:
    v = sv.save_view(demo_store, "lina", "Old", {"status": "new"})
    assert sv.rename_view(demo_store, "lina", v.id, "New cases") == "New cases"
    assert [x.name for x in sv.list_views(demo_store, "lina")] == ["New cases"]
    with pytest.raises(sv.NoSuchView):
        sv.rename_view(demo_store, "chenjing", v.id, "Mine now")  # not theirs
    with pytest.raises(sv.NoSuchView):
        sv.delete_view(demo_store, "chenjing", v.id)
    sv.delete_view(demo_store, "lina", v.id)
    assert sv.list_views(demo_store, "lina") == []
    with pytest.raises(sv.NoSuchView):
        sv.delete_view(demo_store, "lina", v.id)


def test_the_bar_filter_reads_amounts_and_whole_days() -> None:
    f = sv.bar_filter({"min_amount": "12.5", "max_amount": "x", "date_field": "deadline",
                       "date_from": "2026-11-20", "date_to": "2026-11-20"})
    assert f.min_amount_fen == 1250 and f.max_amount_fen is None
    assert f.deadline_from is not None and f.deadline_to is not None
    assert (f.deadline_to - f.deadline_from).total_seconds() == 86400
