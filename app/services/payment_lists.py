"""Payments as supervisors and the status bar read them: listings, the approvals
queue, a shop's spend today against its cap, and the batch file for a platform."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from app.domain.clock import utcnow
from app.domain.errors import DomainError
from app.domain.money import fen_to_yuan
from app.domain.money_rules import shop_day
from app.domain.payments import PaymentStatus
from app.io.payment_csv import layout, write_payments
from app.io.targets import check_target
from app.services.cases import CaseNotFound
from app.services.rules import rulebook
from app.services.store import Store

LIST_LIMIT = 100_000


class NoShop(DomainError):
    def __init__(self, shop: str) -> None:
        super().__init__(f"there is no shop {shop!r}")
        self.shop = shop


def _shop_id(uow: Any, shop: int | str | None) -> int | None:
    if shop is None or isinstance(shop, int):
        return shop
    found = uow.payments.shop_id_of(shop)
    if found is None:
        raise NoShop(shop)
    return int(found)


def _status(status: str | None) -> str | None:
    return None if status is None else PaymentStatus(status).value


def list_payments(store: Store, shop: int | str | None = None, day: str | None = None,
                  status: str | None = None, case: int | str | None = None,
                  limit: int = LIST_LIMIT) -> list[dict[str, Any]]:
    """Payments, newest first, as JSON objects; `shop` by name or id, `day` a shop-day
    ("2026-12-01", Asia/Shanghai), `case` by case no. or id."""
    with store.unit_of_work() as uow:
        case_id = None
        if case is not None:
            case_id = uow.cases.find_id(case)
            if case_id is None:
                raise CaseNotFound(case)
        rows = uow.payments.list(shop_id=_shop_id(uow, shop), day=day, status=_status(status),
                                 case_id=case_id, limit=limit)
    return [p.to_json() for p in rows]


def pending_approvals(store: Store) -> list[dict[str, Any]]:
    """The payments waiting for a supervisor, oldest first."""
    with store.unit_of_work() as uow:
        rows = uow.payments.list(status=PaymentStatus.PENDING.value, oldest_first=True)
    return [p.to_json() for p in rows]


def shop_spend(store: Store, shop_id: int, day: str | None = None, *,
               now: datetime | None = None) -> dict[str, Any]:
    """A shop's compensation and coupons of a day (today by default) against its daily
    cap, for the status bar: fen, and yuan text beside each."""
    day = day or shop_day(now or utcnow())
    with store.unit_of_work() as uow:
        platform = uow.payments.shop_platform(shop_id)
        if platform is None:
            raise NoShop(str(shop_id))
        ledger = uow.money.day_totals(shop_id, day)
        rows = uow.payments.day_totals(shop_id, day)
        cap = rulebook(uow, platform).for_shop(shop_id).money.payments.shop_day_max_fen
    out: dict[str, Any] = {
        "shop_id": shop_id, "day": day, "payments_fen": ledger["payments_fen"],
        "payments_count": ledger["payments_count"], "cap_fen": cap,
        "coupons_fen": ledger["coupons_fen"], "coupons_count": ledger["coupons_count"],
        "pending_fen": rows.get(PaymentStatus.PENDING.value, 0),
        "left_fen": max(cap - ledger["payments_fen"], 0)}
    for name in ("payments", "cap", "coupons", "pending", "left"):
        out[name] = fen_to_yuan(out[f"{name}_fen"])
    return out


def export_payments_csv(store: Store, out_path: Path, platform: str,
                        shop: int | str | None = None, day: str | None = None,
                        status: str = PaymentStatus.APPROVED.value, *,
                        overwrite: bool = False) -> dict[str, Any]:
    """The platform's payments of that status (approved: those still to be paid in
    the back office) as its batch upload file. Never over an existing file unless
    `overwrite`, never over the store."""
    layout(platform)  # an unknown platform is refused before anything is read
    target = check_target(Path(out_path), overwrite, store.protected_paths)
    with store.unit_of_work() as uow:
        rows = uow.payments.list(shop_id=_shop_id(uow, shop), day=day, status=_status(status),
                                 platform=platform, oldest_first=True)
    n = write_payments(target, platform, rows)
    return {"path": str(target), "rows": n, "platform": platform,
            "amount": fen_to_yuan(sum(p.amount_fen for p in rows))}
