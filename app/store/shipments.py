"""Shipments as the desk acts on them: urged parcels still waiting to ship, per shop,
the priority-shipping flag an agent sets from a case, and what a case does to a
parcel (a reship or an exchange's replacement, an intercept, a new address)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.store import models as m


class ShipmentRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def urged_unshipped(self) -> dict[int, int]:
        """Orders urged by their buyer whose outbound parcel has not left yet, by shop id."""
        rows = self.session.execute(
            select(m.Order.shop_id, func.count(func.distinct(m.Order.id)))
            .join(m.Shipment, m.Shipment.order_id == m.Order.id)
            .where(m.Shipment.kind == "outbound", m.Shipment.urge_count > 0,
                   m.Shipment.shipped_at.is_(None))
            .group_by(m.Order.shop_id))
        return {shop_id: n for shop_id, n in rows}

    def case_order(self, case_id: int) -> int | None:
        return self.session.scalar(select(m.Case.order_id).where(m.Case.id == case_id))

    def priority_shipping(self, order_id: int) -> bool | None:
        """Whether the order's outbound parcels are flagged; None if it has none."""
        flags = list(self.session.scalars(select(m.Shipment.priority_shipping).where(
            m.Shipment.order_id == order_id, m.Shipment.kind == "outbound")))
        return None if not flags else any(flags)

    def set_priority_shipping(self, order_id: int, on: bool) -> int:
        """Flag (or unflag) every outbound parcel of the order; how many rows."""
        done = self.session.execute(
            update(m.Shipment).where(m.Shipment.order_id == order_id,
                                     m.Shipment.kind == "outbound")
            .values(priority_shipping=on))
        return int(getattr(done, "rowcount", 0) or 0)

    # What a case does to parcels (schema 0009's columns) ------------------------------
    def of_order(self, order_id: int) -> list[dict[str, Any]]:
        """The order's shipments, oldest first, each as a dict of its columns."""
        rows = self.session.scalars(select(m.Shipment).where(m.Shipment.order_id == order_id)
                                    .order_by(m.Shipment.id))
        return [_shipment(r) for r in rows]

    def get(self, shipment_id: int) -> dict[str, Any] | None:
        row = self.session.get(m.Shipment, shipment_id)
        return None if row is None else _shipment(row)

    def with_tracking(self, tracking_no: str) -> int | None:
        """The shipment already recorded under this tracking no. (as given, or in small
        letters as an export may hold it), if any; by the index, not a scan."""
        return self.session.scalar(select(m.Shipment.id).where(
            m.Shipment.tracking_no.in_(sorted({tracking_no, tracking_no.lower()})))
            .order_by(m.Shipment.id).limit(1))

    def add_parcel(self, *, order_id: int, case_id: int, kind: str, source: str,
                   carrier: str, tracking_no: str, actor: str, at: datetime) -> int:
        """A parcel a case sends (kind "reship", or "outbound" for an exchange's
        replacement), shipped now; its id."""
        row = m.Shipment(order_id=order_id, case_id=case_id, kind=kind, source=source,
                         carrier=carrier, tracking_no=tracking_no, shipped_at=at,
                         created_by=actor, urge_count=0, priority_shipping=False)
        self.session.add(row)
        self.session.flush()
        return row.id

    def set_intercept(self, shipment_id: int, state: str, at: datetime | None = None) -> None:
        """Record an intercept: `at` is when it was requested (kept as the outcome comes)."""
        row = self.session.get(m.Shipment, shipment_id)
        assert row is not None
        row.intercept_state = state
        if at is not None:
            row.intercept_at = at
        self.session.flush()

    def set_address(self, order_id: int, shipment_id: int | None, address: str, case_id: int,
                    actor: str) -> int:
        """The order's unshipped outbound parcel goes to `address` (the buyer's own address
        stays as imported); with no parcel yet, one is made to carry it. Its id."""
        row = self.session.get(m.Shipment, shipment_id) if shipment_id is not None else None
        if row is None:
            row = m.Shipment(order_id=order_id, kind="outbound", case_id=case_id,
                             created_by=actor, urge_count=0, priority_shipping=False)
            self.session.add(row)
        row.address = address
        self.session.flush()
        return row.id


def _shipment(row: m.Shipment) -> dict[str, Any]:
    return {"id": row.id, "order_id": row.order_id, "case_id": row.case_id, "kind": row.kind,
            "source": row.source, "carrier": row.carrier, "tracking_no": row.tracking_no,
            "shipped_at": row.shipped_at, "delivered_at": row.delivered_at,
            "address": row.address, "intercept_at": row.intercept_at,
            "intercept_state": row.intercept_state, "created_by": row.created_by,
            "urge_count": row.urge_count, "priority_shipping": row.priority_shipping}
