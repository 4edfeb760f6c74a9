"""money and fulfilment: payments, the shop-day ledger, coupons, idempotency keys,
case costs, and what a case did to a shipment

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"],
                                   name=op.f(f"fk_{table}_{column}_{target}"))


def upgrade() -> None:
    op.create_table(
        "payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("shop_id", sa.Integer(), nullable=False),
        sa.Column("amount_fen", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.String(length=24), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("shop_day", sa.String(length=10), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("requested_by", sa.String(length=64), nullable=False),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("decided_by", sa.String(length=64), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=True),
        sa.Column("gateway", sa.String(length=16), nullable=False),
        sa.Column("reference", sa.String(length=64), nullable=True),
        sa.Column("paid_by", sa.String(length=64), nullable=True),
        sa.Column("paid_at", sa.DateTime(), nullable=True),
        _fk("payments", "case_id", "cases"),
        _fk("payments", "order_id", "orders"),
        _fk("payments", "shop_id", "shops"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payments")),
        sa.UniqueConstraint("key", name=op.f("uq_payments_key")),
    )
    op.create_index("ix_payments_shop_day", "payments", ["shop_id", "shop_day", "status"])
    op.create_index("ix_payments_order", "payments", ["order_id", "status"])
    op.create_index("ix_payments_status", "payments", ["status", "id"])
    op.create_index("ix_payments_case", "payments", ["case_id", "id"])
    op.create_table(
        "shop_day_ledger",
        sa.Column("shop_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("payments_fen", sa.BigInteger(), nullable=False),
        sa.Column("payments_count", sa.Integer(), nullable=False),
        sa.Column("coupons_fen", sa.BigInteger(), nullable=False),
        sa.Column("coupons_count", sa.Integer(), nullable=False),
        _fk("shop_day_ledger", "shop_id", "shops"),
        sa.PrimaryKeyConstraint("shop_id", "day", name=op.f("pk_shop_day_ledger")),
    )
    op.create_table(
        "coupon_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shop_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("value_fen", sa.BigInteger(), nullable=False),
        sa.Column("min_spend_fen", sa.BigInteger(), nullable=False),
        sa.Column("valid_days", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _fk("coupon_templates", "shop_id", "shops"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coupon_templates")),
        sa.UniqueConstraint("shop_id", "name", name=op.f("uq_coupon_templates_shop_id")),
    )
    op.create_table(
        "coupons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("shop_id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=True),
        sa.Column("buyer_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("value_fen", sa.BigInteger(), nullable=False),
        sa.Column("min_spend_fen", sa.BigInteger(), nullable=False),
        sa.Column("valid_until", sa.DateTime(), nullable=False),
        sa.Column("reference", sa.String(length=64), nullable=True),
        sa.Column("shop_day", sa.String(length=10), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("issued_by", sa.String(length=64), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        _fk("coupons", "case_id", "cases"),
        _fk("coupons", "shop_id", "shops"),
        _fk("coupons", "template_id", "coupon_templates"),
        _fk("coupons", "buyer_id", "buyers"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coupons")),
        sa.UniqueConstraint("key", name=op.f("uq_coupons_key")),
    )
    op.create_index("ix_coupons_case", "coupons", ["case_id", "id"])
    op.create_index("ix_coupons_shop_day", "coupons", ["shop_id", "shop_day"])
    op.create_table(
        "idempotency_keys",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("params_hash", sa.String(length=64), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_idempotency_keys")),
    )
    op.create_table(
        "case_costs",
        sa.Column("case_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("shop_id", sa.Integer(), nullable=False),
        *(sa.Column(f"{name}_fen", sa.BigInteger(), nullable=False)
          for name in ("refunded", "marketing", "logistics", "processing", "goods_loss",
                       "compensation", "coupon")),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE",
                                name=op.f("fk_case_costs_case_id_cases")),
        _fk("case_costs", "shop_id", "shops"),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_case_costs")),
    )
    op.create_index(op.f("ix_case_costs_shop_id"), "case_costs", ["shop_id"])
    with op.batch_alter_table("shipments") as batch:
        batch.add_column(sa.Column("case_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("source", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("address", sa.String(length=512), nullable=True))
        batch.add_column(sa.Column("intercept_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("intercept_state", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("created_by", sa.String(length=64), nullable=True))
        batch.create_foreign_key(op.f("fk_shipments_case_id_cases"), "cases",
                                 ["case_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("shipments") as batch:
        batch.drop_constraint(op.f("fk_shipments_case_id_cases"), type_="foreignkey")
        for column in ("created_by", "intercept_state", "intercept_at", "address", "source",
                       "case_id"):
            batch.drop_column(column)
    op.drop_index(op.f("ix_case_costs_shop_id"), table_name="case_costs")
    op.drop_table("case_costs")
    op.drop_table("idempotency_keys")
    op.drop_index("ix_coupons_shop_day", table_name="coupons")
    op.drop_index("ix_coupons_case", table_name="coupons")
    op.drop_table("coupons")
    op.drop_table("coupon_templates")
    op.drop_table("shop_day_ledger")
    for name in ("ix_payments_case", "ix_payments_status", "ix_payments_order",
                 "ix_payments_shop_day"):
        op.drop_index(name, table_name="payments")
    op.drop_table("payments")
