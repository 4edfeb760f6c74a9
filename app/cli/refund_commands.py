"""`refund approve|return|received|inspect|reject|fast|appeal|batch|reasons|cost|shop-costs`.

JSON out. A rule's refusal (a reason's missing note or images, a refund over the
case's amount, an action the case's state does not allow) exits 3 with the rule
(main.py); bad input (an amount like 12.505, no such case or evidence) exits 2. Every
decision takes `--key K`; without one a fresh key is made, so only a command run again
with the same `--key` is recognised as a repeat.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from app.cli.common import emit, note, open_store, signed_in


def _key(args: argparse.Namespace) -> str:
    from app.services.idempotency import check_key, new_key

    return check_key(args.key) if args.key is not None else new_key()


def _amount(text: str | None) -> int | None:
    from app.domain.money import parse_amount

    return None if text is None else parse_amount(text)


def _run(args: argparse.Namespace, call: Callable[..., dict[str, Any]], *rest: Any,
         **options: Any) -> int:
    store = open_store(args)
    try:
        actor = signed_in(args, store)
        result = call(store, actor, args.case, *rest, **options)
    finally:
        store.close()
    emit(result)
    note(args, {"version": result.get("version", 0)})
    return 0


def cmd_approve(args: argparse.Namespace) -> int:
    from app.services.refunds import approve_refund

    return _run(args, approve_refund, _key(args), amount_fen=_amount(args.amount),
                version=args.expect_version)


def cmd_return(args: argparse.Namespace) -> int:
    from app.services.refunds import approve_return

    return _run(args, approve_return, _key(args), version=args.expect_version)


def cmd_received(args: argparse.Namespace) -> int:
    from app.services.refunds import receive_return

    return _run(args, receive_return, _key(args), version=args.expect_version)


def cmd_inspect(args: argparse.Namespace) -> int:
    from app.services.refunds import inspect

    loss = _amount(args.goods_loss) or 0
    return _run(args, inspect, args.passed, _key(args), note=args.note,
                evidence_ids=tuple(args.evidence or ()), goods_loss_fen=loss,
                version=args.expect_version)


def cmd_reject(args: argparse.Namespace) -> int:
    from app.services.refunds import reject

    return _run(args, reject, args.reason, _key(args), note=args.note,
                evidence_ids=args.evidence, version=args.expect_version)


def cmd_fast(args: argparse.Namespace) -> int:
    from app.services.refunds import record_fast_refund

    return _run(args, record_fast_refund, _key(args), amount_fen=_amount(args.amount),
                note=args.note, version=args.expect_version)


def cmd_appeal(args: argparse.Namespace) -> int:
    from app.services.refunds import appeal

    return _run(args, appeal, args.note, _key(args), evidence_ids=tuple(args.evidence or ()),
                version=args.expect_version)


def cmd_batch(args: argparse.Namespace) -> int:
    """One JSON line per case (approved, or refused and why), then the batches and totals."""
    from app.services.refunds import batch_approve

    store = open_store(args)
    try:
        actor = signed_in(args, store)
        result = batch_approve(store, actor, args.case, _key(args))
    finally:
        store.close()
    for case in result["cases"]:
        emit(case)
    totals = {k: result[k] for k in ("key", "approved", "refused", "replayed")}
    emit({**totals, "batches": result["batches"]})
    note(args, {"approved": result["approved"], "refused": result["refused"]})
    return 0


def cmd_reasons(args: argparse.Namespace) -> int:
    from app.services.refunds import reject_reasons_json

    store = open_store(args)
    try:
        rows = reject_reasons_json(store, args.case)
    finally:
        store.close()
    for row in rows:
        emit(row)
    return 0


def cmd_cost(args: argparse.Namespace) -> int:
    from app.services.shop_costs import case_cost

    store = open_store(args)
    try:
        emit(case_cost(store, args.case))
    finally:
        store.close()
    return 0


def cmd_shop_costs(args: argparse.Namespace) -> int:
    from app.services.shop_costs import set_shop_costs, shop_costs

    values = {k: v for k, v in (("marketing", args.marketing), ("processing", args.processing),
                                ("return_postage", args.return_postage)) if v is not None}
    shop: int | str = int(args.shop) if args.shop.isdigit() else args.shop
    store = open_store(args)
    try:
        actor = signed_in(args, store)
        costs = (set_shop_costs(store, actor, shop, values) if values
                 else shop_costs(store, shop))
    finally:
        store.close()
    emit(costs.as_json())
    return 0


def _decision(sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str,
              helptext: str, func: Callable[[argparse.Namespace], int]
              ) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=helptext)
    p.add_argument("--case", required=True, metavar="ID",
                   help="the case no. the platform gave it (or the internal id)")
    p.add_argument("--key", default=None, metavar="K",
                   help="the idempotency key: the same key again returns the first result")
    p.add_argument("--expect-version", type=int, default=None, metavar="V",
                   help="refuse if the case changed since it was at version V (case show)")
    p.set_defaults(func=func)
    return p


def _evidence(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument("--evidence", type=int, nargs="+", default=None, metavar="ID",
                   help=f"the evidence ids (evidence list) it rests on; default: {what}")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("refund", help="refund decisions: approve, return, inspect, reject …")
    rs = p.add_subparsers(dest="refund_command", required=True)

    q = _decision(rs, "approve", "approve a refund-only case (resolved)", cmd_approve)
    q.add_argument("--amount", default=None, metavar="A",
                   help="the amount refunded (default: the case's; never more)")
    _decision(rs, "return", "approve a return: the buyer sends the goods to the shop's "
                            "return address", cmd_return)
    _decision(rs, "received", "the returned parcel arrived: inspect it next", cmd_received)
    q = _decision(rs, "inspect", "the returned goods inspected: --pass (refunded) or --fail "
                                 "(rejected, with a note and evidence)", cmd_inspect)
    verdict = q.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--pass", dest="passed", action="store_true")
    verdict.add_argument("--fail", dest="passed", action="store_false")
    q.add_argument("--note", default=None)
    _evidence(q, "every file on the case")
    q.add_argument("--goods-loss", default=None, metavar="A",
                   help="the value of the goods lost (a failed inspection)")
    q = _decision(rs, "reject", "reject the refund for one of the platform's reasons "
                                "(refund reasons)", cmd_reject)
    q.add_argument("--reason", required=True, metavar="CODE")
    q.add_argument("--note", default=None)
    _evidence(q, "every image on the case, up to what the platform takes")
    q = _decision(rs, "fast", "the platform refunded by itself (极速退款): recorded, and the "
                              "case followed up", cmd_fast)
    q.add_argument("--amount", default=None, metavar="A")
    q.add_argument("--note", default=None)
    q = _decision(rs, "appeal", "take a fast-refunded case's fake return to the platform",
                  cmd_appeal)
    q.add_argument("--note", required=True)
    _evidence(q, "every file on the case")

    q = rs.add_parser("batch", help="approve many refund-only cases in the platform's batch "
                                    "calls; one JSON line per case, then the batches")
    q.add_argument("--case", required=True, nargs="+", metavar="ID")
    q.add_argument("--key", default=None, metavar="K")
    q.set_defaults(func=cmd_batch)
    q = rs.add_parser("reasons", help="the platform's reject reasons, with what each needs")
    q.add_argument("--case", required=True, metavar="ID")
    q.set_defaults(func=cmd_reasons)
    q = rs.add_parser("cost", help="what the case has cost: refunded and the hidden costs")
    q.add_argument("--case", required=True, metavar="ID")
    q.set_defaults(func=cmd_cost)
    q = rs.add_parser("shop-costs", help="a shop's marketing, processing and return postage "
                                         "costs (shown; set with the options)")
    q.add_argument("--shop", required=True, metavar="SHOP", help="the shop's id or name")
    q.add_argument("--marketing", default=None, metavar="A", help="per order")
    q.add_argument("--processing", default=None, metavar="A", help="per refund")
    q.add_argument("--return-postage", default=None, metavar="A", help="per returned parcel")
    q.set_defaults(func=cmd_shop_costs)
