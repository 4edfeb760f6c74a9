import pytest

from app.services.cases import change_status
from app.services.store import open_store
from app.store.engine import NETWORK_FS, _mount_fstype
from app.store.errors import StoreError


def test_sqlite_runs_in_wal_mode_with_foreign_keys(store):
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_foreign_keys_are_enforced(store):
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), store.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO orders (id, shop_id, platform_order_no, total_fen, created_at)"
            " VALUES (1, 999, 'x', 0, '2026-01-01')")


def test_env_and_flags_choose_the_database(tmp_path, monkeypatch):
    monkeypatch.setenv("AFTERSALES_DATA_DIR", str(tmp_path / "from-env"))
    s = open_store()
    assert s.description.endswith("from-env/aftersales.db")
    s.close()
    url = f"sqlite:///{(tmp_path / 'other.db').as_posix()}"
    monkeypatch.setenv("AFTERSALES_DB_URL", url)
    s = open_store()
    assert s.description.endswith("other.db")
    s.close()
    s = open_store(tmp_path / "flag")  # a flag beats the environment for the folder
    assert s.location.data_dir == (tmp_path / "flag").resolve()
    s.close()


def test_network_drive_is_refused_for_writing(demo_store, data_dir, monkeypatch):
    demo_store.close()
    monkeypatch.setenv("AFTERSALES_ASSUME_NETWORK_DRIVE", "1")
    ro = open_store(data_dir)
    try:
        assert ro.read_only_reason and "network drive" in ro.read_only_reason
        with pytest.raises(StoreError, match="network drive"):
            change_status(ro, "lina", 1, "in_progress")
        # Reading still works: a supervisor can look at an archive on a share.
        from app.domain.filters import CaseFilter
        from app.services.cases import list_cases

        assert list_cases(ro, CaseFilter(), limit=5)
    finally:
        ro.close()


def test_a_new_database_on_a_network_drive_is_not_created(tmp_path, monkeypatch):
    monkeypatch.setenv("AFTERSALES_ASSUME_NETWORK_DRIVE", "1")
    with pytest.raises(StoreError, match="network drive") as err:
        open_store(tmp_path / "share")
    assert err.value.code == "network_drive"
    assert not (tmp_path / "share" / "aftersales.db").exists()


def test_mount_table_lookup_names_a_filesystem(tmp_path):
    # On Linux the temp folder is on some local filesystem, never a network one.
    fstype = _mount_fstype(tmp_path)
    assert fstype not in NETWORK_FS


def test_a_damaged_file_is_a_store_error_with_a_code(tmp_path):
    d = tmp_path / "junk"
    d.mkdir()
    (d / "aftersales.db").write_bytes(b"not sqlite at all" * 200)
    with pytest.raises(StoreError) as err:
        open_store(d)
    assert err.value.code == "damaged"
