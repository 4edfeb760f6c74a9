"""Files and gestures for the evidence tests: real files written with Qt, drops and
pastes as Qt delivers them to the case pane."""

from __future__ import annotations

import struct
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication, QWidget

from app.domain.filters import CaseFilter
from app.services.cases import case_detail, list_cases


def image(width: int, height: int, color: str = "#c98a3b") -> QImage:
    img = QImage(width, height, QImage.Format.Format_RGB32)
    img.fill(QColor(color))
    p = QPainter(img)
    p.fillRect(width // 4, height // 4, width // 2, height // 2, QColor("#3b5bc9"))
    p.end()
    return img


def jpeg_bytes(img: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buffer, "JPEG", 80)
    return bytes(buffer.data().data())


def write_jpeg(path: Path, width: int = 320, height: int = 200, color: str = "#c98a3b") -> Path:
    path.write_bytes(jpeg_bytes(image(width, height, color)))
    return path


def exif_orientation_segment(value: int) -> bytes:
    """An APP1 segment holding one EXIF tag, Orientation (0x0112), as a phone writes it."""
    tiff = (b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", 1)
            + struct.pack("<HHIHH", 0x0112, 3, 1, value, 0) + struct.pack("<I", 0))
    payload = b"Exif\x00\x00" + tiff
    return b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload


def write_turned_jpeg(path: Path, width: int = 400, height: int = 200) -> Path:
    """A landscape JPEG whose EXIF says: turn me a quarter clockwise (orientation 6)."""
    data = jpeg_bytes(image(width, height))
    assert data[:2] == b"\xff\xd8"
    path.write_bytes(data[:2] + exif_orientation_segment(6) + data[2:])
    return path


def write_pdf(path: Path, pages: int = 2) -> Path:
    writer = QPdfWriter(str(path))
    p = QPainter(writer)
    for n in range(pages):
        if n:
            writer.newPage()
        p.drawText(200, 200, f"Inspection report, page {n + 1}")
    p.end()
    return path


def write_mp4(path: Path) -> Path:
    """The start of an MP4 (its ftyp box): enough for the type, no need to play."""
    path.write_bytes(b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2" + b"\x00" * 2000)
    return path


def urls(paths: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drop(target: QWidget, mime: QMimeData) -> bool:
    """Drag `mime` over `target` and drop it, as Qt delivers a drag from outside;
    whether the drag was accepted."""
    pos = QPoint(target.width() // 2, target.height() // 2)
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, event)
    return event.isAccepted()


def case_without_evidence(store, kind: str = "exception_parcel",  # type: ignore[no-untyped-def]
                          platform: str | None = None) -> dict:
    """An open case of this kind (not a quality refund) with no file yet."""
    f = CaseFilter(kinds=(kind,), statuses=("new", "in_progress"), quality_refund=False,
                   platforms=(platform,) if platform else ())
    for row in list_cases(store, f, limit=300):
        d = case_detail(store, row.id)
        if d["evidence_count"] == 0 and d["playbook"] is not None:
            return d
    raise AssertionError(f"no {kind} case without evidence")
