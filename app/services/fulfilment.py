"""Fulfilment on a case: reship, exchange, intercept (and its outcome), address change,
and the order's shipments as the case sees them.

Each action is one transaction under the case's row lock: the shipment row made or
changed, and the case's one history event naming it (`app.domain.fulfilment` says
where the case moves). Reship, exchange, intercept and address change carry an
idempotency key: the same key again returns the first result and sends no second
parcel. A parcel's cost (goods and postage) goes to the case's logistics cost.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.domain import fulfilment as f
from app.domain import handling as h
from app.domain.case_rules import CaseState
from app.domain.clock import iso_utc, utcnow
from app.domain.errors import RuleRefused
from app.domain.masking import mask_address
from app.domain.money import fen_to_yuan
from app.services.cases import CaseNotFound
from app.services.idempotency import check_key, once
from app.services.store import Store


def shipment_json(s: dict[str, Any]) -> dict[str, Any]:
    """A shipment for output; a changed address masked as the case shows the buyer's."""
    return {"id": s["id"], "kind": s["kind"], "case_id": s["case_id"], "source": s["source"],
            "carrier": s["carrier"], "tracking_no": s["tracking_no"],
            "shipped_at": iso_utc(s["shipped_at"]), "delivered_at": iso_utc(s["delivered_at"]),
            "address": mask_address(s["address"]) if s["address"] else None,
            "intercept_state": s["intercept_state"], "intercept_at": iso_utc(s["intercept_at"]),
            "created_by": s["created_by"]}


def _parcel(s: dict[str, Any]) -> f.Parcel:
    return f.Parcel(s["id"], s["kind"], s["tracking_no"], s["shipped_at"], s["delivered_at"],
                    s["intercept_state"], s["carrier"])


class _Locked:
    """The case, locked for this transaction, and its order's parcels."""

    def __init__(self, uow: Any, actor: str, case_ref: int | str, now: datetime) -> None:
        case_id = uow.cases.find_id(case_ref)
        found = uow.cases.state(case_id) if case_id is not None else None
        if case_id is None or found is None:
            raise CaseNotFound(case_ref)
        uow.users.ensure(actor, now)
        self.case_id: int = case_id
        self.state: CaseState = found[1]
        self.order_id: int | None = uow.shipments.case_order(case_id)
        self.rows: list[dict[str, Any]] = (uow.shipments.of_order(self.order_id)
                                           if self.order_id is not None else [])

    def order(self) -> int:
        if self.order_id is None:
            raise RuleRefused("the case has no order, so no parcel to act on", "no_order",
                              case_id=self.case_id)
        return self.order_id

    @property
    def parcels(self) -> list[f.Parcel]:
        return [_parcel(s) for s in self.rows]


def _write(uow: Any, actor: str, case: _Locked, action: h.Action, now: datetime,
           shipment_id: int, **extra: Any) -> dict[str, Any]:
    planned = h.plan(case.state, [action], now)
    version = uow.cases.write(case.case_id, actor, planned.action, now, planned.after,
                              planned.changes)
    return {"case_id": case.case_id, "version": version, "status": planned.after.status.value,
            "action": planned.action, "shipment": shipment_json(uow.shipments.get(shipment_id)),
            **extra}


def _send(store: Store, kind: str, actor: str, case_ref: int | str, source: str,
          carrier: str, tracking_no: str, key: str, cost_fen: int, note: str | None,
          now: datetime | None) -> dict[str, Any]:
    check_key(key)
    src, name = f.source(source), f.carrier(carrier)
    tracking, fen, text = f.tracking_no(tracking_no), f.cost(cost_fen), f.note(note)
    now = now or utcnow()
    with store.unit_of_work().for_writing() as uow:
        case = _Locked(uow, actor, case_ref, now)

        def run() -> dict[str, Any]:
            order_id = case.order()
            f.refuse_tracking_in_use(tracking, uow.shipments.with_tracking(tracking))
            make = f.Reship if kind == "reship" else f.Exchange
            # The action checks the case (a closed one sends nothing) before a row is made.
            make(f.ParcelOut(0, src, name, tracking, fen), key, text).apply(case.state, now)
            shipment_id = uow.shipments.add_parcel(
                order_id=order_id, case_id=case.case_id,
                kind="reship" if kind == "reship" else "outbound", source=src.value,
                carrier=name, tracking_no=tracking, actor=actor, at=now)
            action = make(f.ParcelOut(shipment_id, src, name, tracking, fen), key, text)
            if fen:
                uow.money.add_cost(case.case_id, now, logistics=fen)
            return _write(uow, actor, case, action, now, shipment_id,
                          cost=fen_to_yuan(fen), key=key)

        params = {"case_id": case.case_id, "source": src.value, "carrier": name,
                  "tracking_no": tracking, "cost_fen": fen, "note": text}
        result, replayed = once(uow, key, kind, params, actor, now, run)
        uow.commit()
    return {**result, "replayed": replayed}


