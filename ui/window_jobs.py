"""Names of the window's jobs beyond loading the inbox (saved views, who am I, urged
orders), in the user's language, for the status bar and bug reports."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def text(name: str) -> str:
    texts = {
        "saved": QCoreApplication.translate("WindowJobs", "Loading saved views"),
        "saved_view": QCoreApplication.translate("WindowJobs", "Saving the view"),
        "agents": QCoreApplication.translate("WindowJobs", "Loading agents"),
        "urged": QCoreApplication.translate("WindowJobs", "Counting urged orders"),
        "acknowledge": QCoreApplication.translate("WindowJobs", "Recording the acknowledgement"),
        "act": QCoreApplication.translate("WindowJobs", "Saving the change"),
        "evidence": QCoreApplication.translate("WindowJobs", "Loading the case's evidence"),
        "evidence_file": QCoreApplication.translate("WindowJobs", "Checking and opening a file"),
        "bundle": QCoreApplication.translate("WindowJobs", "Writing the appeal bundle"),
    }
    return texts.get(name, name)
