"""Coupons (优惠券): a shop's templates, issuing one to a case's buyer, the platform's code
recorded afterwards, and what a shop gave away per day.

Issuing is a money action: one transaction locks the case, then the shop's day ledger
(the lock every money action of the shop queues on, in that order), keeps the
idempotency key, writes the coupon row, adds to the ledger and to the case's cost, and
appends the case event. The same key again returns the first coupon and writes
nothing.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.domain import handling as h
from app.domain.clock import iso_utc, utcnow
from app.domain.coupons import (
    CouponReference,
    CouponTerms,
    IssueCoupon,
    coupon_reference,
    template_name,
)
from app.domain.errors import DomainError, NoChange, RuleRefused
from app.domain.money import fen_to_yuan
from app.domain.money_rules import shop_day
from app.services.cases import CaseNotFound
from app.services.idempotency import check_key, once
from app.services.store import Store


class UnknownShop(DomainError):
    def __init__(self, ref: object) -> None:
        super().__init__(f"there is no shop {ref!r}")
        self.ref = ref


class UnknownCouponTemplate(DomainError):
    def __init__(self, shop: str, name: str) -> None:
        super().__init__(f"shop {shop} has no active coupon template {name!r}")
        self.shop = shop
        self.name = name


class TemplateExists(DomainError):
    def __init__(self, shop: str, name: str) -> None:
        super().__init__(f"shop {shop} already has a coupon template {name!r}")
        self.shop = shop
        self.name = name


class UnknownCoupon(DomainError):
    def __init__(self, coupon_id: int) -> None:
        super().__init__(f"there is no coupon {coupon_id}")
        self.coupon_id = coupon_id


class BadDay(DomainError):
    def __init__(self, day: str) -> None:
        super().__init__(f"a day is written 2026-12-01, not {day!r}")
        self.day = day


def _shop_id(uow: Any, shop: str | int) -> int:
    found = uow.coupons.shop_id(shop)
    if found is None:
        raise UnknownShop(shop)
    return int(found)


def shop_ref(store: Store, shop: str | int) -> int:
    """A shop's id, from its id or its name."""
    with store.unit_of_work() as uow:
        return _shop_id(uow, shop)


def template_json(t: dict[str, Any]) -> dict[str, Any]:
    return {"id": t["id"], "shop_id": t["shop_id"], "shop": t["shop"], "name": t["name"],
            "value": fen_to_yuan(t["value_fen"]), "min_spend": fen_to_yuan(t["min_spend_fen"]),
            "valid_days": t["valid_days"], "active": t["active"]}


def coupon_json(c: dict[str, Any], template: str | None = None) -> dict[str, Any]:
    out = {"id": c["id"], "case_id": c["case_id"], "case_no": c["case_no"],
           "shop_id": c["shop_id"], "name": c["name"], "value": fen_to_yuan(c["value_fen"]),
           "min_spend": fen_to_yuan(c["min_spend_fen"]), "valid_until": iso_utc(c["valid_until"]),
           "reference": c["reference"], "key": c["key"], "shop_day": c["shop_day"],
           "issued_by": c["issued_by"], "issued_at": iso_utc(c["issued_at"])}
    if template is not None:
        out["template"] = template
    return out


def templates(store: Store, shop: str | int | None = None, *,
              include_inactive: bool = False) -> list[dict[str, Any]]:
    """The coupon templates (of one shop, by id or name), cheapest first."""
    with store.unit_of_work() as uow:
        shop_id = None if shop is None else _shop_id(uow, shop)
        rows = uow.coupons.templates(shop_id, active_only=not include_inactive)
    return [template_json(t) for t in rows]


def add_template(store: Store, actor: str, shop: str | int, name: str, value_fen: int,
                 min_spend_fen: int, valid_days: int, now: datetime | None = None
                 ) -> dict[str, Any]:
    """A new template for the shop; BadCoupon for terms the rules refuse,
    TemplateExists for a name the shop already uses."""
    terms = CouponTerms(value_fen, min_spend_fen, valid_days)
    name = template_name(name)
    now = now or utcnow()
    with store.unit_of_work().for_writing() as uow:
        shop_id = _shop_id(uow, shop)
        uow.users.ensure(actor, now)
        added = uow.coupons.add_template(shop_id, name, terms.value_fen, terms.min_spend_fen,
                                         terms.valid_days, actor, now)
        if added is None:
            raise TemplateExists(str(shop), name)
        t = uow.coupons.template(shop_id, name)
        uow.commit()
    assert t is not None
    return template_json(t)


def set_template_active(store: Store, actor: str, shop: str | int, name: str,
                        active: bool) -> dict[str, Any]:
    """Withdraw a template (issued coupons stay as they were) or offer it again."""
    with store.unit_of_work().for_writing() as uow:
        shop_id = _shop_id(uow, shop)
        changed = uow.coupons.set_active(shop_id, name.strip(), active)
        if changed is None:
            raise UnknownCouponTemplate(str(shop), name)
        if not changed:
            raise NoChange(f"template {name} is already {'active' if active else 'inactive'}")
        t = uow.coupons.template(shop_id, name.strip(), active_only=False)
        uow.commit()
    assert t is not None
    return template_json(t)


