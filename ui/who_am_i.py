"""Who am I: which agent works this window, until sign-in exists.

Asked at the first start over a store (the store's agents and supervisors, or
someone else by name), remembered per store in the window's settings, changeable
from the File menu; `--user NAME` on the command line wins over what was remembered.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.agents import Agent, list_agents

if TYPE_CHECKING:
    from ui.main_window import MainWindow

PREFIX = "who_am_i/"
SOMEONE_ELSE = "__someone_else__"


def _key(store_id: str) -> str:
    # a data folder or a database URL, as a settings key that has no slashes or colons
    return PREFIX + hashlib.sha1(store_id.encode("utf-8")).hexdigest()[:16]


def remembered(settings: QSettings, store_id: str) -> str | None:
    value = settings.value(_key(store_id))
    return str(value) if value else None


def starting_user(settings: QSettings, store_id: str, user: str,
                  given: bool) -> tuple[str, bool]:
    """Who the window starts as, and whether to ask: `--user` (`given`) wins, then
    the agent remembered for this store; with neither, ask."""
    if given:
        return user, False
    known = remembered(settings, store_id)
    return (known, False) if known else (user, True)


def remember(settings: QSettings, store_id: str, name: str) -> None:
    settings.setValue(_key(store_id), name)
    settings.sync()


def work_as(window: MainWindow, name: str) -> None:
    """`name` works the window from now on: remembered for this store, the actor of
    every action, My cases theirs."""
    from PySide6.QtCore import QCoreApplication

    from ui import case_work

    name = " ".join(name.split())
    if not name:
        return
    if window.store_id:
        remember(window.settings, window.store_id, name)
    if name == window.user:
        return
    window.user = name
    case_work.agent_changed(window)
    if window.saved_ui.shown is not None:
        window.switch_view(window.controller.view_key)
    window.controller.set_user(name)
    window.retranslate()
    window.statusBar().showMessage(QCoreApplication.translate(
        "WindowActions", "Working as %1").replace("%1", name), 8000)


class WhoAmIDialog(QDialog):
    """Pick yourself from the store's agents, or type your name."""

    def __init__(self, agents: list[Agent], current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whoAmIDialog")
        self.setWindowTitle(self.tr("Who are you?"))
        roles = {"agent": self.tr("agent"), "supervisor": self.tr("supervisor")}
        self.list = QListWidget(self)
        self.list.setObjectName("agentList")
        for a in agents:
            shown = a.shown if a.shown == a.name else f"{a.shown} ({a.name})"
            item = QListWidgetItem(f"{shown} · {roles.get(a.role, a.role)}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, a.name)
            if a.name == current:
                self.list.setCurrentItem(item)
        other = QListWidgetItem(self.tr("Someone else…"), self.list)
        other.setData(Qt.ItemDataRole.UserRole, SOMEONE_ELSE)
        self.other_name = QLineEdit(self)
        self.other_name.setObjectName("otherName")
        self.other_name.setPlaceholderText(self.tr("Your name, as it goes in the case history"))
        self.other_name.setMaxLength(64)
        if self.list.currentItem() is None:
            if current:
                self.list.setCurrentItem(other)
                self.other_name.setText(current)
            elif agents:
                self.list.setCurrentRow(0)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.currentItemChanged.connect(lambda *_a: self._update())
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        self.other_name.textChanged.connect(lambda _t: self._update())
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose who you are: “My cases” shows your cases and every "
                               "action is recorded under your name."), self)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.other_name)
        lay.addWidget(self.buttons)
        self.resize(420, 420)
        self._update()

    def chosen(self) -> str:
        item = self.list.currentItem()
        value = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        if value == SOMEONE_ELSE:
            return " ".join(self.other_name.text().split())
        return str(value or "")

    def _update(self) -> None:
        item = self.list.currentItem()
        other = item is not None and item.data(Qt.ItemDataRole.UserRole) == SOMEONE_ELSE
        self.other_name.setEnabled(other)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.chosen()))

    def accept(self) -> None:
        if self.chosen():
            super().accept()


class WhoAmI(QObject):
    """Asks, for the window, who works it: the agents are read in a worker, then the
    dialog opens window-modal; the answer goes to `window.set_agent`."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: WhoAmIDialog | None = None

    def ask(self) -> None:
        if self.window.inbox is None:
            return
        job = self.window.jobs.job("agents")
        job.done.connect(self._choose)
        job.start(list_agents, self.window.inbox.store)

    def _choose(self, agents: list[Agent]) -> None:
        dialog = WhoAmIDialog(agents, self.window.user, self.window)
        dialog.accepted.connect(lambda: self.window.set_agent(dialog.chosen()))
        self.dialog = dialog
        dialog.open()
