"""A history event in the user's words, for the timeline's filters and the audit view:
the action ("Buyer data revealed"), what it did ("revealed the buyer's phone",
"approved payment ¥80.00"), and why a chain is broken.

The actions of the supervisors' features are worded here; the others come from
`ui.labels`. The audit's spreadsheet says the same in app/io/audit_words.py.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui import labels
from ui.timeline_text import describe_changes

CTX = "HistoryWords"
ACTIONS = {
    "bundle_exported": QT_TRANSLATE_NOOP("HistoryWords", "Appeal bundle exported"),
}
REVEALED = {
    "phone": QT_TRANSLATE_NOOP("HistoryWords", "revealed the buyer's phone"),
    "address": QT_TRANSLATE_NOOP("HistoryWords", "revealed the buyer's address"),
    "name": QT_TRANSLATE_NOOP("HistoryWords", "revealed the buyer's name"),
}
# What a money decision did, with its amount (%1).
MONEY = {
    "payment_requested": QT_TRANSLATE_NOOP("HistoryWords", "asked to pay ¥%1"),
    "payment_approved": QT_TRANSLATE_NOOP("HistoryWords", "approved payment ¥%1"),
    "payment_denied": QT_TRANSLATE_NOOP("HistoryWords", "denied payment ¥%1"),
    "payment_paid": QT_TRANSLATE_NOOP("HistoryWords", "paid ¥%1"),
    "payment_failed": QT_TRANSLATE_NOOP("HistoryWords", "payment of ¥%1 failed"),
    "approve_refund": QT_TRANSLATE_NOOP("HistoryWords", "approved the refund ¥%1"),
}
# The domain's findings (app.domain.history), by how they begin.
PROBLEMS = (
    ("the event's stored values", QT_TRANSLATE_NOOP("HistoryWords",
                                                    "its stored values were edited")),
    ("sequence", QT_TRANSLATE_NOOP("HistoryWords", "an event was deleted or moved")),
    ("previous-hash", QT_TRANSLATE_NOOP("HistoryWords",
                                        "an event was deleted, inserted or reordered")),
    ("content does not match", QT_TRANSLATE_NOOP("HistoryWords",
                                                 "its content was edited")),
    ("the case's last recorded event", QT_TRANSLATE_NOOP("HistoryWords",
                                                         "its newest events are missing")),
    ("the newest event binds", QT_TRANSLATE_NOOP("HistoryWords",
                                                 "its newest event binds no case state")),
    ("the case row", QT_TRANSLATE_NOOP("HistoryWords", "the case was edited outside the program")),
    ("event of a case that does not exist",
     QT_TRANSLATE_NOOP("HistoryWords", "the case itself is missing")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def action_text(action: str) -> str:
    """The window's word for the action; ours only where `ui.labels` has none."""
    own = ACTIONS.get(action)
    return _tr(own) if own and action not in labels.ACTIONS else labels.label("action", action)


def revealed_field(changes: dict[str, Any]) -> str:
    value = changes.get("field")
    return value if isinstance(value, str) else ""


def details(action: str, changes: dict[str, Any], brief: bool = True) -> str:
    """What the event did, in a line: the audit's `brief` words for a reveal or a money
    decision, or the timeline's full description of what it changed."""
    if brief and action == "reveal":  # the timeline says it as the reveal part does
        field = revealed_field(changes)
        return _tr(REVEALED[field]) if field in REVEALED else labels.label("field", field)
    if action == "bundle_exported":
        files = changes.get("files", 0)
        words = (QCoreApplication.translate("HistoryWords", "%1 (1 file)") if files == 1 else
                 QCoreApplication.translate("HistoryWords", "%1 (%2 files)"))
        return words.replace("%1", str(changes.get("file", ""))).replace("%2", str(files))
    amount = changes.get("amount")
    if brief and action in MONEY and isinstance(amount, str):
        return _tr(MONEY[action]).replace("%1", amount)
    return describe_changes(changes)


def problem_text(problem: str) -> str:
    for start, words in PROBLEMS:
        if problem.startswith(start):
            return _tr(words)
    return problem


def chain_text(chain: dict[str, Any]) -> str:
    """"History intact (12 events)" or "History broken at event #4: …"."""
    if chain.get("ok"):
        return QCoreApplication.translate("HistoryWords", "History intact (%1 events)").replace("%1", str(chain.get("events", 0)))
    found = chain.get("problem") or {}
    return QCoreApplication.translate("HistoryWords", "History broken at event #%1: %2").replace("%1", str(found.get("seq", "?"))) \
        .replace("%2", problem_text(str(found.get("problem", ""))))
