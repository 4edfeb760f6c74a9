"""No command writes over the live database, its backups, or (unasked) any existing file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from test_io_cli import run

from app.io.errors import TargetError
from app.io.targets import check_target
from app.services.backup import backup
from app.store.errors import StoreError
from tests.conftest import FIXTURES

PDD = FIXTURES / "pinduoduo_aftersales.csv"  # three rejected rows: it always writes a report


def one_line(proc) -> str:  # type: ignore[no-untyped-def]  # a CompletedProcess
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    return lines[0]


def test_import_report_never_replaces_the_database(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run(data, "import", str(FIXTURES / "douyin_aftersales.csv")).returncode == 0
    db = data / "aftersales.db"
    for name in ("aftersales.db", "aftersales.db-wal", "aftersales.db-shm"):
        proc = run(data, "import", str(PDD), "--report", str(data / name), "--overwrite")
        assert proc.returncode == 1
        assert "never written over" in one_line(proc)
    verify = run(data, "verify")
    assert verify.returncode == 0, verify.stdout + verify.stderr
    assert db.read_bytes()[:16] == b"SQLite format 3\x00"


def test_import_report_replaces_an_existing_file_only_with_overwrite(tmp_path: Path) -> None:
    data = tmp_path / "data"
    report = tmp_path / "keep.csv"
    report.write_text("my own notes\n", "utf-8")
    proc = run(data, "import", str(PDD), "--report", str(report))
    assert proc.returncode == 1 and "--overwrite" in one_line(proc)
    assert report.read_text("utf-8") == "my own notes\n"
    proc = run(data, "import", str(PDD), "--report", str(report), "--overwrite")
    assert proc.returncode == 0, proc.stderr
    assert "行号 line" in report.read_text("utf-8-sig")


def test_export_replaces_an_existing_file_only_with_overwrite(tmp_path: Path) -> None:
    data = tmp_path / "data"
    run(data, "import", str(FIXTURES / "douyin_aftersales.csv"))
    out = tmp_path / "cases.csv"
    out.write_text("yesterday's export\n", "utf-8")
    for command in (("export", "cases"), ("export", "priority-orders")):
        proc = run(data, *command, str(out))
        assert proc.returncode == 1 and "already exists" in one_line(proc)
        assert out.read_text("utf-8") == "yesterday's export\n"
    proc = run(data, "export", "cases", str(out), "--overwrite")
    assert proc.returncode == 0, proc.stderr
    assert out.read_text("utf-8-sig").startswith("售后单号")


def test_export_refuses_the_store_through_a_link_and_its_backups_folder(tmp_path: Path) -> None:
    data = tmp_path / "data"
    run(data, "import", str(FIXTURES / "douyin_aftersales.csv"))
    link = tmp_path / "cases.csv"
    link.symlink_to(data / "aftersales.db")
    (data / "backups").mkdir(exist_ok=True)
    for target in (link, data / "backups" / "cases.csv"):
        proc = run(data, "export", "cases", str(target), "--overwrite")
        assert proc.returncode == 1 and "never written over" in one_line(proc)
    assert not (data / "backups" / "cases.csv").exists()
    assert run(data, "verify").returncode == 0


def test_check_target_refuses_hard_links_folders_and_existing_files(store, tmp_path: Path) -> None:
    db = Path(store.description)
    hard = tmp_path / "also-the-db.csv"
    os.link(db, hard)
    with pytest.raises(TargetError) as err:
        check_target(hard, True, store.protected_paths)
    assert err.value.code == "target_protected"
    with pytest.raises(TargetError) as err:
        check_target(tmp_path, True)
    assert err.value.code == "target_is_folder"
    with pytest.raises(TargetError) as err:
        check_target(hard, False)
    assert err.value.code == "target_exists"
    fresh = tmp_path / "new.csv"
    assert check_target(fresh, False, store.protected_paths) == fresh.resolve()


def test_backup_never_writes_over_the_store_or_into_its_backups(store) -> None:
    db = Path(store.description)
    for out in (db, db.with_name(db.name + "-wal"), store.backup_dir / "copy.db"):
        with pytest.raises(TargetError) as err:
            backup(store, out)
        assert err.value.code == "target_protected"
    with pytest.raises(StoreError, match="already exists"):
        backup(store, backup(store, db.with_name("copy.db")).path)


def test_no_export_goes_into_the_signing_key_folder(tmp_path: Path) -> None:
    """The team's Ed25519 key signs archives and checkpoints: an export written over it
    would lose the key every earlier file is verified against."""
    data = tmp_path / "data"
    run(data, "import", str(FIXTURES / "douyin_aftersales.csv"))
    keys = data / "keys"
    keys.mkdir()
    key = keys / "signing_key.pem"
    key.write_bytes(b"the key")
    target = keys / "cases.csv"
    proc = run(data, "export", "cases", str(target), "--overwrite")
    assert proc.returncode == 1 and "never written over" in one_line(proc)
    assert key.read_bytes() == b"the key" and not target.exists()
