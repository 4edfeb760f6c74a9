"""Refund decisions on a real store: each recorded with actor, amounts, key and its
costs; what a rule refuses leaves nothing behind; the same key twice decides once."""

from __future__ import annotations

import pytest

from app.domain.errors import DomainError, RuleRefused
from app.domain.refund_decisions import FAST_REFUND_TAG
from app.services import refunds as rf
from app.services.cases import case_detail
from app.services.idempotency import KeyReused
from app.services.shop_costs import case_cost, set_shop_costs, shop_costs
from app.services.verify import verify
from tests.conftest import forget_return_addresses
from tests.services.refund_helpers import add_cases, demo_case, history, photos, version


def _costs(store, case_id: int) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {part: v["fen"] for part, v in case_cost(store, case_id)["parts"].items()}


def _shop(store, case_id: int):  # type: ignore[no-untyped-def]
    return shop_costs(store, case_detail(store, case_id)["shop"])


def test_approve_refund_records_actor_amount_key_and_its_costs(demo_store) -> None:
    case_id = demo_case(demo_store, "douyin", "refund_only")
    amount = case_detail(demo_store, case_id)["amount"]
    done = rf.approve_refund(demo_store, "lina", case_id, "key-approve-1")
    assert done["ok"] and done["status"] == "resolved" and not done["replayed"]
    event = history(demo_store, case_id)[-1]
    assert event["actor"] == "lina" and event["action"] == "approve_refund"
    assert event["changes"]["refunded"] == amount and event["changes"]["key"] == "key-approve-1"
    shop = _shop(demo_store, case_id)
    assert shop.marketing_fen > 0 and shop.processing_fen > 0  # the demo's shop costs
    costs = _costs(demo_store, case_id)
    assert costs["refunded"] == int(amount.replace(".", ""))
    assert costs["marketing"] == shop.marketing_fen
    assert costs["processing"] == shop.processing_fen
    assert event["changes"]["cost"]["refunded"] == amount
    cost = case_cost(demo_store, case_id)
    assert cost["total"]["fen"] == cost["explicit"]["fen"] + cost["hidden"]["fen"]
    assert cost["hidden"]["fen"] == shop.marketing_fen + shop.processing_fen
    assert verify(demo_store).ok


def test_the_same_key_twice_is_one_decision(demo_store) -> None:
    case_id = demo_case(demo_store, "douyin", "refund_only")
    first = rf.approve_refund(demo_store, "lina", case_id, "same-key", amount_fen=1250)
    again = rf.approve_refund(demo_store, "lina", case_id, "same-key", amount_fen=1250)
    assert again["replayed"] and {**again, "replayed": False} == first
    assert [e["action"] for e in history(demo_store, case_id)].count("approve_refund") == 1
    assert _costs(demo_store, case_id)["refunded"] == 1250
    with pytest.raises(KeyReused):
        rf.approve_refund(demo_store, "lina", case_id, "same-key", amount_fen=1300)


def test_a_refund_over_the_case_amount_is_refused_and_nothing_recorded(demo_store) -> None:
    case_id = demo_case(demo_store, "douyin", "refund_only")
    before = version(demo_store, case_id)
    with pytest.raises(RuleRefused) as err:
        rf.approve_refund(demo_store, "lina", case_id, "too-much", amount_fen=10**8)
    assert err.value.code == "refund_over_amount"
    assert version(demo_store, case_id) == before
    assert sum(_costs(demo_store, case_id).values()) == 0
    # Nothing was kept under the key either: a correct amount may use it.
    assert rf.approve_refund(demo_store, "lina", case_id, "too-much", amount_fen=100)["ok"]


def test_approve_refund_of_a_return_case_is_a_rule_s_refusal(demo_store) -> None:
    case_id = demo_case(demo_store, "douyin", "return_refund")
    with pytest.raises(RuleRefused) as err:
        rf.approve_refund(demo_store, "lina", case_id, "wrong-kind")
    assert err.value.code == "action_not_allowed"


def test_approve_return_gives_the_shop_s_address_or_names_the_shop(demo_store) -> None:
    case_id = demo_case(demo_store, "douyin", "return_refund")
    other = demo_case(demo_store, "douyin", "return_refund", n=1)
    done = rf.approve_return(demo_store, "lina", case_id, "ret-1")
    assert done["status"] == "waiting_return" and "售后仓" in done["changes"]["return_address"]
    forget_return_addresses(demo_store)
    before = version(demo_store, other)
    with pytest.raises(RuleRefused) as err:
        rf.approve_return(demo_store, "lina", other, "ret-2")
    shop = case_detail(demo_store, other)["shop"]
    assert err.value.code == "no_return_address" and err.value.numbers == {"shop": shop}
    assert shop in str(err.value) and version(demo_store, other) == before