def reship(store: Store, actor: str, case_ref: int | str, source: str, carrier: str,
           tracking_no: str, key: str, cost_fen: int = 0, note: str | None = None,
           now: datetime | None = None) -> dict[str, Any]:
    """A replacement parcel (kind "reship") from warehouse, supplier or another seller,
    shipped now; the case waits for the buyer to receive it."""
    return _send(store, "reship", actor, case_ref, source, carrier, tracking_no, key,
                 cost_fen, note, now)


def exchange(store: Store, actor: str, case_ref: int | str, source: str, carrier: str,
             tracking_no: str, key: str, cost_fen: int = 0, note: str | None = None,
             now: datetime | None = None) -> dict[str, Any]:
    """The exchange's replacement (an "outbound" parcel of the case) shipped now; the
    case waits for the buyer's parcel to come back."""
    return _send(store, "exchange", actor, case_ref, source, carrier, tracking_no, key,
                 cost_fen, note, now)


def intercept(store: Store, actor: str, case_ref: int | str, key: str,
              shipment_id: int | None = None, note: str | None = None,
              now: datetime | None = None) -> dict[str, Any]:
    """Ask the carrier to stop a parcel in transit (the one named, or the order's newest
    in transit); its outcome comes later with `intercept_result`."""
    check_key(key)
    text = f.note(note)
    now = now or utcnow()
    with store.unit_of_work().for_writing() as uow:
        case = _Locked(uow, actor, case_ref, now)

        def run() -> dict[str, Any]:
            case.order()
            parcel = f.interceptable(case.parcels, shipment_id)
            action = f.Intercept(parcel, key, text)
            action.apply(case.state, now)
            uow.shipments.set_intercept(parcel.id, f.InterceptState.REQUESTED.value, now)
            return _write(uow, actor, case, action, now, parcel.id, key=key)

        params = {"case_id": case.case_id, "shipment_id": shipment_id, "note": text}
        result, replayed = once(uow, key, "intercept", params, actor, now, run)
        uow.commit()
    return {**result, "replayed": replayed}


def intercept_result(store: Store, actor: str, case_ref: int | str, shipment_id: int,
                     succeeded: bool, note: str | None = None,
                     now: datetime | None = None) -> dict[str, Any]:
    """What the carrier answered: the parcel was stopped (it comes back) or not."""
    text = f.note(note)
    now = now or utcnow()
    with store.unit_of_work().for_writing() as uow:
        case = _Locked(uow, actor, case_ref, now)
        parcel = next((p for p in case.parcels if p.id == shipment_id), None)
        if parcel is None:
            raise f.BadParcel("shipment", f"the case's order has no shipment {shipment_id}")
        action = f.InterceptResult(parcel, succeeded, text)
        action.apply(case.state, now)
        uow.shipments.set_intercept(parcel.id, action.outcome.value)
        out = _write(uow, actor, case, action, now, parcel.id)
        uow.commit()
    return out


def change_address(store: Store, actor: str, case_ref: int | str, address: str, key: str,
                   note: str | None = None, now: datetime | None = None) -> dict[str, Any]:
    """Send the order's parcel, not shipped yet, to a new address; refused with
    "already_shipped" (naming the tracking no.) once it has left."""
    check_key(key)
    new, text = f.address(address), f.note(note)
    now = now or utcnow()
    with store.unit_of_work().for_writing() as uow:
        case = _Locked(uow, actor, case_ref, now)

        def run() -> dict[str, Any]:
            order_id = case.order()
            target = f.address_target(case.parcels)
            f.AddressChange(0, new, key, text).apply(case.state, now)
            shipment_id = uow.shipments.set_address(order_id, target.id if target else None,
                                                    new, case.case_id, actor)
            return _write(uow, actor, case, f.AddressChange(shipment_id, new, key, text), now,
                          shipment_id, key=key)

        params = {"case_id": case.case_id, "address": new, "note": text}
        result, replayed = once(uow, key, "address_change", params, actor, now, run)
        uow.commit()
    return {**result, "replayed": replayed}


def shipments(store: Store, case_ref: int | str) -> list[dict[str, Any]]:
    """The shipments of the case's order, oldest first (none for a case without one)."""
    with store.unit_of_work() as uow:
        case_id = uow.cases.find_id(case_ref)
        if case_id is None:
            raise CaseNotFound(case_ref)
        order_id = uow.shipments.case_order(case_id)
        rows = uow.shipments.of_order(order_id) if order_id is not None else []
    return [shipment_json(s) for s in rows]
