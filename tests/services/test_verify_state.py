"""`verify` checks the case rows against their histories, and survives damaged rows."""

from __future__ import annotations

import sqlite3

import pytest

from app.domain.filters import CaseFilter
from app.services.case_actions import change_status
from app.services.cases import list_cases
from app.services.verify import verify


def _db(store):  # type: ignore[no-untyped-def]
    return sqlite3.connect(store.location.data_dir / "aftersales.db")


def _some_case(store) -> int:  # type: ignore[no-untyped-def]
    return list_cases(store, CaseFilter(statuses=("new",)), limit=1)[0].id


@pytest.mark.parametrize("edit", [
    "UPDATE cases SET amount_fen = amount_fen + 100 WHERE id = ?",
    "UPDATE cases SET status = 'resolved' WHERE id = ?",
    "UPDATE cases SET assignee_id = (SELECT max(id) FROM users) WHERE id = ?",
    "UPDATE cases SET priority = 3, deadline_at = '2030-01-01 00:00:00.000000' WHERE id = ?",
])
def test_a_case_row_edited_behind_the_program_is_named(demo_store, edit: str) -> None:
    case_id = _some_case(demo_store)
    assert verify(demo_store).ok
    with _db(demo_store) as conn:
        conn.execute(edit, (case_id,))
    report = verify(demo_store)
    assert not report.ok
    assert [b["case_id"] for b in report.broken_cases] == [case_id]
    assert "edited outside the program" in report.broken_cases[0]["problem"]


def test_a_change_through_the_program_keeps_the_row_and_history_in_step(demo_store) -> None:
    case_id = _some_case(demo_store)
    change_status(demo_store, "lina", case_id, "in_progress", note="联系买家")
    change_status(demo_store, "lina", str(case_id), "waiting_buyer")
    assert verify(demo_store).ok


@pytest.mark.parametrize("damage", [
    "UPDATE case_events SET changes = X'00ff10' WHERE id = ?",
    "UPDATE case_events SET at = 'not a time' WHERE id = ?",
    "UPDATE case_events SET actor = X'0102' WHERE id = ?",
])
def test_a_malformed_event_row_is_named_not_raised(demo_store, damage: str) -> None:
    case_id = _some_case(demo_store)
    with _db(demo_store) as conn:
        event_id = conn.execute("SELECT id FROM case_events WHERE case_id = ? ORDER BY seq LIMIT 1",
                                (case_id,)).fetchone()[0]
        conn.execute(damage, (event_id,))
    report = verify(demo_store)
    assert not report.ok
    broken = report.broken_cases[0]
    assert (broken["case_id"], broken["event_id"]) == (case_id, event_id)


def test_a_case_row_with_values_the_program_never_writes_is_named(demo_store) -> None:
    case_id = _some_case(demo_store)
    with _db(demo_store) as conn:
        conn.execute("UPDATE cases SET kind = 'teleport' WHERE id = ?", (case_id,))
    report = verify(demo_store)
    assert [b["case_id"] for b in report.broken_cases] == [case_id]
    assert "never writes" in report.broken_cases[0]["problem"]


def test_events_of_the_old_format_still_verify(demo_store) -> None:
    """A store made before events bound states (schema 0004): its events carry no state
    digest; their hashes are as they were, and the next change binds the state again."""
    from app.domain import history as chain

    case_id = _some_case(demo_store)
    with _db(demo_store) as conn:
        rows = conn.execute("SELECT id, case_id, seq, at, actor, action, changes, prev_hash "
                            "FROM case_events WHERE case_id = ? ORDER BY seq", (case_id,)).fetchall()
        prev = chain.GENESIS_HASH
        from datetime import datetime

        for id_, cid, seq, at, actor, action, changes, _prev in rows:
            digest = chain.event_hash(cid, seq, datetime.fromisoformat(at), actor, action,
                                      changes, prev)
            conn.execute("UPDATE case_events SET state_hash = NULL, prev_hash = ?, hash = ? "
                         "WHERE id = ?", (prev, digest, id_))
            prev = digest
        conn.execute("UPDATE cases SET history_head = ?, amount_fen = amount_fen + 1 WHERE id = ?",
                     (prev, case_id))
    # Unbound: the edit of the row cannot be seen yet, the chain itself is sound.
    assert verify(demo_store).ok
    change_status(demo_store, "lina", case_id, "in_progress")
    assert verify(demo_store).ok
    with _db(demo_store) as conn:
        conn.execute("UPDATE cases SET amount_fen = amount_fen + 1 WHERE id = ?", (case_id,))
    assert [b["case_id"] for b in verify(demo_store).broken_cases] == [case_id]
