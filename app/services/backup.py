"""A copy of the live database while others keep writing (the store does the copying)."""

from __future__ import annotations

from pathlib import Path

from app.io.targets import check_target
from app.services.store import Store
from app.store import engine as engines


def backup(store: Store, out: Path) -> Path:
    """A consistent copy of the live database, safe while others write.

    Never over an existing file, the database itself or anything in its backups folder.
    """
    # An existing file is refused by backup_to itself (a backup never replaces one).
    target = check_target(Path(out), overwrite=True, protected_paths=store.protected_paths)
    engines.backup_to(store.engine, target)
    return Path(out)
