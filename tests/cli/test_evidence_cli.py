"""`attach`, `evidence`, `verify` and `backup` on evidence, as a user runs them."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tests.evidence_files import EXE, pdf, png, write


@pytest.fixture
def data(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    run("demo", "--cases", "40", "--seed", "3", "--no-evidence", data_dir=d)
    return d


def _lines(proc) -> list[dict]:  # type: ignore[no-untyped-def]
    return [json.loads(line) for line in proc.stdout.splitlines()]


def _case_no(data: Path, case_id: int = 1) -> str:
    return json.loads(run("case", "show", str(case_id), data_dir=data).stdout)["case_no"]


def test_attach_prints_one_object_per_file(data, tmp_path):
    photo = write(tmp_path, "破损.png", png(seed=1))
    report = write(tmp_path, "质检报告.pdf", pdf())
    fake = write(tmp_path, "photo.jpg", EXE)
    proc = run("attach", _case_no(data), str(photo), str(report), str(fake),
               str(tmp_path / "missing.png"), "--note", "买家照片", data_dir=data, check=False)
    assert proc.returncode == 2  # some files were refused: the others are attached
    out = _lines(proc)
    assert [(o["file"], o["ok"]) for o in out] == [
        ("破损.png", True), ("质检报告.pdf", True), ("photo.jpg", False), ("missing.png", False)]
    assert out[0]["type"] == "png" and out[0]["size"] == len(png(seed=1))
    assert len(out[0]["sha256"]) == 64 and out[1]["type"] == "pdf"
    assert "Windows program" in out[2]["reason"] and out[3]["code"] == "not_a_file"
    listed = _lines(run("evidence", "list", "1", data_dir=data))
    assert [r["name"] for r in listed] == ["破损.png", "质检报告.pdf"]
    ok = run("attach", "1", str(write(tmp_path, "b.png", png(seed=2))), data_dir=data)
    assert ok.returncode == 0


def test_attach_to_a_step_the_playbook_lacks_writes_nothing(data, tmp_path):
    proc = run("attach", "1", str(write(tmp_path, "a.png", png())), "--step", "nope",
               data_dir=data, check=False)
    assert proc.returncode == 2 and "has no step 'nope'" in proc.stderr
    assert proc.stdout == "" and not (data / "evidence").exists()


def test_attach_with_a_stale_version_is_refused(data, tmp_path):
    version = json.loads(run("case", "show", "2", data_dir=data).stdout)["version"]
    run("case", "note", "2", "meanwhile", data_dir=data, user="wanglei")
    proc = run("attach", "2", str(write(tmp_path, "a.png", png())), "--expect-version",
               str(version), data_dir=data, check=False)
    assert proc.returncode == 2 and "wanglei changed this case" in proc.stderr


def test_verify_names_the_case_and_file_of_a_missing_or_altered_blob(data, tmp_path):
    case_no = _case_no(data, 3)
    run("attach", "3", str(write(tmp_path, "外箱.png", png(seed=3))),
        str(write(tmp_path, "label.png", png(seed=4))), data_dir=data)
    assert run("verify", data_dir=data).returncode == 0
    rows = _lines(run("evidence", "list", "3", data_dir=data))
    altered = data / "evidence" / rows[0]["sha256"][:2] / rows[0]["sha256"]
    altered.chmod(0o644)
    altered.write_bytes(png(seed=99))
    missing = data / "evidence" / rows[1]["sha256"][:2] / rows[1]["sha256"]
    missing.chmod(0o644)
    missing.unlink()
    proc = run("verify", data_dir=data, check=False)
    assert proc.returncode == 1
    report = json.loads(proc.stdout)
    problems = {(p["case_no"], p["file"], p["problem"]) for p in report["evidence_problems"]}
    assert problems == {(case_no, "外箱.png", "altered"), (case_no, "label.png", "missing")}


def test_verify_finds_evidence_added_outside_the_program(data, tmp_path):
    run("attach", "4", str(write(tmp_path, "a.png", png(seed=5))), data_dir=data)
    with sqlite3.connect(data / "aftersales.db") as db:
        db.execute("INSERT INTO evidence (case_id, sha256, original_name, media_type, size, "
                   "added_by, added_at) SELECT 5, sha256, 'forged.png', media_type, size, "
                   "'nobody', added_at FROM evidence WHERE case_id = 4")
    proc = run("verify", data_dir=data, check=False)
    assert proc.returncode == 1
    (problem,) = json.loads(proc.stdout)["evidence_problems"]
    assert problem["file"] == "forged.png" and problem["problem"] == "not_in_history"


def test_a_backup_carries_the_evidence_and_restores_complete(data, tmp_path):
    run("attach", "6", str(write(tmp_path, "a.png", png(seed=6))),
        str(write(tmp_path, "r.pdf", pdf())), data_dir=data)
    out = tmp_path / "backups" / "monday.db"
    out.parent.mkdir()
    res = json.loads(run("backup", str(out), data_dir=data).stdout)
    assert res["ok"] and res["evidence_files"] == 2
    assert Path(res["evidence"]) == out.with_name("monday.db.evidence").resolve()
    restored = tmp_path / "restored"
    restored.mkdir()
    shutil.copy(out, restored / "aftersales.db")
    shutil.copytree(Path(res["evidence"]), restored / "evidence")
    assert run("verify", data_dir=restored).returncode == 0
    names = [r["name"] for r in _lines(run("evidence", "list", "6", data_dir=restored))]
    assert names == ["a.png", "r.pdf"]
    again = run("backup", str(out), data_dir=data, check=False)
    assert again.returncode != 0  # never over a backup


def test_a_backup_with_a_damaged_blob_exits_1_and_says_so(data, tmp_path):
    run("attach", "7", str(write(tmp_path, "a.png", png(seed=7))), data_dir=data)
    sha = _lines(run("evidence", "list", "7", data_dir=data))[0]["sha256"]
    blob = data / "evidence" / sha[:2] / sha
    blob.chmod(0o644)
    blob.write_bytes(b"not the photo")
    proc = run("backup", str(tmp_path / "copy.db"), data_dir=data, check=False)
    assert proc.returncode == 1 and "missing or altered" in proc.stderr
    res = json.loads(proc.stdout)
    assert res["evidence_problems"][0]["problem"] == "altered"
    assert (tmp_path / "copy.db").exists()  # the database copy is still made
    assert not (tmp_path / "copy.db.evidence" / sha[:2] / sha).exists()


def test_remove_keeps_the_file_and_lists_it_with_all(data, tmp_path):
    run("attach", "8", str(write(tmp_path, "a.png", png(seed=8))), data_dir=data)
    (row,) = _lines(run("evidence", "list", "8", data_dir=data))
    done = json.loads(run("evidence", "remove", str(row["id"]), "--reason", "wrong case",
                          data_dir=data).stdout)
    assert done["action"] == "evidence_removed"
    assert _lines(run("evidence", "list", "8", data_dir=data)) == []
    (kept,) = _lines(run("evidence", "list", "8", "--all", data_dir=data))
    assert kept["removed_by"] == "lina" and kept["removed_reason"] == "wrong case"
    assert run("verify", data_dir=data).returncode == 0


def test_evidence_dir_puts_the_files_in_the_shared_folder(data, tmp_path):
    shared = tmp_path / "share"
    out = _lines(run("--evidence-dir", str(shared), "attach", "9",
                     str(write(tmp_path, "a.png", png(seed=9))), data_dir=data))
    sha = out[0]["sha256"]
    assert (shared / sha[:2] / sha).is_file() and not (data / "evidence").exists()
    assert run("--evidence-dir", str(shared), "verify", data_dir=data).returncode == 0
    assert run("verify", data_dir=data, check=False).returncode == 1  # not where it looks
