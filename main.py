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
    where.add_argument("--archive", metavar="FILE", default=None,
                       help="open an archive (made by `archive OUT`) read-only")
    parser.add_argument("--evidence-dir", default=None, metavar="DIR",
                        help="folder for evidence files (default: evidence/ in the data folder; "
                             "a team on PostgreSQL: the shared folder)")
    parser.add_argument("--user", default=None, help="who is acting (recorded in case history)")
    parser.add_argument("--log-level", choices=("DEBUG", "INFO", "WARNING", "ERROR"),
                        default="INFO", type=str.upper,
                        help="how much goes to the log file in the data folder (default INFO)")
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
    args.user_given = args.user is not None  # the window asks who you are otherwise
    args.user = args.user or default_user()
    if args.evidence_dir:
        # One setting for every store this process opens, the window's included.
        os.environ["AFTERSALES_EVIDENCE_DIR"] = args.evidence_dir
    if args.command is None:
        from ui.app import run_gui

        return run_gui(args)
    return run_command(args)


def run_command(args: argparse.Namespace) -> int:
    """Run one command: known errors as one line, anything else as a bug with a log entry."""
    from app import log
    from app.config import resolve

    location = resolve(args.data_dir, args.db)
    if log.setup_logging(location.data_dir, args.log_level) is None:
        # No folder to log into: the command still runs, and Python's last-resort
        # handler must not add the log's lines to the one line on stderr.
        import logging

        log.logger.addHandler(logging.NullHandler())
        log.logger.propagate = False
    name = command_name(args)
    try:
        from app.store.engine import describe_url

        where = describe_url(location.db_url)
        with log.logged(name, store=where, user=args.user) as changed:
            args.changed = changed
            code = _known_errors(args, name)
            changed["exit"] = code
            return code
    except KeyboardInterrupt:
        sys.stderr.write("error: interrupted; nothing of the unfinished step was written\n")
        return 130
    except Exception as exc:
        path = log.log_bug(f"running {name}")
        details = f" (details in {path})" if path is not None else ""
        sys.stderr.write(f"error: internal error while running {name}: "
                         f"{type(exc).__name__}: {_one_line(exc)}{details}\n")
        return 1


def _known_errors(args: argparse.Namespace, name: str) -> int:
    """The command's exit code; errors the user can act on become one line: exit 2 for
    input the rules refuse (no such case, a move the state machine forbids, a stale
    version), exit 1 for the store or the system failing."""
    from sqlalchemy import exc as sa_exc

    from app import log
    from app.cli.common import emit
    from app.domain.errors import DomainError, RuleRefused
    from app.store.errors import StoreError
    from app.store.unit_of_work import describe_operational_error

    trace: BaseException | None = None
    status = 1
    try:
        return int(args.func(args))
    except RuleRefused as exc:
        message, code, status = str(exc), exc.code, 3
        emit({"ok": False, "rule": exc.code, "message": message,
              **{k: _plain(v) for k, v in exc.numbers.items()}})
    except DomainError as exc:
        message, code, status = str(exc), getattr(exc, "code", None) or type(exc).__name__, 2
    except (StoreError, ValueError, OSError) as exc:
        message, code = str(exc), getattr(exc, "code", None) or type(exc).__name__
        if getattr(exc, "code", None) is None and not isinstance(exc, DomainError):
            # A bare ValueError or OSError is most often bad input or the system's fault,
            # but may be a bug: the log keeps where it came from.
            trace = exc
    except sa_exc.DBAPIError as exc:
        message, code = describe_operational_error(exc), type(exc).__name__
    args.changed["error"] = code
    log.logger.warning("%s refused: %s: %s", name, code, message, exc_info=trace)
    sys.stderr.write(f"error: {_one_line(message)}\n")
    return status


def _plain(value: object) -> object:
    return value if isinstance(value, int | str | bool | float | None) else str(value)


def command_name(args: argparse.Namespace) -> str:
    """`import`, `case show`, `export cases`: what the user typed, for the log."""
    parts = [args.command]
    for sub in ("case_command", "export_command", "bulk_command", "evidence_command",
                "refund_command", "template_command"):
        if getattr(args, sub, None):
            parts.append(getattr(args, sub))
    return " ".join(parts)


def _one_line(text: object) -> str:
    return " ".join(str(text).split()) or "(no message)"


if __name__ == "__main__":
    sys.exit(main())
