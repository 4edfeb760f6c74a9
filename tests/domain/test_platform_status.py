"""What each platform's after-sales status means for the agent, and how it moves a case."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from app.domain.case_rules import new_case_state
from app.domain.enums import CaseStatus
from app.domain.platform_status import Meaning, follow
from app.services.rules import rule_profile

T0 = datetime(2024, 9, 15, 8, 0)
S = CaseStatus

CASES = {
    "douyin": {
        "同意退款，退款成功": S.RESOLVED, "同意退款,退款成功": S.RESOLVED, "售后关闭": S.CANCELLED,
        "售后拒绝": S.REJECTED, "售后仲裁中": S.ESCALATED, "待买家退货": S.WAITING_RETURN,
        "待商家收货": S.INSPECTING, "待商家处理": None, "退款中": None,
    },
    "kuaishou": {
        "退款成功": S.RESOLVED, "退款关闭": S.CANCELLED, "待商家处理": None,
        "平台介入中": S.ESCALATED, "待买家退货": S.WAITING_RETURN, "买家已退货": S.INSPECTING,
        "买家已退货/待商家收货": S.INSPECTING, "换货完成": S.RESOLVED,
        "买家撤销申请": S.CANCELLED,
    },
    "pinduoduo": {
        "退款成功": S.RESOLVED, "售后关闭": S.CANCELLED, "驳回": S.REJECTED,
        "待商家处理": None, "待商家收货": S.INSPECTING, "待买家退货": S.WAITING_RETURN,
        "平台处理中": S.ESCALATED,
    },
}


@pytest.mark.parametrize(("platform", "text", "target"),
                         [(p, t, s) for p, m in CASES.items() for t, s in m.items()])
def test_each_platform_status_has_its_meaning(platform: str, text: str,
                                              target: CaseStatus | None) -> None:
    meaning = rule_profile(platform).statuses.meaning(text)
    assert meaning is not None, text
    assert meaning.target == target


def test_unknown_status_means_nothing() -> None:
    assert rule_profile("douyin").statuses.meaning("神秘状态") is None
    assert rule_profile("douyin").statuses.meaning(None) is None


def _case(status: CaseStatus = S.NEW):  # type: ignore[no-untyped-def]
    state = new_case_state(kind="return_refund", reason="quality_problem", amount_fen=100,
                           opened_at=T0)
    return state.forced_to(status, T0) if status != S.NEW else state


def test_arbitration_escalates_to_the_platform() -> None:
    word = follow(_case(), Meaning.ARBITRATION, at=T0)
    assert word.moved and word.state.status == S.ESCALATED
    assert word.state.escalated_to == "platform"


def test_the_platform_closes_a_case_whatever_our_status() -> None:
    # new → resolved is no move of the state machine: the platform decided.
    word = follow(_case(), Meaning.REFUNDED, at=T0)
    assert word.state.status == S.RESOLVED and not word.needs_look


def test_waiting_for_the_return_pauses_the_clock_and_receipt_resumes_it() -> None:
    waiting = follow(_case(), Meaning.AWAITING_RETURN, at=T0 + timedelta(hours=2)).state
    assert waiting.status == S.WAITING_RETURN and waiting.paused_at == T0 + timedelta(hours=2)
    back = follow(waiting, Meaning.RETURN_RECEIVED, at=T0 + timedelta(hours=26)).state
    assert back.status == S.INSPECTING and back.paused_at is None
    assert back.deadline_at == waiting.deadline_at + timedelta(hours=24)


def test_an_agent_change_after_the_export_keeps_ours_and_flags_the_case() -> None:
    ours = _case(S.IN_PROGRESS)
    word = follow(ours, Meaning.AWAITING_RETURN, at=T0, agent_changed_at=T0 + timedelta(hours=1),
                  exported_at=T0)
    assert not word.moved and word.needs_look
    assert word.state.status == S.IN_PROGRESS and word.state.needs_look


def test_still_with_the_merchant_is_no_move() -> None:
    word = follow(_case(S.IN_PROGRESS), Meaning.MERCHANT, at=T0)
    assert not word.moved and word.state == _case(S.IN_PROGRESS)
