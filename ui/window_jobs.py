"""Names of the window's jobs beyond loading the inbox (saved views, who am I, urged
orders, payments), in the user's language, for the status bar and bug reports."""

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
        "approvals": QCoreApplication.translate("WindowJobs", "Loading the approvals queue"),
        "approvals_count": QCoreApplication.translate("WindowJobs", "Counting waiting payments"),
        "decide": QCoreApplication.translate("WindowJobs", "Recording the decision"),
        "spend": QCoreApplication.translate("WindowJobs", "Adding up the shop's spend today"),
        "payments": QCoreApplication.translate("WindowJobs", "Loading payments"),
        "shops": QCoreApplication.translate("WindowJobs", "Loading shops"),
        "confirm_paid": QCoreApplication.translate("WindowJobs", "Recording the payment as paid"),
        "export": QCoreApplication.translate("WindowJobs", "Exporting"),
        "report": QCoreApplication.translate("WindowJobs", "Computing the report"),
        "report_choices": QCoreApplication.translate("WindowJobs", "Loading the report filters"),
        "report_export": QCoreApplication.translate("WindowJobs", "Exporting the table"),
        "report_pdf": QCoreApplication.translate("WindowJobs", "Printing the report"),
        "reports_access": QCoreApplication.translate("WindowJobs", "Checking who may read reports"),
    }
    return texts.get(name, name)
