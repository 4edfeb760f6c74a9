"""Who works the desk: the store's agents and supervisors, for "who am I"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain.enums import Role

if TYPE_CHECKING:
    from app.services.store import Store

DESK_ROLES = (Role.AGENT.value, Role.SUPERVISOR.value)


@dataclass(frozen=True)
class Agent:
    name: str
    shown: str
    role: str


def list_agents(store: Store) -> list[Agent]:
    """Active agents first, then supervisors, each by name."""
    with store.unit_of_work() as uow:
        people = uow.inbox.people()
    found = [Agent(n, s or n, r) for n, s, r in people if r in DESK_ROLES]
    return sorted(found, key=lambda a: (DESK_ROLES.index(a.role), a.name))


def role_of(store: Store, name: str) -> str | None:
    """The role (agent, supervisor, admin) of an active user; None for someone the
    store does not know (yet: they become an agent when they first act)."""
    with store.unit_of_work() as uow:
        people = uow.inbox.people()
    return next((r for n, _s, r in people if n == name), None)
