"""A report's chart drawn with QtCharts: bars for tables, lines for trends, a pie for
reasons and outcomes; values in the axis's unit (yuan, percent, hours), the series
and categories in words. A refund-rate trend carries the 5 % and 10 % bands as dashed
lines. `chart_image` renders one for the PDF."""

from __future__ import annotations

from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QPieSeries,
    QPieSlice,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene

from ui import report_format, report_texts

PALETTE = ("#1f6fb2", "#e07b39", "#3a9d5d", "#8e5bb5", "#c9a227", "#5b8e9c", "#c2475d",
           "#7a7a7a", "#4f6d2a", "#a0522d")
MAX_CATEGORIES = 40  # more than this on one axis is unreadable: the first ones are shown
BAND_SERIES = {"good": 0.05, "alarm": 0.10}  # catalog.REFUND_BANDS, as lines


def build_chart(name: str, chart: Any) -> QChart:
    c = QChart()
    c.setTitle(report_texts.chart(name, chart.key))
    title_font = QFont(c.titleFont())
    title_font.setPointSizeF(max(title_font.pointSizeF(), 10.0) + 1)
    title_font.setBold(True)
    c.setTitleFont(title_font)
    c.setMargins(QMargins(4, 4, 4, 4))
    c.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    c.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    categories = [_short(report_texts.category(name, chart.key, str(x)))
                  for x in chart.categories[:MAX_CATEGORIES]]
    series = {k: [report_format.chart_value(chart.unit, float(v or 0)) for v in vals[:len(categories)]]
              for k, vals in chart.series.items()}
    if chart.kind == "pie":
        _pie(c, categories, series)
    elif chart.kind == "line":
        _lines(c, name, chart, categories, series)
    else:
        _bars(c, chart, categories, series)
    return c


def _short(category: str) -> str:
    """A day on the axis as 11-03 (the table says the year): ten days fit side by side."""
    if len(category) == 10 and category[4] == "-" and category[7] == "-" and category[:4].isdigit():
        return category[5:]
    return category


def _pie(c: QChart, categories: list[str], series: dict[str, list[float]]) -> None:
    """Slices labelled with their share; the legend beside names them (long names
    around the pie would be cut at the chart's edge)."""
    pie = QPieSeries()
    values = next(iter(series.values()), [])
    total = sum(values) or 1.0
    for i, v in enumerate(values[:len(categories)]):
        s = pie.append(f"{v / total * 100:.1f} %", v)
        s.setColor(QColor(PALETTE[i % len(PALETTE)]))
        s.setLabelVisible(v / total >= 0.05)  # a thin slice has no room for its label
        s.setLabelPosition(QPieSlice.LabelPosition.LabelInsideNormal)
        s.setLabelColor(QColor("white"))
    pie.setPieSize(0.85)
    c.addSeries(pie)
    legend = c.legend()
    legend.setAlignment(Qt.AlignmentFlag.AlignRight)
    for marker, cat, v in zip(legend.markers(pie), categories, values, strict=False):
        marker.setLabel(f"{cat}  {v / total * 100:.1f} %")


def _axes(c: QChart, chart: Any, categories: list[str], top: float,
          across: bool = False) -> tuple[QBarCategoryAxis, QValueAxis]:
    """The category axis along the bottom, or (`across`: bars lying down) up the left,
    where names of shops, products and suppliers have room."""
    x = QBarCategoryAxis()
    x.append(categories)
    if not across and (len(categories) > 8 or sum(len(t) for t in categories) > 48):
        x.setLabelsAngle(-45)
    small = QFont(x.labelsFont())
    small.setPointSizeF(max(small.pointSizeF() - 1, 7.0))
    x.setLabelsFont(small)
    y = QValueAxis()
    y.setLabelFormat(report_format.axis_format(chart.unit))
    y.setTitleText(report_format.axis_title(chart.unit))
    y.setRange(0, top * 1.1 if top > 0 else 1)
    y.applyNiceNumbers()
    c.addAxis(x, Qt.AlignmentFlag.AlignLeft if across else Qt.AlignmentFlag.AlignBottom)
    c.addAxis(y, Qt.AlignmentFlag.AlignBottom if across else Qt.AlignmentFlag.AlignLeft)
    return x, y


