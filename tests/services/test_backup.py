import sqlite3
import threading

import pytest

from app.domain.filters import CaseFilter
from app.services.backup import backup
from app.services.cases import change_status, list_cases
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
        copies = [backup(demo_store, tmp_path / f"copy{i}.db") for i in range(3)]
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
