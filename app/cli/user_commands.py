"""`users add|list|passwd|disable|enable`: local accounts on the command line."""

from __future__ import annotations

import argparse

from app.cli.common import emit, note, open_store, signed_in
from app.domain.accounts import ROLES

UNSECURED = ("no account has a password yet: anyone can work under any name; "
             "add an admin with a password (users add NAME --role admin) to require sign-in")


def cmd_users_add(args: argparse.Namespace) -> int:
    from app.cli.passwords import new_password
    from app.services.accounts import add_user

    store = open_store(args)
    try:
        actor = signed_in(args, store)
        done = add_user(store, actor, args.name, args.role, new_password(args.name),
                        display=args.display or "")
    finally:
        store.close()
    emit({"ok": True, "added": done.to_json()})
    note(args, {"users": 1})
    return 0


def cmd_users_list(args: argparse.Namespace) -> int:
    from app.services.accounts import list_users

    store = open_store(args)
    try:
        actor = signed_in(args, store)
        is_secured, users = list_users(store, actor)
    finally:
        store.close()
    out: dict[str, object] = {"secured": is_secured, "users": [u.to_json() for u in users]}
    if not is_secured:
        out["warning"] = UNSECURED
    emit(out)
    note(args, {"users": len(users)})
    return 0


def cmd_users_passwd(args: argparse.Namespace) -> int:
    from app.cli.passwords import new_password
    from app.services.accounts import set_password

    store = open_store(args)
    try:
        actor = signed_in(args, store)
        set_password(store, actor, args.name, new_password(args.name))
    finally:
        store.close()
    emit({"ok": True, "user": args.name, "password": "changed"})
    return 0


def _cmd_active(active: bool):  # type: ignore[no-untyped-def]
    def run(args: argparse.Namespace) -> int:
        from app.services.accounts import set_active

        store = open_store(args)
        try:
            actor = signed_in(args, store)
            set_active(store, actor, args.name, active)
        finally:
            store.close()
        emit({"ok": True, "user": args.name, "active": active})
        return 0
    return run


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("users", help="local accounts: add, list, passwd, disable, enable")
    users = p.add_subparsers(dest="users_command", required=True)
    add = users.add_parser("add", help="a new account; its password from "
                                       "AFTERSALES_NEW_PASSWORD or asked twice")
    add.add_argument("name")
    add.add_argument("--role", choices=ROLES, required=True)
    add.add_argument("--display", default=None, help="the name shown (default: NAME)")
    add.set_defaults(func=cmd_users_add)
    users.add_parser("list", help="every account, its role and whether it has a password"
                     ).set_defaults(func=cmd_users_list)
    passwd = users.add_parser("passwd", help="set a password (your own, or as an admin "
                                             "anyone's) from AFTERSALES_NEW_PASSWORD or asked")
    passwd.add_argument("name")
    passwd.set_defaults(func=cmd_users_passwd)
    for verb, active in (("disable", False), ("enable", True)):
        q = users.add_parser(verb, help=f"{verb} an account (admin)")
        q.add_argument("name")
        q.set_defaults(func=_cmd_active(active))
