"""`screenshot OUT --dialog sign_in`: the sign-in dialog as the window's start shows it
— before any case is on screen — with --user's name filled in and a password typed."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path


def sign_in_shot(args: argparse.Namespace, out: Path) -> int:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QWidget

    from ui.app import open_inbox_store
    from ui.screenshot import _over
    from ui.sign_in import SignInDialog

    width, height = args.size
    with tempfile.TemporaryDirectory() as tmp:
        conf = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        dialog = SignInDialog(lambda: open_inbox_store(args), conf, "screenshot",
                              name=args.user if getattr(args, "user_given", False) else "")
        waiting = QEventLoop()
        dialog.ready = waiting.quit
        if dialog.busy:
            waiting.exec()
        try:
            dialog.password.setText("demo")
            dialog.show()
            dialog.ok.setFocus()
            QCoreApplication.processEvents()
            dialog.password.deselect()
            backdrop = QWidget()
            backdrop.setObjectName("signInBackdrop")
            backdrop.resize(width, height)
            palette = backdrop.palette()
            palette.setColor(backdrop.backgroundRole(), QColor("#eef1f4"))
            backdrop.setPalette(palette)
            backdrop.setAutoFillBackground(True)
            image = _over(backdrop, dialog)
            if not image.save(str(out), "PNG"):
                raise OSError(f"could not write {out}")
        finally:
            dialog.close()
            if dialog.store is not None:
                dialog.store.close()
            dialog.jobs.close()
    sys.stdout.write(json.dumps({"screenshot": str(out.resolve()), "dialog": "sign_in",
                                 "size": f"{width}x{height}"}) + "\n")
    return 0
