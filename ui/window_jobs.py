"""Names of the window's jobs beyond loading the inbox (saved views, who am I, urged
orders), in the user's language, for the status bar and bug reports."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def text(name: str) -> str:
    def tr(s: str) -> str:
        return QCoreApplication.translate("WindowJobs", s)

    texts = {"saved": tr("Loading saved views"), "saved_view": tr("Saving the view"),
             "agents": tr("Loading agents"), "urged": tr("Counting urged orders"),
             "acknowledge": tr("Recording the acknowledgement")}
    return texts.get(name, name)
