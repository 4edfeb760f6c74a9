"""The rules of a case, in one place: every write path calls these."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from app.domain import history as chain
from app.domain.case_rules import (
    CaseState,
    NotAPlatformField,
    changes_between,
    initial_priority,
    is_quality_refund,
    new_case_state,
)
from app.domain.enums import CaseKind, CaseStatus, Priority, Reason
from app.domain.errors import DomainError, IllegalTransition
from app.domain.search_text import search_document

NOW = datetime(2026, 11, 20, 9, 0)


def test_quality_refund_is_a_refund_for_quality_or_not_as_described() -> None:
    assert is_quality_refund(CaseKind.REFUND_ONLY, Reason.QUALITY_PROBLEM)
    assert is_quality_refund("return_refund", "not_as_described")
    assert not is_quality_refund(CaseKind.EXCEPTION_PARCEL, Reason.QUALITY_PROBLEM)
    assert not is_quality_refund(CaseKind.REFUND_ONLY, Reason.LATE_SHIPMENT)


def test_priority_puts_costly_second_refunds_first() -> None:
    assert initial_priority(second_refund=True, urged=False,
                            reason=Reason.LATE_SHIPMENT) == Priority.URGENT
    assert initial_priority(second_refund=True, urged=False,
                            reason=Reason.BUYER_MISTAKE) == Priority.HIGH
    assert initial_priority(second_refund=False, urged=True, reason=Reason.OTHER) == Priority.HIGH
    assert initial_priority(second_refund=False, urged=False, reason=Reason.OTHER) == Priority.NORMAL


def test_a_new_case_gets_its_flags_priority_and_deadline_from_the_rules() -> None:
    s = new_case_state(kind="refund_only", reason="quality_problem", amount_fen=9900,
                       opened_at=NOW, second_refund=True, response_hours=24)
    assert s.quality_refund and s.second_refund and s.priority == Priority.URGENT
    assert s.deadline_at == NOW + timedelta(hours=24) and s.status == CaseStatus.NEW
    given = NOW + timedelta(hours=3)
    assert new_case_state(kind="refund_only", reason="other", amount_fen=0, opened_at=NOW,
                          deadline_at=given).deadline_at == given
    with pytest.raises(DomainError):
        new_case_state(kind="refund_only", reason="other", amount_fen=-1, opened_at=NOW)


def test_moves_follow_the_state_machine() -> None:
    s = new_case_state(kind="exception_parcel", reason="transit_damage", amount_fen=0,
                       opened_at=NOW)
    moved = s.moved_to("in_progress")
    assert changes_between(s, moved) == {"status": ["new", "in_progress"]}
    with pytest.raises(IllegalTransition):
        moved.moved_to("inspecting")


def test_an_import_may_change_only_what_the_platform_owns() -> None:
    s = new_case_state(kind="refund_only", reason="other", amount_fen=100, opened_at=NOW)
    updated = s.with_platform_update({"platform_status": "退款成功", "amount_fen": 200})
    assert changes_between(s, updated) == {"amount_fen": [100, 200],
                                           "platform_status": [None, "退款成功"]}
    with pytest.raises(NotAPlatformField):
        s.with_platform_update({"status": "resolved"})


def test_the_state_digest_does_not_depend_on_how_a_row_spells_its_values() -> None:
    a = CaseState(kind="refund_only", reason="other", status="new", amount_fen=5,  # type: ignore[arg-type]  # rows give plain text
                  priority=1, quality_refund=0, deadline_at=NOW)  # type: ignore[arg-type]  # and plain ints
    b = CaseState(kind=CaseKind.REFUND_ONLY, reason=Reason.OTHER, status=CaseStatus.NEW,
                  amount_fen=5, priority=Priority.NORMAL, quality_refund=False,
                  deadline_at=NOW.replace(microsecond=123))
    assert a.digest() == b.digest()
    assert a.digest() != a.moved_to("in_progress").digest()


def test_an_event_binds_the_state_after_it() -> None:
    s = new_case_state(kind="refund_only", reason="other", amount_fen=5, opened_at=NOW)
    ev = chain.next_event(7, chain.ChainHead(), NOW, "lina", "created", {"x": 1}, s.digest())
    stored = chain.StoredEvent(1, 7, ev.seq, ev.at, ev.actor, ev.action, ev.changes_json,
                               ev.prev_hash, ev.hash, ev.state_hash)
    assert chain.verify_chain(7, [stored], ev.hash, s.digest()) is None
    other = s.moved_to("in_progress").digest()
    assert chain.verify_chain(7, [stored], ev.hash, other) is not None
    # The state digest is inside the hash: swapping it breaks the event itself.
    forged = chain.StoredEvent(1, 7, ev.seq, ev.at, ev.actor, ev.action, ev.changes_json,
                               ev.prev_hash, ev.hash, other)
    assert "edited" in chain.verify_chain(7, [forged], ev.hash, other).problem  # type: ignore[union-attr]  # a break is expected


def test_the_search_document_holds_every_text_an_agent_searches_by() -> None:
    doc = search_document("C1", "O2", "晴天", ["蓝牙耳机", None, "白色"], ["SF123"], "外包装破损",
                          None)
    assert doc.body == "C1 | O2 | 晴天 | 蓝牙耳机 | 白色 | SF123 | 外包装破损"
    assert "破损" in doc.grams.split() and "损" in doc.grams.split()
