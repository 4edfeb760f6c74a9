"""`checkpoint OUT`: a signed head over every case's history, to keep off the machine;
`verify --against FILE`: does the store still hold all that file vouched for?"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import emit, note, open_store, signed_in

if TYPE_CHECKING:
    from app.services.checkpoints import AgainstReport

NAMED = 20  # cases named on stderr a verdict; the JSON has up to a thousand


def cmd_checkpoint(args: argparse.Namespace) -> int:
    from app.services.checkpoints import make_checkpoint

    store = open_store(args)
    try:
        actor = signed_in(args, store)
        made = make_checkpoint(store, Path(args.out), actor, overwrite=args.overwrite)
    finally:
        store.close()
    emit(made.to_json())
    note(args, made.to_json())
    return 0


def cmd_verify_against(args: argparse.Namespace) -> int:
    from app.services.checkpoints import verify_against

    store = open_store(args)
    try:
        report = verify_against(store, Path(args.against))
    finally:
        store.close()
    emit(report.to_json())
    note(args, {"ok": report.ok, "cases_vouched": report.cases_vouched,
                "failed_total": report.failed_total, "added": report.added,
                "appended": report.appended})
    if not report.ok:
        sys.stderr.write(f"error: {_why(report)}\n")
    return 0 if report.ok else 1


def _why(report: AgainstReport) -> str:
    """One line naming what failed, for whoever reads the terminal, not the JSON."""
    if report.problem:
        return f"the file was altered: {report.problem}"
    named = [f"{verdict}: " + ", ".join(f"{c['case_id']} ({c['case_no'] or 'gone'})"
                                        for c in cases[:NAMED])
             + (f" and {len(cases) - NAMED} more" if len(cases) > NAMED else "")
             for verdict, cases in report.findings.items() if cases]
    if report.failed_total > sum(len(c) for c in report.findings.values()):
        named.append(f"{report.failed_total} cases in all (the JSON lists the first ones)")
    if not report.key_matches:
        team = report.team_fingerprint or "this data folder has none"
        named.insert(0, f"signed by {report.signed_by}, not by this team's key ({team})")
    return "; ".join(named)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("checkpoint", help="sign a head over every case's history into OUT "
                                          "(keep it off this machine; verify --against it)")
    p.add_argument("out", metavar="OUT", help="the checkpoint file to write")
    p.add_argument("--force", "--overwrite", dest="overwrite", action="store_true",
                   help="replace an existing file (never the database, its backups or key)")
    p.add_argument("--user", default=argparse.SUPPRESS, help="who makes the checkpoint")
    p.set_defaults(func=cmd_checkpoint)
