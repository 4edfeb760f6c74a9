"""The quick start's cached first pages: compiled from the real query when the store
opens, and replayed with plain sqlite3 they give exactly the rows the inbox service
gives. Nothing is shipped: a change in the code or the schema falls back or rewrites."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import fields, replace
from datetime import timedelta

import pytest

from app.config import Location, resolve
from app.domain import views
from app.domain.filters import CaseFilter
from app.services import quick_start
from app.services.inbox import SORT_KEYS, VIEW_KEYS, Inbox
from app.services.inbox_views import view_filter, view_values
from app.store import engine as engines
from tests.conftest import FIXED_NOW


@pytest.fixture
def inbox(demo_store):  # type: ignore[no-untyped-def]
    quick_start.remember(demo_store)
    return Inbox(demo_store, "lina")


def cached(data_dir) -> dict:  # type: ignore[no-untyped-def, type-arg]
    return json.loads(quick_start.cache_path(resolve(data_dir)).read_text("utf-8"))


def test_nothing_is_shipped_and_nothing_replays_before_the_store_opened(demo_store,
                                                                        data_dir) -> None:
    assert not list((quick_start.APP_ROOT.parent / "resources").rglob("first_pages.json"))
    assert quick_start.replay(resolve(data_dir), "lina", "all", "deadline", False) is None
    assert quick_start.remember(demo_store) is True
    assert quick_start.replay(resolve(data_dir), "lina", "all", "deadline", False)


def test_every_view_and_sort_is_cached_with_its_moving_values_as_slots(inbox,
                                                                       data_dir) -> None:
    from ui.case_model import CaseTableModel

    data = cached(data_dir)
    assert data["limit"] == quick_start.LIMIT == CaseTableModel.PAGE
    assert set(data["pages"]) == {quick_start.page_key(v, s, d) for v in VIEW_KEYS
                                  for s in SORT_KEYS for d in (False, True)}
    for key, page in data["pages"].items():
        assert page["sql"].count("?") == len(page["params"]), key
        assert "1901" not in page["sql"] and str(quick_start.SENTINEL_ME) not in page["sql"]
        assert "'" not in page["sql"], key  # no value is inlined, not even a status

    def slot_names(key: str) -> list[str]:
        return [v for kind, v in data["pages"][key]["params"] if kind == "slot"]

    assert slot_names("mine|deadline|1") == ["assignee_ids.0"]
    # Ascending by deadline reads the auto-action cases and the rest, each with the filter.
    assert slot_names("mine|deadline|0") == ["assignee_ids.0"] * 2
    assert data["pages"]["mine|deadline|0"]["needs"] == ["me"]
    assert slot_names("due_soon|amount|1") == ["deadline_from", "deadline_to"]
    assert slot_names("overdue|deadline|0") == ["deadline_to"] * 2
    assert slot_names("all|updated|1") == []


def test_remember_rewrites_only_when_something_changed(inbox, data_dir) -> None:
    before = cached(data_dir)
    assert quick_start.remember(inbox.store) is False
    assert cached(data_dir) == before


def test_a_change_in_the_filter_code_invalidates_the_cache(inbox, data_dir,
                                                           monkeypatch) -> None:
    loc = resolve(data_dir)
    old = cached(data_dir)
    everything = quick_start.replay(loc, "lina", "all", "amount", True, now=FIXED_NOW)
    assert everything and len(everything) == 100
    # The All view learns to show only refunds: new code, so new statements.
    narrowed = replace(views._BASE["all"], kinds=("refund_only",))
    monkeypatch.setitem(views._BASE, "all", narrowed)
    assert quick_start.remember(inbox.store) is True
    new = cached(data_dir)
    assert new["sql_hash"] != old["sql_hash"]
    assert new["pages"]["all|amount|1"] != old["pages"]["all|amount|1"]
    assert new["pages"]["closed|amount|1"] == old["pages"]["closed|amount|1"]
    replayed = quick_start.replay(loc, "lina", "all", "amount", True, now=FIXED_NOW)
    assert replayed == inbox.first_page(narrowed, "amount", True, 100)
    assert replayed and {r.kind for r in replayed} == {"refund_only"}


def test_other_program_code_falls_back(inbox, data_dir, monkeypatch) -> None:
    loc = resolve(data_dir)
    assert quick_start.replay(loc, "lina", "all", "deadline", False)
    monkeypatch.setattr(quick_start, "code_fingerprint", lambda: "an-updated-program")
    assert quick_start.replay(loc, "lina", "all", "deadline", False) is None


def test_the_code_fingerprint_follows_the_files(tmp_path) -> None:
    (tmp_path / "store").mkdir()
    source = tmp_path / "store" / "queries.py"
    source.write_text("LIMIT = 100\n")
    first = quick_start.code_fingerprint(tmp_path)
    assert quick_start.code_fingerprint(tmp_path) == first
    source.write_text("LIMIT = 1000\n")
    assert quick_start.code_fingerprint(tmp_path) != first


def test_the_views_moving_values_are_the_ones_in_their_filters() -> None:
    for key in VIEW_KEYS:
        for me in (None, 3):
            f = view_filter(key, me_id=me, now=FIXED_NOW)
            moving = view_values(key, me_id=me, now=FIXED_NOW)
            for name, value in moving.items():
                assert getattr(f, name) == value, (key, name)
            # with other values, only those fields change
            other = view_filter(key, me_id=99, now=FIXED_NOW + timedelta(days=3))
            changed = {fl.name for fl in fields(CaseFilter)
                       if getattr(f, fl.name) != getattr(other, fl.name)}
            assert changed <= set(moving), key
    assert view_values("mine", me_id=None, now=FIXED_NOW) == {"assignee_ids": (), "empty": True}


def _now_at_a_deadline(inbox: Inbox):  # type: ignore[no-untyped-def]
    """A 'now' exactly at an open case's deadline, to test the bounds (>= and <)."""
    rows = inbox.first_page(view_filter("due_soon", me_id=None, now=FIXED_NOW), "deadline",
                            False, 5)
    return rows[2].deadline_at


