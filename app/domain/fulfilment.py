"""Fulfilment on a case: a replacement parcel (reship, 补发), an exchange (换货), a
request to stop a parcel in transit (intercept, 拦截) and its outcome, and a new
address before the parcel ships (改地址).

Each is an action in the manner of `app.domain.handling`: it checks itself against
the case's state and the parcel's facts, says where the case goes, and what its one
history event records. Where the case goes:

- reship: to waiting_buyer, "waiting for the buyer to receive" the replacement (the
  deadline clock stops meanwhile); a case already past that point stays where it is;
- exchange: to waiting_return, the buyer's parcel is expected back;
- intercept requested: a new case is being worked (in_progress); the parcel is the
  courier's to stop, nobody else's to wait for;
- intercept succeeded: to waiting_return, the stopped parcel comes back to the shop;
  failed: the case stays (the agent chooses what next: a refund, a return);
- address change: a new case is being worked (in_progress).
Each move happens only where the state machine allows it; otherwise the status stays
and the event still records the parcel. A closed case takes none of these (reopen it
first), except an intercept's outcome, which is a fact whenever it arrives.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from app.domain.case_rules import CaseState, is_closed
from app.domain.case_status import can_transition
from app.domain.enums import CaseStatus, ShipmentKind
from app.domain.errors import DomainError, RuleRefused
from app.domain.masking import mask_address
from app.domain.money import MAX_ACTION_FEN, fen_to_yuan

CARRIER_LIMIT = 64  # shipments.carrier
TRACKING_LIMIT = 64  # shipments.tracking_no
ADDRESS_LIMIT = 512  # shipments.address
NOTE_LIMIT = 2000
_TRACKING = re.compile(r"[A-Z0-9-]+")
# Parcels the shop sends: only these can be stopped, or have their address changed.
OUTGOING = frozenset({ShipmentKind.OUTBOUND.value, ShipmentKind.RESHIP.value})


class Source(StrEnum):
    """Where a replacement parcel comes from (docs/domain.md, re-shipping)."""

    WAREHOUSE = "warehouse"
    SUPPLIER = "supplier"
    OTHER_SELLER = "other_seller"


class InterceptState(StrEnum):
    REQUESTED = "requested"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


class BadParcel(DomainError):
    """Input a parcel cannot have: `problem` is "source", "carrier", "tracking_no",
    "address", "cost", "note" or "shipment" (no such parcel on the case's order)."""

    def __init__(self, problem: str, message: str) -> None:
        super().__init__(message)
        self.problem = problem


def source(text: str) -> Source:
    try:
        return Source(str(text).strip())
    except ValueError:
        raise BadParcel("source", "a parcel comes from warehouse, supplier or other_seller, "
                                  f"not {str(text)[:40]!r}") from None


def carrier(text: str) -> str:
    """The carrier's name as typed (顺丰速运, 中通, "JD Logistics"): free text, 1–64."""
    cleaned = " ".join(str(text).split())
    if not cleaned or len(cleaned) > CARRIER_LIMIT or not cleaned.isprintable():
        raise BadParcel("carrier", f"a carrier is 1 to {CARRIER_LIMIT} visible characters, "
                                   f"not {str(text)[:80]!r}")
    return cleaned


def tracking_no(text: str) -> str:
    """A tracking no. as the carriers print it: letters, digits and dashes, stored in
    capitals (sf1234 and SF1234 are one parcel)."""
    cleaned = str(text).strip().upper()
    if not cleaned or len(cleaned) > TRACKING_LIMIT or not _TRACKING.fullmatch(cleaned):
        raise BadParcel("tracking_no", f"a tracking no. is 1 to {TRACKING_LIMIT} letters, "
                                       f"digits or dashes, not {str(text)[:80]!r}")
    return cleaned


def address(text: str) -> str:
    cleaned = " ".join(str(text).split())
    if not cleaned or len(cleaned) > ADDRESS_LIMIT or not cleaned.isprintable():
        raise BadParcel("address", f"an address is 1 to {ADDRESS_LIMIT} visible characters")
    return cleaned


def note(text: str | None) -> str | None:
    if text is None or not str(text).strip():
        return None
    cleaned = str(text).strip()
    if len(cleaned) > NOTE_LIMIT or any(ord(c) < 32 and c not in "\n\t" for c in cleaned):
        raise BadParcel("note", f"a note is at most {NOTE_LIMIT} characters, without "
                                "control characters")
    return cleaned


def cost(fen: int) -> int:
    if isinstance(fen, bool) or not isinstance(fen, int) or not 0 <= fen <= MAX_ACTION_FEN:
        raise BadParcel("cost", f"a parcel's cost is ¥0.00 to ¥{fen_to_yuan(MAX_ACTION_FEN)}, "
                                f"not {fen!r}")
    return fen


@dataclass(frozen=True)
class Parcel:
    """A shipment as the rules look at it."""

    id: int
    kind: str
    tracking_no: str | None
    shipped_at: datetime | None
    delivered_at: datetime | None
    intercept_state: str | None = None
    carrier: str | None = None

    @property
    def in_transit(self) -> bool:
        return self.shipped_at is not None and self.delivered_at is None

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "carrier": self.carrier,
                "tracking_no": self.tracking_no}


