"""Languages: which one to use, and installing its Qt translator.

The translation sources (`.ts`) and compiled catalogues (`.qm`) live in
resources/translations; `python -m ui.i18n` rebuilds them (pyside6-lupdate and
pyside6-lrelease). Strings are written in English in the code; zh_CN is the default
wherever the system locale is Chinese.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from ui import labels

LANGUAGES = ("zh_CN", "en")
TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
SETTING = "ui/language"  # "auto", "zh_CN" or "en"

_installed: list[QTranslator] = []


def system_language(locale: QLocale | None = None) -> str:
    locale = locale if locale is not None else QLocale.system()
    return "zh_CN" if locale.language() == QLocale.Language.Chinese else "en"


def chosen_language(settings: QSettings | None, system: QLocale | None = None) -> str:
    """The language from the settings, or from the system locale when set to auto."""
    wanted = str(settings.value(SETTING, "auto")) if settings is not None else "auto"
    return wanted if wanted in LANGUAGES else system_language(system)


def install(language: str) -> bool:
    """Make `language` the application's language; True if a catalogue was loaded."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    loaded = False
    if language != "en":
        tr = QTranslator(app)
        if tr.load(str(TRANSLATIONS / f"aftersales_{language}.qm")):
            app.installTranslator(tr)
            _installed.append(tr)
            loaded = True
        qt_tr = QTranslator(app)  # Qt's own dialogs and buttons
        from PySide6.QtCore import QLibraryInfo

        if qt_tr.load(QLocale(language), "qtbase", "_",
                      QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_tr)
            _installed.append(qt_tr)
    labels.retranslate()
    return loaded


def current_language() -> str:
    return "zh_CN" if _installed and not _installed[0].isEmpty() else "en"


def sources() -> list[Path]:
    ui_dir = Path(__file__).resolve().parent
    return sorted(p for p in ui_dir.rglob("*.py") if "__pycache__" not in p.parts)


def update_catalogues(out_dir: Path = TRANSLATIONS, *, release: bool = True) -> list[Path]:
    """Run pyside6-lupdate over ui/ into the .ts files, then lrelease them into .qm."""
    out_dir.mkdir(parents=True, exist_ok=True)
    files = [str(p) for p in sources()]
    made = []
    for lang in LANGUAGES:
        ts = out_dir / f"aftersales_{lang}.ts"
        subprocess.run(["pyside6-lupdate", "-no-obsolete", "-locations", "none",
                        "-target-language", lang, *files, "-ts", str(ts)],
                       check=True, capture_output=True)
        made.append(ts)
        if release:
            qm = ts.with_suffix(".qm")
            subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(qm)],
                           check=True, capture_output=True)
            made.append(qm)
    return made


if __name__ == "__main__":  # pragma: no cover - developer tool
    for p in update_catalogues():
        sys.stdout.write(f"{p}\n")
