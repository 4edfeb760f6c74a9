"""What the user is told when their role may not do something (NotPermitted, code
"not_permitted"): one sentence per permission, in their language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

REFUSALS = {
    "approve_payments": QT_TRANSLATE_NOOP("PermissionTexts", "Only a supervisor or an admin may approve or deny payments."),
    "edit_library": QT_TRANSLATE_NOOP("PermissionTexts", "Only a supervisor or an admin may edit templates, macros and rules."),
    "reveal_buyer": QT_TRANSLATE_NOOP("PermissionTexts", "Only a supervisor or an admin may see a buyer's full phone or address."),
    "export_buyer_data": QT_TRANSLATE_NOOP("PermissionTexts", "Only a supervisor or an admin may export buyers' personal data."),
    "view_reports": QT_TRANSLATE_NOOP("PermissionTexts", "Only a supervisor or an admin may read reports."),
    "view_audit": QT_TRANSLATE_NOOP("PermissionTexts", "Only a supervisor or an admin may read the audit."),
    "make_archive": QT_TRANSLATE_NOOP("PermissionTexts", "Only a supervisor or an admin may make archives and checkpoints."),
    "manage_users": QT_TRANSLATE_NOOP("PermissionTexts", "Only an admin may manage users."),
}
FALLBACK = QT_TRANSLATE_NOOP("PermissionTexts", "Your role may not do this.")


def refusal(exc: BaseException) -> str:
    """The sentence for a NotPermitted (its permission is in `numbers`)."""
    numbers = getattr(exc, "numbers", None) or {}
    permission = str(getattr(exc, "permission", "") or numbers.get("permission", ""))
    return QCoreApplication.translate("PermissionTexts", REFUSALS.get(permission, FALLBACK))
