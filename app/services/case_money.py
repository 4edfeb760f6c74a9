"""The Actions tab's view of a case and its way in: what the case allows now and has had
so far, in one read (`summary`), and each action by its name (`act`), so the window
holds no knowledge of which service does what.

`summary` gives, as plain data: `actions` (the names `legal_actions` allows, in its
order), `limits` (what the actor may pay now, `Limits.to_json()`, or None without an
order), the case's `payments`, `coupons` and `cost`, and what the dialogs show:
`reject_reasons` (RejectReason values), `max_images` (the platform's evidence limit),
`evidence` (the case's files), `return_address` (the shop's, or None),
`coupon_templates` (the shop's), `shipments` (the order's and the case's parcels).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.domain import legal_actions as la
from app.services import coupons, fulfilment, payment_lists, payments, refunds, templates
from app.services.cases import CaseNotFound
from app.services.evidence import list_evidence
from app.services.rules import rulebook
from app.services.shop_costs import case_cost
from app.services.store import Store


def _facts(store: Store, case_id: int) -> dict[str, Any]:
    with store.unit_of_work() as uow:
        case = uow.cases.get(case_id, with_history=False)
        if case is None or case.state is None:
            raise CaseNotFound(case_id)
        order = case.order
        shipped = la.shipped_state(
            (s.kind.value, s.shipped_at, s.delivered_at) for s in order.shipments) \
            if order is not None else None
        actions = la.legal_actions(case.state, has_order=order is not None, shipped=shipped,
                                   fast_refund=case.state.fast_refund)
        profile = rulebook(uow, case.shop.platform.value).for_shop(case.shop.id)
        return {"actions": list(actions), "has_order": order is not None,
                "shop": case.shop.name, "shop_id": case.shop.id,
                "platform": case.shop.platform.value,
                "reject_reasons": list(profile.money.reject_reasons),
                "max_images": int(profile.evidence.max_images or 0)}


def summary(store: Store, actor: str, case_id: int) -> dict[str, Any]:
    facts = _facts(store, case_id)
    out = {**facts,
           "limits": payments.limits(store, actor, case_id).to_json()
           if facts["has_order"] else None,
           "payments": payment_lists.list_payments(store, case=case_id),
           "coupons": coupons.coupons(store, case_ref=case_id),
           "cost": _cost(case_cost(store, case_id)),
           "evidence": list_evidence(store, case_id),
           "return_address": templates.return_address(store, facts["shop"],
                                                      facts["platform"]),
           "coupon_templates": coupons.templates(store, facts["shop_id"]),
           "shipments": fulfilment.shipments(store, case_id) if facts["has_order"] else []}
    return out


def _cost(raw: Mapping[str, Any]) -> dict[str, Any]:
    return {"explicit_fen": raw["explicit"]["fen"], "hidden_fen": raw["hidden"]["fen"],
            "total_fen": raw["total"]["fen"],
            "parts": {k: v["fen"] for k, v in raw.get("parts", {}).items()}}


def act(store: Store, actor: str, case_id: int, name: str, params: Mapping[str, Any], *,
        version: int | None = None) -> dict[str, Any]:
    """Do the Actions tab's action `name` with the dialog's `params` (always with its
    `key`). Refusals are the services' own (RuleRefused, InvalidAmount …)."""
    p = dict(params)
    key = str(p.pop("key"))
    if name == "compensate":
        return payments.compensate(store, actor, case_id, p["amount_fen"], p["reason"], key,
                                   note=p.get("note"))
    if name == "confirm_paid":
        return payments.confirm_paid(store, actor, p["payment_id"], p["reference"])
    if name == "coupon":
        return coupons.issue(store, actor, case_id, p["template"], key,
                             reference=p.get("reference"))
    if name == "approve_refund":
        return refunds.approve_refund(store, actor, case_id, key, p.get("amount_fen"),
                                      version=version)
    if name == "approve_return":
        if p.get("address"):
            facts = _facts(store, case_id)
            templates.set_return_address(store, actor, facts["shop"], facts["platform"],
                                         p["address"])
        return refunds.approve_return(store, actor, case_id, key, version=version)
    if name == "receive_return":
        return refunds.receive_return(store, actor, case_id, key, version=version)
    if name == "inspect":
        return refunds.inspect(store, actor, case_id, p["passed"], key, note=p.get("note"),
                               evidence_ids=p.get("evidence_ids") or (),
                               goods_loss_fen=p.get("goods_loss_fen") or 0, version=version)
    if name == "reject":
        return refunds.reject(store, actor, case_id, p["reason_code"], key, note=p.get("note"),
                              evidence_ids=p.get("evidence_ids"), version=version)
    if name == "fast_refund":
        return refunds.record_fast_refund(store, actor, case_id, key, p.get("amount_fen"),
                                          note=p.get("note"), version=version)
    if name == "appeal":
        return refunds.appeal(store, actor, case_id, p.get("note") or "", key,
                              evidence_ids=p.get("evidence_ids") or (), version=version)
    if name in ("reship", "exchange"):
        send = fulfilment.reship if name == "reship" else fulfilment.exchange
        return send(store, actor, case_id, p["source"], p["carrier"], p["tracking_no"], key,
                    cost_fen=p.get("cost_fen") or 0, note=p.get("note"))
    if name == "intercept":
        return fulfilment.intercept(store, actor, case_id, key,
                                    shipment_id=p.get("shipment_id"), note=p.get("note"))
    if name == "address_change":
        return fulfilment.change_address(store, actor, case_id, p["address"], key,
                                         note=p.get("note"))
    raise ValueError(f"unknown action {name!r}")
