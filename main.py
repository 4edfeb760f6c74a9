"""Aftersales Desk — 售后工作台.

`python main.py` opens the window; `python main.py COMMAND` runs a command and prints
JSON. Heavy modules are imported inside the commands so that start-up stays quick.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one clear line, exit 2
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    from app.cli import commands

    parser = _Parser(prog="aftersales-desk", description="售后工作台 Aftersales Desk")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--data-dir", help="folder for the database, backups and evidence")
    where.add_argument("--db", help="database URL, e.g. postgresql+psycopg://user@host/db")
    parser.add_argument("--user", default=None, help="who is acting (recorded in case history)")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    commands.register(sub)
    try:
        from ui import commands as ui_commands
    except ImportError:  # pragma: no cover - ui is part of the same distribution
        ui_commands = None
    if ui_commands is not None:
        ui_commands.register(sub)
    return parser


def default_user() -> str:
    try:
        return getpass.getuser() or "user"
    except Exception:
        return os.environ.get("USERNAME") or os.environ.get("USER") or "user"


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.user = args.user or default_user()
    if args.command is None:
        from ui.app import run_gui

        return run_gui(args)
    return run_command(args)


def run_command(args: argparse.Namespace) -> int:
    from sqlalchemy import exc as sa_exc

    from app.domain.errors import DomainError
    from app.store.errors import StoreError
    from app.store.unit_of_work import describe_operational_error

    try:
        return int(args.func(args))
    except (DomainError, StoreError, ValueError, OSError) as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 1
    except sa_exc.DBAPIError as exc:
        sys.stderr.write(f"error: {describe_operational_error(exc)}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("error: interrupted; nothing of the unfinished step was written\n")
        return 130


if __name__ == "__main__":
    sys.exit(main())
