"""Bugs in the window: logged with their traceback, and told to the user.

A known error is no bug: a broken domain rule, a coded import error, the store's
errors (locked, full, read-only …) and the system's (a file that cannot be read).
Those are shown where they happened, in the user's language. Anything else (in a
background job, a slot, the asyncio loop, or anywhere `sys.excepthook` sees) is
logged by `app.log.log_bug` and shown in a dialog that says what failed and where
the log is, so a user can send the file that explains it.

`dialog` is what shows that dialog; tests replace it to look at what would be shown.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.domain.errors import DomainError
from app.log import current_log_path, log_bug, logger


def is_known(exc: BaseException) -> bool:
    """An error the program expects and explains; everything else is a bug."""
    if isinstance(exc, DomainError | OSError | ValueError):
        return True
    # ui may not import app.store (or app.io at start-up): known by their shape
    names = {c.__name__ for c in type(exc).__mro__}
    return bool(names & {"StoreError", "CodedError"}) and hasattr(exc, "code")


def note_known(what: str, exc: BaseException) -> None:
    """A known error is the user's to hear, not a bug; but a bare ValueError or OSError
    (no code) may come from a bug too, so the log keeps where it was raised."""
    if getattr(exc, "code", None) is None and not isinstance(exc, DomainError):
        logger.warning("%s refused: %s: %s", what, type(exc).__name__, exc, exc_info=exc)


def describe(exc: BaseException) -> str:
    """One line for the user, in their language where the error has a code."""
    from ui.import_texts import describe_error

    return describe_error(exc)


def log(what: str, exc: BaseException) -> Path | None:
    """Log `exc` as a bug while doing `what`, with its traceback; the log's path."""
    try:
        raise exc
    except BaseException:  # re-raised only so that log_bug records this traceback
        return log_bug(what)


def message(what: str, log_path: Path | None) -> str:
    text = QCoreApplication.translate(
        "Bugs", "Something went wrong while %1. This is a bug in Aftersales Desk, "
        "not something you did.").replace("%1", what)
    if log_path is not None:
        text += "\n\n" + QCoreApplication.translate(
            "Bugs", "The details are in the log file:\n%1").replace("%1", str(log_path))
    return text


def _message_box(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setObjectName("bugDialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    # open(), not exec(): no nested event loop inside the asyncio loop that called us
    box.open()


dialog = _message_box


def _parent(parent: QObject | None) -> QWidget | None:
    """The window a job or controller belongs to: the dialog's parent."""
    while parent is not None and not isinstance(parent, QWidget):
        parent = parent.parent()
    if isinstance(parent, QWidget):
        return parent.window()
    return QApplication.activeWindow()


def show(what: str, parent: QObject | None = None) -> None:
    """Tell the user that `what` failed because of a bug, and where the log is."""
    title = QCoreApplication.translate("Bugs", "Aftersales Desk: a bug")
    dialog(_parent(parent), title, message(what, current_log_path()))


def report(what: str, exc: BaseException, parent: QObject | None = None) -> None:
    """Log a bug and show it."""
    log(what, exc)
    show(what, parent)


def excepthook(kind: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
    """For the GUI session: an exception nobody caught (a slot, a timer) is a bug."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    report(QCoreApplication.translate("Bugs", "handling an event of the window"),
           exc.with_traceback(tb))


def loop_exception_handler(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    """The asyncio loop's handler: a task's exception that nobody awaited."""
    exc = context.get("exception")
    if isinstance(exc, asyncio.CancelledError):
        return
    what = str(context.get("message") or
               QCoreApplication.translate("Bugs", "running a background task"))
    if exc is None:
        loop.default_exception_handler(context)
        return
    if is_known(exc):
        sys.stderr.write(f"error: {what}: {exc}\n")
        return
    report(what, exc)
