"""indexes for the inbox views that were slow at a million cases

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22

Exception parcels and refund requests filter by kind and open status and sort by
deadline: with the deadline in the index the filter is answered from the index
alone. Urged shipments look up the few urged orders first instead of checking the
shipments of every open case.
"""
from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch_op:
        batch_op.drop_index("ix_cases_kind_status")
        batch_op.create_index("ix_cases_kind_status", ["kind", "status", "deadline_at", "id"])
    with op.batch_alter_table("shipments") as batch_op:
        batch_op.create_index("ix_shipments_urged", ["urge_count", "order_id"])
    bind = op.get_bind()
    # Statistics of an empty store would mislead the planner once data arrives.
    if bind.dialect.name == "sqlite" and \
            bind.exec_driver_sql("SELECT 1 FROM cases LIMIT 1").first() is not None:
        # Frozen here (not app.store.engine's live helper): a migration runs what it ran.
        bind.exec_driver_sql("PRAGMA analysis_limit=1000")
        bind.exec_driver_sql("ANALYZE")
        bind.exec_driver_sql(
            "DELETE FROM sqlite_stat1 WHERE tbl LIKE 'case\\_fts%' ESCAPE '\\'"
            " OR tbl LIKE 'case\\_grams%' ESCAPE '\\'")


def downgrade() -> None:
    with op.batch_alter_table("shipments") as batch_op:
        batch_op.drop_index("ix_shipments_urged")
    with op.batch_alter_table("cases") as batch_op:
        batch_op.drop_index("ix_cases_kind_status")
        batch_op.create_index("ix_cases_kind_status", ["kind", "status"])
