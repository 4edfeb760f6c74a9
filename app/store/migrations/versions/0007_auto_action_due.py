"""an index of the cases the platform will act on by itself

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

The deadline sort puts first the cases where the platform acts by itself when time
runs out (Douyin's exp_refund_time: the refund is approved). A partial index holds
only those few cases, by deadline, so the sort reads them first without making any
other index wider, and imports of cases without an auto-action pay nothing for it.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WHERE = "auto_action IS NOT NULL"


def upgrade() -> None:
    op.create_index("ix_cases_auto_due", "cases", ["deadline_at", "id"],
                    sqlite_where=sa.text(WHERE), postgresql_where=sa.text(WHERE))


def downgrade() -> None:
    op.drop_index("ix_cases_auto_due", table_name="cases")
