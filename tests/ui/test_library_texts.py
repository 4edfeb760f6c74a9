"""The template and macro editors say why they refuse something in the user's language,
naming what is wrong (the placeholder, the line, the field); the command line keeps the
domain's English."""

from __future__ import annotations

import pytest

from app.domain import macros as mc
from app.domain import templates as t
from app.domain.errors import DomainError
from app.domain.handling import BadText
from tests.library_problems import raised_codes
from ui import i18n, library_texts
from ui.template_editor import TemplateEditor

# Facts enough for any sentence of either table.
FACTS = {"field": "body", "lang": "en", "platform": "douyin", "name": "foo", "value": "v",
         "line": 3, "limit": 5, "length": 9, "construct": "call", "node": "Call",
         "langs": t.LANGS, "allowed": ["upper"], "known": t.PLACEHOLDERS, "detail": "d",
         "n": 2, "do": "tag", "template": "tpl_x", "shortcut": "Ctrl+Alt+1",
         "other": "other_macro"}


@pytest.fixture
def chinese(qapp):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    i18n.install("zh_CN")
    # One clear failure, not dozens, when the catalogue was not rebuilt with these words.
    if QCoreApplication.translate(library_texts.CTX, "Chinese") != "中文":
        i18n.install("en")
        pytest.fail("the zh_CN catalogue has no LibraryTexts: run python -m ui.i18n and "
                    "translate the new strings")
    yield
    i18n.install("en")


