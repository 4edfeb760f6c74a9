"""`bundle-check`: is an appeal bundle whole, and safe to unpack?"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import emit, note


def cmd_bundle_check(args: argparse.Namespace) -> int:
    from app.io.bundle_check import check_bundle

    # A refused archive raises BundleRefused (a DomainError): one line, exit 2.
    result = check_bundle(Path(args.file))
    emit(result.to_json())
    note(args, {"files_checked": result.files_checked, "problems": len(result.problems)})
    return 0 if result.ok else 1


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("bundle-check", help="verify an appeal bundle's hashes without unpacking it")
    p.add_argument("file", help="the bundle (.zip)")
    p.set_defaults(func=cmd_bundle_check)
