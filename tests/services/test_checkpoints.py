"""A checkpoint against an attacker who holds the database file (issue 12): every
edit below recomputes the hashes after it and fixes the case row, so plain `verify`
passes; `verify_against` the checkpoint made before names the case."""

from __future__ import annotations

import gzip
import sqlite3
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.config import DB_FILE
from app.domain.anchor import Anchor
from app.domain.permissions import NotPermitted
from app.io.checkpoint_file import MAGIC, read_checkpoint, write_checkpoint
from app.io.errors import TargetError
from app.services import case_actions, checkpoints
from app.services.checkpoints import make_checkpoint, verify_against
from app.services.signing import fingerprint, load_key
from app.services.store import Store, open_store
from app.services.verify import verify
from tests.conftest import FIXED_NOW
from tests.history_attacks import Attacker

SUPERVISOR = "zhaoli"


@pytest.fixture
def checkpoint(demo_store: Store, tmp_path: Path) -> Path:
    out = tmp_path / "week48.checkpoint"
    make_checkpoint(demo_store, out, SUPERVISOR, now=FIXED_NOW)
    return out


@pytest.fixture
def attacker(demo_store: Store):  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(demo_store.location.data_dir / DB_FILE)
    yield Attacker(conn)
    conn.close()


def a_case(attacker: Attacker, min_events: int = 3) -> tuple[int, str]:
    row = attacker.conn.execute("SELECT id, case_no FROM cases WHERE history_len >= ? "
                                "ORDER BY id LIMIT 1", (min_events,)).fetchone()
    return row[0], row[1]


def test_the_store_verifies_against_its_own_checkpoint(demo_store, checkpoint):
    got = verify_against(demo_store, checkpoint)
    assert got.ok, got.to_json()
    out = got.to_json()
    assert out["cases_vouched"] == 300 and out["events_vouched"] > 300
    assert out["signed_by"] == "this team's key" and out["key_matches"]
    assert out["fingerprint"] == load_key(demo_store.location.data_dir).fingerprint
    assert (out["added"], out["appended"], out["failed_total"]) == (0, 0, 0)
    assert out["made_at"] == "2026-11-20T09:00:00+00:00" and out["scope"] == {}


def test_a_rewritten_event_with_its_chain_recomputed_is_named(demo_store, checkpoint, attacker):
    case_id, case_no = a_case(attacker)
    attacker.rewrite(case_id, 2, {"note": "the buyer agreed to no refund"})
    assert verify(demo_store).ok  # the bare chain proves nothing
    got = verify_against(demo_store, checkpoint).to_json()
    assert not got["ok"] and got["failed_total"] == 1
    [named] = got["rewritten"]
    assert (named["case_id"], named["case_no"]) == (case_id, case_no)
    assert "recomputed" in named["problem"]


def test_a_forged_event_slipped_into_the_chain_is_named(demo_store, checkpoint, attacker):
    case_id, case_no = a_case(attacker)
    attacker.forge(case_id, 1, "lina", {"note": ["", "refund approved by phone"]})
    assert verify(demo_store).ok
    got = verify_against(demo_store, checkpoint).to_json()
    assert [(c["case_id"], c["case_no"]) for c in got["rewritten"]] == [(case_id, case_no)]
    assert got["rewritten"][0]["live_length"] == got["rewritten"][0]["vouched_length"] + 1


def test_a_case_deleted_whole_is_named_removed(demo_store, checkpoint, attacker):
    case_id, _ = a_case(attacker)
    attacker.delete_case(case_id)
    assert verify(demo_store).ok
    got = verify_against(demo_store, checkpoint).to_json()
    assert not got["ok"]
    [named] = got["removed"]
    assert named["case_id"] == case_id and named["case_no"] is None
    assert named["problem"] == "the case and its history are gone"


def test_a_case_row_deleted_with_its_events_left_is_removed(demo_store, checkpoint, attacker):
    case_id, _ = a_case(attacker)
    attacker.delete_case(case_id, events_too=False)
    got = verify_against(demo_store, checkpoint).to_json()
    [named] = got["removed"]
    assert named["case_id"] == case_id and "of its events remain" in named["problem"]


def test_a_case_whose_events_alone_are_deleted_is_removed(demo_store, checkpoint, attacker):
    case_id, case_no = a_case(attacker)
    attacker.truncate(case_id, 0)
    got = verify_against(demo_store, checkpoint).to_json()
    assert [(c["case_id"], c["case_no"]) for c in got["removed"]] == [(case_id, case_no)]


def test_a_truncated_history_is_named(demo_store, tmp_path, attacker):
    case_id, case_no = a_case(attacker)
    for text in ("called the buyer", "called again"):  # events that change no state
        case_actions.perform(demo_store, "lina", case_id, [{"do": "note", "text": text}])
    out = tmp_path / "c"
    make_checkpoint(demo_store, out, SUPERVISOR)
    vouched = len(attacker.events(case_id))
    attacker.truncate(case_id, vouched - 2)
    assert verify(demo_store).ok
    got = verify_against(demo_store, out).to_json()
    [named] = got["truncated"]
    assert (named["case_id"], named["case_no"]) == (case_id, case_no)
    assert (named["vouched_length"], named["live_length"]) == (vouched, vouched - 2)


