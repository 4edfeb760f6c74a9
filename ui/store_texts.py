"""What the window says when the database cannot be used, in the user's language.

The store raises errors with a code and parameters (app.store.errors.StoreError,
seen here only as an exception with `code` and `params`); each code has a sentence
here. An unknown code falls back to the English message, never to nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CTX = "StoreErrors"

TEXTS = {
    "network_drive": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "The database %1 is on a network drive, where SQLite cannot write safely. Copy it "
        "to a local disk, or let the team share a PostgreSQL server."),
    "newer_schema": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "The database was written by a newer version of Aftersales Desk (schema %1). "
        "Please update the program."),
    "migration_failed": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "Updating the database failed: %1. The database as it was before is kept at %2."),
    "busy": QT_TRANSLATE_NOOP(
        "StoreErrors", "The database is busy in another program. Try again in a moment."),
    "disk": QT_TRANSLATE_NOOP(
        "StoreErrors", "The disk holding the database failed or is full: %1"),
    "read_only_file": QT_TRANSLATE_NOOP(
        "StoreErrors", "The database file is read-only for this user."),
    "damaged": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "The database file is damaged or is not an Aftersales Desk database: %1"),
    "no_access": QT_TRANSLATE_NOOP(
        "StoreErrors", "The data folder %1 cannot be used: %2"),
    "exists": QT_TRANSLATE_NOOP(
        "StoreErrors", "%1 already exists; choose a new file name."),
    "no_folder": QT_TRANSLATE_NOOP("StoreErrors", "The folder %1 does not exist."),
    "backup_failed": QT_TRANSLATE_NOOP("StoreErrors", "The backup to %1 failed: %2"),
    "server_backup": QT_TRANSLATE_NOOP(
        "StoreErrors", "A server database is backed up on the server (pg_dump)."),
    "database": QT_TRANSLATE_NOOP("StoreErrors", "Database error: %1"),
    "bad_url": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "%1 is not a database address this program can use: %2. Use a SQLite file or "
        "postgresql+psycopg://USER@HOST/DB."),
    "driver_missing": QT_TRANSLATE_NOOP(
        "StoreErrors", "The database driver %2 for %1 is not installed."),
    "foreign_database": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "%1 is a database of another program, not of Aftersales Desk; it was left as it is. "
        "Choose another file or folder."),
    "backup_damaged": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "The copy at %1 failed its integrity check (%2), so it was removed; the database "
        "itself may be damaged. Keep the last good backup."),
    "archive_read_only": QT_TRANSLATE_NOOP(
        "StoreErrors", "This is an archive made %1 by %2; it cannot be changed."),
    "no_archive": QT_TRANSLATE_NOOP("StoreErrors", "There is no archive %1."),
    "not_archive": QT_TRANSLATE_NOOP(
        "StoreErrors", "%1 is not an archive of Aftersales Desk: %2"),
    "archive_schema": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "The archive %1 holds schema %2, which this version does not read; open it with the "
        "version of Aftersales Desk that made it."),
    "archive_damaged": QT_TRANSLATE_NOOP(
        "StoreErrors", "The archive %1 does not verify and cannot be opened: %2"),
    "archive_failed": QT_TRANSLATE_NOOP(
        "StoreErrors", "The archive %1 could not be written (%2); nothing was left under "
        "that name."),
}

# Which parameters fill %1, %2 … of each sentence.
ARGS = {
    "network_drive": ("path",),
    "newer_schema": ("revision",),
    "migration_failed": ("detail", "backup"),
    "disk": ("detail",),
    "damaged": ("detail",),
    "no_access": ("path", "detail"),
    "exists": ("path",),
    "no_folder": ("path",),
    "backup_failed": ("path", "detail"),
    "database": ("detail",),
    "bad_url": ("url", "detail"),
    "driver_missing": ("url", "driver"),
    "foreign_database": ("path",),
    "backup_damaged": ("path", "detail"),
    "archive_read_only": ("when", "who"),
    "no_archive": ("path",),
    "not_archive": ("path", "detail"),
    "archive_schema": ("path", "revision"),
    "archive_damaged": ("path", "detail"),
    "archive_failed": ("path", "detail"),
}


def describe(exc: BaseException) -> str:
    """The sentence for a store error; other errors keep their own text."""
    code = getattr(exc, "code", None)
    if code == "not_permitted":  # a role's refusal, whichever service said it
        from ui.permission_texts import refusal

        return refusal(exc)
    params = getattr(exc, "params", None) or {}
    template = TEXTS.get(code) if isinstance(code, str) else None
    if template is None:
        return str(exc) or type(exc).__name__
    text = QCoreApplication.translate(CTX, template)
    for i, name in enumerate(ARGS.get(code, ()), start=1):
        text = text.replace(f"%{i}", str(params.get(name, "")))
    return text