def test_replay_gives_the_services_rows_for_every_view_and_sort(inbox, data_dir) -> None:
    loc = resolve(data_dir)
    me = inbox.me_id()
    nows = [FIXED_NOW, FIXED_NOW + timedelta(hours=5, minutes=7, seconds=13, microseconds=250_000),
            _now_at_a_deadline(inbox)]
    non_empty = set()
    for now in nows:
        for view in VIEW_KEYS:
            f = view_filter(view, me_id=me, now=now)
            for sort in SORT_KEYS:
                for desc in (False, True):
                    replayed = quick_start.replay(loc, "lina", view, sort, desc, now=now)
                    expected = inbox.first_page(f, sort, desc, 100)
                    assert replayed == expected, (view, sort, desc, now)
                    if expected:
                        non_empty.add(view)
    assert non_empty == set(VIEW_KEYS)  # every view was compared on real rows


def test_replay_bounds_of_the_clock_views(inbox, data_dir) -> None:
    loc = resolve(data_dir)
    now = _now_at_a_deadline(inbox)
    due = quick_start.replay(loc, "lina", "due_soon", "deadline", False, now=now)
    overdue = quick_start.replay(loc, "lina", "overdue", "deadline", True, now=now)
    assert due and overdue
    assert due[0].deadline_at == now  # from `now` on, inclusive
    assert all(now <= r.deadline_at < now + timedelta(hours=24) for r in due)
    assert all(r.deadline_at < now for r in overdue)


def test_my_cases_are_the_users_own(inbox, data_dir) -> None:
    loc = resolve(data_dir)
    mine = quick_start.replay(loc, "lina", "mine", "deadline", False)
    assert mine and {r.assignee for r in mine} == {"lina"}
    other = quick_start.replay(loc, "wanglei", "mine", "deadline", False)
    assert other and {r.assignee for r in other} == {"wanglei"}
    # someone the store does not know has no cases, as in the service
    assert quick_start.replay(loc, "nobody", "mine", "deadline", False) == []
    assert Inbox(inbox.store, "nobody").first_page(
        view_filter("mine", me_id=None, now=FIXED_NOW)) == []


def test_a_stale_schema_revision_falls_back(inbox, data_dir) -> None:
    loc = resolve(data_dir)
    assert quick_start.replay(loc, "lina", "all", "deadline", False)
    db = engines.sqlite_path(loc.db_url)
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '0003'")
    conn.close()
    assert quick_start.replay(loc, "lina", "all", "deadline", False) is None
    assert quick_start.replay(loc, "lina", "due_soon", "deadline", False) is None


def test_damaged_statements_fall_back(inbox, data_dir) -> None:
    loc = resolve(data_dir)
    path = quick_start.cache_path(loc)
    good = cached(data_dir)
    path.write_text("{not json", "utf-8")
    assert quick_start.replay(loc, "lina", "all", "deadline", False) is None
    good["pages"]["all|deadline|0"]["sql"] = "SELECT nonsense FROM nowhere"
    path.write_text(json.dumps(good), "utf-8")
    assert quick_start.replay(loc, "lina", "all", "deadline", False) is None
    assert quick_start.remember(inbox.store) is True  # the next store opening repairs it
    assert quick_start.replay(loc, "lina", "all", "deadline", False)


def test_what_is_not_cached_falls_back(inbox, data_dir, tmp_path) -> None:
    loc = resolve(data_dir)
    assert quick_start.replay(loc, "lina", "all", "id", False) is None  # an unknown sort
    assert quick_start.replay(loc, "lina", "nope", "deadline", False) is None
    assert quick_start.replay(loc, "lina", "all", "deadline", False, limit=50) is None
    assert quick_start.replay(resolve(tmp_path / "empty"), "lina", "all", "deadline", False) is None
    pg = Location(data_dir, "postgresql+psycopg://u@host/db")
    assert quick_start.replay(pg, "lina", "all", "deadline", False) is None


def test_a_cache_that_cannot_be_written_is_no_error(demo_store, data_dir) -> None:
    (data_dir / "cache").write_text("a file where the cache folder would be", "utf-8")
    assert quick_start.remember(demo_store) is False
    assert quick_start.replay(resolve(data_dir), "lina", "all", "deadline", False) is None
