"""`case step ID STEP_KEY [--undo] [--answer A]`: tick a playbook step from the command
line, recorded in the case's history as the window records it."""

from __future__ import annotations

import argparse

from app.cli.common import emit, note, open_store, signed_in


def cmd_case_step(args: argparse.Namespace) -> int:
    from app.services.playbooks import tick

    if args.undo and args.answer is not None:
        from app.domain.errors import DomainError

        raise DomainError("--undo takes no --answer")
    store = open_store(args)
    try:
        actor = signed_in(args, store)
        ticked = tick(store, actor, args.id, args.step,
                      answer=True if args.answer is None else args.answer, undo=args.undo,
                      version=args.expect_version, lang=args.lang)
    finally:
        store.close()
    out = ticked.to_json()
    emit(out)
    note(args, {"events": 1, "done": out["playbook"]["done"], "total": out["playbook"]["total"]})
    return 0


def register(case_sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = case_sub.add_parser("step", help="tick (or --undo) a step of the case's playbook")
    p.add_argument("id", help="the case no. the platform gave it (or the internal id)")
    p.add_argument("step", help="the step's key, as `case show` lists it under playbook")
    p.add_argument("--answer", help="the answer's key, for a step that asks a question")
    p.add_argument("--undo", action="store_true", help="un-tick the step")
    p.add_argument("--expect-version", type=int, default=None, metavar="V",
                   help="refuse if the case changed since it was at version V (case show)")
    p.add_argument("--lang", choices=("zh_CN", "en"), default="en",
                   help="language of the step titles in the output")
    p.set_defaults(func=cmd_case_step)
