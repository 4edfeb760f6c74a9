import sqlite3
import threading

import pytest

from app.domain.filters import CaseFilter
from app.services.backup import backup
from app.services.case_actions import change_status
from app.services.cases import list_cases
from app.services.store import open_store
from app.services.verify import verify
from app.store.errors import StoreError


def test_backup_while_another_connection_writes(demo_store, data_dir, tmp_path):
    writer = open_store(data_dir)
    ids = [r.id for r in list_cases(writer, CaseFilter(statuses=("new",)), limit=200)]
    stop = threading.Event()
    done: list[int] = []

    def keep_writing() -> None:
        for cid in ids:
            if stop.is_set():
                break
            change_status(writer, "lina", cid, "in_progress")
            done.append(cid)

    t = threading.Thread(target=keep_writing)
    t.start()
    try:
        copies = [backup(demo_store, tmp_path / f"copy{i}.db").path for i in range(3)]
    finally:
        stop.set()
        t.join()
        writer.close()
    assert done  # the writer really ran during the backups
    for path in copies:
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        restored_dir = tmp_path / path.stem
        restored_dir.mkdir()
        path.rename(restored_dir / "aftersales.db")
        restored = open_store(restored_dir)
        try:
            assert verify(restored).ok  # every history chain complete in the snapshot
        finally:
            restored.close()


def test_backup_into_a_missing_folder_is_refused(demo_store, tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        backup(demo_store, tmp_path / "nope" / "copy.db")
    assert not (tmp_path / "nope").exists()


def damage_an_index(db) -> None:
    """Make one index of the cases disagree with its table: the file opens and reads,
    but PRAGMA integrity_check finds rows missing from the index (as a torn write may)."""
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX ix_cases_deadline ON cases"
                     " (updated_at, id)' WHERE name = 'ix_cases_deadline'")
    conn.close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
    conn.close()


def test_backup_of_a_damaged_database_fails_and_leaves_no_copy(demo_store, data_dir, tmp_path):
    demo_store.close()
    damage_an_index(data_dir / "aftersales.db")
    damaged = open_store(data_dir)
    try:
        with pytest.raises(StoreError) as err:
            backup(damaged, tmp_path / "copy.db")
    finally:
        damaged.close()
    assert err.value.code == "backup_damaged"
    assert "integrity check" in str(err.value)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copy")) == []