def test_events_appended_and_cases_added_since_are_allowed(demo_store, checkpoint, attacker):
    from app.services.imports import import_file
    from tests.conftest import FIXTURES

    case_id, _ = a_case(attacker)
    case_actions.perform(demo_store, "lina", case_id, [{"do": "note", "text": "buyer replied"}])
    done = import_file(demo_store, FIXTURES / "douyin_aftersales.csv", "lina", shop="新店")
    got = verify_against(demo_store, checkpoint).to_json()
    assert got["ok"], got
    assert got["added"] == done.inserted > 0
    assert got["appended"] == 1


def flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def test_one_byte_changed_in_the_leaves_is_refused_as_tampered(demo_store, checkpoint):
    flip(checkpoint, checkpoint.stat().st_size - 2000)
    got = verify_against(demo_store, checkpoint).to_json()
    assert not got["ok"] and got["signature"] == "tampered"
    assert "leaves" in got["problem"]


@pytest.mark.parametrize("old, new, said", [
    (b'"cases": 300', b'"cases": 299', "vouches for 299"),
    (b'"made_at": "2026-11-20T09', b'"made_at": "2026-11-27T09', "signature does not match"),
    (b'"root": "', b'"root": "0', "do not sum up"),
    (b'"head": {', b'"head": [', "not readable"),
    (b'"cases": 300', b'"cases":300', "not as this program wrote it"),
    (b'"fingerprint": "', b'"fingerprint": "0', "names the key 0"),
])
def test_an_edited_header_is_refused_as_tampered(demo_store, checkpoint, old, new, said):
    data = checkpoint.read_bytes()
    assert old in data
    checkpoint.write_bytes(data.replace(old, new, 1))
    got = verify_against(demo_store, checkpoint).to_json()
    assert got["signature"] == "tampered" and said in got["problem"], got["problem"]


def _rewrite_leaves(path: Path, edit) -> None:  # type: ignore[no-untyped-def]
    """A careful attacker: the leaves inflated, edited, packed again (gzip is whole)."""
    data = path.read_bytes()
    header_end = data.index(b"\n", len(MAGIC)) + 1
    leaves = bytearray(gzip.decompress(data[header_end:]))
    edit(leaves)
    path.write_bytes(data[:header_end] + gzip.compress(bytes(leaves)))


def test_a_leaf_edited_and_packed_again_is_refused(demo_store, checkpoint):
    def edit(leaves: bytearray) -> None:
        leaves[44 * 7 + 20] ^= 0xFF  # case 8's head

    _rewrite_leaves(checkpoint, edit)
    got = verify_against(demo_store, checkpoint).to_json()
    assert got["signature"] == "tampered"
    assert "do not sum up to the signed root" in got["problem"]


def test_leaves_out_of_order_are_refused(demo_store, checkpoint):
    def swap(leaves: bytearray) -> None:
        first, second = leaves[:44], leaves[44:88]
        leaves[:88] = second + first

    _rewrite_leaves(checkpoint, swap)
    got = verify_against(demo_store, checkpoint).to_json()
    assert "out of order" in got["problem"]


def test_a_checkpoint_signed_by_another_key_says_so(demo_store, checkpoint, attacker):
    """The attacker rewrites a case and signs a checkpoint of their own to match."""
    case_id, _ = a_case(attacker)
    attacker.rewrite(case_id, 1, {"note": "nothing happened"})
    forged = checkpoint.with_name("forged")
    make_checkpoint(demo_store, forged, SUPERVISOR)
    found = read_checkpoint(forged)
    assert found is not None
    theirs = Ed25519PrivateKey.generate()
    raw = theirs.public_key().public_bytes_raw()
    forged.unlink()
    write_checkpoint(forged, found.head, theirs.sign(found.head.canonical()), raw,
                     fingerprint(raw), [forged_leaves(found)])
    got = verify_against(demo_store, forged).to_json()
    assert got["signature"] == "valid" and not got["key_matches"] and not got["ok"]
    assert got["signed_by"] == f"another key {fingerprint(raw)}"
    assert got["failed_total"] == 0  # matches the rewritten store: only the key tells


def forged_leaves(found: Anchor) -> bytes:
    from app.io.checkpoint_file import pack

    return b"".join(pack(x.case_id, x.length, x.head) for x in found.leaves)


def test_a_checkpoint_of_an_unrelated_store(demo_store, tmp_path):
    from app.services import demo

    other = open_store(tmp_path / "elsewhere")
    try:
        demo.generate(other, 40, seed=99, now=FIXED_NOW, evidence=False)
        make_checkpoint(other, tmp_path / "theirs", SUPERVISOR)
    finally:
        other.close()
    got = verify_against(demo_store, tmp_path / "theirs").to_json()
    assert not got["ok"] and not got["key_matches"] and got["cases_vouched"] == 40
    assert got["failed_total"] == 40 and got["added"] == 260


