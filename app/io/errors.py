"""Why a file or a row could not be read; every message is meant for the user."""

from __future__ import annotations

from collections.abc import Sequence

from app.domain.errors import DomainError


class ImportFileError(DomainError):
    """The file as a whole cannot be read: nothing of it is imported."""


class UnknownHeaders(ImportFileError):
    """No profile matches the file's header row; a user may map the columns."""

    def __init__(self, path_name: str, headers: Sequence[str], hint: str = "") -> None:
        shown = ", ".join(h for h in headers if h) or "(none)"
        super().__init__(
            f"{path_name}: the columns match no import profile; headers found: {shown}"
            + (f" ({hint})" if hint else "")
        )
        self.headers = list(headers)


class RowError(ValueError):
    """One row cannot be imported; the reason goes to the report with the row."""
