"""Reply templates are checked when saved: nothing a buyer should not get gets through."""

import pytest

from app.domain import macros as mc
from app.domain import templates as t


def spec(body, **more):
    return {"key": "probe", "title": {"zh_CN": "试", "en": "Probe"}, "body": body, **more}


@pytest.mark.parametrize(("body", "says"), [
    ("{{ ''.__class__.__mro__ }}", "attribute access"),
    ("{{ range(10**9) }}", "a call"),
    ("{{ foo }}", "unknown placeholder 'foo'"),
    ("{{ buyer|attr('__class__') }}", "filter 'attr'"),
    ("{{ buyer * 100000 }}", "arithmetic"),
    ("{% for x in buyer %}{{ x }}{% endfor %}", "a loop"),
    ("{% set buyer = 'x' %}{{ buyer }}", "assignment"),
    ("{{ buyer['x'] }}", "indexing"),
    ("{% include 'x' %}", "include"),
    ("亲，{{ buyer ", "syntax error on line 1"),
    ("{{ buyer }}" + "x" * 2_100, "at most 2000"),
])
def test_a_template_that_could_harm_or_fail_is_refused_with_why(body, says):
    with pytest.raises(t.InvalidTemplate) as err:
        t.from_spec(spec({"zh_CN": body, "en": "ok"}))
    assert says in str(err.value)
    assert "probe" in str(err.value)


def test_a_platform_variant_is_checked_like_the_body():
    with pytest.raises(t.InvalidTemplate, match="douyin body"):
        t.from_spec(spec("ok", variants={"douyin": {"zh_CN": "{{ order.__class__ }}"}}))
    with pytest.raises(t.InvalidTemplate, match="unknown platform"):
        t.from_spec(spec("ok", variants={"wechat": "hi"}))


def test_unknown_fields_kinds_and_reasons_are_refused():
    with pytest.raises(t.InvalidTemplate, match="unknown field"):
        t.from_spec(spec("ok", colour="red"))
    with pytest.raises(t.InvalidTemplate, match="case kind 'refund'"):
        t.from_spec(spec("ok", kinds=["refund"]))
    with pytest.raises(t.InvalidTemplate, match="key"):
        t.from_spec({**spec("ok"), "key": "Bad Key"})


def test_a_missing_value_is_named_and_the_text_is_not_final():
    tpl = t.from_spec(spec({"zh_CN": "亲，单号{{ carrier }} {{ tracking_no }}，{{ agent }}",
                            "en": "Parcel {{ tracking_no }}"}))
    done = t.render(tpl, {"agent": "lina", "carrier": "顺丰", "tracking_no": "  "})
    assert done.missing == ("tracking_no",) and done.text is None
    assert "[tracking_no]" in done.preview
    with pytest.raises(t.MissingValues, match="tracking_no"):
        t.rendered_text(tpl, {"agent": "lina", "carrier": "顺丰"})
    full = t.render(tpl, {"agent": "lina", "carrier": "顺丰", "tracking_no": "SF1"})
    assert full.text == "亲，单号顺丰 SF1，lina" and full.ready


def test_the_language_and_the_platform_pick_the_body():
    tpl = t.from_spec(spec({"zh_CN": "亲，{{ buyer }}", "en": "Hi {{ buyer }}"},
                           variants={"pinduoduo": {"zh_CN": "拼多多的亲，{{ buyer }}"}}))
    assert t.rendered_text(tpl, {"buyer": "王"}, "en") == "Hi 王"
    assert t.rendered_text(tpl, {"buyer": "王"}, "zh_CN", "pinduoduo") == "拼多多的亲，王"
    # A variant written in one language only stands for the platform in every language.
    assert t.rendered_text(tpl, {"buyer": "王"}, "en", "pinduoduo") == "拼多多的亲，王"
    assert t.rendered_text(tpl, {"buyer": "王"}, "zh_CN", "douyin") == "亲，王"


def test_values_are_one_line_and_bounded():
    tpl = t.from_spec(spec("{{ buyer }}"))
    assert t.rendered_text(tpl, {"buyer": "王\n\t小明\x07"}) == "王 小明"
    with pytest.raises(Exception, match="at most 300"):
        t.render(tpl, {"buyer": "x" * 301})


def test_the_case_kind_comes_first_in_a_search():
    general = t.from_spec({**spec("退款说明"), "key": "general_one"})
    made = t.from_spec({**spec("退款说明"), "key": "refund_one", "kinds": ["refund_only"]})
    other = t.from_spec({**spec("退款说明"), "key": "repair_one", "kinds": ["repair"]})
    found = t.ranked([other, general, made], "退款", kind="refund_only")
    assert [x.key for x in found] == ["refund_one", "general_one", "repair_one"]
    assert t.ranked([other, general, made], "nothing like it") == []


def test_a_macro_is_checked_and_does_only_what_is_left():
    with pytest.raises(mc.InvalidMacro, match="no status 'waiting'"):
        mc.from_spec({"key": "m1", "title": "x", "actions": [{"do": "status", "to": "waiting"}]})
    with pytest.raises(mc.InvalidMacro, match="shortcut"):
        mc.from_spec({"key": "m1", "title": "x", "template": "greet_ack",
                      "shortcut": "Ctrl+Alt+Delete+Banana"})
    with pytest.raises(mc.InvalidMacro, match="does nothing"):
        mc.from_spec({"key": "m1", "title": "x"})
    macro = mc.from_spec({"key": "m1", "title": {"zh_CN": "补图", "en": "Photos"},
                          "template": "ask_damage_photos", "shortcut": "Ctrl+Alt+1",
                          "actions": [{"do": "assign", "user": "me"},
                                      {"do": "status", "to": "waiting_buyer"},
                                      {"do": "tag", "tag": "待补图"}]})
    left = mc.still_to_do(macro.actions, status="waiting_buyer", assignee="lina",
                          tags=["待补图"], actor="lina")
    assert left == []
    specs = mc.Macro(macro.key, macro.title, macro.template, tuple(left)).specs("亲，请补图")
    assert specs == [{"do": "reply", "template": "ask_damage_photos", "text": "亲，请补图"}]
