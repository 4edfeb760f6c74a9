"""Deadlines from the rule profiles, the paused clock, and the platform's auto-actions."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from app.domain.case_rules import is_overdue, new_case_state
from app.domain.deadlines import BadRuleProfile
from app.domain.enums import CaseStatus
from app.domain.views import view_filter
from app.services.rules import rule_profile

T0 = datetime(2024, 9, 15, 8, 0)


def test_the_platform_deadline_wins_else_the_profile_hours_per_kind() -> None:
    douyin = rule_profile("douyin")
    assert douyin.deadline("refund_only", T0, T0 + timedelta(hours=5)) == T0 + timedelta(hours=5)
    assert douyin.deadline("refund_only", T0) == T0 + timedelta(hours=48)
    assert douyin.deadline("intercept", T0) == T0 + timedelta(hours=12)
    assert rule_profile("kuaishou").deadline("refund_only", T0) == T0 + timedelta(hours=72)


def test_a_shop_override_changes_its_hours_and_a_bad_one_is_refused() -> None:
    mine = rule_profile("douyin").overridden({"response_hours": {"refund_only": 6}})
    assert mine.hours_for("refund_only") == 6 and mine.hours_for("return_refund") == 48
    with pytest.raises(BadRuleProfile, match="no case kind 'refnd'"):
        rule_profile("douyin").overridden({"response_hours": {"refnd": 6}})
    with pytest.raises(BadRuleProfile, match="whole number"):
        rule_profile("douyin").overridden({"response_hours": {"refund_only": "6"}})


def test_the_clock_pauses_and_resumes_with_an_injected_time() -> None:
    state = new_case_state(kind="refund_only", reason="other", amount_fen=100, opened_at=T0)
    state = state.moved_to(CaseStatus.IN_PROGRESS, T0)
    waiting = state.moved_to(CaseStatus.WAITING_BUYER, T0 + timedelta(hours=10))
    assert waiting.paused_at == T0 + timedelta(hours=10)
    # Left as it was when it paused, however late it is now.
    assert waiting.time_left(T0 + timedelta(days=9)) == timedelta(hours=38)
    assert not is_overdue(waiting.status, waiting.deadline_at, T0 + timedelta(days=9))
    back = waiting.moved_to(CaseStatus.IN_PROGRESS, T0 + timedelta(hours=30))
    assert back.paused_at is None and back.time_left(T0 + timedelta(hours=30)) == timedelta(
        hours=38)


def test_overdue_and_due_soon_leave_waiting_cases_out() -> None:
    for key in ("overdue", "due_soon"):
        statuses = set(view_filter(key, me_id=None, now=T0).statuses)
        assert "waiting_buyer" not in statuses and "waiting_return" not in statuses
        assert "waiting_supplier" not in statuses and "in_progress" in statuses
        assert "resolved" not in statuses


def test_douyin_auto_actions_per_kind_and_status() -> None:
    douyin = rule_profile("douyin")
    refund = new_case_state(kind="refund_only", reason="other", amount_fen=100, opened_at=T0,
                            platform_status="待商家处理")
    assert douyin.auto_action(refund) == "approve_refund"
    ret = replace(refund, kind="return_refund", platform_status="待商家收货")
    assert douyin.auto_action(ret) == "confirm_receipt"
    assert douyin.auto_action(replace(ret, platform_status="待商家处理")) == "agree_return"
    assert douyin.auto_action(replace(refund, status="resolved")) is None
    assert rule_profile("pinduoduo").auto_action(refund) is None


def test_every_shipped_rule_profile_loads_and_a_fault_names_its_file() -> None:
    from app.services.rules import profile_from

    for platform in ("douyin", "kuaishou", "pinduoduo", "taobao", "jd", "other"):
        assert rule_profile(platform).statuses.meaning("退款成功") is not None
    with pytest.raises(BadRuleProfile, match=r"douyin\.json: status '退款成功' means 'paid'"):
        profile_from({"statuses": {"退款成功": "paid"}}, {}, "douyin.json")
    with pytest.raises(BadRuleProfile, match=r"x\.json: auto action 1 needs"):
        profile_from({"auto_actions": [{"kind": "refund_only", "when": "merchant"}]}, {}, "x.json")
    with pytest.raises(BadRuleProfile, match=r"x\.json: unknown keys hours"):
        profile_from({"hours": 3}, {}, "x.json")
