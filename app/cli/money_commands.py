"""Compensation payments from the command line: `compensate`, `limits`, `approve`,
`deny`, `paid`, `payments`, `payments-export`. A rule's refusal exits 3 with the rule's
JSON (main.py); bad input (an amount like 12.505, a reused key) exits 2."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import emit, note, open_store, signed_in
from app.domain.payments import PaymentReason, PaymentStatus


def cmd_compensate(args: argparse.Namespace) -> int:
    from app.domain.money import parse_amount
    from app.services.payments import compensate

    fen = parse_amount(args.amount)
    store = open_store(args)
    try:
        result = compensate(store, signed_in(args, store), args.case, fen, args.reason, args.key, args.note)
    finally:
        store.close()
    emit(result)
    note(args, {"payment": result["id"], "amount_fen": result["amount_fen"],
                "replayed": int(result["replayed"])})
    return 0


def cmd_limits(args: argparse.Namespace) -> int:
    from app.services.payments import limits

    store = open_store(args)
    try:
        emit(limits(store, args.user, args.case).to_json())
    finally:
        store.close()
    return 0


def _step(args: argparse.Namespace, run: str) -> int:
    from app.services import payments

    store = open_store(args)
    try:
        actor = signed_in(args, store)
        if run == "approve":
            result = payments.approve(store, actor, args.payment_id, args.note)
        elif run == "deny":
            result = payments.deny(store, actor, args.payment_id, args.reason)
        else:
            result = payments.confirm_paid(store, actor, args.payment_id, args.reference)
    finally:
        store.close()
    emit(result)
    note(args, {"payment": result["id"]})
    return 0


def cmd_payments(args: argparse.Namespace) -> int:
    from app.services.payments import list_payments

    store = open_store(args)
    try:
        rows = list_payments(store, shop=args.shop, day=args.date, status=args.status,
                             case=args.case)
    finally:
        store.close()
    for row in rows:
        emit(row)
    note(args, {"payments": len(rows)})
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from app.services.payments import export_payments_csv

    store = open_store(args)
    try:
        done = export_payments_csv(store, Path(args.out), args.platform, shop=args.shop,
                                   day=args.date, status=args.status,
                                   overwrite=args.overwrite)
    finally:
        store.close()
    emit(done)
    note(args, {"rows": done["rows"], "path": done["path"]})
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("compensate", help="pay a case's buyer a compensation (小额打款)")
    p.add_argument("--case", required=True, help="the case no. (or the internal id)")
    p.add_argument("--amount", required=True, help="in yuan, e.g. 12.50")
    p.add_argument("--reason", required=True, choices=[r.value for r in PaymentReason])
    p.add_argument("--key", default=None,
                   help="idempotency key: the same key again returns the first payment "
                        "(default: a fresh one, printed in the result)")
    p.add_argument("--note", default=None)
    p.set_defaults(func=cmd_compensate)

    p = sub.add_parser("limits", help="what the payment rules allow on a case right now")
    p.add_argument("--case", required=True)
    p.set_defaults(func=cmd_limits)

    p = sub.add_parser("approve", help="approve a pending payment (supervisor)")
    p.add_argument("payment_id", type=int, metavar="PAYMENT_ID")
    p.add_argument("--note", default=None)
    p.set_defaults(func=lambda a: _step(a, "approve"))

    p = sub.add_parser("deny", help="deny a pending payment (supervisor)")
    p.add_argument("payment_id", type=int, metavar="PAYMENT_ID")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=lambda a: _step(a, "deny"))

    p = sub.add_parser("paid", help="confirm a payment made in the platform's back office")
    p.add_argument("payment_id", type=int, metavar="PAYMENT_ID")
    p.add_argument("--reference", required=True, help="the platform's payment no.")
    p.set_defaults(func=lambda a: _step(a, "paid"))

    statuses = [s.value for s in PaymentStatus]
    p = sub.add_parser("payments", help="payments as JSON lines, newest first")
    p.add_argument("--shop", default=None, help="shop name (or id)")
    p.add_argument("--date", default=None, metavar="YYYY-MM-DD",
                   help="the shop-day (Asia/Shanghai) the payments count on")
    p.add_argument("--status", default=None, choices=statuses)
    p.add_argument("--case", default=None)
    p.set_defaults(func=cmd_payments)

    p = sub.add_parser("payments-export",
                       help="approved payments as the platform's batch upload CSV")
    p.add_argument("out", metavar="OUT.csv")
    p.add_argument("--platform", required=True)
    p.add_argument("--shop", default=None)
    p.add_argument("--date", default=None, metavar="YYYY-MM-DD")
    p.add_argument("--status", default=PaymentStatus.APPROVED.value, choices=statuses)
    p.add_argument("--overwrite", action="store_true")
    p.set_defaults(func=cmd_export)
