"""`bundle` and `bundle-check` as separate processes: JSON out; bundle-check's exit code
tells a good bundle (0) from one that fails its check (1) and an archive refused
outright (2)."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import REPO
from tests.evidence_files import png, write
from tests.io.bundle_helpers import EVIDENCE, manifest_for, tree, write_bomb, write_bundle


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    work = tmp_path / "work"  # the current folder: a `../evil` would land beside it
    work.mkdir(exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--data-dir", str(tmp_path / "data"),
         "--user", "lina", *args], capture_output=True, text=True, encoding="utf-8",
        env=env, cwd=work, timeout=120)


def test_a_good_bundle_exits_0_with_its_count(tmp_path: Path) -> None:
    path = write_bundle(tmp_path / "good.zip")
    out = run(tmp_path, "bundle-check", str(path))
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == {"bundle": str(path), "ok": True,
                                      "files_checked": len(EVIDENCE) + 1, "problems": []}


def test_a_tampered_bundle_exits_1_naming_the_file(tmp_path: Path) -> None:
    target = "evidence/01 破损照片.jpg"
    path = write_bundle(tmp_path / "b.zip", {**EVIDENCE, target: b"other bytes"},
                        manifest=manifest_for(EVIDENCE))
    out = run(tmp_path, "bundle-check", str(path))
    assert out.returncode == 1
    result = json.loads(out.stdout)
    assert result["ok"] is False
    assert [p["path"] for p in result["problems"]] == [target]


def test_a_hostile_archive_exits_2_with_one_line_and_writes_nothing(tmp_path: Path) -> None:
    path = write_bundle(tmp_path / "evil.zip", extra=[("../evil", b"owned"),
                                                      ("../../evil", b"owned")])
    # The command logs into the data folder: let its log exist before looking.
    assert run(tmp_path, "bundle-check", str(write_bundle(tmp_path / "g.zip"))).returncode == 0
    before = tree(tmp_path)
    out = run(tmp_path, "bundle-check", str(path))
    assert out.returncode == 2
    assert out.stdout == ""
    [line] = out.stderr.splitlines()
    assert line.startswith("error: ") and '"../evil"' in line and "climbs out" in line
    assert not (tmp_path / "evil").exists() and not (tmp_path.parent / "evil").exists()
    assert [p for p in tree(tmp_path) if p not in before] == []


def test_not_a_zip_and_no_file_exit_2(tmp_path: Path) -> None:
    text = tmp_path / "notes.zip"
    text.write_text("hello", encoding="utf-8")
    out = run(tmp_path, "bundle-check", str(text))
    assert out.returncode == 2 and "not a readable ZIP archive" in out.stderr
    out = run(tmp_path, "bundle-check", str(tmp_path / "missing.zip"))
    assert out.returncode == 2 and "does not exist" in out.stderr


def test_a_zip_bomb_exits_2(tmp_path: Path) -> None:
    out = run(tmp_path, "bundle-check", str(write_bomb(tmp_path / "bomb.zip", 100)))
    assert out.returncode == 2 and "zip bomb" in out.stderr


# --- `bundle` -------------------------------------------------------------------------


def attached_case(tmp_path: Path) -> tuple[Path, str]:
    """A store with a case holding two photos, attached as an agent would."""
    data = tmp_path / "data"
    assert run(tmp_path, "demo", "--cases", "30", "--seed", "3").returncode == 0
    case_no = json.loads(run(tmp_path, "case", "show", "1").stdout)["case_no"]
    photos = [write(tmp_path / "in", name, png(seed=n))
              for n, name in enumerate(["破损.png", "面单.png"])]
    assert run(tmp_path, "attach", case_no, *map(str, photos), "--note", "到货即破损"
               ).returncode == 0
    return data, case_no


def test_bundle_prints_json_and_the_bundle_checks(tmp_path: Path) -> None:
    _, case_no = attached_case(tmp_path)
    out = tmp_path / "appeal.zip"
    proc = run(tmp_path, "bundle", case_no, str(out), "--lang", "en", "--user", "wanglei")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result == {"bundle": str(out), "files": 2,
                      "sha256": hashlib.sha256(out.read_bytes()).hexdigest(),
                      "warnings": result["warnings"]}
    with zipfile.ZipFile(out) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    assert manifest["made_by"] == "wanglei" and manifest["lang"] == "en"  # --user after it
    assert manifest["case"]["case_no"] == case_no
    check = run(tmp_path, "bundle-check", str(out))
    assert check.returncode == 0 and json.loads(check.stdout)["files_checked"] == 3


def test_bundle_refuses_an_existing_file_unless_overwrite(tmp_path: Path) -> None:
    _, case_no = attached_case(tmp_path)
    out = tmp_path / "appeal.zip"
    out.write_bytes(b"keep me")
    proc = run(tmp_path, "bundle", case_no, str(out))
    assert proc.returncode != 0 and "already exists" in proc.stderr
    assert out.read_bytes() == b"keep me"
    assert run(tmp_path, "bundle", case_no, str(out), "--overwrite").returncode == 0
    assert zipfile.is_zipfile(out)
    assert run(tmp_path, "bundle", "no-such-case", str(tmp_path / "x.zip")).returncode == 2


def test_bundle_with_a_deleted_evidence_file_exits_1_naming_it(tmp_path: Path) -> None:
    data, case_no = attached_case(tmp_path)
    listed = [json.loads(line) for line in
              run(tmp_path, "evidence", "list", case_no).stdout.splitlines()]
    sha = next(r["sha256"] for r in listed if r["name"] == "面单.png")
    blob = data / "evidence" / sha[:2] / sha
    blob.chmod(stat.S_IWRITE | stat.S_IREAD)
    blob.unlink()
    proc = run(tmp_path, "bundle", case_no, str(tmp_path / "appeal.zip"))
    assert proc.returncode == 1
    [line] = proc.stderr.splitlines()
    assert "面单.png" in line and "missing from the evidence folder" in line
    assert not (tmp_path / "appeal.zip").exists()
