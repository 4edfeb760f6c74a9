"""How the main window is laid out: the views, the table with its filter bar, and the
case pane side by side, and the status bar below."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QSplitter, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def lay_out(self: MainWindow) -> None:
    centre = QWidget(self)
    cl = QVBoxLayout(centre)
    cl.setContentsMargins(0, 0, 0, 0)
    cl.setSpacing(2)
    cl.addWidget(self.filter_bar)
    cl.addWidget(self.table, 1)
    cl.addWidget(self.result_label)
    self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
    self.splitter.setObjectName("mainSplitter")
    self.splitter.addWidget(self.views)
    self.splitter.addWidget(centre)
    self.splitter.addWidget(self.pane)
    self.splitter.setStretchFactor(1, 1)
    self.views.retranslate()
    side = self.views.minimumWidth()
    self.splitter.setSizes([side, 1440 - side - 420, 420])
    self.splitter.setChildrenCollapsible(False)
    self.setCentralWidget(self.splitter)

def status_bar(self: MainWindow) -> None:
    self.user_label = QLabel(self)
    self.db_label = QLabel(self)
    self.db_label.setObjectName("dbLabel")
    self.jobs_label = QLabel(self)
    self.jobs_label.setObjectName("jobsLabel")
    self.busy = QProgressBar(self)
    self.busy.setObjectName("busyBar")
    self.busy.setRange(0, 0)
    self.busy.setFixedWidth(90)
    self.busy.setMaximumHeight(12)
    self.busy.setTextVisible(False)
    self.busy.hide()
    sb = self.statusBar()
    sb.addWidget(self.user_label)
    sb.addWidget(self.db_label, 1)
    sb.addPermanentWidget(self.jobs_label)
    sb.addPermanentWidget(self.busy)
