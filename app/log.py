"""The program's log: one rotating file in the data folder, for commands and windows alike.

Known errors (a code and a translated message) are logged at INFO or WARNING as what
happened; anything else is a bug and is logged with its traceback by `log_bug`, so
that the one line a user sees can point at the file that explains it.
"""

from __future__ import annotations

import logging
import logging.handlers
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOG_NAME = "aftersales"
LOG_FILE = "aftersales.log"
LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
_MAX_BYTES = 2 * 1024 * 1024
_BACKUPS = 5

logger = logging.getLogger(LOG_NAME)
_installed: logging.Handler | None = None
_path: Path | None = None


def log_path(data_dir: Path) -> Path:
    return Path(data_dir) / "logs" / LOG_FILE


def setup_logging(data_dir: Path, level: str = "INFO") -> Path | None:
    """Send the program's log to the rotating file under `data_dir`; its path, or None
    when the folder cannot be written (the program still runs, it just logs nowhere)."""
    global _installed, _path
    path = log_path(data_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(
        "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"))
    if _installed is not None:
        logger.removeHandler(_installed)
        _installed.close()
    logger.addHandler(handler)
    logger.setLevel(level.upper())
    logger.propagate = False
    _installed, _path = handler, path
    return path


def current_log_path() -> Path | None:
    """Where the log is written, once `setup_logging` ran."""
    return _path


def log_bug(what: str) -> Path | None:
    """Record the exception being handled as a bug, with its traceback; the log's path."""
    logger.exception("bug while %s", what)
    return _path


@contextmanager
def logged(what: str, **context: object) -> Iterator[dict[str, object]]:
    """Log `what` ran, on what, how long it took and what it changed.

    The caller fills the yielded dict with what changed (counts); it is logged at the end.
    """
    changed: dict[str, object] = {}
    extra = " ".join(f"{k}={v}" for k, v in context.items())
    logger.info("start %s %s", what, extra)
    started = time.perf_counter()
    ok = False
    try:
        yield changed
        ok = True
    finally:
        took = time.perf_counter() - started
        result = " ".join(f"{k}={v}" for k, v in changed.items())
        logger.info("%s %s in %.3f s %s", "done" if ok else "failed", what, took, result)
