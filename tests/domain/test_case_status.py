import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.case_status import TRANSITIONS, allowed_targets, can_transition, check_transition
from app.domain.enums import CLOSED_STATUSES, CaseStatus
from app.domain.errors import DomainError, IllegalTransition

S = CaseStatus


def test_every_status_has_rules_and_is_reachable_from_new():
    assert set(TRANSITIONS) == set(S)
    seen, todo = {S.NEW}, [S.NEW]
    while todo:
        for nxt in TRANSITIONS[todo.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    assert seen == set(S)


@pytest.mark.parametrize("closed", sorted(CLOSED_STATUSES))
def test_closed_cases_can_only_be_reopened(closed):
    assert allowed_targets(closed) == {S.IN_PROGRESS}
    with pytest.raises(IllegalTransition):
        check_transition(closed, S.WAITING_RETURN)


def test_inspection_needs_a_returned_parcel():
    with pytest.raises(IllegalTransition) as err:
        check_transition(S.NEW, S.INSPECTING)
    assert isinstance(err.value, DomainError)
    assert "new" in str(err.value) and "inspecting" in str(err.value)
    assert check_transition(S.WAITING_RETURN, S.INSPECTING) is S.INSPECTING


def test_no_status_moves_to_itself_or_back_to_new():
    for cur, targets in TRANSITIONS.items():
        assert cur not in targets
        assert S.NEW not in targets


@given(st.sampled_from(list(S)), st.sampled_from(list(S)))
def test_check_agrees_with_the_table(cur, tgt):
    if tgt in TRANSITIONS[cur]:
        assert check_transition(cur, tgt) == tgt
        assert can_transition(cur.value, tgt.value)
    else:
        assert not can_transition(cur, tgt)
        with pytest.raises(IllegalTransition):
            check_transition(cur, tgt)


def test_unknown_status_is_an_error():
    with pytest.raises(ValueError):
        check_transition("new", "lost_in_space")
