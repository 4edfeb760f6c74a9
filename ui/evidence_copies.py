"""Copies of evidence handed to other programs: the system's player, a browser's upload
form the agent drags a file onto, the clipboard.

The stored file has no extension and must never be touched, so another program gets a
copy, checked against its hash first (an altered file is never handed out as
evidence), named for its kind, in one temporary folder that goes when the program ends.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QUrl

# Marks a drag that started on our own evidence grid: the case pane does not take it
# back as new evidence.
OWN_DRAG = "application/x-aftersales-evidence"

_folder: Path | None = None


def temp_dir() -> Path:
    """One folder for the copies; gone when the program ends (a player may still be
    reading a copy after the viewer closed)."""
    global _folder
    if _folder is None:
        _folder = Path(tempfile.mkdtemp(prefix="aftersales-evidence-"))
        atexit.register(shutil.rmtree, _folder, True)
    return _folder


def copy_path(row: Mapping[str, Any]) -> Path:
    from app.domain.evidence import MediaType, safe_file_name

    folder = temp_dir() / str(row["sha256"])[:16]
    folder.mkdir(parents=True, exist_ok=True)
    return folder / safe_file_name(str(row["name"]), MediaType(str(row["type"])))


def write_copy(row: Mapping[str, Any], data: bytes) -> Path:
    """A copy of content already checked (the viewer read it)."""
    path = copy_path(row)
    if not path.exists():
        part = path.with_name(path.name + ".part")
        part.write_bytes(data)
        part.replace(path)  # a program never sees half a copy
    return path


def checked_copy(store: Any, row: Mapping[str, Any]) -> Path | None:
    """A copy of the file if it still matches its hash; None if it is missing or was
    changed on disk."""
    from app.services import evidence

    path = copy_path(row)
    if path.exists():
        return path
    try:
        data = evidence.read_blob(store, str(row["sha256"]))
    except (ValueError, OSError):
        return None
    return write_copy(row, data)


def mime_for(paths: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    mime.setData(OWN_DRAG, b"1")
    return mime


def clipboard_mime(store: Any, row: Mapping[str, Any]) -> QMimeData | None:
    """The file for pasting elsewhere: as a file, and as a picture too when it is one
    (a platform's chat takes a pasted picture). None if it fails its hash."""
    path = checked_copy(store, row)
    if path is None:
        return None
    mime = mime_for([path])
    if str(row["type"]) in ("jpeg", "png", "webp", "gif"):
        from PySide6.QtGui import QImageReader

        reader = QImageReader(str(path))
        reader.setAutoTransform(True)
        image = reader.read()
        if not image.isNull():
            mime.setImageData(image)
    return mime
