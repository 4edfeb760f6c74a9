"""Where the data lives: command-line flags, then environment, then per-user defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "AftersalesDesk"
APP_AUTHOR = "AftersalesDesk"
DB_FILE = "aftersales.db"


EVIDENCE_DIR = "evidence"


@dataclass(frozen=True)
class Location:
    data_dir: Path
    db_url: str
    # Where evidence files go: the data folder's own, or on a team's PostgreSQL store
    # the shared folder every agent's machine reaches (AFTERSALES_EVIDENCE_DIR).
    evidence_dir: Path | None = None

    @property
    def blobs_dir(self) -> Path:
        return self.evidence_dir or self.data_dir / EVIDENCE_DIR


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def resolve(data_dir: str | os.PathLike[str] | None = None, db_url: str | None = None) -> Location:
    env = os.environ
    folder = Path(data_dir or env.get("AFTERSALES_DATA_DIR") or default_data_dir()).expanduser()
    url = db_url or env.get("AFTERSALES_DB_URL") or sqlite_url(folder / DB_FILE)
    shared = env.get("AFTERSALES_EVIDENCE_DIR")
    return Location(folder.resolve(), url,
                    Path(shared).expanduser().resolve() if shared else None)


def evidence_max_bytes() -> int:
    """The largest evidence file taken: AFTERSALES_EVIDENCE_MAX_MB, else 50 MB."""
    from app.domain.evidence import DEFAULT_MAX_BYTES

    raw = os.environ.get("AFTERSALES_EVIDENCE_MAX_MB", "").strip()
    try:
        value = float(raw) if raw else 0
    except ValueError:
        value = 0
    return int(value * 1024 * 1024) if value > 0 else DEFAULT_MAX_BYTES


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{Path(path).resolve().as_posix()}"
