"""accounts: passwords, sign-in throttling and the audit's indexes

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01

Users get an argon2id password hash (NULL: the account cannot sign in yet), a count of
failed sign-ins with the time before which the next try is refused (so throttling holds
across processes and restarts), and the hash of a "remember me" token for a
one-person store. The audit reads events by actor and by time, over every case.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN: a batch copy of `users` would trip the foreign keys that point at it.
    op.add_column("users", sa.Column("password_hash", sa.String(length=255), nullable=True))
    op.add_column("users", sa.Column("password_changed_at", sa.DateTime(), nullable=True))
    op.add_column("users", sa.Column("failed_signins", sa.Integer(), nullable=False,
                                     server_default="0"))
    op.add_column("users", sa.Column("locked_until", sa.DateTime(), nullable=True))
    op.add_column("users", sa.Column("remember_hash", sa.String(length=255), nullable=True))
    op.create_index("ix_case_events_actor_at", "case_events", ["actor", "at"])
    op.create_index("ix_case_events_at", "case_events", ["at"])


def downgrade() -> None:
    op.drop_index("ix_case_events_at", table_name="case_events")
    op.drop_index("ix_case_events_actor_at", table_name="case_events")
    # SQLite 3.35+ drops a column in place (no table copy, so the foreign keys hold).
    for name in ("remember_hash", "locked_until", "failed_signins",
                 "password_changed_at", "password_hash"):
        if op.get_bind().dialect.name == "sqlite":
            op.execute(f"ALTER TABLE users DROP COLUMN {name}")
        else:
            op.drop_column("users", name)
