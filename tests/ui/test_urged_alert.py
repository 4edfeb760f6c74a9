"""The urged-shipments alert in the real window: it comes up when a shop's urged,
unshipped orders reach its threshold, is acknowledged (recorded), and stays away
until the count grows; it can open the urged view."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.services import urged
from app.services.inbox import Inbox
from tests.conftest import FIXED_NOW
from ui.urged_alert import UrgedAlertDialog


def _window(qtbot, demo_store, settings):  # type: ignore[no-untyped-def]
    from ui.app import application
    from ui.main_window import MainWindow

    application()
    w = MainWindow(Inbox(demo_store, "lina"), settings, now=lambda: FIXED_NOW,
                   urged_alerts=True)
    qtbot.addWidget(w)
    w.resize(1440, 900)
    w.show()
    w.start()
    return w


def test_alert_over_the_threshold_acknowledged_once(
        qtbot, qloop, english, demo_store, ui_settings) -> None:
    counts = urged.urged_counts(demo_store)
    shop = max(counts, key=lambda s: counts[s])
    for other in counts:
        urged.set_threshold(demo_store, "boss", other, counts[other] + (other != shop))
    w = _window(qtbot, demo_store, ui_settings)
    qtbot.waitUntil(lambda: w.urged_dialog is not None and w.urged_dialog.isVisible(),
                    timeout=10000)
    dialog = w.urged_dialog
    assert isinstance(dialog, UrgedAlertDialog) and dialog.isModal()
    assert dialog.alert.shop_id == shop and dialog.alert.count == counts[shop]
    text = dialog.findChild(QLabel, "urgedAlertText").text()
    assert f"has {counts[shop]} urged orders" in text and dialog.alert.shop in text
    dialog.reject()  # Esc does not dismiss it
    assert dialog.isVisible()
    dialog.open_button.click()
    qtbot.waitUntil(lambda: w.controller.view_key == "urged" and w.jobs.busy == 0,
                    timeout=10000)
    assert w.urged_dialog is None
    with demo_store.unit_of_work() as uow:
        acks = uow.settings.acknowledgements("urged_threshold")
    assert [(s, a, d) for s, a, _at, d in acks] == [
        (shop, "lina", {"count": counts[shop], "threshold": counts[shop]})]

    # counted again: acknowledged, so no alert
    with qtbot.waitSignal(w.controller.counts_loaded, timeout=10000):
        w.refresh()
    qtbot.waitUntil(lambda: w.jobs.busy == 0, timeout=10000)
    assert w.urged_dialog is None
    w.jobs.close()
