"""Batch approve honours the platform's batch limits by splitting (Taobao: 20 refunds and
¥6,000 a call), reports per case and per batch, and decides once per key."""

from __future__ import annotations

from app.services import refunds as rf
from app.services.cases import case_detail
from app.services.shop_costs import case_cost
from app.services.verify import verify
from tests.services.refund_helpers import add_cases, history


def test_taobao_batches_of_twenty_and_six_thousand_with_a_report_per_case(demo_store) -> None:
    # 22 refunds of ¥100, one of ¥7,000, then ¥2,900 + ¥2,900 + ¥300 (over ¥6,000 at the
    # third), and a return case that batch approve does not take.
    amounts = [10_000] * 22 + [700_000, 290_000, 290_000, 30_000]
    ids = add_cases(demo_store, "taobao", "refund_only", amounts)
    ret, = add_cases(demo_store, "taobao", "return_refund", [5_000])
    result = rf.batch_approve(demo_store, "zhaoli", [*ids[:10], ret, *ids[10:]], "batch-1")
    batches = result["batches"]
    assert [b["count"] for b in batches] == [20, 2, 1, 2, 1]
    assert [b["amount"] for b in batches] == ["2000.00", "200.00", "7000.00", "5800.00",
                                              "300.00"]
    assert [b["ok"] for b in batches] == [True, True, False, True, True]
    assert batches[0]["cases"] == ids[:20] and {b["platform"] for b in batches} == {"taobao"}
    cases = result["cases"]
    assert [c["id"] for c in cases] == [*ids[:10], ret, *ids[10:]]
    assert result["approved"] == 25 and result["refused"] == 2
    by_id = {c["id"]: c for c in cases}
    assert by_id[ret]["code"] == "action_not_allowed"
    big = by_id[ids[22]]
    assert not big["ok"] and big["code"] == "over_batch_amount" and big["batch"] == 3
    assert big["reason"].startswith("¥7,000.00 is over taobao's ¥6,000.00 a batch call")
    assert case_detail(demo_store, ids[22])["status"] == "new"
    assert by_id[ids[23]]["batch"] == 4 and by_id[ids[25]]["batch"] == 5
    # Each case approved is its own event, with the batch's key and its number.
    event = history(demo_store, ids[0])[-1]
    assert event["action"] == "approve_refund" and event["actor"] == "zhaoli"
    assert event["changes"]["key"] == "batch-1" and event["changes"]["batch"] == 1
    assert event["changes"]["refunded"] == "100.00"
    assert case_cost(demo_store, ids[0])["parts"]["refunded"]["fen"] == 10_000
    assert verify(demo_store).ok


def test_the_same_batch_key_again_approves_nothing_more(demo_store) -> None:
    ids = add_cases(demo_store, "taobao", "refund_only", [1_000, 2_000])
    first = rf.batch_approve(demo_store, "zhaoli", ids, "batch-2")
    lengths = [len(history(demo_store, i)) for i in ids]
    again = rf.batch_approve(demo_store, "zhaoli", ids, "batch-2")
    assert again["replayed"] and again["cases"] == first["cases"]
    assert [len(history(demo_store, i)) for i in ids] == lengths
    assert case_cost(demo_store, ids[0])["parts"]["refunded"]["fen"] == 1_000


def test_cases_of_two_shops_go_in_their_own_platform_s_batches(demo_store) -> None:
    douyin = add_cases(demo_store, "douyin", "refund_only", [1_000] * 21)
    taobao = add_cases(demo_store, "taobao", "refund_only", [1_000])
    result = rf.batch_approve(demo_store, "zhaoli", [*douyin, *taobao, "no-such-case"],
                              "batch-3")
    # Douyin's afterSale/operate takes 20 a call, no amount limit.
    assert [(b["platform"], b["count"]) for b in result["batches"]] == [
        ("douyin", 20), ("douyin", 1), ("taobao", 1)]
    assert result["cases"][-1] == {"id": "no-such-case", "ok": False, "code": "case_not_found",
                                   "reason": "no case with id or case no. no-such-case"}


def test_a_case_named_twice_is_approved_once(demo_store) -> None:
    case_id, = add_cases(demo_store, "taobao", "refund_only", [1_000])
    number = case_detail(demo_store, case_id)["case_no"]
    result = rf.batch_approve(demo_store, "zhaoli", [case_id, number], "batch-4")
    assert [c["ok"] for c in result["cases"]] == [True, False]
    assert result["cases"][1]["code"] == "duplicate"
    assert [h["action"] for h in history(demo_store, case_id)].count("approve_refund") == 1
