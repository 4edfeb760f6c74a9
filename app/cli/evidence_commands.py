"""`attach` files to a case, and `evidence list|remove`."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import emit, note, open_store, signed_in


def cmd_attach(args: argparse.Namespace) -> int:
    """One JSON line per file: what was stored, or why it was refused. Exit 2 when any
    file was refused (the others are attached all the same)."""
    from app.services.evidence import Source, attach

    store = open_store(args)
    try:
        actor = signed_in(args, store)
        result = attach(store, actor, args.id, [Source.file(Path(f)) for f in args.files],
                        note=args.note, step=args.step, version=args.expect_version)
    finally:
        store.close()
    for f in result.files:
        emit(f.to_json())
    attached = sum(f.to_json()["ok"] for f in result.files)
    note(args, {"attached": attached, "refused": len(result.files) - attached})
    return 0 if result.ok else 2


def cmd_list(args: argparse.Namespace) -> int:
    from app.services.evidence import list_evidence

    store = open_store(args)
    try:
        rows = list_evidence(store, args.id, include_removed=args.all)
    finally:
        store.close()
    for row in rows:
        emit(row)
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from app.services.evidence import remove

    store = open_store(args)
    try:
        actor = signed_in(args, store)
        done = remove(store, actor, args.evidence_id, args.reason,
                      version=args.expect_version)
    finally:
        store.close()
    emit(done.to_json())
    note(args, {"version": done.version})
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("attach", help="attach files to a case as evidence")
    p.add_argument("id", metavar="CASE", help="the case no. (or the internal id)")
    p.add_argument("files", metavar="FILE", nargs="+")
    p.add_argument("--note", default=None, help="what the files show")
    p.add_argument("--step", default=None, metavar="KEY",
                   help="the playbook step the files are for (ticks a step that asks for them)")
    p.add_argument("--expect-version", type=int, default=None, metavar="V",
                   help="refuse if the case changed since it was at version V")
    p.set_defaults(func=cmd_attach)

    p = sub.add_parser("evidence", help="a case's evidence")
    ev_sub = p.add_subparsers(dest="evidence_command", required=True)
    q = ev_sub.add_parser("list", help="the case's files as JSON lines")
    q.add_argument("id", metavar="CASE")
    q.add_argument("--all", action="store_true", help="removed files too")
    q.set_defaults(func=cmd_list)
    q = ev_sub.add_parser("remove", help="take a file off its case (it is kept, and recorded)")
    q.add_argument("evidence_id", type=int, metavar="ID")
    q.add_argument("--reason", required=True)
    q.add_argument("--expect-version", type=int, default=None, metavar="V")
    q.set_defaults(func=cmd_remove)
