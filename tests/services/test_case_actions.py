"""Acting on cases through the services: one event per action, a version check, bulk
work with a result per case, in one transaction."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.errors import IllegalTransition, NoChange, StaleCase
from app.domain.filters import CaseFilter
from app.services import case_actions as ca
from app.services.cases import case_detail, list_cases
from app.services.store import Store
from app.services.verify import verify


def _new_case(store: Store) -> int:
    return list_cases(store, CaseFilter(statuses=("new",)), limit=1)[0].id


def test_each_action_is_one_event_and_the_case_shows_it(demo_store: Store) -> None:
    case_id = _new_case(demo_store)
    before = case_detail(demo_store, case_id)
    ca.perform(demo_store, "lina", case_id, [{"do": "assign", "user": "me"}])
    ca.perform(demo_store, "lina", case_id, [{"do": "tag", "tag": "破损"}])
    ca.perform(demo_store, "lina", case_id, [{"do": "note", "text": "买家说明天补图"}])
    ca.perform(demo_store, "lina", case_id,
               [{"do": "escalate", "to": "supervisor", "reason": "金额超出权限"}])
    after = case_detail(demo_store, case_id)
    assert after["version"] == before["version"] + 4
    assert after["assignee"] == "lina" and after["tags"] == ["破损"]
    assert after["status"] == "escalated" and after["escalated_to"] == "supervisor"
    assert [n["text"] for n in after["notes"]] == ["买家说明天补图"]
    actions = [h["action"] for h in after["history"][-4:]]
    assert actions == ["assign", "tag", "note", "escalate"]
    assert after["history"][-1]["changes"]["reason"] == "金额超出权限"
    # Leaving escalation clears who was asked to decide.
    ca.perform(demo_store, "lina", case_id, [{"do": "status", "to": "in_progress"}])
    assert case_detail(demo_store, case_id)["escalated_to"] is None
    assert verify(demo_store).ok


def test_refusals_name_the_rule_and_write_nothing(demo_store: Store) -> None:
    case_id = _new_case(demo_store)
    version = case_detail(demo_store, case_id)["version"]
    with pytest.raises(IllegalTransition):
        ca.perform(demo_store, "lina", case_id, [{"do": "status", "to": "inspecting"}])
    with pytest.raises(ca.UnknownUser, match="nobody"):
        ca.perform(demo_store, "lina", case_id, [{"do": "assign", "user": "nobody"}])
    with pytest.raises(NoChange):
        ca.perform(demo_store, "lina", case_id, [{"do": "untag", "tag": "没有的标签"}])
    with pytest.raises(Exception, match="empty"):
        ca.perform(demo_store, "lina", case_id, [{"do": "note", "text": "   "}])
    assert case_detail(demo_store, case_id)["version"] == version


def test_a_stale_version_is_refused_naming_who_changed_it(demo_store: Store) -> None:
    case_id = _new_case(demo_store)
    seen = case_detail(demo_store, case_id)["version"]
    ca.perform(demo_store, "bob", case_id, [{"do": "tag", "tag": "先到"}], version=seen)
    with pytest.raises(StaleCase) as err:
        ca.perform(demo_store, "lina", case_id, [{"do": "status", "to": "in_progress"}],
                   version=seen)
    assert err.value.by == "bob" and err.value.version == seen + 1
    assert "bob" in str(err.value)
    assert case_detail(demo_store, case_id)["status"] == "new"


def test_the_clock_pauses_while_waiting_and_resumes_later(demo_store: Store,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import app.services.case_actions as module

    case_id = _new_case(demo_store)
    deadline = datetime.fromisoformat(case_detail(demo_store, case_id)["deadline"])
    t0 = datetime(2026, 11, 20, 10, 0, 0)
    monkeypatch.setattr(module, "utcnow", lambda: t0)
    ca.perform(demo_store, "lina", case_id, [{"do": "status", "to": "waiting_buyer"}])
    paused = case_detail(demo_store, case_id)
    assert paused["paused"] and paused["paused_at"].startswith("2026-11-20T10:00")
    monkeypatch.setattr(module, "utcnow", lambda: datetime(2026, 11, 21, 13, 30, 0))
    ca.perform(demo_store, "lina", case_id, [{"do": "status", "to": "in_progress"}])
    resumed = case_detail(demo_store, case_id)
    assert not resumed["paused"]
    # 27.5 hours waiting for the buyer were added to the deadline.
    moved = datetime.fromisoformat(resumed["deadline"]) - deadline
    assert moved.total_seconds() == 27.5 * 3600
    assert resumed["pauses"][-1]["from"].startswith("2026-11-20T10:00")
    assert resumed["pauses"][-1]["to"].startswith("2026-11-21T13:30")


def test_bulk_of_1000_is_one_transaction_with_1000_events(store: Store,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services import demo

    demo.generate(store, 1400, seed=3)
    ids = [r.id for r in list_cases(store, CaseFilter(), limit=1000)]
    before = {i: case_detail(store, i)["version"] for i in ids[:5]}
    events_before = verify(store).events_checked

    # A failure in the middle (not a refusal) undoes the whole batch: one transaction.
    real_write = ca._one
    calls = {"n": 0}

    def failing(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 500:
            raise RuntimeError("disk gone")
        return real_write(*args, **kwargs)

    monkeypatch.setattr(ca, "_one", failing)
    with pytest.raises(RuntimeError):
        ca.perform_many(store, "lina", ids, [{"do": "tag", "tag": "批量"}])
    assert verify(store).events_checked == events_before
    monkeypatch.setattr(ca, "_one", real_write)

    results = ca.perform_many(store, "lina", ids, [{"do": "tag", "tag": "批量"}])
    assert len(results) == 1000 and all(isinstance(r, ca.Done) for r in results)
    report = verify(store)
    assert report.ok and report.events_checked == events_before + 1000
    assert all(case_detail(store, i)["version"] == v + 1 for i, v in before.items())


def test_bulk_reports_each_refusal_and_does_the_rest(demo_store: Store) -> None:
    ids = [r.id for r in list_cases(demo_store, CaseFilter(), limit=200)]
    results = ca.perform_many(demo_store, "lina", [*ids, 10**9],
                              [{"do": "status", "to": "in_progress"}])
    done = [r for r in results if isinstance(r, ca.Done)]
    refused = [r for r in results if isinstance(r, ca.Refused)]
    assert done and refused and len(done) + len(refused) == 201
    assert {r.code for r in refused} <= {"illegal_transition", "case_not_found"}
    assert any("cannot move" in r.reason for r in refused)
    assert refused[-1].case_id == 10**9
    assert verify(demo_store).ok


def test_macro_like_actions_on_one_case_are_one_event(demo_store: Store) -> None:
    case_id = _new_case(demo_store)
    done = ca.perform(demo_store, "lina", case_id, [
        {"do": "reply", "template": "ask_damage_photos", "text": "亲，麻烦拍一下破损的照片"},
        {"do": "status", "to": "waiting_buyer"}, {"do": "tag", "tag": "待补图"},
        {"do": "assign", "user": "me"}], name="macro", context={"macro": "ask_photos"})
    last = case_detail(demo_store, case_id)["history"][-1]
    assert done.action == "macro" and last["action"] == "macro"
    assert last["changes"]["macro"] == "ask_photos"
    assert last["changes"]["status"] == ["new", "waiting_buyer"]
    assert last["changes"]["text"].startswith("亲")


def test_acting_on_a_flagged_case_is_the_look_it_asked_for() -> None:
    from dataclasses import replace

    from app.domain import handling as h
    from app.domain.case_rules import new_case_state

    at = datetime(2026, 11, 20, 9, 0)
    flagged = replace(new_case_state(kind="refund_only", reason="other", amount_fen=100,
                                     opened_at=at), needs_look=True)
    planned = h.plan(flagged, [h.Note("看过平台的变更")], at)
    assert not planned.after.needs_look and planned.changes["needs_look"] == [True, False]
