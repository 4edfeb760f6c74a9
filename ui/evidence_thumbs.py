"""Thumbnails of evidence files, made off the UI thread and kept.

Each file is read back through `app.services.evidence.read_blob`, which checks its
hash: a file missing from the evidence folder or changed on disk gets a warning tile
saying so, never a picture of something that is no longer the evidence. Photos are
decoded with their EXIF orientation (a phone's portrait shot stands up), a PDF shows
its first page; kinds Qt cannot picture (videos, text, HEIC without a plugin) get a
tile with their kind and size instead of a blank.

Made thumbnails are kept in memory for the session (each file is checked once a
session) and on disk under the data folder's cache, so that the next start decodes
nothing. Cache files are written to a temporary name and renamed: a reader never
sees half a PNG.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRectF, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor, QFont, QImage, QImageReader, QPainter, QPainterPath, QPixmap

from ui import evidence_texts

THUMB = 128  # the longest side of a thumbnail, in pixels
IMAGE_TYPES = ("jpeg", "png", "webp", "gif", "heic")


@dataclass(frozen=True)
class Made:
    sha256: str
    image: QImage | None  # None: no picture of this file (its kind's tile is shown)
    problem: str = ""  # "missing" or "altered": the stored file is not the evidence


def decode_image(data: bytes, box: int) -> QImage | None:
    """A picture of an image file at most `box` pixels on its longer side, turned as
    its EXIF orientation says (or None if Qt cannot read it)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and (size.width() > box or size.height() > box):
        # The scaled size is in the file's own orientation; the box is square, so the
        # turned picture fits it as well.
        reader.setScaledSize(size.scaled(box, box, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else image


def render_pdf(data: bytes, box: int) -> QImage | None:
    """The first page of a PDF, on white, at most `box` pixels on its longer side."""
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument(None)
    doc.load(buffer)
    if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() < 1:
        return None
    points = doc.pagePointSize(0)
    if points.width() <= 0 or points.height() <= 0:
        return None
    size = points.toSize().scaled(box, box, Qt.AspectRatioMode.KeepAspectRatio)
    page = doc.render(0, size)
    doc.close()
    if page.isNull():
        return None
    out = QImage(page.size(), QImage.Format.Format_RGB32)
    out.fill(QColor("white"))
    p = QPainter(out)
    p.drawImage(0, 0, page)
    p.end()
    return out


def picture(data: bytes, media: str, box: int) -> QImage | None:
    if media in IMAGE_TYPES:
        return decode_image(data, box)
    if media == "pdf":
        return render_pdf(data, box)
    return None


def _save_atomically(image: QImage, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        if image.save(str(temp), "PNG"):
            os.replace(temp, path)
    finally:
        if temp.exists():
            temp.unlink()


def make(store: Any, sha256: str, media: str, box: int) -> Made:
    """Check the stored file and picture it (in a worker thread)."""
    from app.services import evidence

    try:
        data = evidence.read_blob(store, sha256)
    except ValueError:
        return Made(sha256, None, "altered")
    except OSError:
        return Made(sha256, None, "missing")
    cached = evidence.cache_dir(store) / sha256[:2] / f"{sha256}-{box}.png"
    if cached.is_file():
        image = QImage(str(cached))
        if not image.isNull():
            return Made(sha256, image)
    image = picture(data, media, box)
    if image is not None:
        # A cache that cannot be written only costs the next start a decode.
        with contextlib.suppress(OSError):
            _save_atomically(image, cached)
    return Made(sha256, image)


_TONES = {"image": "#5b7fa8", "pdf": "#c0392b", "video": "#6b4fa3", "text": "#5f6b7a"}


def _family(media: str) -> str:
    if media in IMAGE_TYPES:
        return "image"
    if media in ("mp4", "mov"):
        return "video"
    return "pdf" if media == "pdf" else "text"


def tile(media: str, size: int, problem: str = "", box: int = THUMB) -> QPixmap:
    """A file without a picture: its kind in big letters, its kind's name and size; or,
    for a stored file that is not the evidence any more, a warning saying so."""
    pm = QPixmap(box, box)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addRoundedRect(QRectF(1, 1, box - 2, box - 2), 8, 8)
    tone = QColor("#b3261e" if problem else _TONES[_family(media)])
    p.fillPath(path, tone.lighter(185) if not problem else QColor("#fdecea"))
    p.setPen(tone)
    p.drawPath(path)
    big = QFont(p.font())
    big.setBold(True)
    big.setPointSizeF(max(big.pointSizeF(), 9) * (1.9 if not problem else 2.4))
    p.setFont(big)
    letters = "!" if problem else media.upper().replace("JPEG", "JPG").replace("TEXT", "TXT")
    p.drawText(QRectF(0, box * 0.12, box, box * 0.42), Qt.AlignmentFlag.AlignCenter, letters)
    small = QFont(p.font())
    small.setBold(False)
    small.setPointSizeF(8)
    p.setFont(small)
    if problem:
        lines = (evidence_texts.warning_title(problem),)
    else:
        lines = (evidence_texts.type_name(media), evidence_texts.size_text(size))
    p.setPen(QColor("#8c1d18") if problem else QColor("#2b3340"))
    p.drawText(QRectF(6, box * 0.56, box - 12, box * 0.4),
               int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                   | Qt.TextFlag.TextWordWrap), "\n".join(lines))
    p.end()
    return pm


class Thumbs(QObject):
    """Thumbnails by file (sha256): `get` answers at once from memory, or asks a worker
    and emits `ready(sha256)` when the thumbnail (or the file's tile) is there."""

    ready = Signal(str)
    _made = Signal(object)

    def __init__(self, store: Callable[[], Any], box: int = THUMB,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.box = box
        self._store = store
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._made_by_sha: dict[str, Made] = {}
        self._pixmaps: dict[str, QPixmap] = {}
        self._tiles: dict[tuple[str, int, str], QPixmap] = {}
        self._pending: set[str] = set()
        # forget() starts a new generation: a thumbnail made before it may show a file
        # as it was before it changed, and is dropped when it arrives.
        self._generation = 0
        self._made.connect(self._arrived)

    def store(self) -> Any:
        return self._store()

    def get(self, sha256: str, media: str, size: int) -> tuple[str, QPixmap | None]:
        """(state, pixmap): "loading" (None; being made), "image", "tile" (a kind without
        a picture), "missing" or "altered" (a warning tile)."""
        made = self._made_by_sha.get(sha256)
        if made is None:
            self._request(sha256, media)
            return "loading", None
        if made.problem:
            return made.problem, self._tile(media, size, made.problem)
        pixmap = self._pixmaps.get(sha256)
        if pixmap is not None:
            return "image", pixmap
        return "tile", self._tile(media, size, "")

    def problem(self, sha256: str) -> str:
        made = self._made_by_sha.get(sha256)
        return made.problem if made is not None else ""

    def busy(self) -> bool:
        return bool(self._pending)

    def forget(self) -> None:
        """Check every file again (the store changed)."""
        self._generation += 1
        self._made_by_sha.clear()
        self._pixmaps.clear()
        self._pending.clear()

    def _tile(self, media: str, size: int, problem: str) -> QPixmap:
        key = (media, size, problem)
        if key not in self._tiles:
            self._tiles[key] = tile(media, size, problem, self.box)
        return self._tiles[key]

    def _request(self, sha256: str, media: str) -> None:
        store = self._store()
        if sha256 in self._pending or store is None:
            return
        self._pending.add(sha256)
        box, generation = self.box, self._generation

        def run() -> None:
            try:
                made = make(store, sha256, media, box)
            except Exception as exc:  # a thumbnail is never worth a crash
                from ui import bugs

                bugs.log("evidence thumbnail", exc)
                made = Made(sha256, None)
            with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                self._made.emit((generation, made))

        self._pool.start(run)

    def _arrived(self, result: tuple[int, Made]) -> None:
        generation, made = result
        if generation != self._generation:
            return
        self._pending.discard(made.sha256)
        self._made_by_sha[made.sha256] = made
        if made.image is not None:
            self._pixmaps[made.sha256] = QPixmap.fromImage(made.image)
        self.ready.emit(made.sha256)

    def close(self) -> None:
        self._pool.clear()
        self._pool.waitForDone(3000)

