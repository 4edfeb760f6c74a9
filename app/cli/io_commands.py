"""`import` and `export`: platform exports in, spreadsheets and ERP lists out."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import add_filter_arguments, emit, filter_from, note, open_store, signed_in
from app.domain.enums import Platform

OVERWRITE_HELP = "replace an existing file (never the database or its backups)"


def cmd_import(args: argparse.Namespace) -> int:
    from app.services.imports import check_file, import_file
    from app.services.store import is_new_store

    if is_new_store(args.data_dir, args.db) and not args.profile:
        # No store yet, so no saved profiles: refuse a bad file before creating one.
        check_file(Path(args.file), platform=args.platform)
    store = open_store(args)
    try:
        result = import_file(store, Path(args.file), args.user, platform=args.platform,
                             shop=args.shop, report=Path(args.report) if args.report else None,
                             profile=args.profile, overwrite=args.overwrite)
    finally:
        store.close()
    emit(result.to_json())
    note(args, result.to_json())
    return 0


def cmd_export_cases(args: argparse.Namespace) -> int:
    from app.services.exports import export_cases

    f = filter_from(args)
    store = open_store(args)
    try:
        actor = signed_in(args, store) if args.buyer_data else ""
        result = export_cases(store, f, Path(args.out), lang=args.lang, limit=args.limit,
                              overwrite=args.overwrite, actor=actor,
                              buyer_data=args.buyer_data)
    finally:
        store.close()
    emit(result.to_json())
    note(args, result.to_json())
    return 0


def cmd_export_priority(args: argparse.Namespace) -> int:
    from app.services.exports import export_priority_orders

    store = open_store(args)
    try:
        result = export_priority_orders(store, Path(args.out), lang=args.lang,
                                        overwrite=args.overwrite)
    finally:
        store.close()
    emit(result.to_json())
    note(args, result.to_json())
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("import", help="import a platform export (orders or after-sales, CSV/XLSX)")
    p.add_argument("file")
    p.add_argument("--platform", choices=[x.value for x in Platform],
                   help="only consider this platform's profiles")
    p.add_argument("--shop", help="shop name for rows (or files) that name none")
    p.add_argument("--report", help="where to write the rejected rows (CSV)")
    p.add_argument("--profile", help="use this import profile instead of choosing one")
    p.add_argument("--overwrite", action="store_true",
                   help="replace an existing report file (never the database or its backups)")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="export cases or priority-shipping orders")
    ex = p.add_subparsers(dest="export_command", required=True)
    c = ex.add_parser("cases", help="cases matching the filters, as .csv or .xlsx")
    c.add_argument("out")
    add_filter_arguments(c)
    c.set_defaults(limit=None)  # an export takes every matching case unless limited
    c.add_argument("--lang", choices=["zh", "en"], default="zh", help="header language")
    c.add_argument("--overwrite", action="store_true", help=OVERWRITE_HELP)
    c.add_argument("--buyer-data", action="store_true",
                   help="the buyer's nickname whole, with name, phone and address "
                        "(supervisors and admins only)")
    c.set_defaults(func=cmd_export_cases)
    o = ex.add_parser("priority-orders", help="orders flagged for priority shipping (for the ERP)")
    o.add_argument("out")
    o.add_argument("--lang", choices=["zh", "en"], default="zh", help="header language")
    o.add_argument("--overwrite", action="store_true", help=OVERWRITE_HELP)
    o.set_defaults(func=cmd_export_priority)