def refuse_tracking_in_use(tracking: str, used_by: int | None) -> None:
    """A tracking no. is one parcel: typing one already recorded is a mistake."""
    if used_by is not None:
        raise RuleRefused(f"tracking no. {tracking} is already recorded on shipment "
                          f"{used_by}", "tracking_in_use", tracking_no=tracking,
                          shipment_id=used_by)


def interceptable(parcels: Sequence[Parcel], shipment_id: int | None = None) -> Parcel:
    """The parcel to stop: the one named (of the case's order), or the newest of the
    shop's parcels still in transit. Only a parcel that has shipped and has not been
    delivered can be stopped, and only once."""
    if shipment_id is not None:
        found = next((p for p in parcels if p.id == shipment_id), None)
        if found is None:
            raise BadParcel("shipment", f"the case's order has no shipment {shipment_id}")
        _check_interceptable(found)
        return found
    moving = [p for p in parcels if p.kind in OUTGOING and p.in_transit
              and p.intercept_state is None]
    if not moving:
        raise RuleRefused("no parcel of this order is in transit: only a parcel that has "
                          "shipped and not been delivered can be intercepted",
                          "nothing_in_transit")
    return max(moving, key=lambda p: (p.shipped_at or datetime.min, p.id))


def _check_interceptable(p: Parcel) -> None:
    name = p.tracking_no or f"shipment {p.id}"
    if p.kind not in OUTGOING:
        raise RuleRefused(f"{name} is the buyer's parcel coming back, not one the shop can "
                          "intercept", "not_outgoing", shipment_id=p.id)
    if p.shipped_at is None:
        raise RuleRefused(f"{name} has not shipped: change its address instead of "
                          "intercepting it", "not_shipped", shipment_id=p.id)
    if p.delivered_at is not None:
        raise RuleRefused(f"{name} was already delivered", "already_delivered",
                          shipment_id=p.id, tracking_no=p.tracking_no)
    if p.intercept_state is not None:
        raise RuleRefused(f"an intercept of {name} was already {p.intercept_state}",
                          "already_intercepted", shipment_id=p.id,
                          intercept_state=p.intercept_state)


def address_target(parcels: Sequence[Parcel]) -> Parcel | None:
    """The order's outbound parcel a new address goes on, None if the order has none yet
    (the address waits on a parcel made for it). Refused once any outbound parcel of
    the order has shipped: the courier has the old address."""
    outbound = [p for p in parcels if p.kind == ShipmentKind.OUTBOUND.value]
    shipped = [p for p in outbound if p.shipped_at is not None]
    if shipped:
        first = max(shipped, key=lambda p: (p.shipped_at or datetime.min, p.id))
        name = first.tracking_no or f"shipment {first.id}"
        raise RuleRefused(f"the parcel already shipped ({name}): the address can no "
                          "longer change; intercept it instead", "already_shipped",
                          shipment_id=first.id, tracking_no=first.tracking_no)
    return min(outbound, key=lambda p: p.id) if outbound else None


def _open(state: CaseState, what: str) -> None:
    if is_closed(state.status):
        raise RuleRefused(f"the case is {state.status.value}: reopen it before a {what}",
                          "case_closed", status=state.status.value)


