"""`case reveal ID phone|address|name`: a buyer's whole phone, address or name, for a
role that may see it; the look is a history event of the case (the value never is)."""

from __future__ import annotations

import argparse

from app.cli.common import emit, note, open_store, signed_in


def cmd_case_reveal(args: argparse.Namespace) -> int:
    from app.services.reveal import reveal

    store = open_store(args)
    try:
        actor = signed_in(args, store)
        value = reveal(store, args.id, args.field, actor)
    finally:
        store.close()
    emit({"case": args.id, "field": args.field, "value": value})
    note(args, {"events": 1})  # the log says a reveal happened, never what it showed
    return 0


def register(case_sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from app.services.reveal import FIELDS

    p = case_sub.add_parser("reveal", help="the buyer's whole phone, address or name "
                                           "(supervisors and admins; recorded in the history)")
    p.add_argument("id", help="the case no. the platform gave it (or the internal id)")
    p.add_argument("field", choices=FIELDS)
    p.set_defaults(func=cmd_case_reveal)
