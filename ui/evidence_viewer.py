"""The evidence viewer: a photo with zoom and pan (EXIF orientation honoured), a PDF
with its pages, a text read-only; a video or a photo Qt cannot decode (HEIC) is
handed to the system's player or viewer.

Content is read through `read_blob`, which checks it against its hash: a file
changed on disk or missing is never shown as evidence; the viewer says what is wrong
instead. The system player gets a copy in a temporary folder, named for its kind
(the stored file has no extension, and a player goes by it).
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImageReader, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui import evidence_copies, evidence_texts
from ui.evidence_model import when_text
from ui.image_view import ImageView
from ui.jobs import Jobs


def decode_text(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def read(store: Any, sha256: str, media: str) -> dict[str, Any]:
    """The file's checked content, decoded for showing (in a worker)."""
    from app.services import evidence

    try:
        data = evidence.read_blob(store, sha256)
    except ValueError:
        return {"problem": "altered"}
    except OSError:
        return {"problem": "missing"}
    out: dict[str, Any] = {"problem": "", "data": data}
    if media in ("jpeg", "png", "webp", "gif", "heic"):
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        reader.setAutoTransform(True)
        image = reader.read()
        out["image"] = None if image.isNull() else image
    elif media == "text":
        out["text"] = decode_text(data)
    return out