def test_a_return_received_and_failed_inspection_cost_postage_and_goods(demo_store) -> None:
    case_id = demo_case(demo_store, "douyin", "return_refund")
    shop = _shop(demo_store, case_id)
    rf.approve_return(demo_store, "lina", case_id, "flow-1")
    got = rf.receive_return(demo_store, "lina", case_id, "flow-2")
    assert got["status"] == "inspecting"
    assert _costs(demo_store, case_id)["logistics"] == shop.return_postage_fen > 0
    before = version(demo_store, case_id)
    with pytest.raises(RuleRefused) as err:
        rf.inspect(demo_store, "lina", case_id, False, "flow-3", note="少了配件")
    assert err.value.code == "inspection_needs_evidence"
    with pytest.raises(RuleRefused) as err:
        rf.inspect(demo_store, "lina", case_id, False, "flow-3")
    assert err.value.code == "inspection_needs_note"
    assert version(demo_store, case_id) == before
    ids = photos(demo_store, case_id, 2)
    done = rf.inspect(demo_store, "lina", case_id, False, "flow-3", note="少了配件",
                      goods_loss_fen=4_500)
    assert done["status"] == "rejected"
    event = history(demo_store, case_id)[-1]["changes"]
    assert event["evidence_ids"] == ids and event["goods_loss"] == "45.00"
    costs = _costs(demo_store, case_id)
    assert costs["goods_loss"] == 4_500 and costs["refunded"] == 0
    assert verify(demo_store).ok


def test_a_passed_inspection_refunds_the_case(demo_store) -> None:
    case_id = demo_case(demo_store, "douyin", "return_refund", ("inspecting",))
    amount = case_detail(demo_store, case_id)["amount"]
    done = rf.inspect(demo_store, "zhangmin", case_id, True, "pass-1")
    assert done["status"] == "resolved" and done["changes"]["refunded"] == amount
    assert _costs(demo_store, case_id)["refunded"] == int(amount.replace(".", ""))


def test_douyin_reject_takes_four_images_of_the_case(demo_store) -> None:
    case_id = demo_case(demo_store, "douyin", "refund_only")
    ids = photos(demo_store, case_id, 5)
    before = version(demo_store, case_id)
    with pytest.raises(RuleRefused) as err:
        rf.reject(demo_store, "lina", case_id, "signed_no_problem", "rej-1", evidence_ids=ids)
    assert err.value.code == "too_many_images"
    assert err.value.numbers == {"reason": "signed_no_problem", "limit": 4, "chosen": 5}
    assert version(demo_store, case_id) == before
    done = rf.reject(demo_store, "lina", case_id, "signed_no_problem", "rej-2")
    changes = history(demo_store, case_id)[-1]["changes"]
    assert done["status"] == "rejected" and changes["evidence_ids"] == ids[:4]
    assert changes["reject_reason"] == "signed_no_problem"
    assert changes["reject_reason_text"] == "买家已签收，商品无质量问题"
    assert changes["key"] == "rej-2"


def test_kuaishou_reject_takes_six_images(demo_store) -> None:
    case_id, = add_cases(demo_store, "kuaishou", "refund_only", [8_800])
    ids = photos(demo_store, case_id, 7, seed=1)
    with pytest.raises(RuleRefused) as err:
        rf.reject(demo_store, "lina", case_id, "wrong_amount", "ks-1", note="金额不符",
                  evidence_ids=ids)
    assert err.value.code == "too_many_images" and err.value.numbers["limit"] == 6
    done = rf.reject(demo_store, "lina", case_id, "wrong_amount", "ks-2", note="金额不符",
                     evidence_ids=ids[:6])
    assert done["changes"]["evidence_ids"] == ids[:6]


@pytest.mark.parametrize("reason, note, images, code, words", [
    ("resale_affected", None, 1, "reason_needs_note", "needs a note"),
    ("resale_affected", "用过", 0, "reason_needs_images", "needs evidence images"),
    ("not_7day", "  ", 0, "reason_needs_note", "not_7day"),
    ("because", "x", 0, "unknown_reason", "no reject reason 'because'"),
])
def test_a_reject_missing_what_its_reason_needs_records_nothing(demo_store, reason, note,
                                                                images, code, words) -> None:
    case_id = demo_case(demo_store, "douyin", "refund_only")
    if images:
        photos(demo_store, case_id, images)
    before = history(demo_store, case_id)
    with pytest.raises(RuleRefused) as err:
        rf.reject(demo_store, "lina", case_id, reason, "rej-x", note=note)
    assert err.value.code == code and words in str(err.value)
    assert history(demo_store, case_id) == before
    assert case_detail(demo_store, case_id)["status"] == "new"


