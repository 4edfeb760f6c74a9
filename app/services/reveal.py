"""Showing a buyer's full phone, address or name to someone whose role may see it.

The store keeps these whole; every screen and export shows them masked. A reveal is a
history event of the case (action "reveal", changes {"field": …}, the actor and time;
never the value), appended through the case's chain under its row lock, and the value
is handed back only once that event is committed: nobody sees a number the history does
not say they saw. The event changes nothing on the case, so its status, times and the
deadline stay as they were, and an agent who opened the case before it is not told the
case changed (`app.domain.history.LOOKS`).
"""

from __future__ import annotations

from datetime import datetime

from app.domain.clock import utcnow
from app.domain.errors import DomainError
from app.domain.history import REVEAL
from app.domain.permissions import Permission
from app.services.access import require_in
from app.services.cases import CaseNotFound
from app.services.store import Store

FIELDS = ("phone", "address", "name")
ACTION = REVEAL


class NothingToReveal(DomainError):
    """The case's buyer has no such value on record; nothing was recorded."""

    def __init__(self, case_ref: int | str, field: str) -> None:
        super().__init__(f"case {case_ref} has no buyer's {field} on record")
        self.case_ref = case_ref
        self.field = field


def reveal(store: Store, case_ref: int | str, field: str, actor: str, *,
           now: datetime | None = None) -> str:
    """The buyer's whole `field` ("phone", "address" or "name") on the case's order,
    after the reveal event is committed; NotPermitted (nothing written) for a role
    without REVEAL_BUYER."""
    if field not in FIELDS:
        raise DomainError(f"a reveal shows the buyer's {', '.join(FIELDS)}, not {field!r}")
    at = now or utcnow()
    with store.unit_of_work().for_writing() as uow:
        require_in(uow, actor, Permission.REVEAL_BUYER)
        case_id = uow.cases.find_id(case_ref)
        if case_id is None:
            raise CaseNotFound(case_ref)
        value = uow.cases.buyer_field(case_id, field)
        if not value:
            raise NothingToReveal(case_ref, field)
        uow.cases.log(case_id, actor, ACTION, at, {"field": field})
        uow.commit()
    return value
