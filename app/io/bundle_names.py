"""The names a bundle gives its evidence: readable, unique, and safe on every system.

An agent or a platform's reviewer unpacks the bundle on Windows as often as not, so a
name keeps only what Windows, macOS and Linux all accept: no `<>:"/\\|?*`, no control
or text-direction characters, no trailing dot or space, and a bounded length. The
number in front (`01 `, `02 ` …) makes every name unique, however alike the files'
own names are, and keeps them in the order they were added.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from app.io.bundle_check import EVIDENCE_FOLDER, entry_name_problem

# The extension a detected type is written with: the content decides, not the old name.
EXTENSIONS = {"jpeg": "jpg", "png": "png", "webp": "webp", "gif": "gif", "heic": "heic",
              "pdf": "pdf", "mp4": "mp4", "mov": "mov", "text": "txt"}
# Characters of a name; CJK counts one each. UTF-8 takes up to 3 bytes for each,
# which stays within the 255 bytes a file name may take on Linux and macOS.
MAX_STEM = 60

_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')
_OLD_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,5}$")


def entry_names(files: Sequence[tuple[str, str]]) -> list[str]:
    """`evidence/NN name.ext` for each (display name, detected type), in order."""
    width = max(2, len(str(len(files))))
    names = []
    for n, (display, kind) in enumerate(files, start=1):
        stem = readable_stem(display)
        ext = EXTENSIONS.get(kind, "bin")
        name = f"{EVIDENCE_FOLDER}{n:0{width}d}{' ' + stem if stem else ''}.{ext}"
        # What we write must pass what bundle-check asks of any bundle.
        problem = entry_name_problem(name)
        if problem is not None:  # pragma: no cover - readable_stem leaves nothing to refuse
            raise AssertionError(f"{name!r}: {problem}")
        names.append(name)
    return names


def readable_stem(display: str) -> str:
    """A file's own name as a safe part of an entry name, without its old extension."""
    text = unicodedata.normalize("NFC", display)
    text = text.replace("\\", "/").rsplit("/", 1)[-1]  # a path's folders are not the name
    text = _OLD_EXTENSION.sub("", text)
    text = "".join(" " if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Zl", "Zp") else c
                   for c in text)
    text = _FORBIDDEN.sub("_", text)
    text = " ".join(text.split())[:MAX_STEM]
    return text.strip(" .")
