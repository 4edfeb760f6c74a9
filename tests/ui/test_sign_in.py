"""The sign-in dialog, the start's sign-in, and the window's File menu for accounts, on
real stores offscreen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.services import accounts
from tests.conftest import unsecure
from tests.ui.conftest import make_window
from ui import sign_in
from ui.sign_in import SignInDialog


def _dialog(qtbot, store, settings, name: str = "", **kw) -> SignInDialog:  # type: ignore[no-untyped-def]
    d = SignInDialog(store, settings, "test-store", name, **kw)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitUntil(lambda: not d.busy, timeout=10000)
    return d


def _try(qtbot, d: SignInDialog, password: str) -> None:  # type: ignore[no-untyped-def]
    d.password.setText(password)
    assert d.ok.isEnabled()
    qtbot.keyClick(d.password, Qt.Key.Key_Return)  # Enter signs in
    qtbot.waitUntil(lambda: not d.busy, timeout=10000)


def test_wrong_then_locked_then_right(qtbot, english, demo_store, ui_settings) -> None:
    d = _dialog(qtbot, demo_store, ui_settings, "lina")
    names = [d.name.itemData(i) for i in range(d.name.count())]
    assert "lina" in names and "admin" in names
    assert d.chosen_name() == "lina" and not d.remember.isVisible()
    assert not d.ok.isEnabled()  # no password yet
    for _ in range(3):
        _try(qtbot, d, "wrong")
        assert d.message.text() == "Unknown user name or wrong password."
        assert d.password.text() == ""
    _try(qtbot, d, "wrong")
    assert d.message.text() == "Too many wrong passwords. Try again in 2 seconds."
    d.password.setText("demo")
    assert not d.ok.isEnabled()  # the wait counts down first
    qtbot.waitUntil(lambda: d.ok.isEnabled(), timeout=5000)
    assert d.message.text() == "You can try again now."
    with qtbot.waitSignal(d.accepted, timeout=10000):
        d.ok.click()
    assert d.principal == accounts.Principal("lina", "李娜", "agent")


def test_an_unknown_name_is_answered_like_a_wrong_password(qtbot, english, demo_store,
                                                           ui_settings) -> None:
    d = _dialog(qtbot, demo_store, ui_settings)
    d.name.setEditText("nobody' OR 1=1")
    _try(qtbot, d, "demo")
    assert d.message.text() == "Unknown user name or wrong password."
    accounts.disable(demo_store, "admin", "wanglei")
    d.name.setEditText("wanglei")
    _try(qtbot, d, "demo")
    assert d.message.text() == "This account is disabled. An admin can enable it."
    assert d.result() != QDialog.DialogCode.Accepted


def test_escape_quits(qtbot, english, demo_store, ui_settings) -> None:
    d = _dialog(qtbot, demo_store, ui_settings, "lina")
    d.show()
    with qtbot.waitSignal(d.rejected, timeout=5000):
        qtbot.keyClick(d, Qt.Key.Key_Escape)
    assert d.principal is None


def test_remember_me_on_a_one_person_store(qtbot, english, store, ui_settings) -> None:
    accounts.add_user(store, "me", "solo", "admin", "my own password")
    d = _dialog(qtbot, store, ui_settings)
    d.show()
    assert d.remember.isVisible() and d.chosen_name() == "solo"
    d.remember.setChecked(True)
    with qtbot.waitSignal(d.accepted, timeout=10000):
        _try(qtbot, d, "my own password")
    name, token = sign_in.remembered_token(ui_settings, "test-store")
    assert name == "solo" and token
    outcome, who = sign_in.sign_in_at_start(lambda: store, ui_settings, "test-store")
    assert outcome == "signed_in" and who is not None and who.name == "solo"
    accounts.forget(store, "solo")  # signing out: the token no longer works
    outcome, who = _start(ui_settings, store, accepted=False)
    assert outcome == "quit" and who is None


def _start(settings, store, accepted: bool, **kw):  # type: ignore[no-untyped-def]
    original = SignInDialog.exec

    def fake_exec(self) -> int:  # type: ignore[no-untyped-def]
        fake_exec.shown = True  # type: ignore[attr-defined]
        return int(QDialog.DialogCode.Accepted if accepted else QDialog.DialogCode.Rejected)

    SignInDialog.exec = fake_exec  # type: ignore[method-assign]
    try:
        return sign_in.sign_in_at_start(lambda: store, settings, "test-store", **kw)
    finally:
        SignInDialog.exec = original  # type: ignore[method-assign]


def test_the_start_signs_in_with_the_environments_password(qtbot, english, demo_store,
                                                          ui_settings) -> None:
    outcome, who = _start(ui_settings, demo_store, False, name="zhaoli", try_password="demo")
    assert outcome == "signed_in" and who is not None and who.role == "supervisor"
    # A wrong one opens the dialog (here: closed), and counts as a failure.
    outcome, who = _start(ui_settings, demo_store, False, name="zhaoli", try_password="nope")
    assert outcome == "quit" and who is None
    with demo_store.unit_of_work() as uow:
        assert uow.users.get("zhaoli").failed_signins == 1


def test_an_unsecured_store_needs_no_sign_in(qtbot, english, demo_store, ui_settings) -> None:
    unsecure(demo_store)
    assert _start(ui_settings, demo_store, False) == ("unsecured", None)


def test_the_window_says_who_signed_in_and_hides_who_am_i(qtbot, qloop, english, inbox,
                                                         ui_settings) -> None:
    w = make_window(qtbot, inbox, ui_settings)
    work = w.sign_in_work
    qtbot.waitUntil(lambda: work.secured, timeout=10000)
    assert work.info_action.text() == "Signed in as 李娜 (lina) · agent"
    assert work.role_label.text() == "Role: agent"
    # "Change who I am…" (its key) signs out: working as someone else takes a password.
    assert w.who_action.text() == "Sign out…" and w.who_action.isEnabled()
    assert w.who_action.shortcut().toString() == "Ctrl+Shift+U"
    assert work.password_action.shortcut().toString() == "Ctrl+Alt+K"
    menu = w.file_menu.actions()
    assert work.password_action in menu and work.users_action not in menu  # not an admin
    assert work.users_action.shortcut().isEmpty()
    assert work.info_action.isSeparator() and work.info_action in menu
    w.jobs.close()


def test_sign_out_asks_again_and_another_user_takes_over(qtbot, qloop, english, inbox,
                                                          ui_settings) -> None:
    w = make_window(qtbot, inbox, ui_settings)
    work = w.sign_in_work
    qtbot.waitUntil(lambda: work.secured, timeout=10000)
    w.who_action.trigger()
    d = work.dialog
    assert isinstance(d, SignInDialog) and not w.isVisible()
    qtbot.waitUntil(lambda: not d.busy, timeout=10000)
    d.name.setEditText("admin")
    d.password.setText("demo")
    with qtbot.waitSignal(d.accepted, timeout=10000):
        d.ok.click()
    assert w.isVisible() and w.user == "admin"
    qtbot.waitUntil(lambda: work.role == "admin", timeout=10000)
    assert work.users_action.isVisible() and work.users_action in w.file_menu.actions()
    assert work.users_action.shortcut().toString() == "Ctrl+Alt+U"
    assert work.role_label.text() == "Role: admin"
    w.jobs.close()


def test_no_passwords_set_is_said(qtbot, qloop, english, inbox, demo_store, ui_settings) -> None:
    unsecure(demo_store)
    w = make_window(qtbot, inbox, ui_settings)
    work = w.sign_in_work
    qtbot.waitUntil(lambda: work.role == "agent", timeout=10000)
    assert work.role_label.text() == "No passwords set"
    assert w.who_action.text() == "Change who I am…"
    assert work.password_action not in w.file_menu.actions()
    assert not work.info_action.isVisible()
    w.jobs.close()


def test_change_password(qtbot, qloop, english, inbox, demo_store, ui_settings) -> None:
    from ui.account_dialogs import PasswordDialog

    w = make_window(qtbot, inbox, ui_settings)
    work = w.sign_in_work
    qtbot.waitUntil(lambda: work.secured, timeout=10000)
    work.password_action.trigger()
    d = work.dialog
    assert isinstance(d, PasswordDialog) and d.current is not None
    ok = d.buttons.button(d.buttons.StandardButton.Ok)
    d.current.setText("not it")
    d.new.setText("short")
    assert d.message.text() == "A password has at least 8 characters." and not ok.isEnabled()
    d.new.setText("a new secret")
    d.repeat.setText("a new secre")
    assert d.message.text() == "The two passwords differ." and not ok.isEnabled()
    d.repeat.setText("a new secret")
    ok.click()
    qtbot.waitUntil(lambda: d.buttons.isEnabled(), timeout=10000)
    assert d.message.text() == "The current password is wrong."
    d.current.setText("demo")
    with qtbot.waitSignal(d.accepted, timeout=10000):
        ok.click()
    assert accounts.sign_in(demo_store, "lina", "a new secret").name == "lina"
    work.dialog.done(0)  # the "changed" message box
    w.jobs.close()


def test_users_dialog_adds_and_disables(qtbot, qloop, english, demo_store, ui_settings) -> None:
    from app.services.inbox import Inbox
    from ui.account_dialogs import AddUserDialog
    from ui.users_dialog import UsersDialog

    w = make_window(qtbot, Inbox(demo_store, "admin"), ui_settings)
    work = w.sign_in_work
    qtbot.waitUntil(lambda: work.role == "admin", timeout=10000)
    work.users_action.trigger()
    d = work.dialog
    assert isinstance(d, UsersDialog)
    qtbot.waitUntil(lambda: d.table.rowCount() == 8, timeout=10000)
    d.add_button.click()
    add = d.child
    assert isinstance(add, AddUserDialog)
    add.name.setText("li na")
    add.new.setText("password1")
    add.repeat.setText("password1")
    add.role.setCurrentIndex(add.role.findData("supervisor"))
    add.buttons.button(add.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: add.buttons.isEnabled(), timeout=10000)
    assert add.message.text() == "A user name has no spaces or control characters."
    add.name.setText("newsup")
    with qtbot.waitSignal(add.accepted, timeout=10000):
        add.buttons.button(add.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: d.table.rowCount() == 9, timeout=10000)
    assert accounts.sign_in(demo_store, "newsup", "password1").role == "supervisor"
    row = next(r for r in range(d.table.rowCount()) if d.table.item(r, 0).text() == "wanglei")
    d.table.selectRow(row)
    assert d.active_button.text() == "Disable"
    d.active_button.click()
    qtbot.waitUntil(lambda: d.table.item(row, 3).text() == "disabled", timeout=10000)
    own = next(r for r in range(d.table.rowCount()) if d.table.item(r, 0).text() == "admin")
    d.table.selectRow(own)
    assert not d.active_button.isEnabled()  # not one's own account
    d.done(0)
    w.jobs.close()


def _gui_start(monkeypatch, data_dir, password: str | None, given: bool = True):  # type: ignore[no-untyped-def]
    """run_gui up to the sign-in: what was asked, and whether any case page was read."""
    import argparse

    from app.services import quick_start
    from ui import app

    asked: list[tuple[str, str]] = []
    replayed: list[str] = []
    monkeypatch.setattr(quick_start, "replay", lambda _loc, user, *_a: replayed.append(user))
    monkeypatch.setattr(sign_in, "sign_in_at_start", lambda _open, _conf, _id, name="",
                        try_password="": (asked.append((name, try_password)), ("quit", None))[1])
    if password is None:
        monkeypatch.delenv("AFTERSALES_PASSWORD", raising=False)
    else:
        monkeypatch.setenv("AFTERSALES_PASSWORD", password)
    args = argparse.Namespace(data_dir=str(data_dir), db=None, user="lina", user_given=given,
                              log_level="INFO")
    assert app.run_gui(args) == 0
    return asked, replayed


def test_no_case_is_read_before_the_password_is_checked(qapp, demo_store, data_dir,
                                                        monkeypatch) -> None:
    demo_store.close()
    asked, replayed = _gui_start(monkeypatch, data_dir, None)
    assert asked == [("lina", "")] and replayed == []
    asked, replayed = _gui_start(monkeypatch, data_dir, "wrong")
    assert asked == [("lina", "wrong")] and replayed == []  # the dialog counts it
    asked, replayed = _gui_start(monkeypatch, data_dir, "demo", given=False)
    assert asked == [("", "")] and replayed == []  # the OS login is nobody's account
