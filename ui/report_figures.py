"""A headline figure of a report as the window shows it: the number large, its name,
and what it counts under it (the report's definition in its tooltip)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ui import report_format, report_texts


class FigureCard(QFrame):
    """One headline figure: the number large, its name, what it counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportFigure")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel(self)
        self.value.setObjectName("reportFigureValue")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.value.setFont(font)
        self.label = QLabel(self)
        self.label.setObjectName("reportFigureLabel")
        bold = QFont(self.label.font())
        bold.setBold(True)
        self.label.setFont(bold)
        self.note = QLabel(self)
        self.note.setObjectName("reportFigureNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        lay.setSpacing(1)
        lay.addWidget(self.value)
        lay.addWidget(self.label)
        lay.addWidget(self.note)

    def show_figure(self, name: str, figure: Any) -> None:
        self.value.setText(report_format.shown(figure.kind, figure.value) or "—")
        label, note = report_texts.figure(name, figure.key)
        band = report_format.band_of(figure.value) if name == "refund-rate" and figure.key == "rate" else None
        self.value.setStyleSheet(f"color: {report_format.BAND_COLOURS[band]};" if band else "")
        if band:  # the shop's refund rate against the platform's bands, in words
            label = f"{label} · {report_texts.tr(report_texts.BANDS[band])}"
        self.label.setText(label)
        self.note.setText(note)
        self.setToolTip(report_texts.definition(name))
