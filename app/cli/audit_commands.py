"""The audit on the command line: `audit` lists every case's history events (newest
first, JSON lines; the signed-in user needs VIEW_AUDIT) or counts them by actor and
action; `case history ID` lists one case's events by who and what, with its chain."""

from __future__ import annotations

import argparse
from datetime import date

from app.cli.common import emit, note, open_store, signed_in
from app.domain.audit_filter import QUICK, AuditFilter, Cursor
from app.domain.errors import DomainError


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a day as 2026-12-01, not {text!r}") from None


def filter_of(args: argparse.Namespace) -> AuditFilter:
    actions = tuple(args.action or ()) + tuple(a for name in args.quick or ()
                                               for a in QUICK[name])
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise DomainError("--from is after --to")
    return AuditFilter(actor=args.actor, actions=actions, date_from=args.date_from,
                       date_to=args.date_to, shop=args.shop, case_no=args.case or "")


def cmd_audit(args: argparse.Namespace) -> int:
    from app.services import audit

    if args.limit < 1:
        raise DomainError("--limit is at least 1")
    flt = filter_of(args)
    store = open_store(args)
    try:
        actor = signed_in(args, store)
        if args.counts:
            rows = audit.audit_counts(store, flt, actor)
            for row in rows:
                emit(row)
            emit({"actors": len({r["actor"] for r in rows}),
                  "events": sum(r["events"] for r in rows)})
            note(args, {"events": sum(r["events"] for r in rows)})
            return 0
        after = Cursor.parse(args.after) if args.after else None
        shown = 0
        while shown < args.limit:
            page = audit.audit_events(store, flt, actor, after,
                                      min(args.limit - shown, audit.MAX_PAGE))
            for ev in page.events:
                emit(ev)
            shown += len(page.events)
            after = page.next
            if after is None:
                break
    finally:
        store.close()
    emit({"events": shown, "next": after.text() if after else None})
    note(args, {"events": shown})
    return 0


def cmd_case_history(args: argparse.Namespace) -> int:
    from app.services.audit import case_history

    store = open_store(args)
    try:
        found = case_history(store, args.id, args.actor, args.action)
    finally:
        store.close()
    for ev in found["events"]:
        emit(ev)
    emit({"case_id": found["case_id"], "events": len(found["events"]),
          "chain": found["chain"]})
    note(args, {"events": len(found["events"])})
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             case_sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("audit", help="every case's history events, newest first "
                                     "(needs a role that may view the audit)")
    p.add_argument("--actor", default=None, help="only this user's events")
    p.add_argument("--action", action="append", help="only this action (repeatable)")
    p.add_argument("--quick", action="append", choices=sorted(QUICK),
                   help="reveals of buyer data, money decisions, or exports")
    p.add_argument("--from", dest="date_from", type=_day, default=None,
                   help="first day (Asia/Shanghai), 2026-12-01")
    p.add_argument("--to", dest="date_to", type=_day, default=None,
                   help="last day (Asia/Shanghai), included")
    p.add_argument("--shop", default=None, help="a shop's name")
    p.add_argument("--case", default=None, help="part of a case no.")
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--after", default=None, metavar="CURSOR",
                   help="continue after the 'next' of an earlier listing")
    p.add_argument("--counts", action="store_true",
                   help="events per actor and action instead of the events")
    p.set_defaults(func=cmd_audit)

    q = case_sub.add_parser("history", help="a case's events by who and what, "
                                            "with its chain checked")
    q.add_argument("id", help="the case no. the platform gave it (or the internal id)")
    q.add_argument("--actor", default=None)
    q.add_argument("--action", default=None)
    q.set_defaults(func=cmd_case_history)
