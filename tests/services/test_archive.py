"""The offline archive: what it holds, that it opens read-only at the engine, and that a
changed byte anywhere in it is named."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from app.domain.archive_info import ArchiveScope
from app.domain.errors import RuleRefused
from app.domain.tree_head import head_over
from app.io.errors import TargetError
from app.services import archive as archiving
from app.services.archive_open import archive_check, open_archive
from app.store.errors import StoreError
from tests.conftest import FIXED_NOW
from tests.services.archive_helpers import copy_store, flip_byte, rewrite_member, sha256


@pytest.fixture(scope="module")
def live_template(tmp_path_factory):
    """A demo store with its evidence files (made once for the module)."""
    from app.services import demo
    from app.services.store import open_store

    folder = tmp_path_factory.mktemp("archive-live") / "data"
    s = open_store(folder)
    try:
        demo.generate(s, 150, seed=5, now=FIXED_NOW, evidence=True)
    finally:
        s.close()
    return folder


@pytest.fixture
def live(live_template, tmp_path):
    from app.services.store import open_store

    s = open_store(copy_store(live_template, tmp_path / "live"))
    yield s
    s.close()


def _make(live, out: Path, scope: ArchiveScope | None = None, actor: str = "zhaoli"):
    return archiving.make_archive(live, out, scope or ArchiveScope(), actor)


def _cases(store) -> list[tuple]:
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(
            "SELECT id, case_no, status, history_len, history_head FROM cases ORDER BY id"))]


def test_an_archive_holds_every_case_with_its_history_and_evidence(live, tmp_path):
    made = _make(live, tmp_path / "a.zip")
    names = set(zipfile.ZipFile(made.path).namelist())
    assert {"snapshot.sqlite", "manifest.json", "manifest.sig"} <= names
    evidence = {n for n in names if n.startswith("evidence/")}
    with live.engine.connect() as conn:
        shas = {r[0] for r in conn.execute(text("SELECT DISTINCT sha256 FROM evidence"))}
    assert shas and evidence == {f"evidence/{s}" for s in shas}
    store = open_archive(made.path, team_dir=live.location.data_dir)
    try:
        assert _cases(store) == _cases(live)
        info = store.archive
        assert info is not None and info.verified and info.key_matches
        assert info.made_by == "zhaoli" and info.problems == []
        assert "archive made" in (store.read_only_reason or "")
        with store.engine.connect() as conn:
            users = conn.execute(text(
                "SELECT count(*), count(password_hash), count(remember_hash) FROM users")).one()
        assert users[0] >= 8 and users[1:] == (0, 0)  # nothing in it signs anyone in
        assert archive_check(store)["problems"] == []
        folder = info.folder
        assert folder is not None and folder.is_dir()
    finally:
        store.close()
    assert not folder.exists()  # the private copy goes with the store


def test_the_tree_head_covers_every_case_and_is_signed(live, tmp_path):
    made = _make(live, tmp_path / "a.zip")
    anchor = archiving.read_anchor(made.path)
    assert anchor.signed
    rows = _cases(live)
    assert anchor.head.cases == len(rows) == len(anchor.leaves)
    assert anchor.head.events == sum(r[3] for r in rows)
    assert {(x.case_id, x.length, x.head) for x in anchor.leaves} == {
        (r[0], r[3], r[4]) for r in rows}
    assert head_over(anchor.leaves, anchor.head.made_at, {}).root == anchor.head.root


def test_the_snapshot_is_read_only_at_the_engine(live, tmp_path):
    made = _make(live, tmp_path / "a.zip")
    before = sha256(made.path)
    store = open_archive(made.path)
    try:
        with store.engine.connect() as conn, pytest.raises(Exception, match=r"readonly|read-only"):
            conn.execute(text("UPDATE cases SET status = 'resolved'"))
        snapshot = store.location.data_dir / "snapshot.sqlite"
        raw = sqlite3.connect(f"file:{snapshot}?mode=ro", uri=True)
        with pytest.raises(sqlite3.OperationalError):
            raw.execute("DELETE FROM case_events")
        raw.close()
        with pytest.raises(StoreError, match="it cannot be changed") as refused:
            store.unit_of_work().for_writing()
        assert refused.value.code == "archive_read_only"
    finally:
        store.close()
    assert sha256(made.path) == before


def test_writing_services_are_refused_with_the_archive_s_reason(live, tmp_path):
    from app.domain.filters import CaseFilter
    from app.services import case_actions, cases

    made = _make(live, tmp_path / "a.zip")
    store = open_archive(made.path)
    try:
        first = cases.list_cases(store, CaseFilter(), limit=1)[0]
        with pytest.raises(StoreError, match=r"archive made .* by zhaoli; it cannot be changed"):
            case_actions.change_status(store, "zhaoli", first.id, "cancelled")
    finally:
        store.close()


def test_period_and_shop_include_only_those_cases(live, tmp_path):
    with live.engine.connect() as conn:
        shop, = conn.execute(text("SELECT s.name FROM cases c JOIN shops s ON s.id = c.shop_id "
                                  "GROUP BY s.name ORDER BY count(*) DESC LIMIT 1")).one()
        rows = conn.execute(text(
            "SELECT c.id, c.created_at, s.name FROM cases c JOIN shops s ON s.id = c.shop_id")).all()
    day = FIXED_NOW.date() - timedelta(days=3)
    scope = ArchiveScope(day, FIXED_NOW.date(), shop)
    start, end = scope.utc_bounds()
    want = sorted(r[0] for r in rows if r[2] == shop and start <= _dt(r[1]) < end)
    assert 0 < len(want) < len(rows)
    made = _make(live, tmp_path / "part.zip", scope)
    assert made.manifest["scope"] == {"from": day.isoformat(), "to": FIXED_NOW.date().isoformat(),
                                      "shop": shop}
    store = open_archive(made.path)
    try:
        assert [r[0] for r in _cases(store)] == want
        with store.engine.connect() as conn:
            shops = {r[0] for r in conn.execute(text("SELECT name FROM shops"))}
            foreign = conn.execute(text("PRAGMA foreign_key_check")).all()
        assert shops == {shop} and foreign == []
        assert archive_check(store)["problems"] == []
    finally:
        store.close()


def _dt(value):
    from datetime import datetime

    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def test_asia_shanghai_days_bound_the_period():
    start, end = ArchiveScope(date(2026, 11, 30), date(2026, 11, 30)).utc_bounds()
    assert (str(start), str(end)) == ("2026-11-29 16:00:00", "2026-11-30 16:00:00")
    with pytest.raises(ValueError, match="after"):
        ArchiveScope(date(2026, 12, 2), date(2026, 12, 1))


@pytest.mark.parametrize(("change", "named"), [
    ("snapshot", "snapshot.sqlite changed"),
    ("evidence", "evidence/{sha} changed"),
    ("manifest", "manifest signature does not verify"),
    ("extra", "notes.txt is not in the manifest"),
    ("missing", "evidence/{sha} is missing"),
])
def test_one_changed_byte_is_named(live, tmp_path, change, named):
    made = _make(live, tmp_path / "a.zip")
    sha = sorted(n for n in zipfile.ZipFile(made.path).namelist() if n.startswith("evidence/"))[0]
    sha = sha.removeprefix("evidence/")
    if change == "snapshot":
        flip_byte(made.path, "snapshot.sqlite", 0.9)
    elif change == "evidence":
        flip_byte(made.path, f"evidence/{sha}")
    elif change == "manifest":
        data = zipfile.ZipFile(made.path).read("manifest.json")
        flip_byte(made.path, "manifest.json", data.index(b'"made_by"') / len(data) + 0.0001)
    elif change == "extra":
        rewrite_member(made.path, "notes.txt", b"added later")
    else:
        rewrite_member(made.path, f"evidence/{sha}", None)
    store = open_archive(made.path, team_dir=live.location.data_dir)
    try:
        problems = archive_check(store)["problems"]
        assert store.archive is not None and not store.archive.verified
    finally:
        store.close()
    assert named.format(sha=sha) in problems


def test_a_re_signed_manifest_is_another_key(live, tmp_path):
    from app.services.signing import load_or_create_key

    made = _make(live, tmp_path / "a.zip")
    other = load_or_create_key(tmp_path / "attacker")
    manifest = json.loads(zipfile.ZipFile(made.path).read("manifest.json"))
    manifest["made_by"] = "admin"
    manifest["public_key"] = other.public_raw.hex()
    th = {k: v for k, v in manifest["tree_head"].items() if k != "signature"}
    from app.domain.tree_head import TreeHead

    manifest["tree_head"]["signature"] = other.sign(TreeHead.from_json(th).canonical()).hex()
    data = json.dumps(manifest).encode()
    rewrite_member(made.path, "manifest.json", data)
    rewrite_member(made.path, "manifest.sig", other.sign(data).hex().encode())
    store = open_archive(made.path, team_dir=live.location.data_dir)
    try:
        assert store.archive is not None and store.archive.verified
        assert not store.archive.key_matches
        problems = archive_check(store)["problems"]
    finally:
        store.close()
    assert any("signed by another key" in p for p in problems)


def test_an_agent_may_not_make_an_archive(live, tmp_path):
    with pytest.raises(RuleRefused) as refused:
        _make(live, tmp_path / "a.zip", actor="lina")
    assert refused.value.code == "not_permitted"
    assert not (tmp_path / "a.zip").exists()


def test_an_existing_file_or_a_protected_place_is_refused(live, tmp_path):
    out = tmp_path / "a.zip"
    out.write_bytes(b"keep me")
    with pytest.raises(TargetError):
        _make(live, out)
    assert out.read_bytes() == b"keep me"
    made = archiving.make_archive(live, out, ArchiveScope(), "zhaoli", force=True)
    assert zipfile.is_zipfile(made.path)
    for guarded in (live.location.blobs_dir / "a.zip", live.backup_dir / "a.zip",
                    Path(live.description)):
        with pytest.raises(TargetError):
            _make(live, guarded)


@pytest.mark.parametrize("failure", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_a_failed_write_leaves_no_half_file(live, tmp_path, monkeypatch, failure):
    from app.io import archive_file

    real = archive_file.ArchiveWriter.add_stream
    calls = []

    def failing(self, name, source):
        calls.append(name)
        if name.startswith("evidence/"):
            raise failure
        return real(self, name, source)

    monkeypatch.setattr(archive_file.ArchiveWriter, "add_stream", failing)
    with pytest.raises((StoreError, KeyboardInterrupt)):
        _make(live, tmp_path / "a.zip")
    assert calls and list(tmp_path.glob("*a.zip*")) == []


def test_a_file_that_is_not_an_archive_is_refused(tmp_path):
    bad = tmp_path / "x.zip"
    bad.write_bytes(b"not a zip")
    with pytest.raises(StoreError, match="not an archive"):
        open_archive(bad)
    with pytest.raises(StoreError, match="no archive"):
        open_archive(tmp_path / "none.zip")


def test_a_commit_while_the_archive_reads_does_not_tear_a_case(live, tmp_path, monkeypatch):
    from app.services import case_actions
    from app.services.store import open_store
    from app.store import archive_rows

    other = open_store(live.location.data_dir)  # another agent's process
    real = archive_rows.Copier.by
    done: list[int] = []

    def by(self, name, column, ids, *keep):
        if name == "case_events" and not done:
            case_actions.perform(other, "lina", 1, [{"do": "note", "text": "meanwhile"}])
            done.append(1)
        return real(self, name, column, ids, *keep)

    monkeypatch.setattr(archive_rows.Copier, "by", by)
    try:
        made = _make(live, tmp_path / "busy.zip")
    finally:
        other.close()
    store = open_archive(made.path)
    try:
        assert done and archive_check(store)["problems"] == []
        from app.services.verify import verify

        assert verify(store).ok
        assert _cases(store)[0][3] == _cases(live)[0][3] - 1
    finally:
        store.close()


def test_an_archive_of_another_schema_is_refused_clearly(live, tmp_path):
    made = _make(live, tmp_path / "a.zip")
    manifest = json.loads(zipfile.ZipFile(made.path).read("manifest.json"))
    manifest["schema"] = "0009"
    rewrite_member(made.path, "manifest.json", json.dumps(manifest).encode())
    with pytest.raises(StoreError, match="holds schema '0009'") as refused:
        open_archive(made.path)
    assert refused.value.code == "archive_schema"


def test_in_an_archive_reading_is_as_its_maker_and_nobody_signs_in(live, tmp_path):
    from app.domain.permissions import Permission
    from app.services import access

    assert not access.may(live, "lina", Permission.VIEW_REPORTS)
    made = _make(live, tmp_path / "a.zip")
    store = open_archive(made.path)
    try:
        # No passwords travel with it: whoever opens it reads as zhaoli, the supervisor.
        assert access.role(store, "lina") == "supervisor"
        assert access.may(store, "lina", Permission.VIEW_AUDIT)
        with pytest.raises(StoreError, match="cannot be changed"):
            archiving.make_archive(store, tmp_path / "b.zip", ArchiveScope(), "zhaoli")
    finally:
        store.close()


def test_a_compressed_or_foreign_member_is_not_read_as_ours(live, tmp_path):
    made = _make(live, tmp_path / "a.zip")
    out = tmp_path / "deflated.zip"
    with zipfile.ZipFile(made.path) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info.filename),
                         compress_type=zipfile.ZIP_DEFLATED if info.filename == "snapshot.sqlite"
                         else zipfile.ZIP_STORED)
    with pytest.raises(StoreError, match="does not verify") as refused:
        open_archive(out)
    assert "snapshot.sqlite changed" in str(refused.value)


def test_a_missing_or_altered_evidence_file_is_left_out_and_named(live, tmp_path):
    import os
    import stat as st

    from app.services.verify import verify

    with live.engine.connect() as conn:
        shas = sorted({r[0] for r in conn.execute(text("SELECT sha256 FROM evidence"))})
    gone, altered = shas[0], shas[1]
    live.blobs.path(gone).unlink()
    path = live.blobs.path(altered)
    os.chmod(path, st.S_IWRITE | st.S_IREAD)
    path.write_bytes(b"not the photo")
    made = _make(live, tmp_path / "a.zip")
    assert not made.ok
    assert sorted((p["sha256"], p["problem"]) for p in made.evidence_problems) == sorted(
        [(gone, "missing"), (altered, "changed")])
    names = zipfile.ZipFile(made.path).namelist()
    assert f"evidence/{gone}" not in names and f"evidence/{altered}" not in names
    store = open_archive(made.path)
    try:
        assert archive_check(store)["problems"] == []  # the file is what it says it is
        report = verify(store)  # but its cases miss two files, as the live store did
        assert not report.ok and {p["sha256"] for p in report.evidence.problems} >= {gone, altered}
    finally:
        store.close()
