import pytest

from app.services.case_actions import change_status
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


@pytest.mark.parametrize(("url", "code"), [
    ("notaurl", "bad_url"),
    ("sqlite:/", "bad_url"),
    ("mysql://u@h/db", "bad_url"),
    ("postgresql+nosuchdriver://u@h/db", "bad_url"),
])
def test_a_bad_database_url_is_a_store_error_with_a_code(tmp_path, url, code):
    with pytest.raises(StoreError) as err:
        open_store(tmp_path / "data", url)
    assert err.value.code == code
    assert url.split(":")[0] in str(err.value)


def test_a_url_whose_driver_is_not_installed_names_the_driver(tmp_path):
    pytest.importorskip("sqlalchemy")
    try:
        import pg8000  # noqa: F401
        pytest.skip("pg8000 is installed here")
    except ImportError:
        pass
    with pytest.raises(StoreError) as err:
        open_store(tmp_path / "data", "postgresql+pg8000://u:secret@h/db")
    assert err.value.code == "driver_missing"
    assert "pg8000" in str(err.value) and "secret" not in str(err.value)


def _foreign_file(path):
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO customers VALUES (1, 'Wang')")
    conn.close()
    return path.read_bytes()


@pytest.mark.parametrize("revision", [None, "a1b2c3d4e5f6"])
def test_another_programs_database_is_refused_and_left_alone(tmp_path, revision):
    import sqlite3

    d = tmp_path / "data"
    d.mkdir()
    db = d / "aftersales.db"
    _foreign_file(db)
    if revision is not None:  # another program's Alembic history
        with sqlite3.connect(db) as conn:
            conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
            conn.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
        conn.close()
    before = db.read_bytes()
    with pytest.raises(StoreError) as err:
        open_store(d)
    assert err.value.code == "foreign_database"
    assert "not an Aftersales Desk database" in str(err.value)
    assert db.read_bytes() == before
    assert not (d / "backups").exists()
    assert sorted(p.name for p in d.iterdir()) == ["aftersales.db"]


def test_an_empty_file_is_still_a_new_store(tmp_path):
    d = tmp_path / "data"
    d.mkdir()
    (d / "aftersales.db").write_bytes(b"")
    s = open_store(d)
    s.close()
