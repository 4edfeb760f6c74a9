"""A copy of the live store while others keep writing: the database (the store does
the copying) and, beside it, every evidence file its rows name."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.io.targets import check_target
from app.services.evidence_checks import copy_blobs
from app.services.store import Store
from app.store import engine as engines
from app.store.errors import StoreError

EVIDENCE_SUFFIX = ".evidence"


@dataclass
class Backup:
    path: Path
    evidence_dir: Path
    evidence_files: int = 0
    problems: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "backup": str(self.path.resolve()),
                "evidence": str(self.evidence_dir.resolve()),
                "evidence_files": self.evidence_files, "evidence_problems": self.problems}


def evidence_folder(out: Path) -> Path:
    """Where a backup's evidence goes: `copy.db` -> `copy.db.evidence/`, laid out as the
    evidence folder is, so that a restore puts the two back side by side."""
    return out.with_name(out.name + EVIDENCE_SUFFIX)


def backup(store: Store, out: Path) -> Backup:
    """A consistent copy of the live database, safe while others write, and its evidence.

    Never over an existing file or folder, the database itself or anything in its
    backups or evidence folders. A missing or altered evidence file is not copied; the
    result lists it (the database copy is still made: it is the rest of the store).
    """
    # An existing file is refused by backup_to itself (a backup never replaces one).
    target = check_target(Path(out), overwrite=True, protected_paths=store.protected_paths)
    folder = evidence_folder(target)
    if folder.exists():
        raise StoreError(f"{folder} already exists; choose a new file name for the backup",
                         "exists", path=str(folder))
    engines.backup_to(store.engine, target)
    copied = copy_blobs(store, folder)
    folder.mkdir(exist_ok=True)  # there even with no evidence: a restore finds what it expects
    return Backup(Path(out), folder, copied.copied, copied.problems)
