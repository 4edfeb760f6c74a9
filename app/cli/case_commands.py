"""The commands that act on cases, recorded as history like the window's actions:
`case status|assign|note|tag|escalate` on one case, `bulk status|assign|tag` on many."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import add_filter_arguments, emit, filter_from, note, open_store, signed_in
from app.domain.enums import CaseStatus, EscalationTarget
from app.domain.errors import DomainError


def _one(args: argparse.Namespace, specs: list[dict[str, Any]]) -> int:
    from app.services.case_actions import perform

    store = open_store(args)
    try:
        actor = signed_in(args, store)
        done = perform(store, actor, args.id, specs, version=args.expect_version)
    finally:
        store.close()
    emit(done.to_json())
    note(args, {"version": done.version})
    return 0


def _assignee(text: str) -> str | None:
    return None if text in ("-", "none") else text


def cmd_status(args: argparse.Namespace) -> int:
    return _one(args, [{"do": "status", "to": args.status, "note": args.note}])


def cmd_assign(args: argparse.Namespace) -> int:
    return _one(args, [{"do": "assign", "user": _assignee(args.assignee)}])


def cmd_note(args: argparse.Namespace) -> int:
    return _one(args, [{"do": "note", "text": args.text}])


def cmd_tag(args: argparse.Namespace) -> int:
    return _one(args, [{"do": "untag" if args.remove else "tag", "tag": args.tag}])


def cmd_escalate(args: argparse.Namespace) -> int:
    return _one(args, [{"do": "escalate", "to": args.to, "reason": args.reason}])


def bulk_ids(args: argparse.Namespace) -> list[int]:
    """The cases a bulk command acts on: `--ids 1,2,3`, or a filter as `cases` takes."""
    from app.services.case_actions import MAX_BULK
    from app.services.cases import list_cases

    if args.ids:
        try:
            return [int(part) for part in args.ids.split(",") if part.strip()]
        except ValueError:
            raise DomainError(f"--ids takes case ids separated by commas, not {args.ids!r}") \
                from None
    f = filter_from(args)
    if f == type(f)():
        raise DomainError("say which cases: --ids 1,2,3 or a filter (--status, --kind, …)")
    store = open_store(args)
    try:
        return [row.id for row in list_cases(store, f, limit=min(args.limit, MAX_BULK))]
    finally:
        store.close()


def run_bulk(args: argparse.Namespace, specs: Any, name: str | None = None,
             context: dict[str, Any] | None = None) -> int:
    """The same actions on every case `bulk_ids` names, in one transaction."""
    from app.services.case_actions import perform_many

    ids = bulk_ids(args)
    store = open_store(args)
    try:
        actor = signed_in(args, store)
        results = perform_many(store, actor, ids, specs, name=name, context=context)
    finally:
        store.close()
    return emit_results(args, results)


def emit_results(args: argparse.Namespace, results: list[Any]) -> int:
    """One JSON line per case (done, or refused and why), then the totals."""
    from app.services.case_actions import Done

    for result in results:
        emit(result.to_json())
    totals = {"cases": len(results), "done": sum(isinstance(r, Done) for r in results)}
    totals["refused"] = totals["cases"] - totals["done"]
    emit(totals)
    note(args, totals)
    return 0


def cmd_bulk_status(args: argparse.Namespace) -> int:
    return run_bulk(args, [{"do": "status", "to": args.target, "note": args.note}])


def cmd_bulk_assign(args: argparse.Namespace) -> int:
    return run_bulk(args, [{"do": "assign", "user": _assignee(args.assignee)}])


def cmd_bulk_tag(args: argparse.Namespace) -> int:
    return run_bulk(args, [{"do": "untag" if args.remove else "tag", "tag": args.tag}])


def _case_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", help="the case no. the platform gave it (or the internal id)")
    p.add_argument("--expect-version", type=int, default=None, metavar="V",
                   help="refuse if the case changed since it was at version V (case show)")


def register_case(case_sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    statuses = [s.value for s in CaseStatus]
    p = case_sub.add_parser("status", help="move a case to a status the state machine allows")
    _case_arguments(p)
    p.add_argument("status", choices=statuses)
    p.add_argument("--note", default=None)
    p.set_defaults(func=cmd_status)

    p = case_sub.add_parser("assign", help="give a case to a user (me: yourself; -: release)")
    _case_arguments(p)
    p.add_argument("assignee", metavar="USER")
    p.set_defaults(func=cmd_assign)

    p = case_sub.add_parser("note", help="add an internal note (never shown to the buyer)")
    _case_arguments(p)
    p.add_argument("text")
    p.set_defaults(func=cmd_note)

    p = case_sub.add_parser("tag", help="tag a case (--remove: take the tag off)")
    _case_arguments(p)
    p.add_argument("tag")
    p.add_argument("--remove", action="store_true")
    p.set_defaults(func=cmd_tag)

    p = case_sub.add_parser("escalate", help="hand a case to a supervisor or the platform")
    _case_arguments(p)
    p.add_argument("--to", choices=[t.value for t in EscalationTarget], default="supervisor")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_escalate)


def bulk_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--ids", default=None, help="case ids separated by commas")
    add_filter_arguments(p)


def register_bulk(sub: argparse._SubParsersAction[argparse.ArgumentParser]
                  ) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    p = sub.add_parser("bulk", help="act on many cases at once; a result per case")
    bulk_sub = p.add_subparsers(dest="bulk_command", required=True)
    q = bulk_sub.add_parser("status", help="move every case that allows it")
    # Not `status`: the filter's --status (which cases) shares the namespace.
    q.add_argument("target", metavar="STATUS", choices=[s.value for s in CaseStatus])
    q.add_argument("--note", default=None)
    bulk_arguments(q)
    q.set_defaults(func=cmd_bulk_status)
    q = bulk_sub.add_parser("assign", help="give the cases to a user (-: release)")
    q.add_argument("assignee", metavar="USER")
    bulk_arguments(q)
    q.set_defaults(func=cmd_bulk_assign)
    q = bulk_sub.add_parser("tag", help="tag the cases (--remove: take the tag off)")
    q.add_argument("tag")
    q.add_argument("--remove", action="store_true")
    bulk_arguments(q)
    q.set_defaults(func=cmd_bulk_tag)
    return bulk_sub
