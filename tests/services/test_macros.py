"""Macros on a real store: one history event per case, a result per case in bulk."""

import pytest

from app.domain import macros as mc
from app.domain.enums import Role
from app.domain.errors import StaleCase
from app.domain.filters import CaseFilter
from app.domain.templates import MissingValues
from app.services import macros as svc
from app.services.case_actions import Done, Refused, perform
from app.services.cases import case_detail, list_cases
from app.services.verify import verify
from tests.roles import add_user


def cases(store, status, n=1, kind=None):
    f = CaseFilter(statuses=(status,), kinds=(kind,) if kind else ())
    rows = list_cases(store, f, limit=n)
    assert len(rows) == n
    return [r.id for r in rows]


@pytest.fixture(autouse=True)
def _shops_without_return_address(no_return_addresses: None) -> None:
    """These tests show what happens when the case cannot fill the return address."""


def test_the_shipped_macros_load_and_name_existing_templates(store):
    from app.services.templates import get_template

    shipped = svc.shipped()
    assert len(shipped) >= 6 and "ask_damage_photos" in shipped
    for macro in shipped.values():
        if macro.template:
            get_template(store, macro.template)
    assert mc.clashing_shortcuts(list(shipped.values())) == {}


def test_a_macro_is_one_event_with_the_reply_status_and_tag(demo_store):
    (case_id,) = cases(demo_store, "new")
    before = case_detail(demo_store, case_id)
    done = svc.run_macro(demo_store, "lina", case_id, "ask_damage_photos")
    after = case_detail(demo_store, case_id)
    assert len(after["history"]) == len(before["history"]) + 1
    event = after["history"][-1]
    assert event["action"] == "macro" and event["changes"]["macro"] == "ask_damage_photos"
    assert event["changes"]["template"] == "ask_damage_photos"
    assert event["changes"]["text"].startswith("亲")
    assert after["status"] == "waiting_buyer" and "待补图" in after["tags"]
    assert after["assignee"] == "lina" and after["paused"]
    assert done.version == after["version"]
    # Run again, it does what is left: only the reply.
    svc.run_macro(demo_store, "lina", case_id, "ask_damage_photos")
    assert case_detail(demo_store, case_id)["history"][-1]["changes"].keys() == {
        "template", "text", "macro"}
    assert verify(demo_store).ok


def test_a_reply_missing_a_value_is_refused_before_anything_is_written(demo_store):
    (case_id,) = cases(demo_store, "new", kind="return_refund")
    before = case_detail(demo_store, case_id)
    with pytest.raises(MissingValues, match="return_address"):
        svc.run_macro(demo_store, "lina", case_id, "agree_return")
    assert case_detail(demo_store, case_id)["version"] == before["version"]
    svc.run_macro(demo_store, "lina", case_id, "agree_return",
                  typed={"return_address": "杭州市余杭区文一西路1号"})
    after = case_detail(demo_store, case_id)
    assert after["status"] == "waiting_return"
    assert "杭州市余杭区文一西路1号" in after["history"][-1]["changes"]["text"]


def test_a_stale_version_is_refused_naming_who_changed_the_case(demo_store):
    (case_id,) = cases(demo_store, "new")
    seen = case_detail(demo_store, case_id)["version"]
    perform(demo_store, "wang", case_id, [{"do": "note", "text": "买家来电"}])
    with pytest.raises(StaleCase, match="wang"):
        svc.run_macro(demo_store, "lina", case_id, "claim_and_greet", version=seen)


def test_on_a_selection_each_case_gets_its_own_reply_and_a_result(demo_store):
    new = cases(demo_store, "new", 3)
    (closed,) = cases(demo_store, "cancelled")
    (needs_address,) = cases(demo_store, "new", kind="return_refund")
    ids = [*new, closed, 999_999]
    # The demo's deadlines are past by now: a past one is no promise, the agent gives one.
    results = svc.run_macro_many(demo_store, "lina", ids, "remind_and_wait",
                                 typed={"deadline": "12月3日 18:00"})
    assert [r.case_id for r in results] == ids
    by_id = {r.case_id: r for r in results}
    assert all(isinstance(by_id[i], Done) for i in new)
    assert isinstance(by_id[closed], Refused) and by_id[closed].code == "illegal_transition"
    assert isinstance(by_id[999_999], Refused)
    texts = {case_detail(demo_store, i)["history"][-1]["changes"]["text"] for i in new}
    assert len(texts) == 3  # each names its own order
    results = svc.run_macro_many(demo_store, "lina", [needs_address], "agree_return")
    assert isinstance(results[0], Refused) and "return_address" in results[0].reason
    assert verify(demo_store).ok


def test_macros_are_edited_checked_and_restored(store):
    editor = add_user(store, "zhaoli", Role.SUPERVISOR)
    spec = {"key": "photos_fast", "title": {"zh_CN": "快速补图", "en": "Photos, fast"},
            "template": "ask_damage_photos", "shortcut": "Ctrl+Alt+9",
            "actions": [{"do": "status", "to": "waiting_buyer"}]}
    svc.save_macro(store, editor, spec)
    assert svc.get_macro(store, "photos_fast").shortcut == "Ctrl+Alt+9"
    with pytest.raises(mc.InvalidMacro, match="already used by macro 'photos_fast'"):
        svc.save_macro(store, editor, {**spec, "key": "other"})
    with pytest.raises(Exception, match="no reply template 'nope'"):
        svc.save_macro(store, editor, {**spec, "key": "other", "template": "nope",
                                       "shortcut": None})
    assert svc.delete_macro(store, editor, "photos_fast") == "deleted"
    edited = {**svc.shipped()["agree_return"].to_spec(), "title": {"zh_CN": "同意退货"}}
    svc.save_macro(store, editor, edited)
    assert svc.get_macro(store, "agree_return").title == {"zh_CN": "同意退货"}
    assert svc.delete_macro(store, editor, "agree_return") == "restored"
    assert svc.get_macro(store, "agree_return") == svc.shipped()["agree_return"]
    assert svc.delete_macro(store, editor, "agree_return") == "hidden"
    with pytest.raises(mc.UnknownMacro):
        svc.get_macro(store, "agree_return")
