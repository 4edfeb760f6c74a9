"""`reship`, `exchange`, `intercept`, `intercept-result`, `address` and `shipments`."""

from __future__ import annotations

import argparse

from app.cli.common import emit, note, open_store, signed_in


def _cost(args: argparse.Namespace) -> int:
    from app.domain.money import parse_amount

    return parse_amount(args.cost) if args.cost is not None else 0


def _key(args: argparse.Namespace) -> str:
    from app.services.idempotency import new_key

    return str(args.key) if args.key else new_key()


def _done(args: argparse.Namespace, out: dict[str, object]) -> int:
    emit(out)
    note(args, {"version": out.get("version"), "replayed": int(bool(out.get("replayed")))})
    return 0


def cmd_send(args: argparse.Namespace) -> int:
    from app.services import fulfilment

    send = fulfilment.reship if args.command == "reship" else fulfilment.exchange
    cost = _cost(args)
    store = open_store(args)
    try:
        actor = signed_in(args, store)
        out = send(store, actor, args.case, args.source, args.carrier, args.tracking,
                   _key(args), cost_fen=cost, note=args.note)
    finally:
        store.close()
    return _done(args, out)


def cmd_intercept(args: argparse.Namespace) -> int:
    from app.services.fulfilment import intercept

    store = open_store(args)
    try:
        actor = signed_in(args, store)
        out = intercept(store, actor, args.case, _key(args), shipment_id=args.shipment,
                        note=args.note)
    finally:
        store.close()
    return _done(args, out)


def cmd_intercept_result(args: argparse.Namespace) -> int:
    from app.services.fulfilment import intercept_result

    store = open_store(args)
    try:
        actor = signed_in(args, store)
        out = intercept_result(store, actor, args.case, args.shipment, args.succeeded,
                               note=args.note)
    finally:
        store.close()
    return _done(args, out)


def cmd_address(args: argparse.Namespace) -> int:
    from app.services.fulfilment import change_address

    store = open_store(args)
    try:
        actor = signed_in(args, store)
        out = change_address(store, actor, args.case, args.address, _key(args),
                             note=args.note)
    finally:
        store.close()
    return _done(args, out)


def cmd_shipments(args: argparse.Namespace) -> int:
    from app.services.fulfilment import shipments

    store = open_store(args)
    try:
        rows = shipments(store, args.case)
    finally:
        store.close()
    for row in rows:
        emit(row)
    return 0


def _case(p: argparse.ArgumentParser) -> None:
    p.add_argument("--case", required=True, metavar="ID", help="the case no. (or internal id)")


def _key_note(p: argparse.ArgumentParser) -> None:
    p.add_argument("--key", default=None, metavar="K",
                   help="idempotency key: the same key again returns the first result")
    p.add_argument("--note", default=None, metavar="N")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from app.domain.fulfilment import Source

    for name, what in (("reship", "send a replacement parcel (补发)"),
                       ("exchange", "send an exchange's replacement; the buyer's parcel "
                                    "is expected back (换货)")):
        p = sub.add_parser(name, help=what)
        _case(p)
        p.add_argument("--from", dest="source", required=True,
                       choices=[s.value for s in Source])
        p.add_argument("--carrier", required=True, metavar="C")
        p.add_argument("--tracking", required=True, metavar="T", help="the new tracking no.")
        p.add_argument("--cost", default=None, metavar="YUAN",
                       help="what the parcel cost (goods and postage), to the case's cost")
        _key_note(p)
        p.set_defaults(func=cmd_send)

    p = sub.add_parser("intercept", help="ask the carrier to stop a parcel in transit (拦截)")
    _case(p)
    p.add_argument("--shipment", type=int, default=None, metavar="N",
                   help="the shipment id (default: the order's newest parcel in transit)")
    _key_note(p)
    p.set_defaults(func=cmd_intercept)

    p = sub.add_parser("intercept-result", help="record whether an intercept succeeded")
    _case(p)
    p.add_argument("--shipment", type=int, required=True, metavar="N")
    outcome = p.add_mutually_exclusive_group(required=True)
    outcome.add_argument("--succeeded", dest="succeeded", action="store_true")
    outcome.add_argument("--failed", dest="succeeded", action="store_false")
    p.add_argument("--note", default=None, metavar="N")
    p.set_defaults(func=cmd_intercept_result)

    p = sub.add_parser("address", help="send the order's parcel, not shipped yet, elsewhere")
    _case(p)
    p.add_argument("--address", required=True, metavar="TEXT")
    _key_note(p)
    p.set_defaults(func=cmd_address)

    p = sub.add_parser("shipments", help="the shipments of the case's order, as JSON lines")
    _case(p)
    p.set_defaults(func=cmd_shipments)
