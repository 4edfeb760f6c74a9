"""Importing the platform's after-sales status: new cases start where the platform
put them, a newer export moves them unless an agent acted after it, unknown texts
are counted."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from app.domain.enums import Role
from app.services.case_actions import change_status
from app.services.imports import import_file
from app.store.models import Case, CaseEvent, User
from tests.io.io_helpers import DOUYIN_HEADER, douyin_row, write_csv
from tests.roles import add_user

HEADER = [*DOUYIN_HEADER, "售后更新时间"]


def _row(case_no: str, status: str, updated: str, **kw: str) -> list[str]:
    return [*douyin_row(case_no, f"9{case_no}", status=status, **kw), updated]


def _case(store, case_no: str) -> SimpleNamespace:  # type: ignore[no-untyped-def]
    """The case's columns as they are now (read in a closed unit of work)."""
    with store.unit_of_work() as uow:
        case = uow.session.scalar(select(Case).where(Case.case_no == case_no))
        assert case is not None
        return SimpleNamespace(**{c.key: getattr(case, c.key) for c in Case.__table__.columns})


def _events(store, case_id: int) -> list[SimpleNamespace]:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as uow:
        return [SimpleNamespace(action=e.action, changes=e.changes) for e in uow.session.scalars(
            select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.seq))]


def test_a_new_case_starts_in_the_status_the_platform_gives(store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [
        HEADER,
        _row("1", "同意退款，退款成功", "2024-09-16 10:00:00"),
        _row("2", "售后关闭", "2024-09-16 10:00:00"),
        _row("3", "售后拒绝", "2024-09-16 10:00:00"),
        _row("4", "售后仲裁中", "2024-09-16 10:00:00", kind="退货退款"),
        _row("5", "待买家退货", "2024-09-16 10:00:00", kind="退货退款"),
        _row("6", "待商家收货", "2024-09-16 10:00:00", kind="退货退款"),
        _row("7", "待商家处理", "2024-09-16 10:00:00"),
    ])
    import_file(store, path, "alice")
    got = {n: _case(store, n) for n in "1234567"}
    assert {n: c.status for n, c in got.items()} == {
        "1": "resolved", "2": "cancelled", "3": "rejected", "4": "escalated",
        "5": "waiting_return", "6": "inspecting", "7": "new"}
    assert got["4"].escalated_to == "platform"
    assert got["5"].paused_at is not None and got["6"].paused_at is None
    assert got["7"].auto_action == "approve_refund" and got["1"].auto_action is None
    created = json.loads(_events(store, got["1"].id)[0].changes)
    assert created["platform_status"] == "同意退款，退款成功" and created["status"] == "resolved"


def test_a_newer_export_moves_the_case_with_an_event_naming_the_platform_status(
        store, tmp_path: Path) -> None:
    old = write_csv(tmp_path / "old.csv", [
        HEADER, _row("1", "待商家处理", "2024-09-16 10:00:00", kind="退货退款")])
    new = write_csv(tmp_path / "new.csv", [
        HEADER, _row("1", "待买家退货", "2024-09-17 10:00:00", kind="退货退款")])
    import_file(store, old, "alice")
    before = _case(store, "1")
    assert before.status == "new"
    result = import_file(store, new, "alice")
    assert result.updated == 1
    after = _case(store, "1")
    assert after.status == "waiting_return" and after.paused_at is not None
    assert after.history_len == before.history_len + 1  # the version the agents check
    event = _events(store, after.id)[-1]
    assert event.action == "platform_status"
    changes = json.loads(event.changes)
    assert changes["platform_status"] == ["待商家处理", "待买家退货"]
    assert changes["status"] == ["new", "waiting_return"]
    assert import_file(store, new, "alice").unchanged == 1  # the same file twice: nothing


def test_an_agent_change_after_the_export_keeps_ours_and_asks_for_a_look(
        store, tmp_path: Path) -> None:
    old = write_csv(tmp_path / "old.csv", [HEADER, _row("1", "待商家处理", "2024-09-16 10:00:00")])
    import_file(store, old, "alice")
    case_id = _case(store, "1").id
    with store.unit_of_work().for_writing() as uow:
        uow.session.add(User(name="bob", display_name="bob", role="agent", active=True,
                             created_at=_case(store, "1").created_at))
        uow.commit()
    change_status(store, "bob", case_id, "in_progress")  # now: long after the export below
    newer = write_csv(tmp_path / "newer.csv", [
        HEADER, _row("1", "售后关闭", "2024-09-17 10:00:00")])
    import_file(store, newer, "alice")
    case = _case(store, "1")
    assert (case.status, case.needs_look, case.platform_status) == (
        "in_progress", True, "售后关闭")
    assert _events(store, case_id)[-1].action == "platform_status"


