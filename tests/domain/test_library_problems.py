"""A refused template, macro or value says why twice: a problem code with its facts (for
the window to word in the user's language) and the English sentence of the command line."""

import pytest

from app.domain import macros as mc
from app.domain import template_errors as te
from app.domain import templates as t
from tests.library_problems import raised_codes


def spec(body, **more):
    return {"key": "probe", "title": {"zh_CN": "试", "en": "Probe"}, "body": body, **more}


def refused(raw):
    with pytest.raises(t.InvalidTemplate) as err:
        t.from_spec(raw)
    return err.value


def test_every_code_raised_has_an_english_sentence_and_every_sentence_is_raised():
    raised = raised_codes()
    assert raised["InvalidTemplate"] == set(te.PROBLEMS)
    assert raised["BadValue"] == set(te.VALUE_PROBLEMS)
    assert raised["InvalidMacro"] == set(mc.PROBLEMS)


def test_a_body_problem_names_its_field_language_and_platform():
    err = refused(spec({"zh_CN": "ok"}, variants={"douyin": {"en": "Hi {{ foo }}"}}))
    assert err.problem == "unknown_placeholder"
    assert err.facts == {"field": "body", "lang": "en", "platform": "douyin", "name": "foo",
                         "known": t.PLACEHOLDERS}
    assert str(err) == ("template 'probe': the douyin body in en names an unknown "
                        f"placeholder 'foo'; known: {', '.join(t.PLACEHOLDERS)}")


@pytest.mark.parametrize(("raw", "problem", "facts"), [
    (spec("亲，\n{{ buyer "), "syntax", {"field": "body", "lang": "zh_CN", "line": 2}),
    (spec("{{ buyer.x }}"), "not_allowed", {"construct": "attribute", "node": "Getattr"}),
    (spec("{{ [1] }}"), "not_allowed", {"construct": "other", "node": "List"}),
    (spec("{{ buyer|attr('x') }}"), "unknown_filter", {"name": "attr"}),
    (spec("{{buyer}}" * 222), "renders_too_long", {"limit": t.MAX_TEXT, "length": 8880}),
    ({**spec("ok"), "title": {"en": "x" * 61}}, "too_long",
     {"field": "title", "lang": "en", "limit": t.MAX_TITLE, "length": 61}),
    ({**spec("ok"), "title": {"en": " "}}, "empty", {"field": "title"}),
    (spec("ok", kinds=["refund"]), "unknown_kind", {"value": "refund"}),
    (spec("ok", colour="red"), "unknown_field", {"name": "colour"}),
])
def test_each_problem_carries_the_facts_its_sentence_needs(raw, problem, facts):
    err = refused(raw)
    assert err.problem == problem
    assert facts.items() <= err.facts.items()


def test_the_english_sentence_keeps_what_it_said():
    assert "syntax error on line 2: unexpected end of template" in str(
        refused(spec("亲，\n{{ buyer ")))
    assert "renders to 8880 characters; at most 4000 fit in a reply" in str(
        refused(spec("{{buyer}}" * 222)))
    assert "uses a List expression, which a template may not" in str(refused(spec("{{ [1] }}")))


def test_a_value_and_a_macro_carry_their_codes_too():
    with pytest.raises(t.BadValue) as bad:
        t.clean_value("buyer", "x" * 301)
    assert (bad.value.problem, bad.value.facts) == (
        "value_too_long", {"name": "buyer", "limit": t.MAX_VALUE, "length": 301})
    assert str(bad.value) == "the value for buyer is 301 characters; at most 300 fit"
    with pytest.raises(mc.InvalidMacro) as err:
        mc.from_spec({"key": "m1", "title": "x", "actions": [{"do": "note", "text": "a"},
                                                             {"do": "dance"}]})
    assert (err.value.problem, err.value.facts["n"], err.value.facts["do"]) == (
        "unknown_action", 2, "dance")
    assert str(err.value) == ("macro 'm1': action 2 does 'dance'; known: "
                              "status, assign, tag, untag, note, escalate, step")
    assert t.MissingValues("k", ["amount"]).facts == {"missing": ("amount",)}
    assert mc.UnknownMacro("m9").problem == "unknown_macro"
