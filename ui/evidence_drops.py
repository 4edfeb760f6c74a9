"""Evidence that comes into the window by hand: files or a picture dropped on the case
pane, a screenshot or files pasted with Ctrl+V.

What arrives is turned into `Incoming` items (a file on disk, or the bytes of a
picture, saved as PNG); the case pane's owner attaches them to the case it shows.
A drop of platform exports alone (CSV, XLSX) is left to the window, which imports
them; anything else dropped on the pane is evidence for the case shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QEvent, QIODevice, QMimeData, QObject, Qt
from PySide6.QtGui import QAction, QDropEvent, QGuiApplication, QImage, QKeySequence
from PySide6.QtWidgets import QWidget

from ui.evidence_copies import OWN_DRAG

# Left to the window's drop handling (ui.import_actions): a spreadsheet export to import
# (a .txt is evidence here: a chat log).
IMPORT_SUFFIXES = (".csv", ".tsv", ".xlsx", ".xlsm", ".xls")


@dataclass(frozen=True)
class Incoming:
    """One file to attach: a path on disk, or bytes with the name to show."""

    name: str
    path: Path | None = None
    data: bytes | None = None

    def source(self):  # type: ignore[no-untyped-def]
        from app.services.evidence import Source

        if self.data is not None:
            return Source(self.name, data=self.data)
        assert self.path is not None
        return Source.file(self.path)


def screenshot_name(at: datetime | None = None) -> str:
    return f"screenshot-{(at or datetime.now()):%Y%m%d-%H%M%S}.png"


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def from_mime(mime: QMimeData | None, *, for_drop: bool = False) -> list[Incoming]:
    """The files (local URLs) or else the picture that `mime` holds. On a drop, a set
    of platform exports only is no evidence: the window imports those."""
    if mime is None:
        return []
    if mime.hasUrls():
        paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        if paths and not (for_drop and all(p.suffix.lower() in IMPORT_SUFFIXES for p in paths)):
            return [Incoming(p.name or str(p), path=p) for p in paths]
        if paths:
            return []
    if mime.hasImage():
        image = mime.imageData()
        if isinstance(image, QImage) and not image.isNull():
            return [Incoming(screenshot_name(), data=png_bytes(image))]
    return []


class PaneDrops(QObject):
    """Accepts evidence dropped anywhere on the case pane (children that take drops of
    their own, like the reply box, keep them) while it shows a case."""

    def __init__(self, pane: QWidget, shows_case: Callable[[], bool],
                 attach: Callable[[list[Incoming]], None]) -> None:
        super().__init__(pane)
        self._pane = pane
        self._shows_case = shows_case
        self._attach = attach
        pane.setAcceptDrops(True)
        pane.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._pane and kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove,
                                               QEvent.Type.Drop):
            drop: QDropEvent = event  # type: ignore[assignment]
            if not self._shows_case():
                return False
            mime = drop.mimeData()
            if mime is not None and mime.hasFormat(OWN_DRAG):
                drop.ignore()  # a file of this case dragged from its own grid
                return True
            incoming = from_mime(mime, for_drop=True)
            if not incoming:
                drop.ignore()  # the window may take it (an export to import)
                return False
            drop.setDropAction(Qt.DropAction.CopyAction)
            drop.accept()
            if kind == QEvent.Type.Drop:
                self._attach(incoming)
            return True
        return super().eventFilter(watched, event)


def paste_action(window: QWidget, paste: Callable[[], None]) -> QAction:
    """Ctrl+V in the window (not in a text field, which takes its own paste first)."""
    action = QAction(window)
    action.setObjectName("pasteEvidenceAction")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Paste))
    # A window shortcut: a focused line edit or text box overrides it for its own
    # paste, so typing stays typing.
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(paste)
    window.addAction(action)
    return action


def clipboard_incoming() -> list[Incoming]:
    return from_mime(QGuiApplication.clipboard().mimeData())
