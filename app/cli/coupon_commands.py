"""`coupon` (issue one to a case's buyer), `coupon-reference`, `coupons`, `coupon-spend`,
`coupon-templates` and `coupon-template add|deactivate|activate`."""

from __future__ import annotations

import argparse

from app.cli.common import emit, note, open_store, signed_in


def cmd_issue(args: argparse.Namespace) -> int:
    from app.services.coupons import issue
    from app.services.idempotency import new_key

    store = open_store(args)
    try:
        actor = signed_in(args, store)
        out = issue(store, actor, args.case, args.template, args.key or new_key(),
                    reference=args.reference)
    finally:
        store.close()
    emit(out)
    note(args, {"coupon": out["id"], "replayed": int(out["replayed"])})
    return 0


def cmd_reference(args: argparse.Namespace) -> int:
    from app.services.coupons import set_reference

    store = open_store(args)
    try:
        actor = signed_in(args, store)
        out = set_reference(store, actor, args.coupon_id, args.reference)
    finally:
        store.close()
    emit(out)
    return 0


def cmd_coupons(args: argparse.Namespace) -> int:
    from app.services.coupons import coupons

    store = open_store(args)
    try:
        rows = coupons(store, shop=args.shop, day=args.date, case_ref=args.case)
    finally:
        store.close()
    for row in rows:
        emit(row)
    note(args, {"coupons": len(rows)})
    return 0


def cmd_spend(args: argparse.Namespace) -> int:
    from app.services.coupons import coupon_spend, shop_ref

    store = open_store(args)
    try:
        emit(coupon_spend(store, shop_ref(store, args.shop), args.date))
    finally:
        store.close()
    return 0


def cmd_templates(args: argparse.Namespace) -> int:
    from app.services.coupons import templates

    store = open_store(args)
    try:
        rows = templates(store, args.shop, include_inactive=args.all)
    finally:
        store.close()
    for row in rows:
        emit(row)
    return 0


def cmd_template_add(args: argparse.Namespace) -> int:
    from app.domain.money import parse_amount
    from app.services.coupons import add_template

    value = parse_amount(args.value)
    spend = parse_amount(args.min_spend) if args.min_spend is not None else 0
    store = open_store(args)
    try:
        actor = signed_in(args, store)
        out = add_template(store, actor, args.shop, args.name, value, spend, args.days)
    finally:
        store.close()
    emit(out)
    note(args, {"template": out["id"]})
    return 0


def cmd_template_active(args: argparse.Namespace) -> int:
    from app.services.coupons import set_template_active

    store = open_store(args)
    try:
        actor = signed_in(args, store)
        out = set_template_active(store, actor, args.shop, args.name,
                                  args.template_command == "activate")
    finally:
        store.close()
    emit(out)
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("coupon", help="give the case's buyer a coupon from a shop template")
    p.add_argument("--case", required=True, metavar="ID", help="the case no. (or internal id)")
    p.add_argument("--template", required=True, metavar="NAME", help="the template's name")
    p.add_argument("--key", default=None, metavar="K",
                   help="idempotency key: the same key again returns the first coupon")
    p.add_argument("--reference", default=None, metavar="R",
                   help="the platform's code or number of the coupon")
    p.set_defaults(func=cmd_issue)

    p = sub.add_parser("coupon-reference", help="record the platform's code of a coupon")
    p.add_argument("coupon_id", type=int, metavar="COUPON_ID")
    p.add_argument("reference", metavar="REFERENCE")
    p.set_defaults(func=cmd_reference)

    p = sub.add_parser("coupons", help="issued coupons as JSON lines")
    p.add_argument("--shop", default=None, metavar="S", help="shop name or id")
    p.add_argument("--date", default=None, metavar="D",
                   help="the Asia/Shanghai day they count against, 2026-12-01")
    p.add_argument("--case", default=None, metavar="ID")
    p.set_defaults(func=cmd_coupons)

    p = sub.add_parser("coupon-spend", help="a shop's coupons (and payments) of one day")
    p.add_argument("--shop", required=True, metavar="S")
    p.add_argument("--date", required=True, metavar="D")
    p.set_defaults(func=cmd_spend)

    p = sub.add_parser("coupon-templates", help="coupon templates as JSON lines")
    p.add_argument("--shop", default=None, metavar="S")
    p.add_argument("--all", action="store_true", help="withdrawn templates too")
    p.set_defaults(func=cmd_templates)

    p = sub.add_parser("coupon-template", help="add, withdraw or restore a coupon template")
    t_sub = p.add_subparsers(dest="template_command", required=True)
    q = t_sub.add_parser("add", help="a new template for a shop")
    q.add_argument("--shop", required=True, metavar="S")
    q.add_argument("--name", required=True, metavar="N")
    q.add_argument("--value", required=True, metavar="YUAN", help="what the coupon is worth")
    q.add_argument("--min-spend", default=None, metavar="YUAN",
                   help="the spend it needs (default 0: no threshold)")
    q.add_argument("--days", required=True, type=int, help="valid for 1 to 365 days")
    q.set_defaults(func=cmd_template_add)
    for verb in ("deactivate", "activate"):
        q = t_sub.add_parser(verb, help=f"{verb} a shop's template")
        q.add_argument("--shop", required=True, metavar="S")
        q.add_argument("--name", required=True, metavar="N")
        q.set_defaults(func=cmd_template_active)
