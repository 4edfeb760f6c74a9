"""Attaching, listing and removing evidence through the services, on real files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.domain.errors import StaleCase
from app.domain.evidence import EvidenceRefused
from app.services import evidence as ev
from app.services.cases import case_detail
from app.services.verify import verify
from tests.evidence_files import EXE, pdf, png, write


def _files(store) -> list[Path]:  # type: ignore[no-untyped-def]
    root = store.blobs.root
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def test_a_file_is_stored_once_by_its_hash_under_the_data_folder(demo_store, tmp_path):
    photo = write(tmp_path / "in", "破损.png", png(seed=1))
    first = ev.attach(demo_store, "lina", 1, [ev.Source.file(photo)], note="外箱压坏")
    again = ev.attach(demo_store, "wangwei", 2, [ev.Source.file(photo)])
    assert first.ok and again.ok
    sha = first.files[0].file.sha256
    assert [p.name for p in _files(demo_store)] == [sha]
    stored = _files(demo_store)[0]
    assert stored.is_relative_to(demo_store.location.data_dir / "evidence")
    assert stored.read_bytes() == photo.read_bytes()
    assert not os.access(stored, os.W_OK) or os.geteuid() == 0  # made read-only
    rows = ev.list_evidence(demo_store, 1)
    assert [(r["name"], r["type"], r["sha256"], r["note"], r["added_by"]) for r in rows] == [
        ("破损.png", "png", sha, "外箱压坏", "lina")]


def test_attaching_records_one_history_event_naming_every_hash(demo_store, tmp_path):
    files = [write(tmp_path, f"p{i}.png", png(seed=i)) for i in range(3)]
    before = case_detail(demo_store, 5)
    result = ev.attach(demo_store, "lina", 5, [ev.Source.file(f) for f in files])
    after = case_detail(demo_store, 5)
    assert after["version"] == before["version"] + 1
    last = after["history"][-1]
    assert last["action"] == "evidence" and last["actor"] == "lina"
    assert [f["sha256"] for f in last["changes"]["evidence"]] == [
        a.file.sha256 for a in result.files]
    assert after["evidence_count"] == 3
    assert verify(demo_store).ok


def test_the_same_file_twice_on_one_case_is_refused_and_named(demo_store, tmp_path):
    photo = write(tmp_path, "a.png", png(seed=2))
    ev.attach(demo_store, "lina", 3, [ev.Source.file(photo)])
    copy = write(tmp_path, "copy of a.png", png(seed=2))
    result = ev.attach(demo_store, "lina", 3, [ev.Source.file(copy),
                                              ev.Source("clip.png", data=png(seed=9)),
                                              ev.Source("clip again.png", data=png(seed=9))])
    codes = [getattr(f, "code", "ok") for f in result.files]
    assert codes == ["duplicate", "ok", "duplicate"]
    assert "already attached to this case (as a.png)" in result.files[0].reason
    assert "same file as clip.png" in result.files[2].reason
    assert len(ev.list_evidence(demo_store, 3)) == 2


@pytest.mark.parametrize(("name", "data", "code", "words"), [
    ("photo.jpg", EXE, "unknown_type", "is a Windows program"),
    ("empty.png", b"", "empty", "is empty"),
    ("random.jpg", bytes(range(256)) * 4, "unknown_type", "not a kind of file evidence takes"),
])
def test_refused_files_leave_nothing_behind(demo_store, tmp_path, name, data, code, words):
    result = ev.attach(demo_store, "lina", 4, [ev.Source.file(write(tmp_path, name, data))])
    assert not result.ok and result.done is None
    assert result.files[0].code == code and words in result.files[0].reason
    assert _files(demo_store) == [] and ev.list_evidence(demo_store, 4) == []
    leftovers = list(demo_store.blobs.root.glob(".incoming-*")) \
        if demo_store.blobs.root.exists() else []
    assert leftovers == []
    assert case_detail(demo_store, 4)["evidence_count"] == 0


def test_a_file_over_the_limit_is_refused_before_it_is_read(demo_store, tmp_path, monkeypatch):
    monkeypatch.setenv("AFTERSALES_EVIDENCE_MAX_MB", "1")
    big = write(tmp_path, "big.pdf", pdf() + b"\0" * (1024 * 1024))
    result = ev.attach(demo_store, "lina", 4, [ev.Source.file(big)])
    assert result.files[0].code == "too_large"
    assert "at most 1.0 MB" in result.files[0].reason
    assert _files(demo_store) == []


def test_a_file_that_grows_past_the_limit_while_read_is_refused(demo_store, tmp_path):
    class Growing(ev.Source):
        def open(self):  # type: ignore[no-untyped-def]
            import io
            return io.BytesIO(pdf() + b"\0" * 5000), 10  # says 10 bytes, holds 5 KB

    result = ev.attach(demo_store, "lina", 4, [Growing("grows.pdf")], max_bytes=2000)
    assert result.files[0].code == "too_large" and _files(demo_store) == []


def test_hostile_names_are_only_display_text(demo_store, tmp_path):
    names = ["../../../evil.png", "/etc/passwd.png", "C:\\Windows\\x.png", "CON.png",
             "nul\x00byte.png"]
    result = ev.attach(demo_store, "lina", 6, [ev.Source(n, data=png(seed=i + 20))
                                              for i, n in enumerate(names)])
    assert result.ok
    shown = [r["name"] for r in ev.list_evidence(demo_store, 6)]
    assert shown == ["../../../evil.png", "/etc/passwd.png", "C:\\Windows\\x.png", "CON.png",
                     "nul?byte.png"]
    # Nothing landed anywhere but the evidence folder, under hash names.
    assert not (tmp_path / "evil.png").exists() and not (tmp_path.parent / "evil.png").exists()
    assert all(len(p.name) == 64 for p in _files(demo_store))


def test_a_step_that_asks_for_evidence_is_done_by_attaching_to_it(demo_store, tmp_path):
    from app.domain.enums import CaseKind

    case = next(c for c in range(1, 300)
                if case_detail(demo_store, c)["kind"] == CaseKind.RETURN_REFUND.value
                and not case_detail(demo_store, c)["steps_done"])
    book = case_detail(demo_store, case)["playbook"]
    asks = next(s for s in book["steps"] if s["evidence"] and not s["answers"])
    assert asks["key"] in book["missing_evidence"]
    ev.attach(demo_store, "lina", case, [ev.Source("unboxing.png", data=png(seed=40))],
              step=asks["key"])
    d = case_detail(demo_store, case)
    assert d["evidence_steps"] == [asks["key"]]
    assert d["steps_done"].get(asks["key"]) is True
    assert asks["key"] not in d["playbook"]["missing_evidence"]
    with pytest.raises(EvidenceRefused, match="has no step 'nope'"):
        ev.attach(demo_store, "lina", case, [ev.Source("x.png", data=png(seed=41))], step="nope")
    assert len(ev.list_evidence(demo_store, case)) == 1


def test_a_case_changed_since_it_was_read_stores_nothing(demo_store, tmp_path):
    from app.services.case_actions import perform

    version = case_detail(demo_store, 7)["version"]
    perform(demo_store, "wangwei", 7, [{"do": "note", "text": "meanwhile"}])
    with pytest.raises(StaleCase):
        ev.attach(demo_store, "lina", 7, [ev.Source("late.png", data=png(seed=50))],
                  version=version)
    assert ev.list_evidence(demo_store, 7) == [] and _files(demo_store) == []


def test_removing_hides_the_file_records_why_and_keeps_it(demo_store, tmp_path):
    result = ev.attach(demo_store, "lina", 8, [ev.Source("wrong.png", data=png(seed=60))])
    evidence_id = result.files[0].evidence_id
    done = ev.remove(demo_store, "lina", evidence_id, "wrong case")
    assert done.action == "evidence_removed"
    assert ev.list_evidence(demo_store, 8) == []
    kept = ev.list_evidence(demo_store, 8, include_removed=True)
    assert kept[0]["removed"] and kept[0]["removed_reason"] == "wrong case"
    assert len(_files(demo_store)) == 1
    last = case_detail(demo_store, 8)["history"][-1]
    assert last["changes"]["evidence_removed"]["id"] == evidence_id
    assert last["changes"]["reason"] == "wrong case"
    with pytest.raises(Exception, match="already removed"):
        ev.remove(demo_store, "lina", evidence_id, "again")
    assert verify(demo_store).ok


def test_read_blob_refuses_a_file_changed_on_disk(demo_store):
    result = ev.attach(demo_store, "lina", 9, [ev.Source("a.png", data=png(seed=70))])
    sha = result.files[0].file.sha256
    assert ev.read_blob(demo_store, sha) == png(seed=70)
    path = ev.blob_path(demo_store, sha)
    path.chmod(0o644)
    path.write_bytes(png(seed=71))
    with pytest.raises(ValueError, match="changed on disk"):
        ev.read_blob(demo_store, sha)


def test_attaching_the_original_again_repairs_a_damaged_copy(demo_store):
    ev.attach(demo_store, "lina", 10, [ev.Source("a.png", data=png(seed=80))])
    sha = ev.list_evidence(demo_store, 10)[0]["sha256"]
    path = ev.blob_path(demo_store, sha)
    path.chmod(0o644)
    path.write_bytes(b"garbage")
    assert not verify(demo_store).ok
    ev.attach(demo_store, "lina", 11, [ev.Source("a.png", data=png(seed=80))])
    assert path.read_bytes() == png(seed=80) and verify(demo_store).ok


def test_a_shared_evidence_folder_is_used_when_configured(data_dir, tmp_path, monkeypatch):
    from app.services.store import open_store

    shared = tmp_path / "team share" / "evidence"
    monkeypatch.setenv("AFTERSALES_EVIDENCE_DIR", str(shared))
    store = open_store(data_dir)
    try:
        from app.services import demo
        demo.generate(store, 5, seed=1)
        result = ev.attach(store, "lina", 1, [ev.Source("a.png", data=png(seed=90))])
        assert ev.blob_path(store, result.files[0].file.sha256).is_relative_to(shared)
        assert not (data_dir / "evidence").exists()
        assert verify(store).ok
    finally:
        store.close()


def test_two_agents_attaching_the_same_file_at_once_store_one_row(demo_store, data_dir,
                                                                  monkeypatch):
    import threading

    from app.services.store import open_store

    other = open_store(data_dir)
    both_checked = threading.Barrier(2, timeout=20)
    real = ev._store_one

    def store_then_wait(*args):  # type: ignore[no-untyped-def]
        out = real(*args)
        both_checked.wait()  # both have passed the first duplicate check
        return out

    monkeypatch.setattr(ev, "_store_one", store_then_wait)
    results = {}

    def go(store, who):  # type: ignore[no-untyped-def]
        results[who] = ev.attach(store, who, 12, [ev.Source("same.png", data=png(seed=77))])

    threads = [threading.Thread(target=go, args=(demo_store, "lina")),
               threading.Thread(target=go, args=(other, "wangwei"))]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        other.close()
    codes = sorted(getattr(r.files[0], "code", "ok") for r in results.values())
    assert codes == ["duplicate", "ok"]
    assert len(ev.list_evidence(demo_store, 12)) == 1
    assert verify(demo_store).ok
