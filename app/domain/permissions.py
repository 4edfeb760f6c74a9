"""What each role may do: the one table the window reads to hide what a role cannot do
and the services read to refuse it anyway.

An agent works cases (status, replies, evidence, compensation and coupons within the
agent's approval threshold). A supervisor also approves above that threshold, edits the
library (templates, playbooks, rule profiles), sees a buyer's full phone and address
(each look is a history event), exports buyer data, reads reports and the audit, and
makes archives and checkpoints. An admin may do everything, and alone manages users.
"""

from __future__ import annotations

from enum import StrEnum

from app.domain.enums import Role
from app.domain.errors import RuleRefused


class Permission(StrEnum):
    APPROVE_PAYMENTS = "approve_payments"      # above the agent threshold; deny; batch approve
    EDIT_LIBRARY = "edit_library"              # templates, playbooks, rule profiles
    REVEAL_BUYER = "reveal_buyer"              # a buyer's full phone or address
    EXPORT_BUYER_DATA = "export_buyer_data"    # exports and bundles holding buyers' data
    VIEW_REPORTS = "view_reports"
    VIEW_AUDIT = "view_audit"                  # every event by actor and period
    MAKE_ARCHIVE = "make_archive"              # archives and checkpoints
    MANAGE_USERS = "manage_users"


_SUPERVISOR = frozenset(Permission) - {Permission.MANAGE_USERS}

ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    Role.AGENT.value: frozenset(),
    Role.SUPERVISOR.value: _SUPERVISOR,
    Role.ADMIN.value: frozenset(Permission),
}


class NotPermitted(RuleRefused):
    """The actor's role does not carry the permission; nothing was done."""

    def __init__(self, actor: str, role: str | None, permission: Permission) -> None:
        shown = role or "unknown user"
        super().__init__(
            f"{actor} ({shown}) may not {permission.value.replace('_', ' ')}; "
            "a supervisor or admin can", "not_permitted",
            actor=actor, role=role or "", permission=permission.value)
        self.actor = actor
        self.role = role
        self.permission = permission


def allowed(role: str | None, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS.get(role or "", frozenset())


def require(actor: str, role: str | None, permission: Permission) -> None:
    if not allowed(role, permission):
        raise NotPermitted(actor, role, permission)