def has_cjk(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


def _error(kind: str, code: str) -> DomainError:
    if kind == "template":
        return t.InvalidTemplate("probe", code, **FACTS)
    if kind == "macro":
        return mc.InvalidMacro("probe", code, **FACTS)
    facts = {k: v for k, v in FACTS.items() if k != "name"}
    return t.BadValue("return_address", code, **facts)


TABLES = {"template": library_texts.TEMPLATE_TEXTS, "macro": library_texts.MACRO_TEXTS,
          "value": library_texts.VALUE_TEXTS}
CODED = [(kind, code) for kind, table in TABLES.items() for code in table
         if code not in ("missing_values", "unknown_template", "unknown_macro")]


def test_every_problem_the_program_raises_has_a_sentence():
    raised = raised_codes()
    assert raised["InvalidTemplate"] - set(library_texts.TEMPLATE_TEXTS) == set()
    assert raised["InvalidMacro"] - set(library_texts.MACRO_TEXTS) == set()
    assert raised["BadValue"] - set(library_texts.VALUE_TEXTS) == set()
    for error in (t.MissingValues("k", ["amount"]), t.UnknownTemplate("k"),
                  mc.UnknownMacro("k")):
        assert error.problem in library_texts.TABLES[type(error).__name__]


@pytest.mark.parametrize(("kind", "code"), CODED)
def test_every_sentence_is_chinese_and_filled(chinese, kind, code):
    text = library_texts.describe(_error(kind, code))
    assert has_cjk(text) and "%1" not in text and "%2" not in text and "%3" not in text
    assert "probe" not in text  # not the English message


@pytest.mark.parametrize(("kind", "code"), CODED)
def test_every_sentence_is_filled_in_english_too(english, kind, code):
    error = _error(kind, code)
    text = library_texts.describe(error)
    assert text and text != str(error) and "%" not in text.replace("%}", "").replace("{%", "")


def test_the_facts_are_shown_in_the_users_words(chinese):
    wrong = t.InvalidTemplate("k", "unknown_placeholder", field="body", lang="en",
                              platform="douyin", name="foo", known=t.PLACEHOLDERS)
    assert library_texts.describe(wrong).startswith("抖店专用内容（英文）用了不存在的占位符“foo”")
    missing = library_texts.describe(t.MissingValues("k", ["return_address", "amount"]))
    assert missing == "售后单里没有退货地址、金额（元）：请先填写。"
    value = library_texts.describe(t.BadValue("buyer", "value_too_long", limit=300,
                                              length=301))
    assert value == "买家昵称有 301 个字符，最多 300 个。"


def test_what_no_code_covers_keeps_its_own_words(english):
    assert library_texts.describe(DomainError("plain words")) == "plain words"
    odd = t.InvalidTemplate("k", "empty", field="title")
    odd.problem = "a_code_of_tomorrow"
    assert library_texts.describe(odd) == "template 'k': the title is empty"
    assert library_texts.describe(BadText("a note", "empty")) == "Write something first."


def _editor(qtbot, store) -> TemplateEditor:  # type: ignore[no-untyped-def]
    from app.domain.enums import Role
    from tests.roles import add_user

    # a supervisor edits the library (an agent is refused before the text is checked)
    editor = TemplateEditor(store, None, add_user(store, "zhaoli", Role.SUPERVISOR))
    qtbot.addWidget(editor)
    editor.new_template()
    editor.key.setText("gift_card")
    editor.titles["zh_CN"].setText("送优惠券")
    editor.bodies["zh_CN"].setPlainText("亲，{{ buyer }}，送您一张优惠券～")
    return editor


def test_the_template_editor_refuses_in_chinese(qtbot, chinese, store):
    editor = _editor(qtbot, store)
    editor.bodies["zh_CN"].setPlainText("亲，\n{{ buyer ")
    assert not editor.save()
    assert editor.error.text().startswith("内容（中文）第 2 行有语法错误"), editor.error.text()
    editor.bodies["zh_CN"].setPlainText("亲，{{ buyr }}，送您一张优惠券～")
    assert not editor.save()
    assert "不存在的占位符“buyr”" in editor.error.text()
    assert editor.error.text().startswith("内容（中文）")
    editor.bodies["zh_CN"].setPlainText("亲，{{ buyer.__class__ }}")
    assert not editor.save() and "属性访问" in editor.error.text()
    editor.bodies["zh_CN"].setPlainText("亲，{{ buyer }}，送您一张优惠券～")
    editor.titles["zh_CN"].setText("")
    assert not editor.save()
    assert editor.error.text() == "标题为空：请用中文或英文填写。"
    assert "template" not in editor.error.text()
    editor.titles["zh_CN"].setText("送优惠券")
    assert editor.save() and editor.error.text() == ""


def test_the_template_editor_refuses_in_english(qtbot, english, store):
    editor = _editor(qtbot, store)
    editor.bodies["zh_CN"].setPlainText("亲，\n{{ buyer ")
    assert not editor.save()
    assert editor.error.text().startswith("The text (Chinese) has a syntax error on line 2: "
                                          "unexpected end of template")
    editor.bodies["zh_CN"].setPlainText("亲，{{ buyr }}，送您一张优惠券～")
    assert not editor.save()
    assert editor.error.text().startswith(
        "The text (Chinese) names the placeholder 'buyr', which does not exist. Known: buyer, ")
    editor.bodies["zh_CN"].setPlainText("亲，{{ buyer }}，送您一张优惠券～")
    editor.titles["zh_CN"].setText("")
    assert not editor.save()
    assert editor.error.text() == "The title is empty: write it in Chinese or English."


def test_the_macro_editor_refuses_in_chinese(qtbot, chinese, demo_store):
    from ui.macro_menu import MacroEditor

    editor = MacroEditor(demo_store, "zhaoli")
    qtbot.addWidget(editor)
    editor.new_macro()
    editor.key.setText("photos_quick")
    editor.titles["zh_CN"].setText("快速补图")
    editor.actions_text.setPlainText("{do: status, to: waiting}")
    assert not editor.save()
    assert editor.error.text() == "第 1 个动作：没有状态“waiting”。"
    editor.actions_text.setPlainText("{do: dance}")
    assert not editor.save() and editor.error.text().startswith("第 1 个动作“dance”不是")
    editor.actions_text.setPlainText("")
    assert not editor.save()
    assert editor.error.text() == "这个快捷操作什么也不做：请选择回复话术或写一个动作。"


def test_the_command_line_keeps_the_english_sentence():
    with pytest.raises(t.InvalidTemplate) as err:
        t.from_spec({"key": "probe", "title": "试", "body": "{{ buyr }}"})
    assert str(err.value) == ("template 'probe': the body in zh_CN names an unknown "
                              f"placeholder 'buyr'; known: {', '.join(t.PLACEHOLDERS)}")


def test_the_reply_tab_says_a_typed_value_is_too_long_in_chinese(qtbot, chinese, demo_store,
                                                                 no_return_addresses):
    from app.domain.filters import CaseFilter
    from app.services.cases import case_detail, list_cases
    from ui.reply_tab import ReplyTab

    tab = ReplyTab(demo_store)
    tab.set_agent("lina")
    qtbot.addWidget(tab)
    tab.show()
    row = list_cases(demo_store, CaseFilter(kinds=("return_refund",)), limit=1)[0]
    tab.show_case(case_detail(demo_store, row.id))
    tab.choose("return_address")
    field = tab.missing_box.fields["return_address"]
    field.textEdited.emit("路" * (t.MAX_VALUE + 1))
    assert tab.preview.text() == "退货地址有 301 个字符，最多 300 个。"
