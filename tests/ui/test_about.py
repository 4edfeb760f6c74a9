"""Help → About: the program, where its data is, and the signing key's fingerprint (or
that there is none yet), as the supervisor compares it with a checkpoint's."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.services.checkpoints import make_checkpoint
from app.services.signing import load_key


def about_action(window):  # type: ignore[no-untyped-def]
    [found] = [a for a in window.help_menu.actions() if a.objectName() == "aboutAction"]
    return found


def test_about_says_there_is_no_key_yet(qtbot, window, demo_store):
    act = about_action(window)
    assert act.text() == "&About Aftersales Desk" and act.shortcut().toString() == "Ctrl+F1"
    QTest.keyClick(window.table, Qt.Key.Key_F1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.about_work.dialog is not None
                    and window.about_work.dialog.isVisible())
    dialog = window.about_work.dialog
    assert dialog.windowTitle() == "About Aftersales Desk"
    assert dialog.data_dir.text() == str(demo_store.location.data_dir)
    assert dialog.database.text() == demo_store.description
    assert dialog.fingerprint.text().startswith("No signing key yet")
    assert load_key(demo_store.location.data_dir) is None  # looking never makes one
    assert dialog.version.text().startswith(("Version ", "Development copy"))


def test_about_shows_the_fingerprint_whole(qtbot, window, demo_store, tmp_path):
    made = make_checkpoint(demo_store, tmp_path / "c", "zhaoli")
    dialog = window.about_work.open()
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.fingerprint.text() == made.fingerprint
    # one line, all of it inside the box
    label = dialog.fingerprint
    assert label.width() >= label.fontMetrics().horizontalAdvance(made.fingerprint)
    assert label.geometry().right() <= dialog.width()


def test_about_before_a_store_is_open(qtbot, english):
    from ui.about import AboutDialog, about_facts

    dialog = AboutDialog(about_facts(None))
    qtbot.addWidget(dialog)
    assert dialog.data_dir.text() == dialog.database.text() == "No store open yet"
    assert dialog.fingerprint.text().startswith("No signing key yet")


def test_the_about_screenshot(tmp_path):
    from tests.ui.test_commands import png_size, run

    data = tmp_path / "data"
    assert run("--data-dir", str(data), "demo", "--cases", "60", "--no-evidence").returncode == 0
    out = tmp_path / "about.png"
    done = run("--data-dir", str(data), "--user", "lina", "screenshot", str(out),
               "--dialog", "about", "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert png_size(out) == (1440, 900) and out.stat().st_size > 20_000
