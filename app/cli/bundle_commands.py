"""`bundle`: a case's evidence as an appeal bundle; `bundle-check`: is a bundle whole,
and safe to unpack?"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import emit, note, open_store, signed_in


def cmd_bundle(args: argparse.Namespace) -> int:
    from app.services.bundles import write_bundle

    store = open_store(args)
    try:
        actor = signed_in(args, store)
        result = write_bundle(store, args.id, Path(args.out), actor, lang=args.lang,
                              overwrite=args.overwrite)
    finally:
        store.close()
    emit(result.to_json())
    note(args, {"files": result.files, "warnings": len(result.warnings), "path": str(result.path)})
    return 0


def cmd_bundle_check(args: argparse.Namespace) -> int:
    from app.io.bundle_check import check_bundle

    # A refused archive raises BundleRefused (a DomainError): one line, exit 2.
    result = check_bundle(Path(args.file))
    emit(result.to_json())
    note(args, {"files_checked": result.files_checked, "problems": len(result.problems)})
    return 0 if result.ok else 1


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("bundle", help="a case's evidence, manifest and summary as one ZIP")
    p.add_argument("id", metavar="CASE", help="the case no. (or the internal id)")
    p.add_argument("out", metavar="OUT.zip")
    p.add_argument("--lang", choices=("zh_CN", "en"), default="zh_CN",
                   help="the summary's language (default zh_CN)")
    p.add_argument("--overwrite", action="store_true",
                   help="replace an existing file (never the database, its backups or evidence)")
    # Also after the command, as the other options of `bundle`; unset, the global one holds.
    p.add_argument("--user", default=argparse.SUPPRESS, help="who makes the bundle")
    p.set_defaults(func=cmd_bundle)

    p = sub.add_parser("bundle-check", help="verify an appeal bundle's hashes without unpacking it")
    p.add_argument("file", help="the bundle (.zip)")
    p.set_defaults(func=cmd_bundle_check)
