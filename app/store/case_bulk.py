"""Writing many new cases at once, with their histories (imports, demo data).

The same rules as a single change: each event is built by the domain's
`next_event` and binds the state the case has after it. A case's id comes from
the database, so its events are hashed once the cases are in, and the cases'
history heads are set last, all in the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from app.domain import history as chain
from app.domain.case_rules import CaseState
from app.domain.search_text import SearchDocument, search_document
from app.store import bulk, search
from app.store.models import Buyer, Case, CaseEvent, Order, OrderItem, Shipment


@dataclass(frozen=True, slots=True)
class Step:
    """One event of a new case's history, with the state the case has after it."""

    at: datetime
    actor: str
    action: str
    changes: Mapping[str, Any]
    state: CaseState


@dataclass(slots=True)
class NewCase:
    shop_id: int
    case_no: str
    created_at: datetime
    history: list[Step] = field(default_factory=list)

    @property
    def state(self) -> CaseState:
        return self.history[-1].state


def _row(case: NewCase) -> dict[str, Any]:
    out = case.state.column_values()
    out.update(shop_id=case.shop_id, case_no=case.case_no, created_at=case.created_at,
               updated_at=max(s.at for s in case.history).replace(microsecond=0),
               history_head=chain.GENESIS_HASH, history_len=0)
    return out


def write_cases(conn: Connection, cases: Sequence[NewCase]) -> list[int]:
    """Insert the cases and their histories; the ids they got, in order."""
    if not cases:
        return []
    ids = bulk.insert_returning_ids(conn, Case, [_row(c) for c in cases])
    events: list[dict[str, Any]] = []
    heads: list[dict[str, Any]] = []
    for case_id, case in zip(ids, cases, strict=True):
        head = chain.ChainHead()
        for step in case.history:
            ev = chain.next_event(case_id, head, step.at, step.actor, step.action,
                                  step.changes, step.state.digest())
            events.append(ev.row())
            head = ev.head
        heads.append({"id": case_id, "history_head": head.hash, "history_len": head.length})
    bulk.insert_rows(conn, CaseEvent, events)
    bulk.update_by_id(conn, Case, heads)
    return ids


@dataclass(slots=True)
class NewOrder:
    """An order to create, with what hangs on it; its rows wait for the id it gets."""

    row: dict[str, Any]
    buyer: dict[str, Any] | None = None
    items: list[dict[str, Any]] = field(default_factory=list)
    ships: list[dict[str, Any]] = field(default_factory=list)
    cases: list[NewCase] = field(default_factory=list)
    id: int | None = None


def document(order: NewOrder, case: NewCase) -> SearchDocument:
    """The search text of a new case on a new order, from the rows about to be stored."""
    products = [x for item in order.items for x in (item["product_name"], item["sku_spec"]) if x]
    tracking = [s["tracking_no"] for s in order.ships if s["tracking_no"]]
    state = case.state
    return search_document(case.case_no, order.row["platform_order_no"],
                           order.buyer["nickname"] if order.buyer else None, products, tracking,
                           state.reason_text, state.note)


def write_with_orders(conn: Connection, orders: Sequence[NewOrder],
                      loose: Sequence[NewCase]) -> list[int]:
    """New orders with their new cases, and new cases on orders already stored, all
    indexed for search; the new cases' ids (those on new orders first)."""
    write_orders(conn, orders)
    on_new = [(o, c) for o in orders for c in o.cases]
    ids = write_cases(conn, [c for _o, c in on_new] + list(loose))
    search.insert_documents(conn, ((i, document(o, c))
                                   for i, (o, c) in zip(ids, on_new, strict=False)))
    search.reindex(conn, ids[len(on_new):])
    return ids


def write_orders(conn: Connection, orders: Sequence[NewOrder]) -> None:
    """Insert the orders with their buyers, items and shipments; their cases' states
    learn the order's id (the cases themselves are written by `write_cases`)."""
    with_buyer = [o for o in orders if o.buyer is not None]
    buyer_ids = bulk.insert_returning_ids(conn, Buyer, [o.buyer for o in with_buyer if o.buyer])
    for o, bid in zip(with_buyer, buyer_ids, strict=True):
        o.row["buyer_id"] = bid
    order_ids = bulk.insert_returning_ids(conn, Order, [o.row for o in orders])
    items: list[dict[str, Any]] = []
    ships: list[dict[str, Any]] = []
    for o, oid in zip(orders, order_ids, strict=True):
        o.id = oid
        for child in (*o.items, *o.ships):
            child["order_id"] = oid
        items.extend(o.items)
        ships.extend(o.ships)
        for case in o.cases:
            case.history[:] = [replace(s, state=replace(s.state, order_id=oid))
                               for s in case.history]
    bulk.insert_rows(conn, OrderItem, items)
    bulk.insert_rows(conn, Shipment, ships)