def issue(store: Store, actor: str, case_ref: int | str, template_name: str, key: str,
          reference: str | None = None, now: datetime | None = None) -> dict[str, Any]:
    """Give the case's buyer a coupon from the shop's template `template_name`: the
    coupon as JSON, with `replayed` true when `key` had already issued it."""
    check_key(key)
    ref = coupon_reference(reference) if reference else None
    now = now or utcnow()
    with store.unit_of_work().for_writing() as uow:
        result, replayed = issue_in(uow, actor, case_ref, template_name, key, ref, now)
        uow.commit()
    return {**result, "replayed": replayed}


def issue_in(uow: Any, actor: str, case_ref: int | str, template: str, key: str,
             reference: str | None, now: datetime) -> tuple[dict[str, Any], bool]:
    """`issue` inside the caller's unit of work (the demo issues a few in its own)."""
    case_id = uow.cases.find_id(case_ref)
    found = uow.cases.state(case_id) if case_id is not None else None
    if case_id is None or found is None:
        raise CaseNotFound(case_ref)
    uow.users.ensure(actor, now)
    _, before = found
    shop_id, _order_id, buyer_id = uow.coupons.case_buyer(case_id)
    day = shop_day(now)
    uow.money.lock_day(shop_id, day)
    name = " ".join(str(template).split())

    def run() -> dict[str, Any]:
        if buyer_id is None:
            raise RuleRefused("the case has no order with a buyer to give a coupon to",
                              "no_buyer", case_id=case_id)
        t = uow.coupons.template(shop_id, name)
        if t is None:
            raise UnknownCouponTemplate(_shop_name(uow, shop_id), name)
        terms = CouponTerms(t["value_fen"], t["min_spend_fen"], t["valid_days"])
        until = terms.valid_until(now)
        coupon_id = uow.coupons.issue(
            case_id=case_id, shop_id=shop_id, template_id=t["id"], buyer_id=buyer_id,
            name=t["name"], value_fen=terms.value_fen, min_spend_fen=terms.min_spend_fen,
            valid_until=until, reference=reference, shop_day=day, key=key, actor=actor, at=now)
        uow.money.add_to_day(shop_id, day, coupons_fen=terms.value_fen, coupons_count=1)
        uow.money.add_cost(case_id, now, coupon=terms.value_fen)
        planned = h.plan(before, [IssueCoupon(coupon_id, t["name"], terms, until, key,
                                              reference)], now)
        uow.cases.write(case_id, actor, planned.action, now, planned.after, planned.changes)
        return coupon_json(uow.coupons.get(coupon_id), t["name"])

    params = {"case_id": case_id, "template": name, "reference": reference}
    return once(uow, key, "coupon", params, actor, now, run)


def _shop_name(uow: Any, shop_id: int) -> str:
    return next((n for i, _p, n in uow.settings.shops() if i == shop_id), str(shop_id))


def set_reference(store: Store, actor: str, coupon_id: int, reference: str,
                  now: datetime | None = None) -> dict[str, Any]:
    """Record the platform's code of an issued coupon, as an event of its case."""
    ref = coupon_reference(reference)
    now = now or utcnow()
    with store.unit_of_work().for_writing() as uow:
        coupon = uow.coupons.get(coupon_id)
        if coupon is None:
            raise UnknownCoupon(coupon_id)
        found = uow.cases.state(coupon["case_id"])
        assert found is not None  # a coupon's case is never deleted
        if coupon["reference"] == ref:
            raise NoChange(f"coupon {coupon_id} already has reference {ref}")
        uow.users.ensure(actor, now)
        planned = h.plan(found[1], [CouponReference(coupon_id, ref, coupon["reference"])], now)
        uow.cases.write(coupon["case_id"], actor, planned.action, now, planned.after,
                        planned.changes)
        uow.coupons.set_reference(coupon_id, ref)
        out = coupon_json({**coupon, "reference": ref})
        uow.commit()
    return out


def coupons(store: Store, *, shop: str | int | None = None, day: str | None = None,
            case_ref: int | str | None = None, limit: int = 10_000) -> list[dict[str, Any]]:
    """Issued coupons, oldest first: of a case, or of a shop and/or day (Asia/Shanghai,
    "2026-12-01")."""
    with store.unit_of_work() as uow:
        shop_id = None if shop is None else _shop_id(uow, shop)
        case_id = None
        if case_ref is not None:
            case_id = uow.cases.find_id(case_ref)
            if case_id is None:
                raise CaseNotFound(case_ref)
        rows = uow.coupons.listed(case_id=case_id, shop_id=shop_id, day=_day(day), limit=limit)
    return [coupon_json(c) for c in rows]


def coupon_spend(store: Store, shop_id: int, day: str) -> dict[str, Any]:
    """What the shop gave away in coupons on the day, from its day ledger (the book the
    money actions keep, reported beside compensation payments)."""
    day = _day(day) or day
    with store.unit_of_work() as uow:
        totals = uow.money.day_totals(shop_id, day)
    return {"shop_id": shop_id, "day": day, "coupons": totals["coupons_count"],
            "amount": fen_to_yuan(totals["coupons_fen"]), "amount_fen": totals["coupons_fen"],
            "payments": totals["payments_count"],
            "payments_amount": fen_to_yuan(totals["payments_fen"])}


def _day(day: str | None) -> str | None:
    if day is None:
        return None
    try:
        return datetime.strptime(day.strip(), "%Y-%m-%d").date().isoformat()
    except ValueError:
        raise BadDay(day) from None