def test_a_reject_on_evidence_of_another_case_is_bad_input(demo_store) -> None:
    case_id = demo_case(demo_store, "douyin", "refund_only")
    other = demo_case(demo_store, "douyin", "refund_only", n=1)
    ids = photos(demo_store, other, 1)
    with pytest.raises(DomainError) as err:
        rf.reject(demo_store, "lina", case_id, "signed_no_problem", "rej-y", evidence_ids=ids)
    assert not isinstance(err.value, RuleRefused) and str(ids[0]) in str(err.value)


def test_reject_reasons_are_the_platform_s_with_what_each_needs(demo_store) -> None:
    douyin = demo_case(demo_store, "douyin", "refund_only")
    kuaishou, = add_cases(demo_store, "kuaishou", "refund_only", [100])
    reasons = rf.reject_reasons(demo_store, douyin)
    assert "resale_affected" in [r.code for r in reasons]
    listed = {r["code"]: r for r in rf.reject_reasons_json(demo_store, douyin)}
    assert listed["resale_affected"]["needs_note"] and listed["resale_affected"]["needs_images"]
    assert listed["signed_no_problem"]["max_images"] == 4
    assert {r["max_images"] for r in rf.reject_reasons_json(demo_store, kuaishou)
            if r["needs_images"]} == {6}


def test_fast_refund_is_followed_up_and_appealed_with_evidence(demo_store) -> None:
    case_id = demo_case(demo_store, "douyin", "return_refund")
    amount = case_detail(demo_store, case_id)["amount"]
    done = rf.record_fast_refund(demo_store, "lina", case_id, "fast-1", note="平台极速退款")
    shown = case_detail(demo_store, case_id)
    assert done["status"] == "in_progress" and shown["fast_refund"]
    assert FAST_REFUND_TAG in shown["tags"] and done["changes"]["refunded"] == amount
    assert _costs(demo_store, case_id)["refunded"] == int(amount.replace(".", ""))
    with pytest.raises(RuleRefused) as err:
        rf.appeal(demo_store, "lina", case_id, "退回空包", "fast-2")
    assert err.value.code == "appeal_needs_evidence"
    ids = photos(demo_store, case_id, 2)
    appealed = rf.appeal(demo_store, "lina", case_id, "退回空包", "fast-2")
    shown = case_detail(demo_store, case_id)
    assert appealed["status"] == "escalated" and FAST_REFUND_TAG not in shown["tags"]
    assert history(demo_store, case_id)[-1]["changes"]["evidence_ids"] == ids
    assert verify(demo_store).ok


def test_a_fast_refunded_return_is_not_refunded_twice(demo_store) -> None:
    case_id = demo_case(demo_store, "douyin", "return_refund")
    rf.record_fast_refund(demo_store, "lina", case_id, "twice-1")
    refunded = _costs(demo_store, case_id)["refunded"]
    rf.receive_return(demo_store, "lina", case_id, "twice-2")
    done = rf.inspect(demo_store, "lina", case_id, True, "twice-3")
    assert done["status"] == "resolved" and "refunded" not in done["changes"]
    assert _costs(demo_store, case_id)["refunded"] == refunded


def test_shop_costs_are_set_checked_and_kept(demo_store) -> None:
    shop = case_detail(demo_store, demo_case(demo_store, "douyin", "refund_only"))["shop"]
    costs = set_shop_costs(demo_store, "admin", shop, {"processing": "2.5"})
    assert costs.processing_fen == 250 and shop_costs(demo_store, shop) == costs
    with pytest.raises(DomainError):
        set_shop_costs(demo_store, "admin", shop, {"marketing": "1e3"})
    assert shop_costs(demo_store, shop) == costs


def test_offered_actions_follow_the_case_as_it_moves(demo_store) -> None:
    case_id = demo_case(demo_store, "douyin", "return_refund")
    offered = rf.offered_actions(demo_store, case_id)
    assert offered[0] == "approve_return" and "approve_refund" not in offered
    rf.approve_return(demo_store, "lina", case_id, "offer-1")
    assert rf.offered_actions(demo_store, case_id)[0] == "receive_return"
    rf.receive_return(demo_store, "lina", case_id, "offer-2")
    rf.inspect(demo_store, "lina", case_id, True, "offer-3")
    # Settled: only a goodwill payment or a coupon is left to give.
    assert rf.offered_actions(demo_store, case_id) == ("compensate", "coupon")
