"""The urged-shipments alert: a shop's urged, unshipped orders reached its threshold.

Modal: the agent acknowledges it (recorded, with the count), and may open the urged
view from it. One alert at a time; the next shop's follows once this one is answered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.urged import UrgedAlert
from ui import labels

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class UrgedAlertDialog(QDialog):
    """Signals: acknowledged(bool): answered; True to open the urged view."""

    acknowledged = Signal(bool)

    def __init__(self, alert: UrgedAlert, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.alert = alert
        self.setObjectName("urgedAlert")
        self.setModal(True)
        self.setWindowTitle(self.tr("Urged shipments"))
        shop = f"{labels.platform(alert.platform)} · {alert.shop}" if alert.platform else alert.shop
        text = QLabel(self.tr(
            "%1 has %2 urged orders not shipped yet (the alert is set at %3). "
            "Ship them first, or tell the buyers when they leave.")
            .replace("%1", shop).replace("%2", str(alert.count))
            .replace("%3", str(alert.threshold)), self)
        text.setObjectName("urgedAlertText")
        text.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(self.tr("Acknowledge and show urged cases"), self)
        self.open_button.setObjectName("openUrgedView")
        self.ok_button = QPushButton(self.tr("Acknowledge"), self)
        self.ok_button.setObjectName("acknowledgeUrged")
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.clicked.connect(lambda: self._answer(True))
        self.ok_button.clicked.connect(lambda: self._answer(False))
        lay = QVBoxLayout(self)
        lay.addWidget(text)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def _answer(self, open_view: bool) -> None:
        self.accept()
        self.acknowledged.emit(open_view)

    def reject(self) -> None:
        """Esc or the close box: the alert stays until it is acknowledged."""


class UrgedAlerts(QObject):
    """The window's urged-shipment alerts: counted in a worker after the view counts,
    shown one shop at a time, each acknowledgement recorded under the window's agent."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: UrgedAlertDialog | None = None
        self._queue: list[UrgedAlert] = []

    def check(self) -> None:
        w = self.window
        if w.inbox is None or w.jobs.running("urged") or self.dialog is not None:
            return
        if w.who_dialog is not None and w.who_dialog.isVisible():
            return  # once the agent said who they are: the answer is recorded under it
        # Imported here: the window's module must not load the store before it paints.
        from app.services.urged import pending_alerts

        job = w.jobs.job("urged")
        job.done.connect(self._counted)
        job.start(pending_alerts, w.inbox.store)

    def _counted(self, alerts: list[UrgedAlert]) -> None:
        if self.dialog is None:
            self._queue = list(alerts)
            self._next()

    def _next(self) -> None:
        if not self._queue or self.window.inbox is None:
            self.dialog = None
            return
        alert = self._queue.pop(0)
        dialog = UrgedAlertDialog(alert, self.window)
        self.dialog = dialog
        dialog.acknowledged.connect(lambda open_view: self._answered(alert, open_view))
        dialog.open()

    def _answered(self, alert: UrgedAlert, open_view: bool) -> None:
        from app.services.urged import acknowledge

        w = self.window
        assert w.inbox is not None
        w.jobs.job("acknowledge").start(acknowledge, w.inbox.store, w.agent, alert, w.now)
        if open_view:
            w.switch_view("urged")
        self._next()