def _toward(state: CaseState, target: CaseStatus, at: datetime) -> CaseState:
    return state.moved_to(target, at) if can_transition(state.status, target) else state


def _working(state: CaseState, at: datetime) -> CaseState:
    return _toward(state, CaseStatus.IN_PROGRESS, at) if state.status == CaseStatus.NEW \
        else state


def _with_note(out: dict[str, Any], text: str | None) -> dict[str, Any]:
    if text:
        out["note"] = text
    return out


@dataclass(frozen=True)
class ParcelOut:
    """A parcel the shop sends for the case (a reship, an exchange's replacement)."""

    shipment_id: int
    source: Source
    carrier: str
    tracking_no: str
    cost_fen: int = 0

    def as_json(self) -> dict[str, Any]:
        return {"id": self.shipment_id, "source": self.source.value, "carrier": self.carrier,
                "tracking_no": self.tracking_no}


@dataclass(frozen=True)
class Reship:
    parcel: ParcelOut
    key: str
    note: str | None = None
    name: str = "reship"

    def apply(self, state: CaseState, at: datetime) -> CaseState:
        _open(state, self.name)
        return _toward(state, CaseStatus.WAITING_BUYER, at)

    def context(self) -> dict[str, Any]:
        return _with_note({"shipment": {**self.parcel.as_json(), "kind": "reship"},
                           "cost": fen_to_yuan(self.parcel.cost_fen), "key": self.key},
                          self.note)


@dataclass(frozen=True)
class Exchange:
    parcel: ParcelOut
    key: str
    note: str | None = None
    name: str = "exchange"

    def apply(self, state: CaseState, at: datetime) -> CaseState:
        _open(state, self.name)
        return _toward(state, CaseStatus.WAITING_RETURN, at)

    def context(self) -> dict[str, Any]:
        return _with_note({"shipment": {**self.parcel.as_json(), "kind": "outbound"},
                           "cost": fen_to_yuan(self.parcel.cost_fen), "key": self.key,
                           "expects_return": True}, self.note)


@dataclass(frozen=True)
class Intercept:
    parcel: Parcel
    key: str
    note: str | None = None
    name: str = "intercept"

    def apply(self, state: CaseState, at: datetime) -> CaseState:
        _open(state, self.name)
        _check_interceptable(self.parcel)
        return _working(state, at)

    def context(self) -> dict[str, Any]:
        return _with_note({"shipment": {**self.parcel.as_json(),
                                        "intercept_state": [None, "requested"]},
                           "key": self.key}, self.note)


@dataclass(frozen=True)
class InterceptResult:
    parcel: Parcel
    succeeded: bool
    note: str | None = None
    name: str = "intercept_result"

    @property
    def outcome(self) -> InterceptState:
        return InterceptState.SUCCEEDED if self.succeeded else InterceptState.FAILED

    def apply(self, state: CaseState, at: datetime) -> CaseState:
        if self.parcel.intercept_state != InterceptState.REQUESTED.value:
            name = self.parcel.tracking_no or f"shipment {self.parcel.id}"
            said = self.parcel.intercept_state or "never requested"
            raise RuleRefused(f"no intercept of {name} is waiting for its outcome ({said})",
                              "no_intercept_requested", shipment_id=self.parcel.id,
                              intercept_state=self.parcel.intercept_state)
        if self.succeeded and not is_closed(state.status):
            return _toward(state, CaseStatus.WAITING_RETURN, at)
        return state

    def context(self) -> dict[str, Any]:
        return _with_note({"shipment": {**self.parcel.as_json(), "intercept_state": [
            InterceptState.REQUESTED.value, self.outcome.value]}}, self.note)


@dataclass(frozen=True)
class AddressChange:
    """The parcel's new destination. The history keeps it masked, as the case shows a
    buyer's address; the whole address is on the shipment row, for the warehouse."""

    shipment_id: int
    address: str
    key: str
    note: str | None = None
    name: str = "address_change"

    def apply(self, state: CaseState, at: datetime) -> CaseState:
        _open(state, "change of address")
        return _working(state, at)

    def context(self) -> dict[str, Any]:
        return _with_note({"shipment": {"id": self.shipment_id,
                                        "address": mask_address(self.address)},
                           "key": self.key}, self.note)

