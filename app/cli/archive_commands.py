"""`archive OUT`: the offline archive a supervisor carries (app.services.archive)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from app.cli.common import emit, note, open_store, signed_in


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a day like 2026-11-30") from None


def cmd_archive(args: argparse.Namespace) -> int:
    from app.domain.archive_info import ArchiveScope
    from app.services.archive import make_archive

    scope = ArchiveScope(args.date_from, args.date_to, args.shop)
    store = open_store(args)
    try:
        actor = signed_in(args, store)
        made = make_archive(store, Path(args.out), scope, actor, force=args.force)
    finally:
        store.close()
    out = made.to_json()
    emit(out)
    note(args, {"path": out["path"], "cases": out["cases"], "events": out["events"],
                "evidence_files": out["evidence_files"]})
    # As with backup: a missing or altered evidence file is left out, named, and fails.
    return 0 if made.ok else 1


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("archive", help="one signed, read-only file of the cases, their history "
                                       "and evidence, to carry offline (open it with --archive)")
    p.add_argument("out", help="the archive file to write")
    p.add_argument("--from", dest="date_from", type=_day, default=None,
                   help="cases created on or after this day (Asia/Shanghai)")
    p.add_argument("--to", dest="date_to", type=_day, default=None,
                   help="cases created on or before this day (Asia/Shanghai)")
    p.add_argument("--shop", default=None, help="only this shop's cases (its name)")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(func=cmd_archive)
