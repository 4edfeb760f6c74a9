"""SQLAlchemy 2 typed models. Times are naive UTC; money is integer fen."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # Schema 0010: an argon2id hash (None: cannot sign in), and the sign-in throttle.
    password_hash: Mapped[str | None] = mapped_column(String(255))
    password_changed_at: Mapped[datetime | None] = mapped_column(DateTime)
    failed_signins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    remember_hash: Mapped[str | None] = mapped_column(String(255))


class Shop(Base):
    __tablename__ = "shops"
    __table_args__ = (UniqueConstraint("platform", "name"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(128))


class Supplier(Base):
    __tablename__ = "suppliers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    contact: Mapped[str | None] = mapped_column(String(128))


class Product(Base):
    __tablename__ = "products"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id"), index=True)
    name: Mapped[str] = mapped_column(String(256))
    supplier_id: Mapped[int | None] = mapped_column(ForeignKey("suppliers.id"), index=True)
    platform_product_id: Mapped[str | None] = mapped_column(String(64))
    skus: Mapped[list[Sku]] = relationship(back_populates="product")
    supplier: Mapped[Supplier | None] = relationship()


class Sku(Base):
    __tablename__ = "skus"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    code: Mapped[str] = mapped_column(String(64))
    spec: Mapped[str] = mapped_column(String(128))
    price_fen: Mapped[int] = mapped_column(BigInteger)
    product: Mapped[Product] = relationship(back_populates="skus")


class Buyer(Base):
    __tablename__ = "buyers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    nickname: Mapped[str] = mapped_column(String(128), index=True)
    name: Mapped[str | None] = mapped_column(String(64))
    phone: Mapped[str | None] = mapped_column(String(32))
    address: Mapped[str | None] = mapped_column(String(512))


class Order(Base):
    __tablename__ = "orders"
    __table_args__ = (UniqueConstraint("shop_id", "platform_order_no"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id"))
    platform_order_no: Mapped[str] = mapped_column(String(64), index=True)
    buyer_id: Mapped[int | None] = mapped_column(ForeignKey("buyers.id"), index=True)
    status: Mapped[str | None] = mapped_column(String(32))
    total_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    paid_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    items: Mapped[list[OrderItem]] = relationship(back_populates="order", order_by="OrderItem.id")
    shipments: Mapped[list[Shipment]] = relationship(
        back_populates="order", order_by="Shipment.id"
    )
    buyer: Mapped[Buyer | None] = relationship()
    shop: Mapped[Shop] = relationship()


class OrderItem(Base):
    __tablename__ = "order_items"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    sku_id: Mapped[int | None] = mapped_column(ForeignKey("skus.id"), index=True)
    platform_sub_order_no: Mapped[str | None] = mapped_column(String(64))
    # Snapshots as sold: the product may be renamed or removed later.
    product_name: Mapped[str] = mapped_column(String(256))
    sku_spec: Mapped[str | None] = mapped_column(String(128))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit_price_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    order: Mapped[Order] = relationship(back_populates="items")
    sku: Mapped[Sku | None] = relationship()


class Shipment(Base):
    __tablename__ = "shipments"
    __table_args__ = (Index("ix_shipments_urged", "urge_count", "order_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="outbound")
    carrier: Mapped[str | None] = mapped_column(String(64))
    tracking_no: Mapped[str | None] = mapped_column(String(64), index=True)
    shipped_at: Mapped[datetime | None] = mapped_column(DateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime)
    urge_count: Mapped[int] = mapped_column(Integer, default=0)
    priority_shipping: Mapped[bool] = mapped_column(Boolean, default=False)
    # Schema 0009: what a case did to the parcel (reship, exchange, intercept, address).
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    source: Mapped[str | None] = mapped_column(String(16))  # warehouse|supplier|other_seller
    address: Mapped[str | None] = mapped_column(String(512))
    intercept_at: Mapped[datetime | None] = mapped_column(DateTime)
    intercept_state: Mapped[str | None] = mapped_column(String(16))
    created_by: Mapped[str | None] = mapped_column(String(64))
    order: Mapped[Order] = relationship(back_populates="shipments")


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (
        UniqueConstraint("shop_id", "case_no"),
        Index("ix_cases_status_deadline", "status", "deadline_at", "id"),
        Index("ix_cases_assignee_status", "assignee_id", "status", "deadline_at"),
        Index("ix_cases_deadline", "deadline_at", "id"),
        # Only the cases the platform will act on by itself (migration 0007).
        Index("ix_cases_auto_due", "deadline_at", "id", "status", "kind", "assignee_id",
              sqlite_where=text("auto_action IS NOT NULL"),
              postgresql_where=text("auto_action IS NOT NULL")),
        Index("ix_cases_updated", "updated_at", "id"),
        Index("ix_cases_amount", "amount_fen", "id"),
        Index("ix_cases_kind_status", "kind", "status", "deadline_at", "id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_no: Mapped[str] = mapped_column(String(64))
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id"))
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"), index=True)
    kind: Mapped[str] = mapped_column(String(24))
    exception_subtype: Mapped[str | None] = mapped_column(String(24))
    reason: Mapped[str] = mapped_column(String(24))
    reason_text: Mapped[str | None] = mapped_column(String(256))
    quality_refund: Mapped[bool] = mapped_column(Boolean, default=False)
    second_refund: Mapped[bool] = mapped_column(Boolean, default=False)
    fast_refund: Mapped[bool] = mapped_column(Boolean, default=False)
    platform_status: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(24))
    priority: Mapped[int] = mapped_column(Integer, default=1)
    deadline_at: Mapped[datetime | None] = mapped_column(DateTime)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    amount_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # Hash of the newest history event: detects a truncated history.
    history_head: Mapped[str] = mapped_column(String(64))
    # Also the case's version: every change appends one event, so an agent acting on a
    # case read at an older length is told who changed it since (CaseRepository.change).
    history_len: Mapped[int] = mapped_column(Integer, default=0)
    tags: Mapped[str | None] = mapped_column(Text)  # JSON list, sorted
    steps: Mapped[str | None] = mapped_column(Text)  # JSON {step key: true | answer}
    paused_at: Mapped[datetime | None] = mapped_column(DateTime)
    escalated_to: Mapped[str | None] = mapped_column(String(16))
    needs_look: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    auto_action: Mapped[str | None] = mapped_column(String(24))
    platform_updated_at: Mapped[datetime | None] = mapped_column(DateTime)
    agent_changed_at: Mapped[datetime | None] = mapped_column(DateTime)

    shop: Mapped[Shop] = relationship()
    order: Mapped[Order | None] = relationship()
    assignee: Mapped[User | None] = relationship()


class CaseEvent(Base):
    """Append-only; rows are never updated or deleted by the application."""

    __tablename__ = "case_events"
    __table_args__ = (
        UniqueConstraint("case_id", "seq"),
        Index("ix_case_events_actor_at", "actor", "at"),
        Index("ix_case_events_at", "at"),
        Index("ix_case_events_action_at", "action", "at"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    changes: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    # Digest of the case's state after this event (NULL on events of schema 0004 and older).
    state_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class ImportProfile(Base):
    """A column mapping for one kind of export file, built in or saved by a user."""

    __tablename__ = "import_profiles"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    platform: Mapped[str] = mapped_column(String(16))
    list_kind: Mapped[str] = mapped_column(String(16))
    mapping: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ImportBatch(Base):
    __tablename__ = "import_batches"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_name: Mapped[str] = mapped_column(String(512))
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    profile: Mapped[str] = mapped_column(String(128))
    actor: Mapped[str] = mapped_column(String(64))
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    inserted: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    report_path: Mapped[str | None] = mapped_column(String(1024))


class CaseSearch(Base):
    """The searchable text of a case, derived from it and its order; rebuilt on change.

    `body` holds the texts an agent searches by; `grams` holds the CJK bigrams of the
    same texts, because most Chinese words are two characters and trigram indexes
    cannot find them (SQLite's full-text tables are built over these columns).
    """

    __tablename__ = "case_search"
    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    body: Mapped[str] = mapped_column(Text)
    grams: Mapped[str] = mapped_column(Text)


class SavedView(Base):
    """An agent's filters and search saved under a name."""

    __tablename__ = "saved_views"
    __table_args__ = (UniqueConstraint("owner", "name"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(128))
    query: Mapped[str] = mapped_column(Text)  # JSON
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ReplyTemplate(Base):
    """A reply template edited in the app; shipped ones live in resources/ until edited."""

    __tablename__ = "reply_templates"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    spec: Mapped[str] = mapped_column(Text)  # JSON, as the domain defines it
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class Macro(Base):
    __tablename__ = "macros"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    spec: Mapped[str] = mapped_column(Text)  # JSON, as the domain defines it
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class ShopSetting(Base):
    """A shop's own value for a rule (urged threshold, response hours …)."""

    __tablename__ = "shop_settings"
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id"), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class Acknowledgement(Base):
    """An alert an agent had to acknowledge, and did."""

    __tablename__ = "acknowledgements"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    shop_id: Mapped[int | None] = mapped_column(ForeignKey("shops.id"))
    actor: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime)
    detail: Mapped[str] = mapped_column(Text)  # JSON


class Evidence(Base):
    """A file attached to a case. The file itself is a blob named by its SHA-256
    (app.store.blobs); a removed file stays here and on disk, hidden from the case."""

    __tablename__ = "evidence"
    __table_args__ = (Index("ix_evidence_case", "case_id", "id"),
                      Index("ix_evidence_sha256", "sha256"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    sha256: Mapped[str] = mapped_column(String(64))
    step_key: Mapped[str | None] = mapped_column(String(64))
    original_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(16))
    size: Mapped[int] = mapped_column(BigInteger)
    added_by: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[datetime] = mapped_column(DateTime)
    note: Mapped[str | None] = mapped_column(Text)
    removed_at: Mapped[datetime | None] = mapped_column(DateTime)
    removed_by: Mapped[str | None] = mapped_column(String(64))
    removed_reason: Mapped[str | None] = mapped_column(Text)



# The money tables (schema 0009) live beside these, on the same Base; `models.Payment`
# and the others stay reachable from here for every repository and for Alembic.
from app.store.money_models import (  # noqa: E402, F401
    CaseCost,
    Coupon,
    CouponTemplate,
    IdempotencyKey,
    Payment,
    ShopDayLedger,
)
