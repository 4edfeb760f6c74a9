"""Every command that acts as someone signs them in on a secured store: a wrong
password is refused (exit 3) before anything is read or written. The parser is walked,
so a command added later is either listed below as needing no role, or is tested."""

from __future__ import annotations

import argparse
import json
import sqlite3

import pytest

import main
from app.config import DB_FILE

# Commands that only read what any agent may read, or check the store, and so name
# nobody: they run without a password on a secured store as before.
NEEDS_NO_ROLE = {
    "cases": "lists cases, as the window's inbox does for anyone at the desk",
    "case show": "one case, as the window shows it (buyer data stays masked)",
    "case history": "a case's timeline, as the Timeline tab shows anyone at the desk",
    "verify": "checks the store's integrity; it must run for anyone, also on a broken store",
    "backup": "a copy of the store for whoever keeps the computer; it records no actor",
    "templates": "reads the library", "macros": "reads the library",
    "evidence list": "lists a case's files, as the window does",
    "bundle-check": "checks a bundle file; touches no store",
    "payments": "lists payments", "payments-export": "the platform's payment file",
    "refund reasons": "reads the platform's reasons", "refund cost": "reads a case's cost",
    "coupons": "lists coupons", "coupon-spend": "reads a shop's spend",
    "coupon-templates": "reads templates", "shipments": "lists a case's parcels",
    "export cases": "buyer data masked as shown; guarding it is the permission part's",
    "export priority-orders": "order numbers for the platform; no buyer data",
    "screenshot": "renders the window for docs; signs in itself like the window",
}


def leaves(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()):
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield " ".join(prefix), parser
        return
    for name, sub in subs[0].choices.items():
        yield from leaves(sub, (*prefix, name))


def placeholder_argv(path: str, parser: argparse.ArgumentParser) -> list[str]:
    """The command with a plausible value for each required argument."""
    argv = path.split()
    for group in parser._mutually_exclusive_groups:
        if group.required:  # one of --pass/--fail: the first, a flag
            argv.append(group._group_actions[0].option_strings[0])
    for action in parser._actions:
        if action.option_strings and not action.required:
            continue
        value = str(next(iter(action.choices))) if action.choices else "1"
        if action.option_strings:
            argv += [action.option_strings[0], value]
        else:
            argv.append(value)
    return argv


# Checks of the arguments alone (no store touched) come before signing in: these get
# what passes them.
EXTRA = {"bulk status": ["--ids", "1"], "bulk assign": ["--ids", "1"],
         "bulk tag": ["--ids", "1"], "bulk macro": ["--ids", "1"]}


def rows(data_dir) -> tuple[int, ...]:
    """How many events, payments, coupons and users the store holds."""
    con = sqlite3.connect(data_dir / DB_FILE)
    try:
        return tuple(con.execute(f"select count(*) from {t}").fetchone()[0]
                     for t in ("case_events", "payments", "coupons", "users", "cases"))
    finally:
        con.close()


COMMANDS = dict(leaves(main.build_parser()))


def test_the_no_role_list_names_real_commands():
    assert set(NEEDS_NO_ROLE) <= set(COMMANDS)


@pytest.mark.parametrize("path", sorted(set(COMMANDS) - set(NEEDS_NO_ROLE)))
def test_acting_commands_refuse_a_wrong_password(path, demo_store, data_dir, monkeypatch,
                                                 capsys):
    monkeypatch.setenv("AFTERSALES_PASSWORD", "not the password")
    monkeypatch.setenv("AFTERSALES_NEW_PASSWORD", "a new password")
    argv = ["--data-dir", str(data_dir), "--user", "zhaoli",
            *placeholder_argv(path, COMMANDS[path]), *EXTRA.get(path, [])]
    before = rows(data_dir)
    code = main.main(argv)
    out = capsys.readouterr()
    assert code == 3, f"{path}: exit {code}: {out.err}"
    assert json.loads(out.out.splitlines()[-1])["rule"] == "sign_in_unknown_or_wrong", path
    assert "cannot sign in" in out.err
    assert rows(data_dir) == before  # nothing was done