def _is_time(category: str) -> bool:
    """A day (2026-11-03, 11-03) or an ISO week (2026-W45): read along a line, left
    to right."""
    t = category.replace("W", "").replace("-", "")
    return t.isdigit() and ("-" in category)


def _bars(c: QChart, chart: Any, categories: list[str], series: dict[str, list[float]]) -> None:
    """Bars stand over days and weeks; over names they lie down, the first on top."""
    across = bool(categories) and not all(_is_time(t) for t in categories)
    stacked = chart.kind == "stacked_bar"
    if across:
        bars: Any = QHorizontalStackedBarSeries() if stacked else QHorizontalBarSeries()
        categories = categories[::-1]
        series = {k: v[::-1] for k, v in series.items()}
    else:
        bars = QStackedBarSeries() if stacked else QBarSeries()
    for i, (key, values) in enumerate(series.items()):
        s = QBarSet(report_texts.series(key))
        s.append(values)
        s.setColor(QColor(PALETTE[i % len(PALETTE)]))
        bars.append(s)
    c.addSeries(bars)
    if chart.kind == "stacked_bar":
        top = max((sum(v) for v in zip(*series.values(), strict=False)), default=0.0)
    else:
        top = max((max(v, default=0.0) for v in series.values()), default=0.0)
    x, y = _axes(c, chart, categories, top, across)
    bars.attachAxis(x)
    bars.attachAxis(y)
    c.legend().setVisible(len(series) > 1)


def _lines(c: QChart, name: str, chart: Any, categories: list[str],
           series: dict[str, list[float]]) -> None:
    lines: list[QLineSeries] = []
    top = max((max(v, default=0.0) for v in series.values()), default=0.0)
    for i, (key, values) in enumerate(series.items()):
        s = QLineSeries()
        s.setName(report_texts.series(key))
        for j, v in enumerate(values):
            s.append(j, v)
        s.setPen(QPen(QColor(PALETTE[i % len(PALETTE)]), 2.5))
        s.setPointsVisible(len(values) <= 20)
        lines.append(s)
    if name == "refund-rate" and chart.unit == "percent" and categories:
        for key, share in BAND_SERIES.items():
            band = QLineSeries()
            band.setName(report_texts.series(key))
            level = report_format.chart_value("percent", share)
            band.append(0, level)
            band.append(len(categories) - 1, level)
            colour = report_format.band_colour(key) or QColor("#888")
            band.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
            lines.append(band)
            top = max(top, level)
    for s in lines:
        c.addSeries(s)
    x, y = _axes(c, chart, categories, top)
    for s in lines:
        s.attachAxis(x)
        s.attachAxis(y)
    c.legend().setVisible(len(lines) > 1)


def chart_view(name: str, chart: Any, parent: Any = None) -> QChartView:
    view = QChartView(build_chart(name, chart), parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setObjectName(f"reportChart_{chart.key}")
    view.setMinimumSize(QSize(320, 260))
    return view


def chart_image(name: str, chart: Any, size: QSize = QSize(860, 440)) -> QImage:  # noqa: B008
    """The chart as a picture (on white), for the printed report: drawn from a scene of
    its own, as a view that is not on screen is never laid out."""
    c = build_chart(name, chart)
    scene = QGraphicsScene()
    scene.addItem(c)
    c.setGeometry(QRectF(0, 0, size.width(), size.height()))
    layout = c.layout()
    if layout is not None:
        layout.activate()
    QCoreApplication.sendPostedEvents(None, 0)  # the chart's layout requests: now
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(image.rect()), QRectF(0, 0, size.width(), size.height()))
    painter.end()
    scene.removeItem(c)
    c.deleteLater()
    return image
