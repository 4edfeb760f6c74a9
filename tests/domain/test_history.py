from dataclasses import replace
from datetime import datetime, timedelta

from app.domain import history as h

T0 = datetime(2026, 1, 2, 3, 4, 5)


def build_chain(case_id=7, n=4):
    events, prev = [], h.GENESIS_HASH
    for seq in range(1, n + 1):
        body = h.canonical_changes({"status": ["a", f"s{seq}"]})
        at = T0 + timedelta(minutes=seq)
        digest = h.event_hash(case_id, seq, at, "lina", "status", body, prev)
        events.append(h.StoredEvent(100 + seq, case_id, seq, at, "lina", "status", body, prev, digest))
        prev = digest
    return events, prev


def test_an_untouched_chain_verifies():
    events, head = build_chain()
    assert h.verify_chain(7, events, head) is None


def test_edited_event_is_named():
    events, head = build_chain()
    events[1] = replace(events[1], changes_json=h.canonical_changes({"status": ["a", "forged"]}))
    brk = h.verify_chain(7, events, head)
    assert brk is not None and brk.event_id == 102 and brk.seq == 2 and "edited" in brk.problem


def test_edited_actor_or_time_is_detected():
    events, head = build_chain()
    assert h.verify_chain(7, [events[0], replace(events[1], actor="x"), *events[2:]], head).seq == 2
    moved = replace(events[2], at=events[2].at + timedelta(hours=1))
    assert h.verify_chain(7, [*events[:2], moved, events[3]], head).seq == 3


def test_deleted_event_breaks_the_next_one():
    events, head = build_chain()
    del events[1]
    brk = h.verify_chain(7, events, head)
    assert brk is not None and brk.event_id == 103


def test_reordered_events_are_detected():
    events, head = build_chain()
    a, b = events[1], events[2]
    swapped = [events[0], replace(b, seq=2), replace(a, seq=3), events[3]]
    brk = h.verify_chain(7, swapped, head)
    assert brk is not None and brk.event_id == b.id


def test_truncated_history_is_detected_by_the_head():
    events, head = build_chain()
    brk = h.verify_chain(7, events[:-1], head)
    assert brk is not None and "truncated" in brk.problem


def test_hash_ignores_timezone_representation_but_not_the_instant():
    from datetime import UTC

    aware = T0.replace(tzinfo=UTC)
    assert h.canonical_time(aware) == h.canonical_time(T0)
    assert h.event_hash(1, 1, T0, "a", "x", "{}", h.GENESIS_HASH) != h.event_hash(
        1, 1, T0 + timedelta(seconds=1), "a", "x", "{}", h.GENESIS_HASH)


def test_diff_lists_only_changed_fields():
    assert h.diff({"a": 1, "b": 2}, {"a": 1, "b": 3, "c": None}) == {"b": [2, 3]}
