"""`checkpoint OUT` and `verify --against FILE` as a supervisor runs them: JSON out,
exit 1 naming each case by id and case no. when the store no longer holds what the
file vouched for, 3 when the role may not, 2 for a file that is no checkpoint."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tests.history_attacks import Attacker


@pytest.fixture(autouse=True)
def _password(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("AFTERSALES_PASSWORD", "demo")  # every demo user's, once sign-in asks


@pytest.fixture(scope="module")
def demo_data(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    d = tmp_path_factory.mktemp("anchor") / "data"
    run("demo", "--cases", "120", "--seed", "3", "--no-evidence", data_dir=d)
    return d


@pytest.fixture
def data(demo_data: Path, tmp_path: Path) -> Path:
    d = tmp_path / "data"
    shutil.copytree(demo_data, d)
    return d


def test_a_checkpoint_then_verify_against_it(data, tmp_path):
    out = tmp_path / "week48.checkpoint"
    made = json.loads(run("checkpoint", str(out), data_dir=data, user="zhaoli").stdout)
    assert made["cases"] == 120 and made["path"] == str(out.resolve())
    assert len(made["root"]) == 64 and made["fingerprint"].count(":") == 15
    assert made["bytes"] == out.stat().st_size
    got = json.loads(run("verify", "--against", str(out), data_dir=data).stdout)
    assert got["ok"] and got["cases_vouched"] == 120 and got["signed_by"] == "this team's key"
    plain = json.loads(run("verify", data_dir=data).stdout)
    assert plain["ok"] and "cases_vouched" not in plain  # verify alone is as it was


def test_a_rewrite_exits_1_naming_the_case(data, tmp_path):
    out = tmp_path / "c"
    run("checkpoint", str(out), data_dir=data, user="zhaoli")
    with sqlite3.connect(data / "aftersales.db") as conn:
        attacker = Attacker(conn)
        case_id, case_no = conn.execute(
            "SELECT id, case_no FROM cases WHERE history_len >= 2 ORDER BY id LIMIT 1").fetchone()
        attacker.rewrite(case_id, 1, {"status": ["new", "closed"]})
    conn.close()
    assert run("verify", data_dir=data).returncode == 0
    proc = run("verify", "--against", str(out), data_dir=data, check=False)
    assert proc.returncode == 1
    got = json.loads(proc.stdout)
    assert [(c["case_id"], c["case_no"]) for c in got["rewritten"]] == [(case_id, case_no)]
    assert f"rewritten: {case_id} ({case_no})" in proc.stderr


def test_an_agent_may_not_and_an_existing_file_needs_force(data, tmp_path):
    out = tmp_path / "c"
    proc = run("checkpoint", str(out), data_dir=data, user="lina", check=False)
    assert proc.returncode == 3 and json.loads(proc.stdout)["rule"] == "not_permitted"
    assert not out.exists()
    run("checkpoint", str(out), data_dir=data, user="zhaoli")
    again = run("checkpoint", str(out), data_dir=data, user="zhaoli", check=False)
    assert again.returncode != 0 and "already exists" in again.stderr
    run("checkpoint", str(out), "--force", data_dir=data, user="admin")
    refused = run("checkpoint", str(data / "aftersales.db"), "--force", data_dir=data,
                  user="zhaoli", check=False)
    assert refused.returncode != 0 and "never written over" in refused.stderr


def test_a_file_that_is_no_checkpoint_exits_2(data, tmp_path):
    (tmp_path / "x.txt").write_text("not one")
    proc = run("verify", "--against", str(tmp_path / "x.txt"), data_dir=data, check=False)
    assert proc.returncode == 2 and "neither a checkpoint nor an archive" in proc.stderr


def test_a_tampered_checkpoint_exits_1_saying_so(data, tmp_path):
    out = tmp_path / "c"
    run("checkpoint", str(out), data_dir=data, user="zhaoli")
    raw = bytearray(out.read_bytes())
    raw[-100] ^= 0x40
    out.write_bytes(bytes(raw))
    proc = run("verify", "--against", str(out), data_dir=data, check=False)
    assert proc.returncode == 1 and json.loads(proc.stdout)["signature"] == "tampered"
    assert "the file was altered" in proc.stderr


def test_verify_against_an_archive_names_a_rewrite_and_a_deleted_case(data, tmp_path):
    """The issue's check: after an archive was made, one event rewritten with its chain
    recomputed and one case deleted whole; `verify --against` the archive exits 1
    naming both (runs once the archive is in the build)."""
    pytest.importorskip("app.services.archive")
    archive = tmp_path / "week.archive"
    run("archive", str(archive), data_dir=data, user="zhaoli")
    with sqlite3.connect(data / "aftersales.db") as conn:
        attacker = Attacker(conn)
        rewritten, removed = [row[0] for row in conn.execute(
            "SELECT id FROM cases WHERE history_len >= 2 ORDER BY id LIMIT 2")]
        attacker.rewrite(rewritten, 1, {"note": "never said"})
        attacker.delete_case(removed)
    conn.close()
    assert run("verify", data_dir=data).returncode == 0
    proc = run("verify", "--against", str(archive), data_dir=data, check=False)
    got = json.loads(proc.stdout)
    assert proc.returncode == 1 and got["kind"] == "archive" and got["key_matches"]
    assert [c["case_id"] for c in got["rewritten"]] == [rewritten]
    assert [c["case_id"] for c in got["removed"]] == [removed]
