"""The Reply tab and the template editor, real widgets on a real store offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.domain.filters import CaseFilter
from app.services import templates as svc
from app.services.cases import case_detail, list_cases
from ui.reply_tab import ReplyTab
from ui.template_editor import TemplateEditor


def _detail(store, kind):
    row = list_cases(store, CaseFilter(kinds=(kind,)), limit=1)[0]
    return case_detail(store, row.id)


@pytest.fixture
def tab(qtbot, english, demo_store):  # type: ignore[no-untyped-def]
    widget = ReplyTab(demo_store)
    widget.set_agent("lina")
    widget.resize(460, 700)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture(autouse=True)
def _shops_without_return_address(no_return_addresses: None) -> None:
    """These tests show what happens when the case cannot fill the return address."""


def test_typing_colons_and_letters_pops_templates_and_inserts_the_rendered_one(tab, qtbot,
                                                                             demo_store):
    detail = _detail(demo_store, "exception_parcel")
    tab.show_case(detail)
    tab.reply.setFocus()
    qtbot.keyClicks(tab.reply, "Hello ::damage")
    popup = tab.reply.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert "ask_damage_photos" in popup.currentIndex().data()
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    text = tab.reply.toPlainText()
    assert "::" not in text and text.startswith("Hello \n")
    # English UI: the English body, filled from the case.
    assert "Could you send me a few photos" in text or "Please send a few photos" in text
    assert "[" not in text
    assert tab._last_key == "ask_damage_photos"


def test_a_value_the_case_lacks_is_asked_for_before_the_text_is_final(tab, qtbot, demo_store):
    detail = _detail(demo_store, "return_refund")
    tab.show_case(detail)
    tab.reply.setFocus()
    qtbot.keyClicks(tab.reply, "::return_addr")
    popup = tab.reply.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert tab.reply.toPlainText() == ""  # nothing with a gap goes in
    assert tab.missing() == ("return_address",) and tab.missing_box.isVisible()
    assert "【Return address】" in tab.preview.text()
    field = tab.missing_box.fields["return_address"]
    qtbot.keyClicks(field, "1 Wenyi West Rd, Hangzhou")
    assert tab.missing() == ()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert "1 Wenyi West Rd, Hangzhou" in tab.reply.toPlainText()
    assert detail["order"]["order_no"] in tab.reply.toPlainText()


def test_copy_and_mark_as_sent(tab, qtbot, demo_store):
    detail = _detail(demo_store, "refund_only")
    tab.show_case(detail)
    tab.search.setText("greet")
    assert tab.list.currentItem() is not None
    qtbot.mouseClick(tab.insert_button, Qt.MouseButton.LeftButton)
    text = tab.reply_text()
    assert "lina" in text
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text
    with qtbot.waitSignal(tab.sent) as sent:
        qtbot.mouseClick(tab.sent_button, Qt.MouseButton.LeftButton)
    assert sent.args == ["greet_ack", text]
    assert tab.reply_text() == "" and not tab.sent_button.isEnabled()


def test_the_case_kind_comes_first_and_search_narrows(tab, demo_store):
    tab.show_case(_detail(demo_store, "intercept"))
    first = tab.list.item(0).data(Qt.ItemDataRole.UserRole + 1)
    assert "intercept" in svc.get_template(demo_store, first).kinds
    tab.search.setText("refund sent")
    keys = [tab.list.item(i).data(Qt.ItemDataRole.UserRole + 1)
            for i in range(tab.list.count())]
    assert keys and keys[0] == "refund_done"


def test_a_macro_whose_reply_misses_a_value_asks_first(tab, qtbot, demo_store):
    tab.show_case(_detail(demo_store, "return_refund"))
    with qtbot.assertNotEmitted(tab.macro_requested):
        tab.request_macro("agree_return")
    assert tab.missing() == ("return_address",)
    qtbot.keyClicks(tab.missing_box.fields["return_address"], "1 Wenyi West Rd, Hangzhou")
    with qtbot.waitSignal(tab.macro_requested) as asked:
        tab.request_macro("agree_return")
    assert asked.args == ["agree_return", {"return_address": "1 Wenyi West Rd, Hangzhou"}]


def test_the_editor_refuses_a_bad_template_inline_and_saves_a_good_one(qtbot, english,
                                                                    demo_store):
    detail = _detail(demo_store, "exception_parcel")
    editor = TemplateEditor(demo_store, detail, "zhaoli")
    qtbot.addWidget(editor)
    editor.select("greet_ack")
    assert editor.key.text() == "greet_ack" and editor.key.isReadOnly()
    body = editor.bodies["en"]
    body.setPlainText("Hello {{ ''.__class__.__mro__ }}")
    assert "attribute access" in editor.error.text()
    assert not editor.save()
    # The editor shows the template at hand: its words name the field, not the key.
    assert editor.error.text().startswith("The text (English) uses attribute access")
    assert svc.get_template(demo_store, "greet_ack") == svc.shipped()["greet_ack"]
    body.setPlainText("Hello {{ buyer }}, {{ agent }} here about {{ order_no }}.")
    assert editor.error.text() == ""
    assert detail["order"]["order_no"] in editor.preview.text()
    with qtbot.waitSignal(editor.saved):
        assert editor.save()
    saved = svc.get_template(demo_store, "greet_ack")
    assert saved.body["en"].startswith("Hello {{ buyer }}")
    assert saved.body["zh_CN"] == svc.shipped()["greet_ack"].body["zh_CN"]
    assert editor.remove_button.text() == "Restore shipped"
    editor.remove_template()
    assert svc.get_template(demo_store, "greet_ack") == svc.shipped()["greet_ack"]


def test_the_editor_adds_a_new_template_with_kinds(qtbot, english, demo_store):
    editor = TemplateEditor(demo_store, None, "zhaoli")
    qtbot.addWidget(editor)
    editor.new_template()
    editor.key.setText("gift_card")
    editor.titles["zh_CN"].setText("送优惠券")
    editor.bodies["zh_CN"].setPlainText("亲，送您一张优惠券～{{ range(10**9) }}")
    assert not editor.save() and "a call" in editor.error.text()
    editor.bodies["zh_CN"].setPlainText("亲，送您一张优惠券，下次购物可用～")
    for i in range(editor.kinds.count()):
        item = editor.kinds.item(i)
        if item.data(Qt.ItemDataRole.UserRole + 1) == "repair":
            item.setCheckState(Qt.CheckState.Checked)
    assert editor.save()
    assert svc.get_template(demo_store, "gift_card").kinds == ("repair",)


def test_macros_are_in_the_menu_with_their_keys_and_a_key_runs_one(tab, qtbot, demo_store):
    from PySide6.QtGui import QKeySequence

    tab.show_case(_detail(demo_store, "exception_parcel"))
    actions = {a.data(): a for a in tab.macro_menu.macro_actions()}
    assert actions["ask_damage_photos"].shortcut() == QKeySequence("Ctrl+Alt+1")
    assert set(tab.actions()) >= set(actions.values())
    with qtbot.waitSignal(tab.macro_requested) as asked:
        actions["ask_damage_photos"].trigger()
    assert asked.args == ["ask_damage_photos", {}]


def test_the_macro_editor_saves_a_checked_macro_and_refuses_a_bad_one(qtbot, english,
                                                                   demo_store):
    from app.services import macros
    from ui.macro_menu import MacroEditor

    editor = MacroEditor(demo_store, "zhaoli")
    qtbot.addWidget(editor)
    editor.new_macro()
    editor.key.setText("photos_quick")
    editor.titles["en"].setText("Photos, quick")
    editor.template.setCurrentIndex(editor.template.findData("ask_damage_photos"))
    editor.actions_text.setPlainText("{do: status, to: waiting}")
    assert not editor.save() and "no status 'waiting'" in editor.error.text()
    editor.actions_text.setPlainText("{do: status, to: waiting_buyer}\n{do: tag, tag: 待补图}")
    assert editor.save()
    saved = macros.get_macro(demo_store, "photos_quick")
    assert saved.template == "ask_damage_photos" and len(saved.actions) == 2
    assert editor.remove_button.text() == "Delete"


def test_a_return_address_typed_once_can_be_kept_for_the_shop(tab, qtbot, demo_store):
    detail = _detail(demo_store, "return_refund")
    tab.show_case(detail)
    tab.choose("return_address")
    assert tab.missing_box.remember.isVisible()
    qtbot.keyClicks(tab.missing_box.fields["return_address"], "1 Wenyi West Rd, Hangzhou")
    tab.missing_box.remember.setChecked(True)
    qtbot.keyClick(tab.missing_box.fields["return_address"], Qt.Key.Key_Return)
    assert "1 Wenyi West Rd, Hangzhou" in tab.reply_text()
    assert svc.return_address(demo_store, detail["shop"], detail["platform"]) == \
        "1 Wenyi West Rd, Hangzhou"
    assert not tab.missing_box.isVisible()  # the shop's own address fills it now


def test_in_the_window_a_sent_reply_and_a_macro_are_history(qtbot, window, inbox):
    tab = window.pane.reply_tab  # installed with the window (ui/case_work.py)
    assert window.pane.tabs.indexOf(tab) == 1
    row = list_cases(inbox.store, CaseFilter(kinds=("exception_parcel",),
                                             statuses=("new",)), limit=1)[0]
    window.open_case(row.id)
    qtbot.waitUntil(lambda: window.pane.detail is not None
                    and window.pane.detail["id"] == row.id, timeout=5000)
    assert tab.detail["id"] == row.id
    version = window.pane.detail["version"]
    window.pane.tabs.setCurrentWidget(tab)
    tab.choose("greet_ack")
    assert "lina" in tab.reply_text()
    tab.mark_sent()
    qtbot.waitUntil(lambda: window.pane.detail["version"] == version + 1
                    and window.jobs.busy == 0, timeout=5000)
    last = case_detail(inbox.store, row.id)["history"][-1]
    assert last["action"] == "reply" and last["changes"]["template"] == "greet_ack"
    # A macro's key works anywhere in the window.
    macro = next(a for a in window.actions() if a.data() == "ask_damage_photos")
    macro.trigger()
    qtbot.waitUntil(lambda: window.pane.detail["version"] == version + 2
                    and window.jobs.busy == 0, timeout=5000)
    assert window.pane.detail["status"] == "waiting_buyer"
    assert "待补图" in window.pane.detail["tags"]
    assert case_detail(inbox.store, row.id)["history"][-1]["changes"]["macro"] == \
        "ask_damage_photos"
