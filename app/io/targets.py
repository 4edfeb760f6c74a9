"""May a file be written here? Never over the live database or its backups; never over
an existing file unless the user said so.

`import --report store.db` once replaced the live database with a CSV report and exited
0. Paths are compared after resolving symbolic links, and existing files by identity
(a hard link to the database is the database).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from app.io.errors import TargetError


def check_target(path: Path, overwrite: bool = False,
                 protected_paths: Iterable[Path] = ()) -> Path:
    """`path`, resolved, if a file may be written there; else TargetError (code says why).

    `protected_paths` are files never written over and folders never written into:
    pass `Store.protected_paths` (the database, its -wal/-shm/-journal, the backups
    folder). An existing file is refused (`target_exists`) unless `overwrite`; a
    protected one (`target_protected`) and a folder (`target_is_folder`) always are.
    """
    target = Path(path).expanduser().resolve()
    for guarded in protected_paths:
        g = Path(guarded).expanduser().resolve()
        if target == g or g in target.parents or _same_file(target, g):
            raise TargetError("target_protected", file=str(target))
    if target.is_dir():
        raise TargetError("target_is_folder", file=str(target))
    if target.exists() and not overwrite:
        raise TargetError("target_exists", file=str(target))
    return target


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist: not the same file
        return False
