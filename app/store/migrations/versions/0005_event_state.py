"""each case event binds the case's state after it

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01

A new event's hash covers the digest of the case's state after it, kept in
`case_events.state_hash`, so a case row edited outside the program no longer
matches its newest event. Events written before carry none (NULL): their hashes
stay as they were, and each case is bound again from its next event on.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN: batch mode would copy every event of a million cases.
    op.add_column("case_events", sa.Column("state_hash", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("case_events") as batch_op:
        batch_op.drop_column("state_hash")
