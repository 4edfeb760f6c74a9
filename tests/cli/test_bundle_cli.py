"""`bundle-check` as a separate process: JSON out, and the exit code tells a good bundle
(0) from a bundle that fails its check (1) and an archive refused outright (2)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO
from tests.io.bundle_helpers import EVIDENCE, manifest_for, tree, write_bomb, write_bundle


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    work = tmp_path / "work"  # the current folder: a `../evil` would land beside it
    work.mkdir(exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--data-dir", str(tmp_path / "data"),
         "--user", "tester", *args], capture_output=True, text=True, encoding="utf-8",
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
