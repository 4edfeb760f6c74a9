"""Shipments as the desk acts on them: urged parcels still waiting to ship, per shop,
and the priority-shipping flag an agent sets from a case."""

from __future__ import annotations

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