def test_no_key_in_the_data_folder_yet(demo_store, checkpoint, tmp_path):
    # The same database seen from a data folder with no key: nothing vouches for the file.
    bare = open_store(tmp_path / "bare", demo_store.location.db_url)
    try:
        got = verify_against(bare, checkpoint).to_json()
    finally:
        bare.close()
    assert got["team_fingerprint"] is None and not got["key_matches"] and not got["ok"]
    assert got["failed_total"] == 0


def test_only_a_supervisor_makes_one(demo_store, tmp_path):
    with pytest.raises(NotPermitted):
        make_checkpoint(demo_store, tmp_path / "c", "lina")
    assert not (tmp_path / "c").exists()


def test_never_over_a_file_the_store_or_its_key_needs(demo_store, checkpoint):
    data_dir = demo_store.location.data_dir
    with pytest.raises(TargetError) as exists:
        make_checkpoint(demo_store, checkpoint, SUPERVISOR)
    assert exists.value.code == "target_exists"
    before = checkpoint.read_bytes()
    make_checkpoint(demo_store, checkpoint, SUPERVISOR, overwrite=True)
    assert checkpoint.read_bytes() != before  # made again, at another time
    for guarded in (data_dir / DB_FILE, data_dir / "keys" / "signing_key.pem",
                    data_dir / "keys" / "new"):
        with pytest.raises(TargetError) as refused:
            make_checkpoint(demo_store, guarded, SUPERVISOR, overwrite=True)
        assert refused.value.code == "target_protected"
    assert load_key(data_dir) is not None


def test_any_other_file_is_not_an_anchor(demo_store, tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(checkpoints.NotAnAnchor):
        verify_against(demo_store, tmp_path / "notes.txt")


def test_another_format_reads_through_the_hook(demo_store, checkpoint, tmp_path, monkeypatch):
    """The archive's reader plugs in as ANCHOR_READERS does for checkpoints."""
    found = read_checkpoint(checkpoint)
    archive = tmp_path / "week.archive"
    archive.write_bytes(b"ARCHIVE")

    def read_archive(path: Path) -> Anchor | None:
        if path.read_bytes() != b"ARCHIVE":
            return None
        return Anchor(found.head, found.signature, found.public_raw, list(found.leaves),
                      kind="archive")

    monkeypatch.setattr(checkpoints, "ANCHOR_READERS", [*checkpoints.ANCHOR_READERS, read_archive])
    got = verify_against(demo_store, archive).to_json()
    assert got["ok"] and got["kind"] == "archive"


def test_a_case_moved_to_another_id_is_removed_there_and_added_here(demo_store, checkpoint,
                                                                    attacker):
    case_id, _ = a_case(attacker)
    attacker.conn.execute("UPDATE case_events SET case_id = 10000 WHERE case_id = ?", (case_id,))
    attacker.conn.execute("UPDATE cases SET id = 10000 WHERE id = ?", (case_id,))
    attacker.conn.commit()
    got = verify_against(demo_store, checkpoint).to_json()
    assert [c["case_id"] for c in got["removed"]] == [case_id] and got["added"] == 1


def test_an_archive_is_read_by_the_archive_module(demo_store, checkpoint, tmp_path,
                                                  monkeypatch):
    """The archive's own `read_anchor` gives what it signed; a zip it cannot read is
    refused as altered, naming why."""
    import sys
    import types
    import zipfile

    found = read_checkpoint(checkpoint)
    archive = tmp_path / "week.archive"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("manifest.json", "{}")

    def read_anchor(path: Path):  # type: ignore[no-untyped-def]
        if zipfile.ZipFile(path).read("manifest.json") != b"{}":
            raise ValueError(f"{path} has no tree head")
        return types.SimpleNamespace(head=found.head, leaves=list(found.leaves),
                                     public_raw=found.public_raw, signature=found.signature)

    fake = types.ModuleType(checkpoints.ARCHIVE_MODULE)
    fake.read_anchor = read_anchor  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, checkpoints.ARCHIVE_MODULE, fake)
    got = verify_against(demo_store, archive).to_json()
    assert got["ok"] and got["kind"] == "archive" and got["cases_vouched"] == 300
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("manifest.json", "{\"edited\": 1}")
    got = verify_against(demo_store, archive).to_json()
    assert got["signature"] == "tampered" and "has no tree head" in got["problem"]


def test_a_row_head_that_is_no_hash_is_not_vouched_for(demo_store, attacker, tmp_path):
    from app.domain.errors import DomainError

    case_id, _ = a_case(attacker)
    attacker.conn.execute("UPDATE cases SET history_head = 'edited' WHERE id = ?", (case_id,))
    attacker.conn.commit()
    with pytest.raises(DomainError, match=f"case {case_id}'s history head is not a hash"):
        make_checkpoint(demo_store, tmp_path / "c", SUPERVISOR)
    assert not (tmp_path / "c").exists()
