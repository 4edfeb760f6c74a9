"""What the window remembers between sessions, read once and written when it closes.

`read` is called once per start (by `ui.app.run_gui`, before the window exists: the
quick start needs the start view and sort) and the result handed to the window;
nothing else parses these keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings

from app.services.inbox_views import SORT_KEYS, VIEW_KEYS

VIEW_KEY = "inbox/view"
SORT_KEY = "inbox/sort"
HEADER_KEY = "inbox/header-2"  # the columns were reordered: an older order is not restored
GEOMETRY_KEY = "window/geometry"
SPLITTER_KEY = "window/splitter"
DEFAULT_VIEW = "mine"
DEFAULT_SORT = "deadline"


@dataclass(frozen=True)
class Remembered:
    view: str = DEFAULT_VIEW
    sort: str = DEFAULT_SORT
    descending: bool = False
    geometry: Any = None  # QByteArray states, restored by the widgets that saved them
    splitter: Any = None
    header: Any = None


def read(settings: QSettings) -> Remembered:
    view = str(settings.value(VIEW_KEY, DEFAULT_VIEW))
    if view not in VIEW_KEYS:
        view = DEFAULT_VIEW
    sort, _, desc = str(settings.value(SORT_KEY, f"{DEFAULT_SORT}:0")).partition(":")
    if sort not in SORT_KEYS:
        sort, desc = DEFAULT_SORT, "0"
    return Remembered(view=view, sort=sort, descending=desc == "1",
                      geometry=settings.value(GEOMETRY_KEY),
                      splitter=settings.value(SPLITTER_KEY),
                      header=settings.value(HEADER_KEY))


def save(settings: QSettings, *, view: str, sort: str, descending: bool, geometry: Any,
         splitter: Any, header: Any) -> None:
    settings.setValue(GEOMETRY_KEY, geometry)
    settings.setValue(SPLITTER_KEY, splitter)
    settings.setValue(HEADER_KEY, header)
    settings.setValue(VIEW_KEY, view)
    settings.setValue(SORT_KEY, f"{sort}:{int(descending)}")
    settings.sync()
