"""case search text, with SQLite full-text indexes over it

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21

The plain table is the same on every engine. On SQLite two FTS5 tables index it
(external content, kept in step by triggers): trigrams for terms of 3+ characters,
and a token per CJK bigram for the 1–2 character terms trigrams cannot find. On
PostgreSQL a pg_trgm GIN index serves ILIKE instead.
"""
import re
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
    _index_existing_cases(op.get_bind())


# The search text as this revision defined it, frozen here so that a later change to
# app.store.search cannot change what this migration did; a newer definition
# reindexes in its own migration.
_CJK_RUN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]+")
_CASES = """SELECT c.id, c.case_no, o.platform_order_no, b.nickname, c.reason_text, c.note, o.id
    FROM cases c LEFT JOIN orders o ON o.id = c.order_id LEFT JOIN buyers b ON b.id = o.buyer_id
    ORDER BY c.id"""
_PRODUCTS = "SELECT order_id, product_name, sku_spec FROM order_items ORDER BY id"
_TRACKING = "SELECT order_id, tracking_no FROM shipments ORDER BY id"


def _grams(value: str) -> str:
    tokens: dict[str, None] = {}
    for run in _CJK_RUN.findall(value):
        for i in range(len(run)):
            tokens[run[i:i + 2]] = None
    return " ".join(tokens)


def _index_existing_cases(bind: sa.Connection) -> None:
    cases = bind.exec_driver_sql(_CASES).all()
    if not cases:
        return
    products: dict[int, list[str]] = {}
    for oid, name, spec in bind.exec_driver_sql(_PRODUCTS):
        products.setdefault(oid, []).extend(x for x in (name, spec) if x)
    tracking: dict[int, list[str]] = {}
    for oid, tno in bind.exec_driver_sql(_TRACKING):
        if tno:
            tracking.setdefault(oid, []).append(tno)
    rows = []
    for case_id, case_no, order_no, nickname, reason_text, note, order_id in cases:
        parts = [case_no, order_no, nickname, *products.get(order_id, ()),
                 *tracking.get(order_id, ()), reason_text, note]
        body = " | ".join(p for p in parts if p)
        rows.append({"case_id": case_id, "body": body, "grams": _grams(body)})
    table = sa.table("case_search", sa.column("case_id"), sa.column("body"), sa.column("grams"))
    bind.execute(sa.insert(table), rows)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for stmt in SQLITE_DOWN:
            op.execute(stmt)
    op.drop_table("case_search")
