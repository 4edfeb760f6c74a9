"""The reply library on a real store: shipped templates, edits over them, rendering."""

import pytest

from app.domain import templates as t
from app.domain.enums import CaseKind, Role
from app.domain.errors import DomainError
from app.domain.filters import CaseFilter
from app.services import templates as svc
from app.services.cases import case_detail, list_cases
from app.services.verify import verify
from tests.roles import add_user

REQUIRED = ("greet_ack", "ask_damage_photos", "ask_details", "offer_alternative",
            "return_address", "refund_done", "reship_notice", "intercept_notice",
            "exchange_notice", "repair_notice", "address_changed", "urge_reply",
            "supplier_checking", "solved_confirm")
TYPED = {"deadline": "12月3日 18:00", "tracking_no": "SF1234567890", "carrier": "顺丰速运", "amount": "59.00",
         "return_address": "浙江省杭州市余杭区文一西路1号 售后部 13800000000"}


def one_case_per_kind(store):
    out = {}
    for kind in CaseKind:
        rows = list_cases(store, CaseFilter(kinds=(kind.value,)), limit=1)
        assert rows, f"the demo holds no {kind} case"
        out[kind.value] = rows[0].id
    return out


@pytest.fixture(autouse=True)
def _shops_without_return_address(no_return_addresses: None) -> None:
    """These tests show what happens when the case cannot fill the return address."""


def test_the_shipped_library_has_the_keys_playbooks_name_in_both_languages():
    shipped = svc.shipped()
    assert set(REQUIRED) <= set(shipped)
    for template in shipped.values():
        assert set(template.title) == {"zh_CN", "en"}, template.key
        assert set(template.body) == {"zh_CN", "en"}, template.key
    kinds = {k for x in shipped.values() for k in x.kinds}
    assert kinds == {k.value for k in CaseKind}


def test_every_shipped_template_renders_for_a_case_of_each_kind(demo_store):
    for kind, case_id in one_case_per_kind(demo_store).items():
        detail, values = svc.case_values(demo_store, case_id, "lina")
        for template in svc.shipped().values():
            for lang in ("zh_CN", "en"):
                done = svc.render_for_detail(template, detail, values, lang=lang)
                # Only what a case may well lack is ever asked for.
                assert set(done.missing) <= set(TYPED), (kind, template.key, done.missing)
                text = t.rendered_text(template, svc.merged(values, TYPED), lang,
                                       detail["platform"])
                assert text and "[" not in text and "{{" not in text, (kind, template.key)
                assert "None" not in text


def test_the_case_fills_what_it_knows(demo_store):
    case_id = one_case_per_kind(demo_store)["return_refund"]
    detail, values = svc.case_values(demo_store, case_id, "lina")
    order = detail["order"]
    assert values["order_no"] == order["order_no"]
    assert values["buyer"] == order["buyer"]["nickname"]
    assert values["product"] == order["items"][0]["product"]
    assert values["agent"] == "lina"
    assert values["return_address"] == ""  # the shop has none yet: the agent is asked


def test_the_shops_return_address_fills_the_placeholder(demo_store):
    case_id = one_case_per_kind(demo_store)["return_refund"]
    detail = case_detail(demo_store, case_id)
    svc.set_return_address(demo_store, "lina", detail["shop"], detail["platform"],
                           "上海市浦东新区张江路88号 退货组")
    done = svc.render_reply(demo_store, case_id, "return_address", "lina")
    assert done.ready and "上海市浦东新区张江路88号" in (done.text or "")


def test_what_the_agent_types_fills_the_gap_and_unknown_names_are_refused(demo_store):
    case_id = one_case_per_kind(demo_store)["return_refund"]
    asked = svc.render_reply(demo_store, case_id, "return_address", "lina")
    assert asked.missing == ("return_address",) and asked.text is None
    done = svc.render_reply(demo_store, case_id, "return_address", "lina",
                            {"return_address": "北京市朝阳区建国路1号"})
    assert "北京市朝阳区建国路1号" in (done.text or "")
    with pytest.raises(DomainError, match="no placeholder 'colour'"):
        svc.render_reply(demo_store, case_id, "greet_ack", "lina", {"colour": "red"})