class EvidenceViewer(QDialog):
    def __init__(self, jobs: Jobs, store: Callable[[], Any], parent: QWidget | None = None,
                 open_url: Callable[[QUrl], bool] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceViewer")
        self.resize(900, 700)
        self._jobs = jobs
        self._store = store
        self._open_url = open_url or QDesktopServices.openUrl
        self.row: dict[str, Any] | None = None
        self._content: dict[str, Any] | None = None
        self.pdf_doc: Any = None
        self.pdf_view: Any = None
        self._pdf_buffer: QBuffer | None = None
        self.copied_to: Path | None = None

        self.header = QLabel(self)
        self.header.setObjectName("viewerHeader")
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pages = QStackedWidget(self)
        self.message = QLabel(self)
        self.message.setObjectName("viewerMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.message)

        self.image_page = QWidget(self)
        self.image_view = ImageView(self.image_page)
        self.zoom_label = QLabel(self.image_page)
        self.image_view.zoom_changed.connect(
            lambda z: self.zoom_label.setText(f"{round(z * 100)} %"))
        bar = QHBoxLayout()
        self.zoom_out_button = self._tool(bar, "−", self.image_view.zoom_out)
        self.zoom_in_button = self._tool(bar, "+", self.image_view.zoom_in)
        # Worded by retranslate(); not empty here, or _tool would size it as a key cap.
        self.fit_button = self._tool(bar, "Fit", self.image_view.fit)
        self.actual_button = self._tool(bar, "100 %", self.image_view.actual_size)
        bar.addWidget(self.zoom_label)
        bar.addStretch(1)
        il = QVBoxLayout(self.image_page)
        il.setContentsMargins(0, 0, 0, 0)
        il.addLayout(bar)
        il.addWidget(self.image_view, 1)
        self.pages.addWidget(self.image_page)

        self.text = QPlainTextEdit(self)
        self.text.setObjectName("viewerText")
        self.text.setReadOnly(True)
        self.pages.addWidget(self.text)

        self.external_page = QWidget(self)
        self.external_text = QLabel(self.external_page)
        self.external_text.setWordWrap(True)
        self.external_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.external_button = QPushButton(self.external_page)
        self.external_button.setObjectName("openExternally")
        self.external_button.clicked.connect(self.open_externally)
        el = QVBoxLayout(self.external_page)
        el.addStretch(1)
        el.addWidget(self.external_text)
        el.addWidget(self.external_button, 0, Qt.AlignmentFlag.AlignCenter)
        el.addStretch(1)
        self.pages.addWidget(self.external_page)
        self.pdf_page: QWidget | None = None

        close = QPushButton(self)
        close.setObjectName("closeViewer")
        close.clicked.connect(self.close)
        self.close_button = close
        # Through the case's files without going back to the grid (Alt+← / Alt+→).
        self.files: list[dict[str, Any]] = []
        foot = QHBoxLayout()
        self.previous_button = self._tool(foot, "Previous", lambda: self.step(-1))
        self.position = QLabel(self)
        foot.addWidget(self.position)
        self.next_button = self._tool(foot, "Next", lambda: self.step(1))
        foot.addStretch(1)
        foot.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.header)
        lay.addWidget(self.pages, 1)
        lay.addLayout(foot)

        for keys, slot in (((QKeySequence.StandardKey.ZoomIn, "Ctrl+="), self._zoom_in),
                           ((QKeySequence.StandardKey.ZoomOut,), self._zoom_out),
                           (("Ctrl+0",), self.image_view.fit),
                           (("Ctrl+1",), self.image_view.actual_size),
                           (("Alt+Left",), lambda: self.step(-1)),
                           (("Alt+Right",), lambda: self.step(1))):
            for key in keys:
                QShortcut(QKeySequence(key), self, slot)
        self.retranslate()

    def _tool(self, bar: QHBoxLayout, text: str, slot: Callable[[], None]) -> QPushButton:
        b = QPushButton(text, self)
        b.setAutoDefault(False)
        if len(text) <= 1:  # − + ◀ ▶: a key cap, not a field's width
            b.setFixedWidth(b.fontMetrics().height() * 2 + 8)
        b.clicked.connect(lambda _=False: slot())
        bar.addWidget(b)
        return b

    def retranslate(self) -> None:
        self.fit_button.setText(self.tr("Fit"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl + +, or the wheel)"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl + −, or the wheel)"))
        self.fit_button.setToolTip(self.tr("The whole picture (Ctrl+0)"))
        self.actual_button.setToolTip(self.tr("Pixel for pixel (Ctrl+1); drag to move around"))
        self.close_button.setText(self.tr("Close"))
        self.previous_button.setText(self.tr("◀ Previous"))
        self.previous_button.setToolTip(self.tr("The previous file of the case (Alt+←)"))
        self.next_button.setText(self.tr("Next ▶"))
        self.next_button.setToolTip(self.tr("The next file of the case (Alt+→)"))
        self._show_position()

    # -- showing a file ----------------------------------------------------------------
    def show_files(self, rows: list[dict[str, Any]], at: int) -> None:
        """The files the grid shows, from the one at `at`: Previous and Next go through
        them."""
        self.files = list(rows)
        self.show_file(self.files[at])

    def step(self, by: int) -> None:
        at = self._at()
        if at is not None and 0 <= at + by < len(self.files):
            self.show_file(self.files[at + by])

    def _at(self) -> int | None:
        sha = self.row["sha256"] if self.row else None
        return next((i for i, r in enumerate(self.files) if r["sha256"] == sha), None)

    def _show_position(self) -> None:
        at = self._at()
        many = at is not None and len(self.files) > 1
        for widget in (self.previous_button, self.position, self.next_button):
            widget.setVisible(many)
        if at is not None:
            self.position.setText(f"{at + 1} / {len(self.files)}")
            self.previous_button.setEnabled(at > 0)
            self.next_button.setEnabled(at + 1 < len(self.files))

    def show_file(self, row: Mapping[str, Any]) -> None:
        if not any(r["sha256"] == row["sha256"] for r in self.files):
            self.files = [dict(row)]
        self.row = dict(row)
        self._show_position()
        self._content = None
        self.copied_to = None
        media = str(row["type"])
        self.setWindowTitle(self.tr("Evidence: %1").replace("%1", str(row["name"])))
        lines = [f"<b>{_escape(str(row['name']))}</b> — {evidence_texts.type_name(media)}, "
                 f"{evidence_texts.size_text(int(row['size']))}",
                 _escape(self.tr("Added by %1 on %2").replace("%1", str(row["added_by"]))
                         .replace("%2", when_text(row.get("added_at"))))]
        if row.get("note"):
            lines.append(_escape(self.tr("Note: %1").replace("%1", str(row["note"]))))
        self.header.setText("<br>".join(lines))
        self._message(self.tr("Reading the file and checking it against its hash…"))
        store = self._store()
        if store is None:
            return
        job = self._jobs.job("evidence_file")
        sha = str(row["sha256"])
        job.done.connect(lambda content, s=sha: self._read(s, content))
        job.failed.connect(lambda message, _c: self._message(message))
        job.start(read, store, sha, media)

    def _message(self, text: str, warning: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b3261e; font-weight: bold;" if warning else "")
        self.pages.setCurrentWidget(self.message)

    def _read(self, sha256: str, content: dict[str, Any]) -> None:
        if self.row is None or self.row["sha256"] != sha256:
            return  # another file was opened meanwhile
        self._content = content
        media = str(self.row["type"])
        if content["problem"]:
            self._message(evidence_texts.blob_problem(content["problem"]), warning=True)
        elif content.get("image") is not None:
            self.image_view.set_image(content["image"])
            self.pages.setCurrentWidget(self.image_page)
            self.image_view.fit()
        elif media == "pdf":
            self._show_pdf(content["data"])
        elif media == "text":
            self.text.setPlainText(content["text"])
            self.pages.setCurrentWidget(self.text)
        else:
            self._show_external(media)

    def _show_external(self, media: str) -> None:
        video = media in ("mp4", "mov")
        self.external_text.setText(
            self.tr("This window does not play videos. The system's player opens a copy; "
                    "the stored file stays as it is.") if video else
            self.tr("This window cannot show this kind of photo. The system's viewer opens a "
                    "copy; the stored file stays as it is."))
        self.external_button.setText(self.tr("Open in the system player") if video
                                     else self.tr("Open in the system viewer"))
        self.pages.setCurrentWidget(self.external_page)

    def open_externally(self) -> bool:
        """A checked copy, named for its kind, opened by the system's program for it."""
        if self.row is None or not self._content or self._content.get("problem"):
            return False
        path = evidence_copies.write_copy(self.row, self._content["data"])
        self.copied_to = path
        return bool(self._open_url(QUrl.fromLocalFile(str(path))))

    def _show_pdf(self, data: bytes) -> None:
        from PySide6.QtPdf import QPdfDocument

        page = self._pdf_widgets()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        doc = QPdfDocument(self)
        doc.load(buffer)
        if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() < 1:
            doc.deleteLater()
            buffer.deleteLater()
            self._message(self.tr("This PDF cannot be read: it may be damaged or locked with "
                                  "a password."), warning=True)
            return
        old = (self.pdf_doc, self._pdf_buffer)
        self.pdf_doc, self._pdf_buffer = doc, buffer
        self.pdf_view.setDocument(doc)
        for gone in old:  # the file shown before
            if gone is not None:
                gone.deleteLater()
        self.page_spin.setRange(1, doc.pageCount())
        self.page_spin.setValue(1)
        self.page_count.setText(self.tr("of %1").replace("%1", str(doc.pageCount())))
        self.pages.setCurrentWidget(page)

    def _pdf_widgets(self) -> QWidget:
        if self.pdf_page is not None:
            return self.pdf_page
        from PySide6.QtPdfWidgets import QPdfView

        page = QWidget(self)
        self.pdf_view = QPdfView(page)
        self.pdf_view.setObjectName("pdfView")
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        bar = QHBoxLayout()
        prev = self._tool(bar, "◀", lambda: self.page_spin.setValue(self.page_spin.value() - 1))
        self.page_label = QLabel(self.tr("Page"), page)
        bar.addWidget(self.page_label)
        self.page_spin = QSpinBox(page)
        self.page_spin.valueChanged.connect(self._jump)
        bar.addWidget(self.page_spin)
        self.page_count = QLabel(page)
        bar.addWidget(self.page_count)
        nxt = self._tool(bar, "▶", lambda: self.page_spin.setValue(self.page_spin.value() + 1))
        prev.setToolTip(self.tr("Previous page"))
        nxt.setToolTip(self.tr("Next page"))
        self._tool(bar, "−", self._zoom_out).setToolTip(self.tr("Zoom out"))
        self._tool(bar, "+", self._zoom_in).setToolTip(self.tr("Zoom in"))
        self._tool(bar, self.tr("Fit width"), lambda: self.pdf_view.setZoomMode(
            QPdfView.ZoomMode.FitToWidth))
        bar.addStretch(1)
        navigator = self.pdf_view.pageNavigator()
        navigator.currentPageChanged.connect(
            lambda p: self.page_spin.setValue(p + 1) if self.page_spin.value() != p + 1 else None)
        pl = QVBoxLayout(page)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addLayout(bar)
        pl.addWidget(self.pdf_view, 1)
        self.pages.addWidget(page)
        self.pdf_page = page
        return page

    def _jump(self, number: int) -> None:
        if self.pdf_doc is not None and self.pdf_view is not None:
            navigator = self.pdf_view.pageNavigator()
            if navigator.currentPage() != number - 1:
                from PySide6.QtCore import QPointF

                navigator.jump(number - 1, QPointF(), navigator.currentZoom())

    def _zoom_in(self) -> None:
        self._zoom(1.25)

    def _zoom_out(self) -> None:
        self._zoom(1 / 1.25)

    def _zoom(self, factor: float) -> None:
        if self.pages.currentWidget() is self.image_page:
            self.image_view.set_zoom(self.image_view.zoom * factor)
        elif self.pdf_page is not None and self.pages.currentWidget() is self.pdf_page:
            from PySide6.QtPdfWidgets import QPdfView

            zoom = self.pdf_view.zoomFactor()
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.pdf_view.setZoomFactor(max(0.1, min(8.0, zoom * factor)))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
