"""The store as the services and the window see it; opening it is the store's work."""

from __future__ import annotations

from app.store.opening import NETWORK_DRIVE_MESSAGE, Store, open_store

__all__ = ["NETWORK_DRIVE_MESSAGE", "Store", "open_store"]
