"""what an agent needs to act on a case

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01

Cases gain tags, the playbook steps done, the paused deadline
clock, escalation, the platform's auto-action and export time, and a flag for a
case the platform moved after an agent did. New tables hold saved views, edited
reply templates and macros, per-shop settings and acknowledged alerts.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CASE_COLUMNS = (
    ("tags", sa.Text(), True, None),
    ("steps", sa.Text(), True, None),
    ("paused_at", sa.DateTime(), True, None),
    ("escalated_to", sa.String(length=16), True, None),
    ("needs_look", sa.Boolean(), False, sa.false()),
    ("auto_action", sa.String(length=24), True, None),
    ("platform_updated_at", sa.DateTime(), True, None),
    ("agent_changed_at", sa.DateTime(), True, None),
)


def upgrade() -> None:
    # Plain ADD COLUMNs: batch mode would copy a million cases.
    for name, type_, nullable, default in CASE_COLUMNS:
        op.add_column("cases", sa.Column(name, type_, nullable=nullable, server_default=default))
    op.create_table(
        "saved_views",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("query", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_views")),
        sa.UniqueConstraint("owner", "name", name=op.f("uq_saved_views_owner")),
    )
    for table in ("reply_templates", "macros"):
        op.create_table(
            table,
            sa.Column("key", sa.String(length=64), nullable=False),
            sa.Column("spec", sa.Text(), nullable=False),
            sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false()),
            sa.Column("updated_by", sa.String(length=64), nullable=False),
            sa.Column("updated_at", sa.DateTime(), nullable=False),
            sa.PrimaryKeyConstraint("key", name=op.f(f"pk_{table}")),
        )
    op.create_table(
        "shop_settings",
        sa.Column("shop_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["shop_id"], ["shops.id"],
                                name=op.f("fk_shop_settings_shop_id_shops")),
        sa.PrimaryKeyConstraint("shop_id", "key", name=op.f("pk_shop_settings")),
    )
    op.create_table(
        "acknowledgements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("shop_id", sa.Integer(), nullable=True),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["shop_id"], ["shops.id"],
                                name=op.f("fk_acknowledgements_shop_id_shops")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_acknowledgements")),
    )


def downgrade() -> None:
    for table in ("acknowledgements", "shop_settings", "macros", "reply_templates",
                  "saved_views"):
        op.drop_table(table)
    # Not batch mode: copying `cases` would trip the foreign keys that point at it.
    for name, *_ in reversed(CASE_COLUMNS):
        op.drop_column("cases", name)
