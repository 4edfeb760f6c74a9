"""the audit's quick filters: events by action and time

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01

"Reveals of buyer data", "Money decisions" and "Exports" ask for a few actions among
millions of events: without an index on the action, a page of them (or the answer
that there are none) read the whole history, newest first, row by row.
"""
from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_case_events_action_at", "case_events", ["action", "at"])


def downgrade() -> None:
    op.drop_index("ix_case_events_action_at", table_name="case_events")
