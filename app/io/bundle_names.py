"""The names a bundle gives its evidence: readable, unique, and safe on every system.

An agent or a platform's reviewer unpacks the bundle on Windows as often as not, so
each name is the file's own name made safe there (app.domain.evidence.safe_file_name:
no `<>:"/\\|?*`, no control or text-direction characters, never a device name, the
extension its content has). The number in front (`01 `, `02 ` …) makes every name
unique, however alike the files' own names are, and keeps the order they were added.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.domain.evidence import MediaType, safe_file_name
from app.io.bundle_check import EVIDENCE_FOLDER, entry_name_problem

# Characters of a file's own name. UTF-8 takes up to 4 bytes for each, so the entry
# (number, name, extension) stays within the 255 bytes Linux and macOS allow a name.
MAX_STEM = 60


def entry_names(files: Sequence[tuple[str, MediaType]]) -> list[str]:
    """`evidence/NN name.ext` for each (shown name, detected type), in order."""
    width = max(2, len(str(len(files))))
    names = []
    for n, (shown, media) in enumerate(files, start=1):
        name = f"{EVIDENCE_FOLDER}{n:0{width}d} {safe_file_name(shown, media, MAX_STEM)}"
        # What we write must pass what bundle-check asks of any bundle.
        problem = entry_name_problem(name)
        if problem is not None:
            raise ValueError(f"no safe bundle name for {shown!r}: {problem}")
        names.append(name)
    return names
