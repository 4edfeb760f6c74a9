"""Each refund decision's move through the state machine, and what the rules refuse
before anything is recorded."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain import refund_decisions as rd
from app.domain.case_rules import CaseState
from app.domain.enums import CaseKind as K
from app.domain.enums import CaseStatus as S
from app.domain.enums import Reason as R
from app.domain.errors import DomainError, RuleRefused
from app.domain.handling import plan
from app.domain.money_rules import BatchLimits, RejectReason
from app.domain.shop_costs import BadShopCosts, ShopCosts, shop_costs_from

T0 = datetime(2026, 11, 20, 9, 0)
PHOTO = rd.Chosen(11, "破损.jpg", True)
PDF = rd.Chosen(12, "检测报告.pdf", False)
NEEDS_ALL = RejectReason("resale_affected", "退回商品影响二次销售", "Can no longer be sold",
                         needs_note=True, needs_images=True)


def _state(kind: K = K.REFUND_ONLY, status: S = S.NEW, fast: bool = False,
           amount: int = 19_900) -> CaseState:
    return CaseState(kind=kind, reason=R.QUALITY_PROBLEM, status=status, amount_fen=amount,
                     order_id=3, fast_refund=fast)


def _refused(action, state: CaseState) -> RuleRefused:  # type: ignore[no-untyped-def]
    with pytest.raises(RuleRefused) as err:
        plan(state, [action], T0)
    return err.value


def test_approve_refund_resolves_and_records_the_amount() -> None:
    done = plan(_state(), [rd.ApproveRefund(12_50)], T0, key="k1")
    assert done.after.status == S.RESOLVED and done.action == "approve_refund"
    assert done.changes["refunded"] == "12.50" and done.changes["key"] == "k1"


@pytest.mark.parametrize("fen, code", [(19_901, "refund_over_amount"),
                                       (0, "refund_not_positive")])
def test_approve_refund_never_more_than_the_case_nor_nothing(fen: int, code: str) -> None:
    err = _refused(rd.ApproveRefund(fen), _state())
    assert err.code == code
    if fen:
        assert "¥199.01" in str(err) and "¥199.00" in str(err)


def test_approve_refund_of_a_return_case_is_not_allowed() -> None:
    assert _refused(rd.ApproveRefund(100), _state(K.RETURN_REFUND)).code == "action_not_allowed"


def test_approve_refund_out_of_escalation_clears_who_decides() -> None:
    state = CaseState(kind=K.REFUND_ONLY, reason=R.OTHER, status=S.ESCALATED, amount_fen=500,
                      escalated_to="platform")
    assert plan(state, [rd.ApproveRefund(500)], T0).after.escalated_to is None


def test_approve_return_waits_for_the_parcel_at_the_shop_s_address() -> None:
    done = plan(_state(K.RETURN_REFUND), [rd.ApproveReturn("山野茶语", "杭州市 售后仓")], T0)
    assert done.after.status == S.WAITING_RETURN and done.after.paused_at == T0
    assert done.changes["return_address"] == "杭州市 售后仓"


@pytest.mark.parametrize("address", [None, "", "  "])
def test_approve_return_without_an_address_is_refused_naming_the_shop(address) -> None:
    err = _refused(rd.ApproveReturn("山野茶语", address), _state(K.RETURN_REFUND))
    assert err.code == "no_return_address" and err.numbers == {"shop": "山野茶语"}
    assert "山野茶语" in str(err)


def test_receive_return_then_inspect_pass_resolves_with_the_refund() -> None:
    waiting = _state(K.RETURN_REFUND, S.WAITING_RETURN)
    got = plan(waiting, [rd.ReceiveReturn(800)], T0)
    assert got.after.status == S.INSPECTING and got.changes["return_postage"] == "8.00"
    passed = plan(got.after, [rd.Inspect(True, rd.refund_due(got.after))], T0)
    assert passed.after.status == S.RESOLVED
    assert passed.changes["result"] == "pass" and passed.changes["refunded"] == "199.00"


def test_inspect_fail_needs_a_note_and_evidence_and_records_both() -> None:
    inspecting = _state(K.RETURN_REFUND, S.INSPECTING)
    assert _refused(rd.Inspect(False, evidence=(PHOTO,)), inspecting).code == \
        "inspection_needs_note"
    assert _refused(rd.Inspect(False, note="少配件"), inspecting).code == \
        "inspection_needs_evidence"
    done = plan(inspecting, [rd.Inspect(False, note="少配件", evidence=(PHOTO, PDF),
                                        goods_loss_fen=3_000)], T0)
    assert done.after.status == S.REJECTED
    assert done.changes["evidence_ids"] == [11, 12] and done.changes["goods_loss"] == "30.00"


def test_inspect_pass_takes_no_goods_loss() -> None:
    with pytest.raises(DomainError):
        plan(_state(K.RETURN_REFUND, S.INSPECTING), [rd.Inspect(True, goods_loss_fen=1)], T0)


def test_reject_records_reason_code_text_note_and_evidence() -> None:
    done = plan(_state(), [rd.Reject(NEEDS_ALL, "拆封使用过", (PHOTO,), 4)], T0)
    assert done.after.status == S.REJECTED
    assert done.changes["reject_reason"] == "resale_affected"
    assert done.changes["reject_reason_text"] == "退回商品影响二次销售"
    assert done.changes["note"] == "拆封使用过" and done.changes["evidence_ids"] == [11]


def test_reject_refusals_name_the_missing_piece_and_the_reason() -> None:
    no_note = _refused(rd.Reject(NEEDS_ALL, None, (PHOTO,)), _state())
    assert no_note.code == "reason_needs_note" and "note" in str(no_note)
    assert "resale_affected" in str(no_note)
    # A PDF is evidence but not an image.
    no_images = _refused(rd.Reject(NEEDS_ALL, "用过", (PDF,)), _state())
    assert no_images.code == "reason_needs_images" and "images" in str(no_images)
    five = tuple(rd.Chosen(i, f"{i}.jpg", True) for i in range(5))
    too_many = _refused(rd.Reject(NEEDS_ALL, "用过", five, 4), _state())
    assert too_many.code == "too_many_images"
    assert too_many.numbers == {"reason": "resale_affected", "limit": 4, "chosen": 5}


def test_find_reason_refuses_a_code_the_platform_does_not_list() -> None:
    from app.services.rules import rule_profile

    rules = rule_profile("douyin").money
    assert rd.find_reason(rules, "not_7day", "douyin").needs_note
    with pytest.raises(RuleRefused) as err:
        rd.find_reason(rules, "because", "douyin")
    assert err.value.code == "unknown_reason" and "signed_no_problem" in str(err.value)


def test_images_limit_is_the_reason_s_else_the_platform_s() -> None:
    assert rd.images_limit(RejectReason("a", "甲", "A", max_images=6), 4) == 6
    assert rd.images_limit(RejectReason("a", "甲", "A"), 4) == 4
    assert rd.images_limit(RejectReason("a", "甲", "A"), None) is None


def test_fast_refund_keeps_the_case_open_for_its_follow_up_then_appeal() -> None:
    done = plan(_state(K.RETURN_REFUND, S.WAITING_RETURN), [rd.FastRefund(19_900)], T0)
    after = done.after
    assert after.fast_refund and after.status == S.IN_PROGRESS
    assert rd.FAST_REFUND_TAG in after.tags and done.changes["refunded"] == "199.00"
    assert rd.refund_due(after) == 0  # the platform already refunded it
    assert _refused(rd.FastRefund(100), after).code == "action_not_allowed"
    assert _refused(rd.Appeal("退回空包"), after).code == "appeal_needs_evidence"
    appealed = plan(after, [rd.Appeal("退回空包", (PHOTO,))], T0)
    assert appealed.after.status == S.ESCALATED and appealed.after.escalated_to == "platform"
    assert rd.FAST_REFUND_TAG not in appealed.after.tags
    assert appealed.changes["evidence_ids"] == [11]


def test_fast_refunded_return_received_and_failed_goes_back_to_appeal() -> None:
    fast = plan(_state(K.RETURN_REFUND), [rd.FastRefund(19_900)], T0).after
    got = plan(fast, [rd.ReceiveReturn()], T0).after
    assert got.status == S.INSPECTING
    failed = plan(got, [rd.Inspect(False, note="空包", evidence=(PHOTO,))], T0).after
    assert failed.status == S.IN_PROGRESS and "appeal" in rd.legal_actions(
        failed, has_order=True, shipped=None, fast_refund=True)


TAOBAO = BatchLimits(max_count=20, max_fen=600_000)


def test_batches_split_at_twenty_refunds() -> None:
    items = [(n, 10_000) for n in range(1, 46)]
    batches = rd.split_batches(items, TAOBAO)
    assert [len(b) for b in batches] == [20, 20, 5]
    assert [i for b in batches for i in b] == list(range(1, 46))


def test_batches_split_at_six_thousand_yuan_and_exactly_six_thousand_fits() -> None:
    assert rd.split_batches([(1, 300_000), (2, 300_000), (3, 1)], TAOBAO) == [[1, 2], [3]]
    assert rd.split_batches([(1, 300_000), (2, 300_001)], TAOBAO) == [[1], [2]]


def test_a_refund_over_the_batch_amount_gets_its_own_batch_and_is_refused() -> None:
    items = [(1, 10_000), (2, 700_000), (3, 10_000)]
    assert rd.split_batches(items, TAOBAO) == [[1], [2], [3]]
    refusal = rd.over_batch_amount(700_000, TAOBAO, "taobao")
    assert refusal is not None and refusal.code == "over_batch_amount"
    assert str(refusal).startswith("¥7,000.00 is over taobao's ¥6,000.00 a batch call")
    assert rd.over_batch_amount(600_000, TAOBAO, "taobao") is None


def test_no_batch_limits_one_batch() -> None:
    assert rd.split_batches([(1, 10**9), (2, 5)], BatchLimits()) == [[1, 2]]


@given(st.lists(st.integers(min_value=1, max_value=900_000), max_size=80),
       st.one_of(st.none(), st.integers(1, 25)), st.one_of(st.none(), st.integers(1, 800_000)))
def test_batches_keep_order_and_never_exceed_a_limit(amounts, count, fen) -> None:
    limits = BatchLimits(count, fen)
    items = list(enumerate(amounts))
    batches = rd.split_batches(items, limits)
    assert [i for b in batches for i in b] == [i for i, _ in items]
    for batch in batches:
        total = sum(amounts[i] for i in batch)
        assert count is None or len(batch) <= count
        assert fen is None or total <= fen or len(batch) == 1


def test_shop_costs_are_read_as_an_agent_types_them() -> None:
    costs = shop_costs_from({"marketing": "3", "processing": "¥2.50", "return_postage": "8.00元"})
    assert costs == ShopCosts(300, 250, 800)
    assert costs.as_json() == {"marketing": "3.00", "processing": "2.50",
                               "return_postage": "8.00"}
    assert shop_costs_from(None) == ShopCosts()
    for bad in ({"marketing": "3.005"}, {"marketing": "-1"}, {"postage": "8"}):
        with pytest.raises(BadShopCosts):
            shop_costs_from(bad)