def test_an_edit_overrides_the_shipped_one_and_deleting_it_restores_it(store):
    editor = add_user(store, "zhaoli", Role.SUPERVISOR)
    shipped = svc.shipped()["greet_ack"]
    spec = {**shipped.to_spec(), "body": {"zh_CN": "亲，{{ agent }}在的～", "en": "Hi"}}
    svc.save_template(store, editor, spec)
    assert svc.get_template(store, "greet_ack").body["zh_CN"] == "亲，{{ agent }}在的～"
    assert {e.template.key: e.source for e in svc.library(store)}["greet_ack"] == "edited"
    assert svc.delete_template(store, editor, "greet_ack") == "restored"
    assert svc.get_template(store, "greet_ack") == shipped
    assert svc.delete_template(store, editor, "greet_ack") == "hidden"
    assert "greet_ack" not in {x.key for x in svc.templates(store)}
    assert svc.unhide_template(store, editor, "greet_ack")
    assert svc.get_template(store, "greet_ack") == shipped


def test_an_added_template_is_listed_and_deleted(store):
    editor = add_user(store, "zhaoli", Role.SUPERVISOR)
    svc.save_template(store, editor, {"key": "gift_note", "title": {"zh_CN": "赠品说明"},
                                      "body": {"zh_CN": "亲，{{ product }}附赠小礼品哦"},
                                      "kinds": ["exchange"]})
    rows = svc.list_templates(store, kind="exchange")
    assert any(r["key"] == "gift_note" and r["source"] == "added" for r in rows)
    assert all(r["key"] != "gift_note" for r in svc.list_templates(store, kind="repair"))
    assert svc.delete_template(store, editor, "gift_note") == "deleted"
    with pytest.raises(t.UnknownTemplate):
        svc.delete_template(store, editor, "gift_note")


@pytest.mark.parametrize("body", ["{{ ''.__class__.__mro__ }}", "{{ range(10**9) }}",
                                  "{{ foo }}"])
def test_saving_a_bad_template_writes_nothing(store, body):
    editor = add_user(store, "zhaoli", Role.SUPERVISOR)
    with pytest.raises(t.InvalidTemplate):
        svc.save_template(store, editor, {"key": "evil", "title": "x", "body": body})
    assert "evil" not in {x.key for x in svc.templates(store)}


def test_list_puts_the_platforms_own_variant_first(store):
    rows = svc.list_templates(store, kind="return_refund", platform="pinduoduo")
    assert rows[0]["platform_variant"] and rows[0]["key"] == "return_address"
    assert {"key", "title", "category"} <= set(rows[0])


def test_marking_a_reply_sent_is_one_history_event(demo_store):
    case_id = one_case_per_kind(demo_store)["exception_parcel"]
    before = case_detail(demo_store, case_id)
    text = svc.render_reply(demo_store, case_id, "ask_damage_photos", "lina").text
    assert text
    svc.record_sent(demo_store, "lina", case_id, "ask_damage_photos", text,
                    version=before["version"])
    after = case_detail(demo_store, case_id)
    assert len(after["history"]) == len(before["history"]) + 1
    last = after["history"][-1]
    assert last["action"] == "reply" and last["changes"]["template"] == "ask_damage_photos"
    assert last["changes"]["text"] == text
    assert verify(demo_store).ok


def test_a_broken_data_file_is_named_with_file_and_line(tmp_path):
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "bad.yaml").write_text(
        "templates:\n  - key: good_one\n    title: ok\n    body: ok\n"
        "  - key: bad_one\n    title: ok\n    body: '{{ nope }}'\n", "utf-8")
    with pytest.raises(svc.LibraryFileError, match=r"templates/bad.yaml:5: .*'nope'"):
        svc.load_entries("templates", "templates", t.from_spec, lambda x: x.key, tmp_path)
    (folder / "bad.yaml").write_text("templates:\n  - key: [unclosed\n", "utf-8")
    with pytest.raises(svc.LibraryFileError, match=r"templates/bad.yaml:\d+: not valid YAML"):
        svc.load_entries("templates", "templates", t.from_spec, lambda x: x.key, tmp_path)


def test_every_template_a_playbook_suggests_is_shipped():
    from app.services.playbooks import library as playbooks

    named = {step.suggest.template for book in playbooks().playbooks for step in book.steps
             if step.suggest is not None and step.suggest.template}
    assert named and named <= set(svc.shipped())
