"""Urged shipments: the alerts a shop's pile of urged, unshipped orders raises, their
acknowledgement, and the priority-shipping flag set from a case."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from app.domain.clock import utcnow
from app.domain.errors import DomainError
from app.domain.urged import SETTING, UrgedAlert, due, threshold_of
from app.services.cases import CaseNotFound

if TYPE_CHECKING:
    from app.services.store import Store


class NoShipment(DomainError):
    def __init__(self, ref: int | str) -> None:
        super().__init__(f"case {ref} has no order with an outbound shipment to flag")
        self.ref = ref


def urged_counts(store: Store) -> dict[int, int]:
    """Urged orders not shipped yet, by shop id."""
    with store.unit_of_work() as uow:
        return uow.shipments.urged_unshipped()


def pending_alerts(store: Store) -> list[UrgedAlert]:
    """The shops whose urged, unshipped orders reached their threshold and grew past
    the count last acknowledged."""
    with store.unit_of_work() as uow:
        counts = uow.shipments.urged_unshipped()
        if not counts:
            return []
        stored = uow.settings.shop_values(SETTING)
        thresholds = {s: threshold_of(stored.get(s)) for s in counts}
        acknowledged: dict[int, int] = {}
        for shop_id, _actor, _at, detail in uow.settings.acknowledgements(SETTING):
            if shop_id is not None:  # the newest comes last
                acknowledged[shop_id] = int(detail.get("count", 0))
        shops = {sid: (platform, name) for sid, platform, name in uow.settings.shops()}
    return [UrgedAlert(s, *shops.get(s, ("", str(s))), counts[s], thresholds[s])
            for s in due(counts, thresholds, acknowledged)]


def acknowledge(store: Store, actor: str, alert: UrgedAlert,
                now: Callable[[], datetime] = utcnow) -> None:
    """The agent saw the alert: it stays away until the shop's count grows past it."""
    with store.unit_of_work().for_writing() as uow:
        uow.settings.acknowledge(SETTING, alert.shop_id, actor, now(),
                                 {"count": alert.count, "threshold": alert.threshold})
        uow.commit()


def set_threshold(store: Store, actor: str, shop_id: int, threshold: int,
                  now: Callable[[], datetime] = utcnow) -> None:
    if threshold < 1:
        raise DomainError("the urged-orders threshold is a whole number of at least 1")
    with store.unit_of_work().for_writing() as uow:
        uow.settings.set_shop_value(shop_id, SETTING, threshold, actor, now())
        uow.commit()


def set_priority_shipping(store: Store, actor: str, case_ref: int | str, on: bool,
                          now: Callable[[], datetime] = utcnow) -> bool:
    """Flag (or unflag) the case's order for priority shipping, on its outbound
    parcels, with a history event on the case; the flag before the change. The
    priority-orders export lists the order from then on."""
    with store.unit_of_work().for_writing() as uow:
        case_id = uow.cases.find_id(case_ref)
        if case_id is None:
            raise CaseNotFound(case_ref)
        order_id = uow.shipments.case_order(case_id)
        old = None if order_id is None else uow.shipments.priority_shipping(order_id)
        if order_id is None or old is None:
            raise NoShipment(case_ref)
        uow.shipments.set_priority_shipping(order_id, on)
        uow.cases.change(case_id, actor, "priority_shipping", now(), lambda s: s,
                         {"priority_shipping": [old, on]})
        uow.commit()
    return old
