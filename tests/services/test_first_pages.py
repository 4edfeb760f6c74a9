"""The quick start's shipped first pages: generated from the real query, and replayed
with plain sqlite3 they give exactly the rows the inbox service gives."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import fields
from datetime import timedelta

import pytest

from app.config import Location, resolve
from app.domain.filters import CaseFilter
from app.services import first_pages, quick_start
from app.services.inbox import SORT_KEYS, VIEW_KEYS, Inbox
from app.services.inbox_views import view_filter, view_values
from app.store import engine as engines
from tests.conftest import FIXED_NOW


@pytest.fixture
def inbox(demo_store):  # type: ignore[no-untyped-def]
    return Inbox(demo_store, "lina")


@pytest.fixture
def shipped_file(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """A copy of the shipped statements that a test may change."""
    copy = tmp_path / "first_pages.json"
    copy.write_text(quick_start.RESOURCE.read_text("utf-8"), "utf-8")
    monkeypatch.setattr(quick_start, "RESOURCE", copy)
    monkeypatch.setattr(quick_start, "_pages", None)
    yield copy
    quick_start._pages = None


def test_the_shipped_file_is_what_the_generator_writes_now() -> None:
    """Change the query or the schema, and this fails until the file is generated
    again: python -m app.services.first_pages"""
    assert quick_start.RESOURCE.read_text("utf-8") == first_pages.render(first_pages.generate())


def test_every_view_and_sort_is_shipped_with_its_moving_values_as_parameters() -> None:
    pages = quick_start.shipped()
    assert pages["limit"] == first_pages.LIMIT
    assert set(pages["pages"]) == {quick_start.page_key(v, s, d) for v in VIEW_KEYS
                                   for s in SORT_KEYS for d in (False, True)}
    for key, page in pages["pages"].items():
        assert page["sql"].count("?") == len(page["params"]), key
        assert "1901" not in page["sql"] and str(first_pages.SENTINEL_ME) not in page["sql"]
    assert pages["pages"]["mine|deadline|0"]["params"] == ["assignee_ids.0"]
    assert pages["pages"]["mine|deadline|0"]["needs"] == ["me"]
    assert pages["pages"]["due_soon|amount|1"]["params"] == ["deadline_from", "deadline_to"]
    assert pages["pages"]["overdue|deadline|0"]["params"] == ["deadline_to"]
    assert pages["pages"]["all|updated|1"]["params"] == []


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


def test_statements_for_another_revision_fall_back(inbox, data_dir, shipped_file) -> None:
    loc = resolve(data_dir)
    assert quick_start.replay(loc, "lina", "all", "deadline", False)
    data = json.loads(shipped_file.read_text("utf-8"))
    shipped_file.write_text(json.dumps({**data, "revision": "0003"}), "utf-8")
    quick_start._pages = None
    assert quick_start.replay(loc, "lina", "all", "deadline", False) is None


def test_damaged_statements_fall_back(inbox, data_dir, shipped_file) -> None:
    loc = resolve(data_dir)
    shipped_file.write_text("{not json", "utf-8")
    assert quick_start.replay(loc, "lina", "all", "deadline", False) is None
    quick_start._pages = None
    good = json.loads(first_pages.render(first_pages.generate()))
    good["pages"]["all|deadline|0"]["sql"] = "SELECT nonsense FROM nowhere"
    shipped_file.write_text(json.dumps(good), "utf-8")
    assert quick_start.replay(loc, "lina", "all", "deadline", False) is None


def test_what_is_not_shipped_falls_back(inbox, data_dir, tmp_path) -> None:
    loc = resolve(data_dir)
    assert quick_start.replay(loc, "lina", "all", "id", False) is None  # an unknown sort
    assert quick_start.replay(loc, "lina", "nope", "deadline", False) is None
    assert quick_start.replay(loc, "lina", "all", "deadline", False, limit=50) is None
    assert quick_start.replay(resolve(tmp_path / "empty"), "lina", "all", "deadline", False) is None
    pg = Location(data_dir, "postgresql+psycopg://u@host/db")
    assert quick_start.replay(pg, "lina", "all", "deadline", False) is None


def test_sqlite_values_are_stored_text() -> None:
    assert quick_start.sqlite_value(FIXED_NOW) == "2026-11-20 09:00:00.000000"
    assert quick_start.sqlite_value(7) == 7
    with pytest.raises(TypeError):
        quick_start.sqlite_value(object())
