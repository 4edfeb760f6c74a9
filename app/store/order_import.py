"""Writing the rows of an order list (订单列表) in an import batch.

An order the store does not know is created with its buyer, items and outbound
shipment; an order it knows (perhaps made from an after-sales row before the order
list came) is filled in: totals, times, status, receiver, items by sub-order no.,
carrier and tracking no. Local flags (urges, priority shipping) are never touched.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select, update

from app.domain.enums import ShipmentKind
from app.store import bulk, case_bulk, search
from app.store.case_bulk import NewOrder
from app.store.import_writer import ImportWriter, _parts, _shipment
from app.store.models import Buyer, Order, OrderItem, Shipment


def _item(oid: int | None, r: Any) -> dict[str, Any]:
    unit = r.total_fen // r.quantity if r.quantity else r.total_fen
    return {"order_id": oid, "sku_id": None, "platform_sub_order_no": r.sub_order_no,
            "product_name": r.product_name or "", "sku_spec": r.sku_spec,
            "quantity": r.quantity, "unit_price_fen": unit}


class _Known:
    """What the store holds of the orders a chunk names, read once per chunk."""

    def __init__(self, w: ImportWriter, ids: list[int]) -> None:
        conn = w.conn
        self.state: dict[int, dict[str, Any]] = {}
        self.items: dict[int, list[dict[str, Any]]] = {}
        self.outbound: dict[int, dict[str, Any]] = {}
        self.buyers: dict[int, dict[str, Any]] = {}
        for part in _parts(ids):
            for order in conn.execute(
                select(Order.id, Order.total_fen, Order.paid_at, Order.created_at, Order.status,
                       Order.buyer_id).where(Order.id.in_(part))
            ):
                self.state[order.id] = dict(order._mapping)
            for item in conn.execute(
                select(OrderItem.id, OrderItem.order_id, OrderItem.platform_sub_order_no,
                       OrderItem.product_name, OrderItem.sku_spec, OrderItem.quantity,
                       OrderItem.unit_price_fen).where(OrderItem.order_id.in_(part))
                .order_by(OrderItem.id)
            ):
                self.items.setdefault(item.order_id, []).append(dict(item._mapping))
            for ship in conn.execute(
                select(Shipment.id, Shipment.order_id, Shipment.carrier, Shipment.tracking_no,
                       Shipment.shipped_at)
                .where(Shipment.order_id.in_(part), Shipment.kind == ShipmentKind.OUTBOUND.value)
                .order_by(Shipment.id)
            ):
                self.outbound.setdefault(ship.order_id, dict(ship._mapping))
        buyer_ids = sorted({s["buyer_id"] for s in self.state.values() if s["buyer_id"]})
        for part in _parts(buyer_ids):
            for buyer in conn.execute(select(Buyer.id, Buyer.nickname, Buyer.name, Buyer.phone,
                                           Buyer.address).where(Buyer.id.in_(part))):
                self.buyers[buyer.id] = dict(buyer._mapping)


def write_orders(w: ImportWriter, rows: Sequence[Any]) -> None:
    shop_of = [w.shop_id(r.shop or "") for r in rows]
    orders = w._existing_orders({(sid, r.order_no) for r, sid in zip(rows, shop_of, strict=True)})
    known = _Known(w, sorted(set(orders.values())))
    pending: dict[tuple[int, str], NewOrder] = {}
    new_items: list[dict[str, Any]] = []
    new_ships: list[dict[str, Any]] = []
    counted: set[int] = set()
    changed_orders: set[int] = set()

    for r, shop_id in zip(rows, shop_of, strict=True):
        okey = (shop_id, r.order_no)
        status = r.order_status or ("已发货" if (r.shipped_at or r.tracking_no) else "待发货")
        made = pending.get(okey)
        if made is not None:
            # A further sub-order line of an order this chunk creates.
            if not any(i["platform_sub_order_no"] == r.sub_order_no and r.sub_order_no
                       for i in made.items):
                made.items.append(_item(None, r))
            continue
        oid = orders.get(okey)
        if oid is None:
            buyer = None
            if r.receiver_name or r.receiver_phone or r.address or r.buyer_nickname:
                buyer = {"platform": w.platform,
                         "nickname": r.buyer_nickname or r.receiver_name or "",
                         "name": r.receiver_name, "phone": r.receiver_phone, "address": r.address}
            made = pending[okey] = NewOrder(
                row={"shop_id": shop_id, "platform_order_no": r.order_no, "buyer_id": None,
                     "status": status, "total_fen": r.total_fen, "paid_at": r.paid_at,
                     "created_at": r.created_at or r.paid_at or w.now},
                buyer=buyer)
            made.items.append(_item(None, r))
            # Every order has its outbound shipment, shipped or not: urges and the
            # priority-shipping flag live there (as in the rest of the store).
            made.ships.append(_shipment(None, ShipmentKind.OUTBOUND, r.carrier, r.tracking_no,
                                        r.shipped_at))
            w.inserted += 1
            continue
        changed = _update_order(w, oid, r, status, known, new_items, new_ships)
        if changed:
            changed_orders.add(oid)
        if oid not in counted:
            counted.add(oid)
            if changed:
                w.updated += 1
            else:
                w.unchanged += 1

    case_bulk.write_orders(w.conn, list(pending.values()))
    bulk.insert_rows(w.conn, OrderItem, new_items)
    bulk.insert_rows(w.conn, Shipment, new_ships)
    if changed_orders:
        search.reindex_orders(w.conn, changed_orders)


def _update_order(w: ImportWriter, oid: int, r: Any, status: str, known: _Known,
                  new_items: list[dict[str, Any]], new_ships: list[dict[str, Any]]) -> bool:
    """Fill in / refresh an order the platform lists again; True if anything changed."""
    conn = w.conn
    cur = known.state[oid]
    changed = False
    want = {"total_fen": r.total_fen, "paid_at": r.paid_at, "status": status,
            "created_at": r.created_at or cur["created_at"]}
    diff = {k: v for k, v in want.items() if v is not None and cur[k] != v}
    if diff:
        conn.execute(update(Order).where(Order.id == oid).values(**diff))
        cur.update(diff)
        changed = True
    # Buyer: the order list carries the receiver (masked as the platform exports it).
    bid = cur["buyer_id"]
    person = {"name": r.receiver_name, "phone": r.receiver_phone, "address": r.address}
    if bid is None and any(person.values()):
        nickname = r.buyer_nickname or r.receiver_name or ""
        bid = bulk.insert_returning_ids(conn, Buyer, [{"platform": w.platform,
                                                       "nickname": nickname, **person}])[0]
        conn.execute(update(Order).where(Order.id == oid).values(buyer_id=bid))
        cur["buyer_id"] = bid
        known.buyers[bid] = {"id": bid, "nickname": nickname, **person}
        changed = True
    elif bid is not None:
        b = known.buyers.get(bid, {})
        bdiff = {k: v for k, v in person.items() if v is not None and b.get(k) != v}
        if bdiff:
            conn.execute(update(Buyer).where(Buyer.id == bid).values(**bdiff))
            b.update(bdiff)
            changed = True
    changed = _update_item(w, oid, r, known, new_items) or changed
    # Outbound shipment: carrier, tracking no., shipped at (never the local flags).
    ship = known.outbound.get(oid)
    if ship is None:
        row = _shipment(oid, ShipmentKind.OUTBOUND, r.carrier, r.tracking_no, r.shipped_at)
        new_ships.append(row)
        known.outbound[oid] = row
        return True
    if r.carrier or r.tracking_no or r.shipped_at:
        swant = {"carrier": r.carrier, "tracking_no": r.tracking_no, "shipped_at": r.shipped_at}
        sdiff = {k: v for k, v in swant.items() if v is not None and ship[k] != v}
        if sdiff:
            if "id" in ship:  # rows pending insertion carry their new values already
                conn.execute(update(Shipment).where(Shipment.id == ship["id"]).values(**sdiff))
            ship.update(sdiff)
            changed = True
    return changed


def _update_item(w: ImportWriter, oid: int, r: Any, known: _Known,
                 new_items: list[dict[str, Any]]) -> bool:
    """Item: by sub-order no.; else by product and spec; else the one item an
    after-sales line created for this order before the order list came."""
    mine = known.items.setdefault(oid, [])
    match = None
    if r.sub_order_no:
        match = next((i for i in mine if i["platform_sub_order_no"] == r.sub_order_no), None)
    if match is None:
        match = next((i for i in mine if i["product_name"] == (r.product_name or "")
                      and i["sku_spec"] == r.sku_spec
                      and not (r.sub_order_no and i["platform_sub_order_no"])), None)
    if (match is None and r.sub_order_no and len(mine) == 1
            and not mine[0]["platform_sub_order_no"]):
        match = mine[0]
    if match is None:
        row = _item(oid, r)
        new_items.append(row)
        mine.append(row)
        return True
    unit = r.total_fen // r.quantity if r.quantity else r.total_fen
    iwant = {"platform_sub_order_no": r.sub_order_no, "product_name": r.product_name,
             "sku_spec": r.sku_spec, "quantity": r.quantity, "unit_price_fen": unit}
    idiff = {k: v for k, v in iwant.items() if v is not None and match[k] != v}
    if not idiff:
        return False
    if "id" in match:  # rows pending insertion carry their new values already
        w.conn.execute(update(OrderItem).where(OrderItem.id == match["id"]).values(**idiff))
    match.update(idiff)
    return True
