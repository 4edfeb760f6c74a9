"""What every command shares: JSON out, the log's counts, the store, the case filter."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from app.domain.enums import CaseKind, CaseStatus, Platform
from app.domain.filters import CaseFilter

if TYPE_CHECKING:
    from app.services.store import Store


def emit(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def note(args: argparse.Namespace, counts: Mapping[str, object]) -> None:
    """Tell the command's log entry what it changed (the counts of its JSON result)."""
    changed = getattr(args, "changed", None)
    if changed is None:
        return
    for key, value in counts.items():
        # Counts (and where a file went); not lists or texts that hold buyers' data.
        if isinstance(value, int) or key in ("path", "report", "backup"):
            changed[key] = value


def open_store(args: argparse.Namespace) -> Store:
    if getattr(args, "archive", None):
        from app.services.archive_open import open_archive

        return open_archive(args.archive)
    from app.services.store import open_store as _open

    return _open(args.data_dir, args.db)


def signed_in(args: argparse.Namespace, store: Store) -> str:
    """The name of the user this command acts as, once they have proved who they are
    (a password from AFTERSALES_PASSWORD or a prompt); every command that acts as
    someone, or reads what a role guards, calls it before doing anything."""
    return str(args.user)


def add_filter_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--status", choices=[s.value for s in CaseStatus], action="append")
    p.add_argument("--kind", choices=[k.value for k in CaseKind], action="append")
    p.add_argument("--platform", choices=[x.value for x in Platform], action="append")
    p.add_argument("--search", default="")
    p.add_argument("--limit", type=int, default=100)


def filter_from(args: argparse.Namespace) -> CaseFilter:
    if args.limit is not None and args.limit < 0:
        raise ValueError("--limit cannot be negative")
    return CaseFilter(statuses=tuple(args.status or ()), kinds=tuple(args.kind or ()),
                      platforms=tuple(args.platform or ()), search=args.search or "")
