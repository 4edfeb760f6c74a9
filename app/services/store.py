"""The store as the services and the window see it; opening it is the store's work."""

from __future__ import annotations

from pathlib import Path

from app.config import resolve
from app.store.engine import sqlite_path
from app.store.opening import NETWORK_DRIVE_MESSAGE, Store, open_store

__all__ = ["NETWORK_DRIVE_MESSAGE", "Store", "is_new_store", "open_store"]


def is_new_store(data_dir: str | Path | None, db_url: str | None) -> bool:
    """True when opening would create an embedded store that is not there yet."""
    db = sqlite_path(resolve(data_dir, db_url).db_url)
    return db is not None and not db.exists()
