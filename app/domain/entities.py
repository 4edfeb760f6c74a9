"""The things agents work with, as plain typed values.

The store maps its rows to these; services hand them (or data made from them) to
the UI. Buyers' personal data is held whole and shown through the masked views.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from app.domain import case_rules
from app.domain.enums import (
    CaseKind,
    CaseStatus,
    ExceptionSubtype,
    Platform,
    Priority,
    Reason,
    Role,
    ShipmentKind,
)
from app.domain.masking import mask_address, mask_name, mask_phone


@dataclass(frozen=True, slots=True)
class User:
    id: int
    name: str
    display_name: str
    role: Role  # what it may do: app.domain.permissions


@dataclass(frozen=True, slots=True)
class Shop:
    id: int
    platform: Platform
    name: str


@dataclass(frozen=True, slots=True)
class Supplier:
    id: int
    name: str
    contact: str | None = None


@dataclass(frozen=True, slots=True)
class Sku:
    id: int
    code: str
    spec: str
    price_fen: int
    product_name: str
    supplier: Supplier | None = None


@dataclass(frozen=True, slots=True)
class Buyer:
    id: int
    platform: Platform
    nickname: str
    name: str | None = None
    phone: str | None = None
    address: str | None = None

    @property
    def masked_name(self) -> str:
        return mask_name(self.name)

    @property
    def masked_phone(self) -> str:
        return mask_phone(self.phone)

    @property
    def masked_address(self) -> str:
        return mask_address(self.address)


@dataclass(frozen=True, slots=True)
class OrderItem:
    product_name: str
    sku_spec: str | None
    quantity: int
    unit_price_fen: int
    sku: Sku | None = None
    platform_sub_order_no: str | None = None

    @property
    def total_fen(self) -> int:
        return self.quantity * self.unit_price_fen


@dataclass(frozen=True, slots=True)
class Shipment:
    kind: ShipmentKind
    carrier: str | None
    tracking_no: str | None
    shipped_at: datetime | None = None
    delivered_at: datetime | None = None
    urge_count: int = 0
    priority_shipping: bool = False

    @property
    def urged(self) -> bool:
        return self.urge_count > 0


@dataclass(frozen=True, slots=True)
class Order:
    id: int
    shop: Shop
    platform_order_no: str
    total_fen: int
    paid_at: datetime | None
    status: str | None = None
    buyer: Buyer | None = None
    items: tuple[OrderItem, ...] = ()
    shipments: tuple[Shipment, ...] = ()

    @property
    def urged(self) -> bool:
        return any(s.urged for s in self.shipments)

    @property
    def priority_shipping(self) -> bool:
        return any(s.priority_shipping for s in self.shipments)


@dataclass(frozen=True, slots=True)
class Case:
    id: int
    case_no: str
    shop: Shop
    kind: CaseKind
    reason: Reason
    status: CaseStatus
    amount_fen: int
    created_at: datetime
    updated_at: datetime
    order: Order | None = None
    exception_subtype: ExceptionSubtype | None = None
    reason_text: str | None = None
    quality_refund: bool = False
    second_refund: bool = False
    fast_refund: bool = False
    platform_status: str | None = None
    priority: Priority = Priority.NORMAL
    deadline_at: datetime | None = None
    assignee: str | None = None
    note: str | None = None
    history: tuple[HistoryEntry, ...] = field(default=())
    # The length of its history: what an agent's action checks it still acts on.
    version: int = 0
    # Tags, playbook steps, paused clock, escalation …: the full state the history binds.
    state: case_rules.CaseState | None = None

    @property
    def is_open(self) -> bool:
        return not case_rules.is_closed(self.status)

    def is_overdue(self, now: datetime) -> bool:
        return case_rules.is_overdue(self.status, self.deadline_at, now)

    @property
    def counts_as_quality_refund(self) -> bool:
        """What the platform will count, unless the platform already said so."""
        return self.quality_refund or case_rules.is_quality_refund(self.kind, self.reason)


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    seq: int
    at: datetime
    actor: str
    action: str
    changes: dict[str, object]
    hash: str
