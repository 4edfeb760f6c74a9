"""Writing one import batch, chunk by chunk, inside the batch's transaction.

Rows are keyed by (shop, platform case no.) and (shop, platform order no.). A new
case is made by the domain's rules (`new_case_state`); a case already there gets
only what the platform owns (`CaseState.with_platform_update`) and an event saying
so; what agents did locally is never overwritten. Ids come from the database.
Rows arrive parsed (`app.io.parse`); this module reads them by attribute only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.domain.case_rules import (
    PLATFORM_FIELDS,
    changes_between,
    created_changes,
    new_case_state,
)
from app.domain.deadlines import Rulebook, RuleProfile, with_platform_deadline
from app.domain.enums import REFUND_KINDS, ShipmentKind
from app.domain.platform_status import follow, status_map
from app.store import bulk, search
from app.store.case_bulk import NewCase, NewOrder, Step, write_with_orders
from app.store.history import append_event, apply_state, state_of
from app.store.models import Case, Order, Shipment, Shop

IN_LIMIT = 900  # values per IN (...) list: portable on every SQLite build


def _parts(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), IN_LIMIT):
        yield values[start:start + IN_LIMIT]


def _shipment(order_id: int | None, kind: ShipmentKind, carrier: str | None,
              tracking_no: str | None, shipped_at: datetime | None = None) -> dict[str, Any]:
    return {"order_id": order_id, "kind": kind.value, "carrier": carrier,
            "tracking_no": tracking_no, "shipped_at": shipped_at, "delivered_at": None,
            "urge_count": 0, "priority_shipping": False}


class ImportWriter:
    def __init__(self, session: Session, *, actor: str, now: datetime, platform: str,
                 batch_id: int, response_hours: int, rules: Rulebook | None = None,
                 exported_at: datetime | None = None) -> None:
        self.session = session
        # When the platform said what the file says: a row's own update time, else this
        # (the file's time); an agent's change after it outranks the platform's status.
        self.exported_at = exported_at or now
        self.actor, self.now, self.platform = actor, now, platform
        self.batch_id = batch_id
        self.response_hours = response_hours
        # Without a rule profile (older callers) no status means anything: cases start new.
        self.rules = rules or Rulebook(RuleProfile(platform, status_map({}),
                                                   default_hours=response_hours))
        self.inserted = self.updated = self.unchanged = 0
        self.unknown_statuses: Counter[str] = Counter()
        self._shops: dict[str, int] = {}

    @property
    def conn(self) -> Connection:
        """The session's connection now: each chunk is its own transaction (imports.py)."""
        return self.session.connection()

    # -- shops -------------------------------------------------------------------------

    def shop_id(self, name: str) -> int:
        found = self._shops.get(name)
        if found is None:
            found = self._find_shop(name)
            if found is None:
                # Two imports may meet a new shop at once: the loser's insert does nothing.
                insert = (postgresql.insert if self.conn.dialect.name == "postgresql"
                          else sqlite.insert)
                self.conn.execute(insert(Shop).values(platform=self.platform, name=name)
                                  .on_conflict_do_nothing())
                found = self._find_shop(name)
            assert found is not None
            self._shops[name] = found
        return found

    def _find_shop(self, name: str) -> int | None:
        return self.conn.execute(
            select(Shop.id).where(Shop.platform == self.platform, Shop.name == name)).scalar()

    def _existing_orders(self, keys: set[tuple[int, str]]) -> dict[tuple[int, str], int]:
        out: dict[tuple[int, str], int] = {}
        by_shop: dict[int, list[str]] = {}
        for shop_id, no in keys:
            by_shop.setdefault(shop_id, []).append(no)
        for shop_id, nos in by_shop.items():
            for part in _parts(sorted(nos)):
                for oid, no in self.conn.execute(
                    select(Order.id, Order.platform_order_no)
                    .where(Order.shop_id == shop_id, Order.platform_order_no.in_(part))
                ):
                    out[(shop_id, no)] = oid
        return out

    # -- after-sales rows --------------------------------------------------------------

    def write_cases(self, rows: Sequence[Any]) -> None:
        conn = self.conn
        shop_of = [self.shop_id(r.shop or "") for r in rows]
        by_shop: dict[int, list[str]] = {}
        for r, sid in zip(rows, shop_of, strict=True):
            by_shop.setdefault(sid, []).append(r.case_no)
        existing: dict[tuple[int, str], Case] = {}
        for sid, nos in by_shop.items():
            for part in _parts(sorted(set(nos))):
                for row in self.session.scalars(
                        select(Case).where(Case.shop_id == sid, Case.case_no.in_(part))):
                    existing[(sid, row.case_no)] = row
        orders = self._existing_orders({(sid, r.order_no)
                                         for r, sid in zip(rows, shop_of, strict=True)})
        refund_orders: set[int] = set()
        return_tracking: set[tuple[int, str]] = set()
        for part in _parts(sorted(set(orders.values()))):
            refund_orders.update(oid for oid in conn.execute(
                select(Case.order_id).where(Case.order_id.in_(part),
                                            Case.kind.in_([k.value for k in REFUND_KINDS]))
            ).scalars() if oid is not None)
            return_tracking.update((oid, tno) for oid, tno in conn.execute(
                select(Shipment.order_id, Shipment.tracking_no)
                .where(Shipment.order_id.in_(part), Shipment.kind == ShipmentKind.RETURN.value)
            ) if tno)
        pending: dict[tuple[int, str], NewOrder] = {}
        on_known_orders: list[NewCase] = []
        return_ships: list[dict[str, Any]] = []
        touched: list[int] = []
        refund_pending: set[tuple[int, str]] = set()

        for r, shop_id in zip(rows, shop_of, strict=True):
            old = existing.get((shop_id, r.case_no))
            if old is not None:
                if self._update_case(old, r, return_tracking, return_ships):
                    touched.append(old.id)
                    self.updated += 1
                else:
                    self.unchanged += 1
                continue
            okey = (shop_id, r.order_no)
            order_id = orders.get(okey)
            new_order = pending.get(okey)
            if order_id is None and new_order is None:
                new_order = pending[okey] = self._new_order(shop_id, r)
            if r.return_tracking_no:
                ship = _shipment(order_id, ShipmentKind.RETURN, r.return_carrier,
                                 r.return_tracking_no)
                if new_order is not None:
                    if not any(s["kind"] == ship["kind"] and s["tracking_no"] == ship["tracking_no"]
                               for s in new_order.ships):
                        new_order.ships.append(ship)
                elif order_id is not None and (order_id, r.return_tracking_no) not in return_tracking:
                    return_ships.append(ship)
                    return_tracking.add((order_id, r.return_tracking_no))
            refund = r.kind in REFUND_KINDS
            second = refund and (order_id in refund_orders if order_id is not None
                                 else okey in refund_pending)
            if refund:
                if order_id is not None:
                    refund_orders.add(order_id)
                else:
                    refund_pending.add(okey)
            case = self._new_case(shop_id, order_id, r, second)
            (new_order.cases if new_order is not None else on_known_orders).append(case)
            self.inserted += 1

        bulk.insert_rows(conn, Shipment, return_ships)
        write_with_orders(conn, list(pending.values()), on_known_orders)
        if touched:
            self.session.flush()
            search.reindex(conn, touched)
        if return_ships:
            # A new return tracking no. is searchable text of every case on its order.
            search.reindex_orders(conn, {s["order_id"] for s in return_ships})

    def _new_order(self, shop_id: int, r: Any) -> NewOrder:
        buyer = None
        if r.buyer_nickname:
            buyer = {"platform": self.platform, "nickname": r.buyer_nickname, "name": None,
                     "phone": None, "address": None}
        order = NewOrder(
            row={"shop_id": shop_id, "platform_order_no": r.order_no, "buyer_id": None,
                 "status": None, "total_fen": r.amount_fen, "paid_at": None,
                 "created_at": r.applied_at or self.now},
            buyer=buyer)
        order.items.append({"order_id": None, "sku_id": None,
                            "platform_sub_order_no": r.sub_order_no,
                            "product_name": r.product_name or "", "sku_spec": r.sku_spec,
                            "quantity": 1, "unit_price_fen": r.amount_fen})
        order.ships.append(_shipment(None, ShipmentKind.OUTBOUND, None, r.tracking_no))
        return order

    def _meaning(self, rules: RuleProfile, text: str | None) -> Any:
        meaning = rules.statuses.meaning(text)
        if meaning is None and text:
            self.unknown_statuses[text] += 1
        return meaning

    def _new_case(self, shop_id: int, order_id: int | None, r: Any, second: bool) -> NewCase:
        """A case the store did not have, in the status the platform's word puts it
        (a month's export must not flood the open views with finished cases)."""
        opened = r.applied_at or self.now
        rules = self.rules.for_shop(shop_id)
        state = new_case_state(
            kind=r.kind, reason=r.reason, amount_fen=r.amount_fen, opened_at=opened,
            deadline_at=rules.deadline(r.kind, opened, r.deadline_at),
            second_refund=second, reason_text=r.reason_text, fast_refund=r.fast_refund,
            platform_status=r.platform_status, order_id=order_id,
            platform_updated_at=r.updated_at)
        # The clock stopped when the platform started waiting; not knowing when, from the start.
        state = follow(state, self._meaning(rules, r.platform_status), at=opened).state
        state = rules.with_auto_action(state)
        context: dict[str, Any] = {"import_batch": self.batch_id}
        if state.status.value != "new":
            context["status"] = state.status.value
        step = Step(self.now, self.actor, "created", created_changes(state, **context), state)
        return NewCase(shop_id, r.case_no, opened, [step])

    def _update_case(self, row: Case, r: Any, return_tracking: set[tuple[int, str]],
                     return_ships: list[dict[str, Any]]) -> bool:
        """The platform's newer word on a case we have; True if anything changed."""
        before = state_of(row)
        after = before.with_platform_update({name: getattr(r, name) for name in PLATFORM_FIELDS})
        rules = self.rules.for_shop(row.shop_id)
        meaning = self._meaning(rules, r.platform_status)
        if after.platform_status != before.platform_status:
            # Only a new word of the platform moves the case: the same status exported
            # again leaves what the agent made of it. The export's time, or without one
            # the file's import, is what an agent's later change is weighed against.
            exported = r.updated_at or self.exported_at
            after = follow(after, meaning, at=exported, agent_changed_at=row.agent_changed_at,
                           exported_at=exported).state
            after = replace(after, platform_updated_at=exported)
        elif r.updated_at is not None and before.platform_updated_at is None:
            after = replace(after, platform_updated_at=r.updated_at)
        after = rules.with_auto_action(with_platform_deadline(after, r.deadline_at))
        changes: dict[str, Any] = changes_between(before, after)
        if (r.return_tracking_no and row.order_id is not None
                and (row.order_id, r.return_tracking_no) not in return_tracking):
            changes["return_tracking_no"] = [None, r.return_tracking_no]
            return_tracking.add((row.order_id, r.return_tracking_no))
            return_ships.append(_shipment(row.order_id, ShipmentKind.RETURN, r.return_carrier,
                                          r.return_tracking_no))
        if not changes:
            return False
        apply_state(row, after)
        row.updated_at = self.now
        action = "platform_status" if "platform_status" in changes else "platform_update"
        append_event(self.session, row, self.actor, action,
                     {**changes, "import_batch": self.batch_id}, self.now)
        return True
