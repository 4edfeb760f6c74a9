"""`archive OUT` and `--archive FILE COMMAND` end to end: every reading command serves
the same as the live store, every writing command is refused and the file unchanged,
`verify` names what was tampered with."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.services.archive_helpers import flip_byte, sha256

READ_ONLY = "it cannot be changed"


def run(*args: str, where: list[str], check: bool = True, user: str = "zhaoli",
        team: Path | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, str(REPO / "main.py"), *where, "--user", user, *args]
    env = {**os.environ, "AFTERSALES_PASSWORD": "demo"}
    if team is not None:
        env["AFTERSALES_DATA_DIR"] = str(team)
    proc = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=300,
                          env=env)
    if check and proc.returncode != 0:
        raise AssertionError(f"{args} exited {proc.returncode}: {proc.stderr}")
    return proc


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """A demo store with evidence, and an archive of it by the supervisor."""
    root = tmp_path_factory.mktemp("archive-cli")
    live = root / "data"
    run("demo", "--cases", "200", "--seed", "6", where=["--data-dir", str(live)])
    out = run("archive", str(root / "desk.archive"), where=["--data-dir", str(live)])
    result = json.loads(out.stdout)
    assert result["ok"] and result["cases"] == 200 and result["evidence_files"] > 0
    return live, Path(result["path"])


def _live(made):
    return ["--data-dir", str(made[0])]


def _arch(made):
    return ["--archive", str(made[1])]


def _lines(proc):
    return [json.loads(line) for line in proc.stdout.splitlines()]


def test_reading_commands_serve_the_same_as_the_live_store(made, tmp_path):
    cases = _lines(run("cases", "--limit", "500", where=_live(made)))
    assert _lines(run("cases", "--limit", "500", where=_arch(made))) == cases
    with_files = [c for c in cases if c["id"] in _cases_with_evidence(made)][:2]
    assert with_files
    for c in [cases[0], *with_files]:
        live = json.loads(run("case", "show", c["case_no"], where=_live(made)).stdout)
        arch = json.loads(run("case", "show", c["case_no"], where=_arch(made)).stdout)
        assert arch["history"] == live["history"] and arch["order"] == live["order"]
        assert arch["status"] == live["status"] and arch["money"] == live["money"]
        assert (_lines(run("evidence", "list", c["case_no"], where=_arch(made)))
                == _lines(run("evidence", "list", c["case_no"], where=_live(made))))
    for cmd in (["templates"], ["macros"], ["payments"],
                ["shipments", "--case", with_files[0]["case_no"]]):
        assert run(*cmd, where=_arch(made)).stdout == run(*cmd, where=_live(made)).stdout, cmd
    run("export", "cases", str(tmp_path / "live.csv"), "--limit", "500", where=_live(made))
    run("export", "cases", str(tmp_path / "arch.csv"), "--limit", "500", where=_arch(made))
    assert (tmp_path / "arch.csv").read_bytes() == (tmp_path / "live.csv").read_bytes()
    case_no = with_files[0]["case_no"]
    bundle = json.loads(run("bundle", case_no, str(tmp_path / "b.zip"), where=_arch(made)).stdout)
    assert zipfile.is_zipfile(tmp_path / "b.zip") and bundle


def _cases_with_evidence(made) -> set[int]:
    import sqlite3

    conn = sqlite3.connect(made[0] / "aftersales.db")
    try:
        return {r[0] for r in conn.execute("SELECT DISTINCT case_id FROM evidence")}
    finally:
        conn.close()


def test_verify_of_an_intact_archive_passes_with_this_team_s_key(made, tmp_path):
    out = json.loads(run("verify", where=_arch(made), team=made[0]).stdout)
    assert out["ok"] and out["cases_checked"] == 200 and out["evidence_checked"] > 0
    assert out["archive"]["verified"] and out["archive"]["key_matches"]
    assert out["archive"]["made_by"] == "zhaoli" and out["archive"]["problems"] == []


def test_every_writing_command_is_refused_and_the_file_is_unchanged(made, tmp_path):
    before = sha256(made[1])
    case_no = _lines(run("cases", "--limit", "1", where=_arch(made)))[0]["case_no"]
    shop = json.loads(run("case", "show", case_no, where=_arch(made)).stdout)["shop"]
    attach = tmp_path / "photo.txt"
    attach.write_text("a new file", encoding="utf-8")
    writes = [
        ["case", "status", case_no, "cancelled"],
        ["case", "note", case_no, "seen offline"],
        ["macro", case_no, "ask_damage_photos"],
        ["attach", case_no, str(attach)],
        ["compensate", "--case", case_no, "--amount", "5", "--reason", "goodwill"],
        ["import", str(REPO / "tests" / "fixtures" / "douyin_aftersales.csv")],
        ["coupon-template", "add", "--shop", shop, "--name", "offline", "--value", "3",
         "--days", "7"],
        ["demo", "--cases", "1"],
        ["archive", str(tmp_path / "again.archive")],
    ]
    for cmd in writes:
        proc = run(*cmd, where=_arch(made), check=False)
        assert proc.returncode in (1, 2), (cmd, proc.returncode, proc.stderr)
        assert READ_ONLY in proc.stderr and "archive made" in proc.stderr, (cmd, proc.stderr)
    assert sha256(made[1]) == before
    assert not (tmp_path / "again.archive").exists()
    assert json.loads(run("verify", where=_arch(made)).stdout)["ok"]


@pytest.mark.parametrize(("member", "named"), [
    ("snapshot.sqlite", "snapshot.sqlite changed"),
    ("evidence", "evidence/{sha} changed"),
    ("manifest.json", "manifest signature does not verify"),
])
def test_verify_names_the_changed_member_and_exits_1(made, tmp_path, member, named):
    copy = tmp_path / "copy.archive"
    copy.write_bytes(made[1].read_bytes())
    shas = sorted(n for n in zipfile.ZipFile(copy).namelist() if n.startswith("evidence/"))
    sha = shas[0].removeprefix("evidence/")
    flip_byte(copy, f"evidence/{sha}" if member == "evidence" else member,
              0.3 if member == "manifest.json" else 0.9)
    proc = run("--archive", str(copy), "verify", where=[], check=False)
    assert proc.returncode == 1
    text = proc.stdout + proc.stderr
    assert named.format(sha=sha) in text


def test_an_agent_cannot_make_an_archive(made, tmp_path):
    proc = run("archive", str(tmp_path / "x.archive"), where=_live(made), user="lina",
               check=False)
    assert proc.returncode == 3 and json.loads(proc.stdout)["rule"] == "not_permitted"
    assert not (tmp_path / "x.archive").exists()


def test_an_existing_file_is_kept_unless_forced(made, tmp_path):
    out = tmp_path / "x.archive"
    out.write_text("mine", encoding="utf-8")
    proc = run("archive", str(out), where=_live(made), check=False)
    assert proc.returncode != 0 and out.read_text(encoding="utf-8") == "mine"
    run("archive", str(out), "--force", "--shop", "no such shop", where=_live(made))
    assert zipfile.is_zipfile(out)
    shown = json.loads(run("verify", where=["--archive", str(out)]).stdout)
    assert shown["ok"] and shown["cases_checked"] == 0


def test_archive_is_exclusive_with_data_dir(made):
    proc = run("cases", where=[*_live(made), *_arch(made)], check=False)
    assert proc.returncode == 2 and "not allowed with" in proc.stderr


def test_the_window_opens_on_an_archive(made, tmp_path):
    out = tmp_path / "archive.png"
    proc = run("screenshot", str(out), "--lang", "en", where=_arch(made), team=made[0])
    shown = json.loads(proc.stdout.splitlines()[-1])
    assert out.stat().st_size > 10_000 and shown["cases"] > 0
