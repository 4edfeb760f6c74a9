"""The supervisors' Reports window: the nine reports on the left; on the right the
chosen one's title and definition, the filters, its headline figures (each a large
number with what it counts beside it), its tables and its charts.

Every run is computed in a worker (`Jobs`) by `app.services.reports.run`, which checks
the reader's role; a newer request (another report, a changed filter) makes an older
one's answer stale, and a stale answer is dropped when it lands. While a run is under
way a busy bar shows; a refusal or a failure is shown in words where the figures go.
Tables export to CSV/XLSX (`Export table…`), the whole report prints to an A4 PDF.

Signals:
    shown(str): a report's result is on screen (its name).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import report_texts
from ui.jobs import Jobs
from ui.report_calls import export_table, print_pdf, read_choices, run_report, ui_lang
from ui.report_figures import FigureCard
from ui.report_filters import ReportFilters
from ui.reports_model import ReportTableModel, sorted_model

NAMES = ("refund-rate", "quality-refunds", "reasons", "second-refunds", "compensation",
         "refund-cost", "supplier-exceptions", "deadlines", "workload")  # catalog order


class ReportsWindow(QWidget):
    shown = Signal(str)

    def __init__(self, jobs: Jobs, store: Callable[[], Any], actor: Callable[[], str],
                 today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("reportsWindow")
        self._jobs, self._store, self._actor = jobs, store, actor
        self.result: Any = None
        self._seq = 0
        self._running: Any = None
        self._choices_asked = False

        self.list = QListWidget(self)
        self.list.setObjectName("reportList")
        for name in NAMES:
            item = QListWidgetItem(report_texts.title(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.list.addItem(item)
        self.list.setFixedWidth(210)
        self.list.setSpacing(3)
        self.title = QLabel(self)
        self.title.setObjectName("reportTitle")
        big = QFont(self.title.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setBold(True)
        self.title.setFont(big)
        self.definition = QLabel(self)
        self.definition.setObjectName("reportDefinition")
        self.definition.setWordWrap(True)
        self.filters = ReportFilters(today, self)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("reportBusy")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.status = QLabel(self)
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportTableButton")
        self.export_button.clicked.connect(lambda: self.export_current())
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("printPdfButton")
        self.pdf_button.clicked.connect(lambda: self.print_pdf())
        self.stop_button = QPushButton(self)
        self.stop_button.setObjectName("stopReportButton")
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.hide()
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("refreshReportButton")
        self.refresh_button.clicked.connect(self.run_now)
        self.figures_box = QWidget(self)
        self.figures_layout = QHBoxLayout(self.figures_box)
        self.figures_layout.setContentsMargins(0, 0, 0, 0)
        self.cards: list[FigureCard] = []
        self.tables = QTabWidget(self)
        self.tables.setObjectName("reportTables")
        self.charts = QTabWidget(self)
        self.charts.setObjectName("reportCharts")
        self.views: list[QTableView] = []
        self.models: list[ReportTableModel] = []
        self.chart_views: list[Any] = []

        bar = QHBoxLayout()
        bar.addWidget(self.busy)
        bar.addWidget(self.stop_button)
        bar.addWidget(self.status, 1)
        for b in (self.export_button, self.pdf_button, self.refresh_button):
            bar.addWidget(b)
        self.split = split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName("reportSplit")
        split.addWidget(self.tables)
        split.addWidget(self.charts)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.definition)
        right.addWidget(self.filters)
        right.addLayout(bar)
        right.addWidget(self.figures_box)
        right.addWidget(split, 1)
        lay = QHBoxLayout(self)
        lay.addWidget(self.list)
        lay.addLayout(right, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)  # typing a SKU or stepping a date runs once
        self._debounce.timeout.connect(self.run_now)
        self.filters.changed.connect(self._debounce.start)
        self.list.currentRowChanged.connect(lambda _r: self.run_now())
        for keys, slot in (("F5", self.run_now), ("Ctrl+P", self.print_pdf),
                           ("Ctrl+E", self.export_current), ("Esc", self.close)):
            QShortcut(QKeySequence(keys), self, lambda s=slot: s())
        self.resize(1440, 900)
        self.retranslate()

    # -- text ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reports"))
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setText(report_texts.title(item.data(Qt.ItemDataRole.UserRole)))
            item.setToolTip(report_texts.definition(item.data(Qt.ItemDataRole.UserRole)))
        self.export_button.setText(self.tr("Export table… (Ctrl+E)"))
        self.pdf_button.setText(self.tr("Print to PDF… (Ctrl+P)"))
        self.refresh_button.setText(self.tr("Run again (F5)"))
        self.stop_button.setText(self.tr("Stop"))
        name = self.name()
        self.title.setText(report_texts.title(name) if name else self.tr("Choose a report"))
        self.definition.setText(report_texts.definition(name) if name else "")
        if self.result is not None and not self.busy_now():  # the shown one, in words again
            self.show_result(self.result, self._seq)
        self._update()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._choices_asked:  # the filters' choices, once: read in a worker
            self._choices_asked = True
            self.load_choices()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def name(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def choose(self, name: str) -> None:
        """Show this report (computed again if it is the one shown)."""
        row = NAMES.index(name)
        if self.list.currentRow() == row:
            self.run_now()
        else:
            self.list.setCurrentRow(row)

    # -- filters' choices ------------------------------------------------------------------
    def load_choices(self) -> None:
        store = self._store()
        if store is None:
            return
        job = self._jobs.job("report_choices")
        job.done.connect(self.filters.set_choices)
        job.failed.connect(lambda message, _c: self.status.setText(message))
        job.start(read_choices, store)

    # -- running ---------------------------------------------------------------------------
    def run_now(self) -> None:
        """Compute the chosen report for the filters; an answer to an older request is
        dropped when it lands (the worker cannot be stopped mid-query, only ignored)."""
        self._debounce.stop()
        name, store = self.name(), self._store()
        if name is None or store is None:
            return
        self._seq += 1
        seq = self._seq
        if self._running is not None:
            self._running.cancel()
        self.title.setText(report_texts.title(name))
        self.definition.setText(report_texts.definition(name))
        self.busy.show()
        self.stop_button.show()
        self.status.setText(self.tr("Computing %1…").replace("%1", report_texts.title(name)))
        job = self._jobs.job("report")
        self._running = job
        job.done.connect(lambda result: self.show_result(result, seq))
        job.failed.connect(lambda message, cancelled: self._failed(seq, message, cancelled))
        job.start(run_report, store, name, self.filters.report_filter(), self._actor())
        self._update()

    def stop(self) -> None:
        """Stop waiting for the run under way: its answer, when it comes, is dropped (a
        query cannot be interrupted, only ignored); what was shown before stays."""
        if not self.busy_now():
            return
        self._seq += 1
        if self._running is not None:
            self._running.cancel()
            self._running = None
        self._idle()
        if self.result is not None:  # the list and the title say what is shown
            self.list.blockSignals(True)
            self.list.setCurrentRow(NAMES.index(self.result.name))
            self.list.blockSignals(False)
            self.title.setText(report_texts.title(self.result.name))
            self.definition.setText(report_texts.definition(self.result.name))
        self.status.setText(self.tr("Stopped; the report shown is the one before."))
        self._update()

    def _idle(self) -> None:
        self.busy.hide()
        self.stop_button.hide()

    def busy_now(self) -> bool:
        return self.busy.isVisibleTo(self)

    def _failed(self, seq: int, message: str, cancelled: bool) -> None:
        if seq != self._seq:
            return
        self._running = None
        self._idle()
        self.result = None
        self._clear()
        self.status.setText(self.tr("The report could not be computed: %1").replace("%1", message))
        self._update()

    def show_result(self, result: Any, seq: int) -> None:
        if seq != self._seq or result.name != self.name():
            return  # a newer request is under way, or answered already
        self._running = None
        self._idle()
        self.result = result
        tab, chart_tab = self.tables.currentIndex(), self.charts.currentIndex()
        self._clear()
        for f in result.figures:
            card = FigureCard(self.figures_box)
            card.show_figure(result.name, f)
            self.figures_layout.addWidget(card, 1)
            self.cards.append(card)
        for t in result.tables:
            model = ReportTableModel(t, self, result.name)
            view = QTableView(self.tables)
            view.setObjectName(f"reportTable_{t.key}")
            view.setModel(sorted_model(model))
            view.setSortingEnabled(True)
            view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setAlternatingRowColors(True)
            view.verticalHeader().setVisible(False)
            view.resizeColumnsToContents()
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            view.horizontalHeader().setStretchLastSection(False)
            self.tables.addTab(view, report_texts.table(t.key))
            self.views.append(view)
            self.models.append(model)
        from ui.report_charts import chart_view  # QtCharts loads with the first report

        for c in result.charts:
            cv = chart_view(result.name, c, self.charts)
            self.charts.addTab(cv, report_texts.chart(result.name, c.key))
            self.chart_views.append(cv)
        self._share_width()
        self.tables.setCurrentIndex(max(0, min(tab, self.tables.count() - 1)))
        self.charts.setCurrentIndex(max(0, min(chart_tab, self.charts.count() - 1)))
        self.status.setText(f"{report_texts.title(result.name)} · {self.filters.describe()}")
        self._update()
        self.shown.emit(result.name)

    def _share_width(self) -> None:
        """The tables get the width their widest needs (45 to 70 %), the charts the rest:
        a table whose last columns scroll out of sight hides what it is for."""
        total = sum(self.split.sizes())
        if not self.views or total <= 0:
            return
        needed = max(v.horizontalHeader().length() + v.frameWidth() * 2
                     + v.verticalScrollBar().sizeHint().width() + 4 for v in self.views)
        tables = max(int(total * 0.45), min(needed + 8, int(total * 0.7)))
        self.split.setSizes([tables, total - tables])

    def _clear(self) -> None:
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        for w in (self.tables, self.charts):
            while w.count():
                page = w.widget(0)
                w.removeTab(0)
                page.deleteLater()
        self.views, self.models, self.chart_views = [], [], []

    def _update(self) -> None:
        has = self.result is not None and not self.busy_now()
        self.export_button.setEnabled(has and bool(self.result.tables))
        self.pdf_button.setEnabled(has)

    # -- export and print ------------------------------------------------------------------
    def current_table(self) -> Any:
        if self.result is None or not self.result.tables:
            return None
        return self.result.tables[max(self.tables.currentIndex(), 0)]

    def export_current(self, out: Path | None = None) -> None:
        """The shown table to CSV or XLSX (by the name's ending). The save dialog asks
        before a file is replaced, so a name chosen there may be written over."""
        table, store = self.current_table(), self._store()
        if table is None or store is None or self._jobs.running("report_export"):
            return
        replace = out is None  # the save dialog asked before a file is replaced
        if out is None:
            default = f"{self.result.name}-{table.key}.xlsx"
            name, chosen = QFileDialog.getSaveFileName(
                self, self.tr("Export table"), default,
                self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
            if not name:
                return
            out = Path(name)
            if out.suffix.lower() not in (".csv", ".xlsx"):
                out = out.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
        fmt = "csv" if out.suffix.lower() == ".csv" else "xlsx"
        self.status.setText(self.tr("Exporting to %1…").replace("%1", out.name))
        job = self._jobs.job("report_export")
        job.done.connect(lambda path: self.status.setText(
            self.tr("Table exported to %1").replace("%1", str(path))))
        job.failed.connect(lambda message, _c: self.status.setText(
            self.tr("Export failed, nothing was written: %1").replace("%1", message)))
        job.start(export_table, store, self.result, table.key, out, fmt, ui_lang(), replace)

    def print_pdf(self, out: Path | None = None) -> None:
        """The shown report (title, filter, figures with their definitions, charts and
        tables) to an A4 PDF, laid out in a worker."""
        store = self._store()
        if self.result is None or store is None or self._jobs.running("report_pdf"):
            return
        if out is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Print to PDF"),
                                                  f"{self.result.name}.pdf", self.tr("PDF (*.pdf)"))
            if not name:
                return
            out = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        from ui import report_pdf
        from ui.report_charts import chart_image

        images = [chart_image(self.result.name, c) for c in self.result.charts]
        body, pictures = report_pdf.report_html(self.result, self.filters.describe(), images)
        self.status.setText(self.tr("Printing to %1…").replace("%1", out.name))
        job = self._jobs.job("report_pdf")
        job.done.connect(lambda path: self.status.setText(
            self.tr("Report printed to %1").replace("%1", str(path))))
        job.failed.connect(lambda message, _c: self.status.setText(
            self.tr("Printing failed: %1").replace("%1", message)))
        job.start(print_pdf, store, out, body, pictures, report_texts.title(self.result.name))
