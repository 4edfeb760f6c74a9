import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from app.services import demo
from app.services.store import open_store
from app.store import engine as engines
from app.store import schema
from app.store.models import Base
from tests.conftest import FIXED_NOW


def test_head_constant_matches_alembic():
    assert schema.script_head() == schema.HEAD_REVISION


def test_empty_database_migrates_to_exactly_the_models(data_dir):
    store = open_store(data_dir)
    try:
        assert engines.read_schema_version(store.engine) == schema.HEAD_REVISION
        with store.engine.connect() as conn:
            assert compare_metadata(
                MigrationContext.configure(conn, opts={"include_name": schema.include_name}),
                Base.metadata) == []
        assert store.migration_backup is None  # nothing to back up in a new database
    finally:
        store.close()


def test_upgrade_from_the_previous_revision_keeps_data_and_backs_up_first(data_dir):
    path = data_dir / "aftersales.db"
    store = open_store(data_dir)
    demo.generate(store, 50, seed=3, now=FIXED_NOW)
    store.close()
    # Data kept through a downgrade to an old schema must survive the upgrade again.
    engine = engines.make_engine(f"sqlite:///{path}")
    schema.downgrade(engine, "0002")
    engine.dispose()

    store = open_store(data_dir)
    try:
        assert store.migration_backup is not None and store.migration_backup.exists()
        assert "before-0002" in store.migration_backup.name
        with sqlite3.connect(store.migration_backup) as old:
            assert old.execute("SELECT count(*) FROM cases").fetchone()[0] == 50
            assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0002"
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM cases").scalar() == 50
            # The new search index was filled from the existing cases.
            assert conn.exec_driver_sql("SELECT count(*) FROM case_search").scalar() == 50
    finally:
        store.close()


def test_downgrade_and_upgrade_again(data_dir):
    store = open_store(data_dir)
    demo.generate(store, 20, seed=1, now=FIXED_NOW)
    schema.downgrade(store.engine, "0001")
    assert engines.read_schema_version(store.engine) == "0001"
    schema.upgrade(store.engine, store.backup_dir)
    assert engines.read_schema_version(store.engine) == schema.HEAD_REVISION
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM case_search").scalar() == 20
    store.close()


def test_a_newer_schema_is_refused(data_dir):
    store = open_store(data_dir)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    store.close()
    import pytest

    from app.store.errors import StoreError

    with pytest.raises(StoreError, match="newer version") as err:
        open_store(data_dir)
    assert err.value.code == "newer_schema" and err.value.params["revision"] == "9999"
