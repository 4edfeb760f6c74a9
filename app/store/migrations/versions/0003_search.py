"""case search text, with SQLite full-text indexes over it

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21

The plain table is the same on every engine. On SQLite two FTS5 tables index it
(external content, kept in step by triggers): trigrams for terms of 3+ characters,
and a token per CJK bigram for the 1–2 character terms trigrams cannot find. On
PostgreSQL a pg_trgm GIN index serves ILIKE instead.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_UP = [
    """CREATE VIRTUAL TABLE case_fts USING fts5(
        body, content='case_search', content_rowid='case_id', tokenize='trigram')""",
    """CREATE VIRTUAL TABLE case_grams USING fts5(
        grams, content='case_search', content_rowid='case_id',
        tokenize='unicode61 remove_diacritics 0', detail=none)""",
    """CREATE TRIGGER case_search_ai AFTER INSERT ON case_search BEGIN
        INSERT INTO case_fts(rowid, body) VALUES (new.case_id, new.body);
        INSERT INTO case_grams(rowid, grams) VALUES (new.case_id, new.grams);
    END""",
    """CREATE TRIGGER case_search_ad AFTER DELETE ON case_search BEGIN
        INSERT INTO case_fts(case_fts, rowid, body) VALUES ('delete', old.case_id, old.body);
        INSERT INTO case_grams(case_grams, rowid, grams) VALUES ('delete', old.case_id, old.grams);
    END""",
    """CREATE TRIGGER case_search_au AFTER UPDATE ON case_search BEGIN
        INSERT INTO case_fts(case_fts, rowid, body) VALUES ('delete', old.case_id, old.body);
        INSERT INTO case_grams(case_grams, rowid, grams) VALUES ('delete', old.case_id, old.grams);
        INSERT INTO case_fts(rowid, body) VALUES (new.case_id, new.body);
        INSERT INTO case_grams(rowid, grams) VALUES (new.case_id, new.grams);
    END""",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS case_search_au",
    "DROP TRIGGER IF EXISTS case_search_ad",
    "DROP TRIGGER IF EXISTS case_search_ai",
    "DROP TABLE IF EXISTS case_grams",
    "DROP TABLE IF EXISTS case_fts",
]


def upgrade() -> None:
    op.create_table(
        "case_search",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("grams", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_case_search_case_id_cases"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_case_search")),
    )
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for stmt in SQLITE_UP:
            op.execute(stmt)
    elif dialect == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute("CREATE INDEX ix_case_search_body_trgm ON case_search USING gin (body gin_trgm_ops)")
    # Index what is already there: search text is derived data.
    from app.store.search import reindex_all

    reindex_all(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for stmt in SQLITE_DOWN:
            op.execute(stmt)
    op.drop_table("case_search")
