from __future__ import annotations

from pathlib import Path

from app.services.store import Store
from app.store import engine as engines


def backup(store: Store, out: Path) -> Path:
    """A consistent copy of the live database, safe while others write."""
    engines.backup_to(store.engine, Path(out))
    return Path(out)
