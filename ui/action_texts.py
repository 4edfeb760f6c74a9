"""What the window says when an action on a case is refused, in the user's language.

The domain raises its refusals with their facts as attributes (who changed the case,
which move is not allowed …); each kind has a sentence here. Anything else keeps its
own English message, never nothing.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from ui import labels


def _local(at: str) -> str:
    try:
        return datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone().strftime("%H:%M:%S")
    except ValueError:
        return at


def describe(exc: BaseException) -> str:
    kind = type(exc).__name__
    if kind == "StaleCase":
        return QCoreApplication.translate("ActionTexts", "%1 changed this case at %2, after you opened it. Nothing you did was "
                   "saved; the case now shows their change: look again, then act.") \
            .replace("%1", str(getattr(exc, "by", "?"))).replace("%2", _local(str(getattr(exc, "at", ""))))
    if kind == "IllegalTransition":
        return QCoreApplication.translate("ActionTexts", "A case that is %1 cannot move to %2.") \
            .replace("%1", labels.status(getattr(exc, "current", ""))) \
            .replace("%2", labels.status(getattr(exc, "target", "")))
    if kind == "UnknownUser":
        return QCoreApplication.translate("ActionTexts", "There is no user %1.").replace("%1", str(getattr(exc, "name", "")))
    if kind == "NoChange":
        return QCoreApplication.translate("ActionTexts", "Nothing to do: the case is already so.")
    if kind == "CaseNotFound":
        return QCoreApplication.translate("ActionTexts", "This case no longer exists.")
    if kind == "BadText":
        problem = getattr(exc, "problem", "")
        if problem == "empty":
            return QCoreApplication.translate("ActionTexts", "Write something first.")
        if problem == "too_long":
            return QCoreApplication.translate(
                "ActionTexts", "That is too long: at most %1, not %2.").replace(
                "%1", str(getattr(exc, "limit", ""))).replace("%2", str(getattr(exc, "length", "")))
        return QCoreApplication.translate(
            "ActionTexts", "The text holds invisible control characters; type it again.")
    if kind == "EvidenceRefused":
        from ui import evidence_texts

        facts = dict(getattr(exc, "facts", {}) or {})
        if getattr(exc, "code", "") == "not_a_file" and not facts:
            return QCoreApplication.translate("ActionTexts", "This file is no longer on the case.")
        return evidence_texts.refusal(str(facts.get("name", "")), str(getattr(exc, "code", "")),
                                      facts)
    if kind == "StepRefused":
        return QCoreApplication.translate(
            "ActionTexts", "The case's playbook does not allow this step or answer now.")
    return str(exc) or kind
