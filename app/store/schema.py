"""Schema version checks and migrations, with a backup before any migration runs."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from app.store import engine as engines
from app.store.errors import StoreError

if TYPE_CHECKING:
    from alembic.config import Config

# The newest migration's revision id. A test keeps it equal to Alembic's head so that
# start-up can compare versions with one SELECT instead of importing Alembic.
HEAD_REVISION = "0011"
MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine, connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def upgrade(engine: Engine, backup_dir: Path | None, revision: str = "head") -> Path | None:
    """Bring the schema to `revision`; return the backup taken first, if any."""
    current = engines.read_schema_version(engine)
    if revision == "head" and current == HEAD_REVISION:
        return None
    from alembic import command

    backup = None
    if current is not None and backup_dir is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        backup = engines.file_copy_for_migration(engine, backup_dir, f"{current}-{stamp}")
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(engine, conn), revision)
    except Exception as exc:
        where = f"; the database before it is at {backup}" if backup else ""
        raise StoreError(f"schema migration failed: {exc}{where}", "migration_failed",
                         detail=str(exc), backup=str(backup or "")) from exc
    return backup


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    with engine.begin() as conn:
        command.downgrade(alembic_config(engine, conn), revision)


def script_head() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS)).get_current_head() or ""


# Full-text tables (SQLite) and the trigram index (PostgreSQL) are made by raw SQL in
# migration 0003; Alembic's comparison with the models must not see them as strays.
UNMODELLED_PREFIXES = ("case_fts", "case_grams")
UNMODELLED_INDEXES = ("ix_case_search_body_trgm",)


def include_name(name: str | None, type_: str, _parent: object) -> bool:
    if type_ == "table" and name and name.startswith(UNMODELLED_PREFIXES):
        return False
    return not (type_ == "index" and name in UNMODELLED_INDEXES)
