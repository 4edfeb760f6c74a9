"""An archive of a team's PostgreSQL store: the included rows are copied into a fresh
SQLite snapshot built by our migrations, read in one repeatable-read transaction, so an
agent committing meanwhile cannot tear a case from its history."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.domain.archive_info import ArchiveScope
from app.services import archive as archiving
from app.services import case_actions
from app.services.archive_open import archive_check, open_archive
from app.services.verify import verify
from app.store import archive_rows

COLUMNS = "id, case_no, shop_id, status, history_len, history_head"


def _rows(store, sql: str) -> list[tuple]:
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql))]


@pytest.fixture
def pg_live(pg_store):  # type: ignore[no-untyped-def]
    from app.services import demo
    from tests.conftest import FIXED_NOW

    demo.generate(pg_store, 120, seed=8, now=FIXED_NOW, evidence=True)
    return pg_store


def test_an_archive_of_postgres_serves_the_same_cases(pg_live, tmp_path):  # type: ignore[no-untyped-def]
    made = archiving.make_archive(pg_live, tmp_path / "pg.archive", ArchiveScope(), "zhaoli")
    store = open_archive(made.path, team_dir=pg_live.location.data_dir)
    try:
        assert store.archive is not None and store.archive.key_matches
        sql = f"SELECT {COLUMNS} FROM cases ORDER BY id"
        assert _rows(store, sql) == _rows(pg_live, sql)
        events = "SELECT case_id, seq, hash FROM case_events ORDER BY case_id, seq"
        assert _rows(store, events) == _rows(pg_live, events)
        assert archive_check(store)["problems"] == []
        report = verify(store)
        assert report.ok and report.cases_checked == 120 and report.evidence.files_checked > 0
        assert made.manifest["store"].startswith("postgresql")
    finally:
        store.close()


def test_a_shop_s_archive_of_postgres_holds_that_shop_only(pg_live, tmp_path):  # type: ignore[no-untyped-def]
    shop, n = _rows(pg_live, "SELECT s.name, count(*) FROM cases c JOIN shops s ON s.id = c.shop_id "
                             "GROUP BY s.name ORDER BY count(*) DESC, s.name LIMIT 1")[0]
    made = archiving.make_archive(pg_live, tmp_path / "shop.archive", ArchiveScope(shop=shop),
                                  "zhaoli")
    store = open_archive(made.path)
    try:
        assert len(_rows(store, "SELECT id FROM cases")) == n
        assert _rows(store, "SELECT name FROM shops") == [(shop,)]
        assert _rows(store, "PRAGMA foreign_key_check") == []
        assert verify(store).ok
    finally:
        store.close()


def test_a_commit_while_the_archive_reads_does_not_tear_a_case(pg_live, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    real = archive_rows.Copier.by
    done: list[int] = []

    def by(self, name, column, ids, *keep):  # type: ignore[no-untyped-def]
        if name == "case_events" and not done:
            # Another agent writes to case 1 after its row was read, before its events.
            case_actions.perform(pg_live, "lina", 1, [{"do": "note", "text": "meanwhile"}])
            done.append(1)
        return real(self, name, column, ids, *keep)

    monkeypatch.setattr(archive_rows.Copier, "by", by)
    before = _rows(pg_live, "SELECT history_len FROM cases WHERE id = 1")[0][0]
    made = archiving.make_archive(pg_live, tmp_path / "busy.archive", ArchiveScope(), "zhaoli")
    assert done and _rows(pg_live, "SELECT history_len FROM cases WHERE id = 1")[0][0] == before + 1
    store = open_archive(made.path)
    try:
        assert _rows(store, "SELECT history_len FROM cases WHERE id = 1")[0][0] == before
        assert verify(store).ok and archive_check(store)["problems"] == []
    finally:
        store.close()
