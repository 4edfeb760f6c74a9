"""What the Reports window asks of the services, each run in a worker: compute a
report, read the filters' choices, export a table, print to PDF. The services load the
store, so they are imported here, inside the calls, never when the window is built."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def run_report(store: Any, name: str, flt: Any, actor: str) -> Any:
    from app.services import reports  # the service loads the store: in the worker only

    return reports.run(store, name, flt, actor)


def read_choices(store: Any) -> Any:
    from app.services import report_choices

    return report_choices.filter_choices(store)


def export_table(store: Any, result: Any, key: str, path: Path, fmt: str, lang: str,
                 overwrite: bool) -> Path:
    """One table to a file, never over the store's own files; an existing file only if
    the user agreed to replace it."""
    from app.services.reports import export

    done = export.export_table(result, key, path, fmt, lang=lang, overwrite=overwrite,
                               protected_paths=store.protected_paths)
    return Path(getattr(done, "path", path))


def print_pdf(store: Any, path: Path, body: str, images: dict[str, Any], title: str) -> Path:
    """The report laid out into a PDF at `path`, checked first like every file the
    program writes (never over the store's own files)."""
    from app.services.report_files import pdf_target
    from ui.report_pdf import write_pdf

    return write_pdf(pdf_target(store, path), body, images, title)


def ui_lang() -> str:
    """The exported file's headers in the window's language."""
    from ui import i18n

    return "zh" if i18n.current_language().startswith("zh") else "en"
