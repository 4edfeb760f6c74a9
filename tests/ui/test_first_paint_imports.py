"""The window is built and painted before the store's libraries load: importing
SQLAlchemy (and Jinja2, PyYAML) in a worker holds the GIL and would delay the first
paint (the start-up figure of the bench). A module that imports a service at its top
and is used while the window is built breaks this; the test names the chain."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from tests.conftest import REPO

SCRIPT = textwrap.dedent("""
    import sys, traceback
    chains = []
    class Watch:
        def find_spec(self, name, path, target=None):
            if name in ("sqlalchemy", "jinja2", "yaml", "jsonschema"):
                chains.append(name + ": " + " <- ".join(
                    f.filename.rsplit("/", 1)[-1] for f in traceback.extract_stack()
                    if "/work" in f.filename or "aftersales" in f.filename.lower()
                    or "/ui/" in f.filename or "/app/" in f.filename)[-400:])
            return None
    sys.meta_path.insert(0, Watch())
    from PySide6.QtCore import QSettings
    from ui.app import application
    app = application()
    from ui.main_window import MainWindow
    w = MainWindow(None, QSettings(sys.argv[1], QSettings.Format.IniFormat))
    w.resize(1440, 900)
    w.show()
    app.processEvents()
    print("\\n".join(chains))
""")


def test_building_the_window_loads_no_store_library(tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "s.ini")], cwd=REPO,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "", done.stdout