def test_unknown_platform_statuses_are_kept_and_counted(store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [
        HEADER, _row("1", "神秘状态", "2024-09-16 10:00:00"),
        _row("2", "神秘状态", "2024-09-16 10:00:00"), _row("3", "退款成功", "2024-09-16 10:00:00")])
    result = import_file(store, path, "alice")
    assert result.unknown_platform_statuses == {"神秘状态": 2}
    assert result.to_json()["unknown_platform_statuses"] == {"神秘状态": 2}
    case = _case(store, "1")
    assert (case.status, case.platform_status) == ("new", "神秘状态")


def test_the_douyin_fixture_closes_what_the_platform_finished(store) -> None:
    fixtures = Path(__file__).parent.parent / "fixtures"
    result = import_file(store, fixtures / "douyin_aftersales.csv", "alice")
    assert result.unknown_platform_statuses == {}
    for name in ("kuaishou_aftersales.xlsx", "pinduoduo_aftersales.csv"):
        assert import_file(store, fixtures / name, "alice").unknown_platform_statuses == {}
    with store.unit_of_work() as uow:
        pairs = set(uow.session.execute(select(Case.platform_status, Case.status)).all())
    assert ("售后关闭", "cancelled") in pairs and ("售后仲裁中", "escalated") in pairs
    assert all(status == "new" for text, status in pairs if text in ("待商家处理", "退款中"))


def test_a_newer_export_brings_the_platforms_new_deadline(store, tmp_path: Path) -> None:
    old = write_csv(tmp_path / "old.csv", [HEADER, _row("1", "待商家处理", "2024-09-16 10:00:00")])
    new = write_csv(tmp_path / "new.csv", [HEADER, _row(
        "1", "待商家处理", "2024-09-17 10:00:00", deadline="2024-09-19 22:10:14")])
    import_file(store, old, "alice")
    first = _case(store, "1").deadline_at
    import_file(store, new, "alice")
    assert _case(store, "1").deadline_at - first == timedelta(days=2)


def test_a_shops_own_response_hours_set_the_deadline_of_its_new_cases(store, tmp_path: Path) -> None:
    editor = add_user(store, "zhaoli", Role.SUPERVISOR)
    from app.services.rules import BadRuleProfile, set_shop_rules
    from tests.conftest import FIXED_NOW

    first = write_csv(tmp_path / "a.csv", [HEADER, _row("1", "待商家处理", "2024-09-16 10:00:00",
                                                        deadline="")])
    import_file(store, first, "alice")
    shop_id = _case(store, "1").shop_id
    with store.unit_of_work().for_writing() as uow:
        set_shop_rules(uow, shop_id, {"response_hours": {"refund_only": 6}}, editor, FIXED_NOW)
        with pytest.raises(BadRuleProfile):
            set_shop_rules(uow, shop_id, {"response_hours": {"refund_only": 0}}, editor, FIXED_NOW)
        uow.commit()
    second = write_csv(tmp_path / "b.csv", [HEADER, _row("2", "待商家处理", "2024-09-16 10:00:00",
                                                         deadline="")])
    import_file(store, second, "alice")
    one, two = _case(store, "1"), _case(store, "2")
    assert one.deadline_at - one.created_at == timedelta(hours=48)  # Douyin's default
    assert two.deadline_at - two.created_at == timedelta(hours=6)


def test_without_an_update_column_the_files_own_time_is_the_exports(store, tmp_path: Path) -> None:
    """An export downloaded before the agent acted (its file is older) does not undo
    the agent's status; one downloaded after it does."""
    import os
    import time

    first = write_csv(tmp_path / "first.csv", [
        DOUYIN_HEADER, douyin_row("3001", "93001", kind="退货退款", status="待商家处理")])
    import_file(store, first, "alice")
    case_id = _case(store, "3001").id
    stale = write_csv(tmp_path / "stale.csv", [
        DOUYIN_HEADER, douyin_row("3001", "93001", kind="退货退款", status="同意退款，退款成功")])
    an_hour_ago = time.time() - 3600
    os.utime(stale, (an_hour_ago, an_hour_ago))
    change_status(store, "bob", case_id, "in_progress")
    import_file(store, stale, "alice")
    case = _case(store, "3001")
    assert case.status == "in_progress" and case.needs_look
    assert case.platform_status == "同意退款，退款成功"
