"""an index of the cases the platform will act on by itself

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

The deadline sort puts first the cases where the platform acts by itself when time
runs out (Douyin's exp_refund_time: the refund is approved). A partial index holds
only those few cases, by deadline, so the sort reads them first without making any
other index wider, and imports of cases without an auto-action pay nothing for it.
It carries the columns the views filter on, so a view reads no row to filter them.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WHERE = "auto_action IS NOT NULL"
# What the views filter on, so that the index alone answers them (no row is read).
FILTERED = ["status", "kind", "assignee_id"]


def upgrade() -> None:
    op.create_index("ix_cases_auto_due", "cases", ["deadline_at", "id", *FILTERED],
                    sqlite_where=sa.text(WHERE), postgresql_where=sa.text(WHERE))
    bind = op.get_bind()
    # Without statistics of the new index SQLite's planner would not choose it.
    if bind.dialect.name == "sqlite" and \
            bind.exec_driver_sql("SELECT 1 FROM cases LIMIT 1").first() is not None:
        bind.exec_driver_sql("PRAGMA analysis_limit=1000")
        bind.exec_driver_sql("ANALYZE ix_cases_auto_due")


def downgrade() -> None:
    op.drop_index("ix_cases_auto_due", table_name="cases")
