"""A report printed to an A4 PDF: its title, the filter, each figure with its
definition, the charts as pictures and every table, in the user's language.

`report_html` (on the UI thread: the charts are drawn by widgets) gives the document
and its pictures; `write_pdf` (in a worker) lays it out with QTextDocument onto a
QPdfWriter, which breaks the pages and keeps the text as text."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ui import report_format, report_texts

# Latin text in a TrueType face first, Chinese from the CJK faces after it: Qt writes
# the digits of a CFF face (Noto Sans CJK, the window's font) into the PDF so that a
# reader copies "CUP-500-BL" as garbage; the text must stay searchable and copyable.
PDF_FAMILIES = ["Arial", "DejaVu Sans", "Liberation Sans", "Helvetica", "Microsoft YaHei",
                "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", "SimSun"]
CHART_WIDTH_PX = 600  # on the page (QTextDocument adds 2 cm margins to the writer's 5 mm)


def _cell(text: str, numeric: bool = False, colour: str | None = None) -> str:
    style = ["padding:2px 6px"]
    if numeric:
        style.append("text-align:right")
    if colour:
        style.append(f"color:{colour};font-weight:bold")
    return f'<td style="{";".join(style)}">{html.escape(text)}</td>'


def table_html(table: Any, report: str = "") -> str:
    head = "".join(f'<th style="padding:2px 6px;background:#e8edf3">'
                   f"{html.escape(report_texts.column(c.key))}</th>" for c in table.columns)
    rows = []
    for row in table.rows:
        cells = []
        for c, raw in zip(table.columns, row, strict=False):
            code = report_texts.band_code(raw) if c.key == "band" else None
            cells.append(_cell(report_format.shown(c.kind, raw, c.key, report),
                               report_format.numeric(c.kind),
                               report_format.BAND_COLOURS.get(code or "")))
        rows.append("<tr>" + "".join(cells) + "</tr>")
    if not rows:
        rows.append(f'<tr><td colspan="{len(table.columns)}">'
                    f'{html.escape(report_texts.tr(report_texts.NO_ROWS))}</td></tr>')
    return ('<table border="1" cellspacing="0" style="border-collapse:collapse;'
            'border-color:#b8c2cf;width:100%">'
            f"<thead><tr>{head}</tr></thead>{''.join(rows)}</table>")


def report_html(result: Any, filter_text: str, charts: list[QImage]) -> tuple[str, dict[str, QImage]]:
    """The printed report as HTML, and its pictures by the names it uses."""
    name = result.name
    parts = [f"<h1>{html.escape(report_texts.title(name))}</h1>",
             f'<p style="color:#444">{html.escape(report_texts.definition(name))}</p>',
             f"<p><b>{html.escape(report_texts.tr(report_texts.FILTER))}</b> "
             f"{html.escape(filter_text)}</p>"]
    rows = []
    for f in result.figures:
        label, note = report_texts.figure(name, f.key)
        rows.append("<tr>" + _cell(label) +
                    f'<td style="padding:2px 10px;font-size:14pt;font-weight:bold;'
                    f'text-align:right">{html.escape(report_format.shown(f.kind, f.value))}</td>'
                    + _cell(note) + "</tr>")
    parts.append('<table cellspacing="0" style="margin:6px 0">' + "".join(rows) + "</table>")
    images: dict[str, QImage] = {}
    for i, (chart, image) in enumerate(zip(result.charts, charts, strict=False)):
        key = f"chart{i}.png"
        images[key] = image
        parts.append(f"<h3>{html.escape(report_texts.chart(name, chart.key))}</h3>"
                     f'<p><img src="{key}" width="{CHART_WIDTH_PX}"></p>')
    for table in result.tables:
        parts.append(f"<h3>{html.escape(report_texts.table(table.key))}</h3>")
        parts.append(table_html(table, name))
    return "<html><body>" + "".join(parts) + "</body></html>", images


def write_pdf(path: Path, body: str, images: dict[str, QImage], title: str) -> Path:
    """Lay the document out on A4 pages and write it; the file appears whole or not at
    all (written beside, then moved into place)."""
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(partial))
    writer.setTitle(title)
    writer.setCreator("Aftersales Desk")
    writer.setResolution(150)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(5, 5, 5, 5), QPageLayout.Unit.Millimeter))
    doc = QTextDocument()
    font = QFont()
    font.setFamilies(PDF_FAMILIES)
    font.setPointSizeF(9.5)
    doc.setDefaultFont(font)
    for key, image in images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(key), image)
    doc.setHtml(body)
    doc.print_(writer)
    del writer  # closes the file
    if not partial.is_file() or partial.stat().st_size == 0:
        partial.unlink(missing_ok=True)
        raise OSError(f"could not write {path}")
    partial.replace(path)
    return path
