"""The rows every money action shares: keys, the shop's day ledger, a case's cost."""

from __future__ import annotations

import pytest

from app.domain.clock import utcnow
from app.services.idempotency import BadKey, KeyReused, once


def test_a_key_replays_its_first_result_and_refuses_other_parameters(demo_store) -> None:
    runs: list[int] = []

    def run() -> dict[str, int]:
        runs.append(1)
        return {"payment": len(runs)}

    for _ in range(2):
        with demo_store.unit_of_work().for_writing() as uow:
            result, replayed = once(uow, "k-1", "compensate", {"fen": 500}, "lina",
                                    utcnow(), run)
            uow.commit()
    assert (result, replayed, len(runs)) == ({"payment": 1}, True, 1)
    with demo_store.unit_of_work().for_writing() as uow, pytest.raises(KeyReused):
        once(uow, "k-1", "compensate", {"fen": 501}, "lina", utcnow(), run)
    with demo_store.unit_of_work().for_writing() as uow, pytest.raises(BadKey):
        once(uow, " padded ", "compensate", {}, "lina", utcnow(), run)

def test_the_day_ledger_adds_up_and_costs_accumulate(demo_store) -> None:
    with demo_store.unit_of_work().for_writing() as uow:
        shop_id = uow.settings.shops()[0][0]
        assert uow.money.lock_day(shop_id, "2026-12-01")["payments_fen"] == 0
        uow.money.add_to_day(shop_id, "2026-12-01", payments_fen=1250, payments_count=1)
        uow.money.add_to_day(shop_id, "2026-12-01", payments_fen=-250)
        uow.money.add_cost(1, utcnow(), refunded=9900, compensation=500)
        uow.money.add_cost(1, utcnow(), compensation=300)
        uow.commit()
    with demo_store.unit_of_work() as uow:
        assert uow.money.day_totals(shop_id, "2026-12-01")["payments_fen"] == 1000
        assert uow.money.lock_day(shop_id, "2026-12-01")["payments_count"] == 1
        cost = uow.money.cost(1)
    assert (cost["refunded"], cost["compensation"], cost["coupon"]) == (9900, 800, 0)
