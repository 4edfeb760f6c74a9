"""The commands that read and check the store: demo, cases, case show, verify, backup."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.common import add_filter_arguments, emit, filter_from, note, open_store, signed_in


def cmd_demo(args: argparse.Namespace) -> int:
    from app.services import demo

    if args.cases < 0:
        raise ValueError("--cases cannot be negative")
    store = open_store(args)
    try:
        if args.if_empty and demo.has_cases(store):  # changes nothing: nobody signs in
            emit({"skipped": "the store already holds cases"})
            return 0
        # Adding to a secured store is working in it: whoever does it signs in first.
        signed_in(args, store)
        counts = demo.generate(store, args.cases, seed=args.seed, evidence=args.evidence)
    finally:
        store.close()
    emit({**counts.to_json(), "password": demo.DEMO_PASSWORD,
          "accounts": demo.demo_accounts()})
    note(args, counts.to_json())
    return 0


def cmd_cases(args: argparse.Namespace) -> int:
    from app.services.cases import list_cases

    f = filter_from(args)
    store = open_store(args)
    n = 0
    try:
        for row in list_cases(store, f, limit=args.limit):
            emit(row.to_json())
            n += 1
    finally:
        store.close()
    note(args, {"cases": n})
    return 0


def cmd_case_show(args: argparse.Namespace) -> int:
    from app.services.case_spend import case_spend
    from app.services.cases import case_detail

    store = open_store(args)
    try:
        detail = case_detail(store, args.id)
        emit({**detail, "money": case_spend(store, detail["id"])})
    finally:
        store.close()
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from app.services.verify import verify

    if args.against:
        from app.cli.anchor_commands import cmd_verify_against

        return cmd_verify_against(args)

    store = open_store(args)
    try:
        report = verify(store)
        out, ok = report.to_json(), report.ok
        if store.archive is not None:
            from app.services.archive_open import archive_check

            out["archive"] = archive_check(store)
            ok = out["ok"] = ok and not out["archive"]["problems"]
    finally:
        store.close()
    emit(out)
    note(args, {"ok": ok})
    return 0 if ok else 1


def cmd_backup(args: argparse.Namespace) -> int:
    from app.services.backup import backup

    store = open_store(args)
    try:
        done = backup(store, Path(args.out))
    finally:
        store.close()
    emit(done.to_json())
    note(args, {"backup": str(done.path.resolve()), "evidence_files": done.evidence_files})
    if not done.ok:
        # The copy is made; what it lacks must not pass unnoticed.
        sys.stderr.write(f"error: the backup lacks {len(done.problems)} evidence file(s) that "
                         "are missing or altered; run verify\n")
        return 1
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("demo", help="fill the store with demo data")
    p.add_argument("--cases", type=int, default=2000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--if-empty", action="store_true", help="only fill a store that has no cases")
    p.add_argument("--no-evidence", dest="evidence", action="store_false",
                   help="attach no evidence files to the demo cases")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("cases", help="list cases as JSON lines")
    add_filter_arguments(p)
    p.set_defaults(func=cmd_cases)

    p = sub.add_parser("case", help="one case")
    case_sub = p.add_subparsers(dest="case_command", required=True)
    show = case_sub.add_parser("show", help="a case with order, shipment and history")
    show.add_argument("id", help="the case no. the platform gave it (or the internal id)")
    show.set_defaults(func=cmd_case_show)
    from app.cli import case_commands, case_step, library_commands, reveal_commands

    case_commands.register_case(case_sub)
    case_step.register(case_sub)
    reveal_commands.register(case_sub)
    from app.cli import audit_commands  # history review (issue 12)

    audit_commands.register(sub, case_sub)
    library_commands.register(sub, case_commands.register_bulk(sub))

    p = sub.add_parser("verify", help="check the database and every case history")
    p.add_argument("--against", metavar="FILE", help="a checkpoint or archive: does the store "
                   "still hold every history it vouched for, unchanged?")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("backup", help="a consistent copy of the database, and its evidence "
                                      "beside it (OUT.evidence)")
    p.add_argument("out")
    p.set_defaults(func=cmd_backup)

    from app.cli import evidence_commands, io_commands

    io_commands.register(sub)
    evidence_commands.register(sub)

    from app.cli import bundle_commands  # appeal bundles (issue 10)

    bundle_commands.register(sub)

    from app.cli import money_commands  # compensation payments (issue 11)

    money_commands.register(sub)

    from app.cli import refund_commands  # refund decisions (issue 11)

    refund_commands.register(sub)

    from app.cli import coupon_commands, fulfilment_commands  # coupons, parcels (issue 11)

    coupon_commands.register(sub)
    fulfilment_commands.register(sub)

    from app.cli import anchor_commands  # checkpoints (issue 12)

    anchor_commands.register(sub)

    from app.cli import archive_commands  # the offline archive (issue 12)

    archive_commands.register(sub)

    from app.cli import report_commands  # supervisors' reports (issue 12)

    report_commands.register(sub)

    from app.cli import user_commands  # accounts and sign-in (issue 12)

    user_commands.register(sub)
