"""`templates`, `reply`, `macros` and `macro`: the reply library from the command line.

`reply` only renders (the text goes out in the platform's chat); `macro` acts on the
case and is recorded as history, as in the window.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import emit, note, open_store, signed_in
from app.domain.enums import CaseKind, Platform
from app.domain.errors import DomainError

LANGS = ("zh_CN", "en")


def typed_values(pairs: list[str] | None) -> dict[str, str]:
    """`--set name=value` as a mapping; a malformed one is bad input."""
    out: dict[str, str] = {}
    for pair in pairs or ():
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise DomainError(f"--set takes name=value, not {pair!r}")
        out[name.strip()] = value
    return out


def cmd_templates(args: argparse.Namespace) -> int:
    from app.services.templates import list_templates

    store = open_store(args)
    try:
        rows = list_templates(store, kind=args.kind, platform=args.platform, lang=args.lang,
                              query=args.search)
    finally:
        store.close()
    for row in rows:
        emit(row)
    note(args, {"templates": len(rows)})
    return 0


def cmd_reply(args: argparse.Namespace) -> int:
    from app.domain.templates import MissingValues
    from app.services.templates import render_reply

    store = open_store(args)
    try:
        actor = signed_in(args, store)
        done = render_reply(store, args.id, args.template, actor,
                            typed_values(args.set), lang=args.lang)
    finally:
        store.close()
    if done.text is None:
        raise DomainError(f"{MissingValues(done.key, done.missing)}; give it with "
                          + " ".join(f"--set {name}=…" for name in done.missing))
    emit({"id": args.id, **done.to_json()})
    return 0


def cmd_macros(args: argparse.Namespace) -> int:
    from app.services.macros import library

    store = open_store(args)
    try:
        rows = [e.to_json(args.lang) for e in library(store)]
    finally:
        store.close()
    for row in rows:
        emit(row)
    note(args, {"macros": len(rows)})
    return 0


def cmd_macro(args: argparse.Namespace) -> int:
    from app.domain.templates import MissingValues
    from app.services.macros import run_macro

    store = open_store(args)
    try:
        actor = signed_in(args, store)
        done = run_macro(store, actor, args.id, args.macro, typed=typed_values(args.set),
                         version=args.expect_version, lang=args.lang)
    except MissingValues as exc:
        raise DomainError(f"{exc}; give it with "
                          + " ".join(f"--set {name}=…" for name in exc.missing)) from exc
    finally:
        store.close()
    emit(done.to_json())
    note(args, {"version": done.version})
    return 0


def cmd_bulk_macro(args: argparse.Namespace) -> int:
    from app.cli.case_commands import bulk_ids, emit_results
    from app.services.macros import run_macro_many

    ids = bulk_ids(args)
    store = open_store(args)
    try:
        actor = signed_in(args, store)
        results = run_macro_many(store, actor, ids, args.macro,
                                 typed=typed_values(args.set), lang=args.lang)
    finally:
        store.close()
    return emit_results(args, results)


def _reply_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--set", action="append", metavar="NAME=VALUE",
                   help="a placeholder's value the case lacks (e.g. return_address=…)")
    p.add_argument("--lang", choices=LANGS, default="zh_CN",
                   help="the language the buyer is written to (default zh_CN)")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             bulk_sub: Any = None) -> None:
    """The library's commands; with `bulk`'s subcommands, `bulk macro` too."""
    p = sub.add_parser("templates", help="the reply templates as JSON lines")
    p.add_argument("--kind", choices=[k.value for k in CaseKind])
    p.add_argument("--platform", choices=[x.value for x in Platform])
    p.add_argument("--search", default="")
    p.add_argument("--lang", choices=LANGS, default="zh_CN")
    p.set_defaults(func=cmd_templates)

    p = sub.add_parser("reply", help="a reply template rendered for a case")
    p.add_argument("id", help="the case no. the platform gave it (or the internal id)")
    p.add_argument("template", metavar="TEMPLATE_KEY")
    _reply_arguments(p)
    p.set_defaults(func=cmd_reply)

    p = sub.add_parser("macros", help="the macros as JSON lines")
    p.add_argument("--lang", choices=LANGS, default="zh_CN")
    p.set_defaults(func=cmd_macros)

    p = sub.add_parser("macro", help="run a macro on a case (reply, status, tag … as one event)")
    p.add_argument("id", help="the case no. the platform gave it (or the internal id)")
    p.add_argument("macro", metavar="MACRO_KEY")
    p.add_argument("--expect-version", type=int, default=None, metavar="V",
                   help="refuse if the case changed since it was at version V (case show)")
    _reply_arguments(p)
    p.set_defaults(func=cmd_macro)
    if bulk_sub is not None:
        register_bulk_macro(bulk_sub)


def register_bulk_macro(bulk_sub: Any) -> None:
    """`bulk macro KEY --ids …`: a macro on many cases, one event and result each."""
    from app.cli.case_commands import bulk_arguments

    q = bulk_sub.add_parser("macro", help="run a macro on each case; a result per case")
    q.add_argument("macro", metavar="MACRO_KEY")
    _reply_arguments(q)
    bulk_arguments(q)
    q.set_defaults(func=cmd_bulk_macro)
