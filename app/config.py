"""Where the data lives: command-line flags, then environment, then per-user defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "AftersalesDesk"
APP_AUTHOR = "AftersalesDesk"
DB_FILE = "aftersales.db"


@dataclass(frozen=True)
class Location:
    data_dir: Path
    db_url: str


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def resolve(data_dir: str | os.PathLike[str] | None = None, db_url: str | None = None) -> Location:
    env = os.environ
    folder = Path(data_dir or env.get("AFTERSALES_DATA_DIR") or default_data_dir()).expanduser()
    url = db_url or env.get("AFTERSALES_DB_URL") or sqlite_url(folder / DB_FILE)
    return Location(folder.resolve(), url)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{Path(path).resolve().as_posix()}"
