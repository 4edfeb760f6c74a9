"""Who may do what, asked of the store: the role comes from the users table (never from
the caller), the rule from `app.domain.permissions`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.domain.permissions import Permission, allowed
from app.domain.permissions import require as _require

if TYPE_CHECKING:
    from app.services.store import Store


def role_in(uow: Any, actor: str) -> str | None:
    """The active role of `actor` within an open unit of work; None if unknown or disabled."""
    found: str | None = uow.payments.role_of(actor)
    return found


def role(store: Store, actor: str) -> str | None:
    if store.archive is not None:
        # No passwords in an archive: whoever reads it reads as its maker did (writing is
        # refused by the engine whatever the role).
        actor = store.archive.made_by
    with store.unit_of_work() as uow:
        return role_in(uow, actor)


def may(store: Store, actor: str, permission: Permission) -> bool:
    return allowed(role(store, actor), permission)


def require(store: Store, actor: str, permission: Permission) -> None:
    """Refuse (NotPermitted, exit 3 on the command line) unless `actor`'s role allows it."""
    _require(actor, role(store, actor), permission)


def require_in(uow: Any, actor: str, permission: Permission) -> None:
    """The same check inside the unit of work that then does the work."""
    _require(actor, role_in(uow, actor), permission)
