"""The command line end to end, as a user or a script runs it."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO


def run(*args: str, data_dir: Path | None = None, check: bool = True, user: str = "lina"):
    cmd = [sys.executable, str(REPO / "main.py")]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    cmd += ["--user", user, *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=300)
    if check and proc.returncode != 0:
        raise AssertionError(f"{args} exited {proc.returncode}: {proc.stderr}")
    return proc


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("cli") / "data"
    # No demo evidence: the backup's restore below copies the database alone.
    out = run("demo", "--cases", "5000", "--seed", "4", "--no-evidence", data_dir=d)
    counts = json.loads(out.stdout)
    assert counts["cases"] == 5000 and counts["events"] > 5000
    return d


def test_cases_prints_one_json_object_per_line(demo_dir):
    out = run("cases", "--status", "new", "--limit", "7", data_dir=demo_dir)
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(rows) == 7
    for r in rows:
        assert set(r) == {"id", "case_no", "shop", "platform", "kind", "status", "reason", "amount",
                          "deadline", "assignee"}
        assert r["status"] == "new"
        whole, cents = r["amount"].split(".")
        assert whole.lstrip("-").isdigit() and len(cents) == 2
        assert r["deadline"].endswith("+00:00")


def test_cases_filters_and_search(demo_dir):
    out = run("cases", "--kind", "exception_parcel", "--platform", "douyin", "--search", "破损",
              "--limit", "50", data_dir=demo_dir)
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert rows and all(r["kind"] == "exception_parcel" and r["platform"] == "douyin" for r in rows)


def test_case_show_has_order_shipment_and_history(demo_dir):
    case = json.loads(run("case", "show", "42", data_dir=demo_dir).stdout)
    assert case["id"] == 42
    assert case["order"]["items"] and case["order"]["shipments"] is not None
    assert case["history"][0]["action"] == "created"
    assert [e["seq"] for e in case["history"]] == list(range(1, len(case["history"]) + 1))


def test_case_show_finds_a_case_by_the_case_no_an_agent_sees(demo_dir):
    listed = json.loads(run("cases", "--limit", "1", data_dir=demo_dir).stdout.splitlines()[0])
    case = json.loads(run("case", "show", listed["case_no"], data_dir=demo_dir).stdout)
    assert (case["id"], case["case_no"]) == (listed["id"], listed["case_no"])


def test_verify_clean_store(demo_dir):
    report = json.loads(run("verify", data_dir=demo_dir).stdout)
    assert report["ok"] and report["cases_checked"] == 5000 and report["broken_total"] == 0


def test_backup_is_consistent_and_complete(demo_dir, tmp_path):
    out = tmp_path / "copy.db"
    res = json.loads(run("backup", str(out), data_dir=demo_dir).stdout)
    assert Path(res["backup"]) == out.resolve()
    with sqlite3.connect(out) as copy, sqlite3.connect(demo_dir / "aftersales.db") as live:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for table in ("cases", "case_events", "orders", "shipments", "case_search"):
            q = f"SELECT count(*) FROM {table}"
            assert copy.execute(q).fetchone() == live.execute(q).fetchone()
    # The copy is a store of its own that verifies clean.
    copy_dir = tmp_path / "copy-store"
    copy_dir.mkdir()
    shutil.copy(out, copy_dir / "aftersales.db")
    assert run("verify", data_dir=copy_dir).returncode == 0


def test_backup_refuses_to_overwrite(demo_dir, tmp_path):
    target = tmp_path / "exists.db"
    target.write_text("precious")
    proc = run("backup", str(target), data_dir=demo_dir, check=False)
    assert proc.returncode != 0 and "already exists" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert target.read_text() == "precious"


def tampered_copy(demo_dir: Path, tmp_path: Path, sql: list[str]) -> Path:
    d = tmp_path / "tampered"
    d.mkdir()
    run("backup", str(d / "aftersales.db"), data_dir=demo_dir)
    with sqlite3.connect(d / "aftersales.db") as conn:
        for stmt in sql:
            conn.execute(stmt)
    return d


def events_of(demo_dir: Path, case_id: int) -> list[tuple[int, int]]:
    with sqlite3.connect(demo_dir / "aftersales.db") as conn:
        return conn.execute(
            "SELECT id, seq FROM case_events WHERE case_id = ? ORDER BY seq", (case_id,)).fetchall()


def pick_case(demo_dir: Path, min_events: int = 3) -> int:
    with sqlite3.connect(demo_dir / "aftersales.db") as conn:
        return conn.execute(
            "SELECT case_id FROM case_events GROUP BY case_id HAVING count(*) >= ? "
            "ORDER BY case_id LIMIT 1 OFFSET 17", (min_events,)).fetchone()[0]


def broken(d: Path) -> dict:
    proc = run("verify", data_dir=d, check=False)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    report = json.loads(proc.stdout)
    assert not report["ok"] and report["broken_total"] == 1
    return report["broken_cases"][0]


def test_verify_names_an_edited_event(demo_dir, tmp_path):
    case_id = pick_case(demo_dir)
    ev_id, _ = events_of(demo_dir, case_id)[1]
    d = tampered_copy(demo_dir, tmp_path, [
        f"UPDATE case_events SET changes = '{{\"status\": [\"new\", \"resolved\"]}}' WHERE id = {ev_id}"])
    b = broken(d)
    assert b["case_id"] == case_id and b["event_id"] == ev_id


def test_verify_names_a_deleted_event(demo_dir, tmp_path):
    case_id = pick_case(demo_dir)
    evs = events_of(demo_dir, case_id)
    d = tampered_copy(demo_dir, tmp_path, [f"DELETE FROM case_events WHERE id = {evs[1][0]}"])
    b = broken(d)
    assert b["case_id"] == case_id and b["event_id"] == evs[2][0]


def test_verify_names_reordered_events(demo_dir, tmp_path):
    case_id = pick_case(demo_dir)
    evs = events_of(demo_dir, case_id)
    (a, sa), (b_, sb) = evs[1], evs[2]
    d = tampered_copy(demo_dir, tmp_path, [
        f"UPDATE case_events SET seq = -1 WHERE id = {a}",
        f"UPDATE case_events SET seq = {sa} WHERE id = {b_}",
        f"UPDATE case_events SET seq = {sb} WHERE id = {a}",
    ])
    b = broken(d)
    assert b["case_id"] == case_id and b["event_id"] == b_


def test_verify_notices_a_truncated_history(demo_dir, tmp_path):
    case_id = pick_case(demo_dir)
    last_id = events_of(demo_dir, case_id)[-1][0]
    d = tampered_copy(demo_dir, tmp_path, [f"DELETE FROM case_events WHERE id = {last_id}"])
    assert broken(d)["case_id"] == case_id


@pytest.mark.parametrize(("args", "words"), [
    (("case", "show", "99999999"), "no case"),
    (("case", "show", "no-such-case"), "no case"),
    (("case", "show", "9" * 40), "no case"),
    (("demo", "--cases", "-3"), "negative"),
    (("cases", "--status", "bogus"), "invalid choice"),
    (("cases", "--limit", "-1"), "negative"),
])
def test_bad_input_gives_one_clear_line_and_nonzero_exit(demo_dir, args, words):
    proc = run(*args, data_dir=demo_dir, check=False)
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0]
    assert proc.stdout == ""


def test_unwritable_database_location_is_one_clear_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    proc = run("cases", data_dir=blocker / "sub", check=False)
    assert proc.returncode != 0
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr


def test_db_url_option(tmp_path):
    url = f"sqlite:///{(tmp_path / 'x.db').as_posix()}"
    cmd = [sys.executable, str(REPO / "main.py"), "--db", url, "demo", "--cases", "10"]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "x.db").exists()


def test_a_file_that_is_not_a_database(tmp_path):
    d = tmp_path / "junk"
    d.mkdir()
    (d / "aftersales.db").write_bytes(b"this is a spreadsheet, honest" * 100)
    proc = run("cases", data_dir=d, check=False)
    assert proc.returncode != 0
    assert len(proc.stderr.strip().splitlines()) == 1 and "not an Aftersales Desk database" in proc.stderr


def test_demo_if_empty_fills_once(tmp_path):
    d = tmp_path / "d"
    first = json.loads(run("demo", "--cases", "30", "--if-empty", data_dir=d).stdout)
    second = json.loads(run("demo", "--cases", "30", "--if-empty", data_dir=d).stdout)
    assert first["cases"] == 30 and "skipped" in second
    assert len(run("cases", "--limit", "100", data_dir=d).stdout.splitlines()) == 30


@pytest.mark.parametrize("url", ["notaurl", "sqlite:/", "mysql://u@h/db",
                                 "postgresql+pg8000://u:secret@h/db"])
def test_a_bad_db_url_is_one_clear_line(tmp_path, url):
    cmd = [sys.executable, str(REPO / "main.py"), "--db", url, "cases"]
    env = {**__import__("os").environ, "AFTERSALES_DATA_DIR": str(tmp_path / "data")}
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 1
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "internal" not in lines[0]
    assert "secret" not in proc.stderr and proc.stdout == ""


def test_a_foreign_sqlite_file_is_refused_in_one_line(tmp_path):
    db = tmp_path / "crm.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.close()
    before = db.read_bytes()
    url = f"sqlite:///{db.as_posix()}"
    cmd = [sys.executable, str(REPO / "main.py"), "--db", url, "cases"]
    env = {**__import__("os").environ, "AFTERSALES_DATA_DIR": str(tmp_path / "data")}
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        f"error: {db} is not an Aftersales Desk database (it holds other tables); nothing "
        "was changed. Choose another file or folder"]
    assert db.read_bytes() == before
    assert not (tmp_path / "data" / "backups").exists()


def test_backup_of_a_damaged_database_exits_1(demo_dir, tmp_path):
    from tests.services.test_backup import damage_an_index

    d = tmp_path / "damaged"
    shutil.copytree(demo_dir, d)
    damage_an_index(d / "aftersales.db")
    proc = run("backup", str(tmp_path / "copy.db"), data_dir=d, check=False)
    assert proc.returncode == 1
    assert len(proc.stderr.splitlines()) == 1 and "integrity check" in proc.stderr
    assert not (tmp_path / "copy.db").exists()
