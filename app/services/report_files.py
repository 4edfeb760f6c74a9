"""Where a printed report may be written: anywhere the user chose (the save dialog asked
before replacing a file), except over the store's own files or into its backups."""

from __future__ import annotations

from pathlib import Path

from app.io.targets import check_target
from app.services.store import Store


def pdf_target(store: Store, path: Path) -> Path:
    """`path`, resolved, once it is known a PDF may be written there; else the target's
    coded error (a folder that does not exist, the database, the backups folder)."""
    target = check_target(Path(path), overwrite=True, protected_paths=store.protected_paths)
    if not target.parent.is_dir():
        raise FileNotFoundError(f"folder {target.parent} does not exist")
    return target
