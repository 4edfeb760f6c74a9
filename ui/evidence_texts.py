"""What the window says about evidence, in the user's language: a file's kind and
size, why a file was not attached, and what an attach came to.

The services give each refusal a code and its facts (app.domain.evidence); the
sentence is made here, so that an agent reads it in their language and never a code.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication


def type_name(media: str) -> str:
    names = {
        "jpeg": QCoreApplication.translate("EvidenceTexts", "JPEG photo"),
        "png": QCoreApplication.translate("EvidenceTexts", "PNG image"),
        "webp": QCoreApplication.translate("EvidenceTexts", "WebP image"),
        "gif": QCoreApplication.translate("EvidenceTexts", "GIF image"),
        "heic": QCoreApplication.translate("EvidenceTexts", "HEIC photo (iPhone)"),
        "pdf": QCoreApplication.translate("EvidenceTexts", "PDF document"),
        "mp4": QCoreApplication.translate("EvidenceTexts", "MP4 video"),
        "mov": QCoreApplication.translate("EvidenceTexts", "MOV video"),
        "text": QCoreApplication.translate("EvidenceTexts", "Text file"),
    }
    return names.get(media, media.upper())


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return QCoreApplication.translate("EvidenceTexts", "%1 MB").replace(
            "%1", f"{size / (1024 * 1024):.1f}")
    if size >= 1024:
        return QCoreApplication.translate("EvidenceTexts", "%1 KB").replace(
            "%1", f"{max(1, round(size / 1024))}")
    return QCoreApplication.translate("EvidenceTexts", "%1 bytes").replace("%1", str(size))


def _looks_like(what: str) -> str:
    """The domain's English description of a refused file, in the user's language."""
    words = {
        "a Windows program": QCoreApplication.translate("EvidenceTexts", "a Windows program"),
        "a Linux program": QCoreApplication.translate("EvidenceTexts", "a Linux program"),
        "a Mac program": QCoreApplication.translate("EvidenceTexts", "a Mac program"),
        "a ZIP archive or Office document": QCoreApplication.translate(
            "EvidenceTexts", "a ZIP archive or an Office document"),
        "a RAR archive": QCoreApplication.translate("EvidenceTexts", "a RAR archive"),
        "a 7-Zip archive": QCoreApplication.translate("EvidenceTexts", "a 7-Zip archive"),
        "an old Office document": QCoreApplication.translate(
            "EvidenceTexts", "an old Office document"),
        "a script": QCoreApplication.translate("EvidenceTexts", "a script"),
    }
    return words.get(what, "")


def refusal(name: str, code: str, facts: Mapping[str, Any]) -> str:
    """Why one file was not attached: a sentence naming it."""
    if code == "empty":
        text = QCoreApplication.translate("EvidenceTexts", "%1 is empty: nothing was attached.")
    elif code == "too_large":
        text = QCoreApplication.translate(
            "EvidenceTexts", "%1 is %2; evidence files take at most %3.").replace(
            "%2", size_text(int(facts.get("size") or 0))).replace(
            "%3", size_text(int(facts.get("limit") or 0)))
    elif code == "unknown_type":
        seems = _looks_like(str(facts.get("looks_like") or ""))
        if seems:
            text = QCoreApplication.translate(
                "EvidenceTexts", "%1 is %2, not a photo: nothing was attached.").replace(
                "%2", seems)
        else:
            text = QCoreApplication.translate(
                "EvidenceTexts", "%1 is not a kind of file evidence takes (photos, PDF, "
                "MP4 or MOV video, plain text): nothing was attached.")
    elif code == "duplicate":
        if facts.get("on_case", True):
            text = QCoreApplication.translate(
                "EvidenceTexts", "%1 is already attached to this case (as %2).")
        else:
            text = QCoreApplication.translate(
                "EvidenceTexts", "%1 is the same file as %2, given twice: it was attached once.")
        text = text.replace("%2", str(facts.get("name") or ""))
    elif code == "not_a_file":
        text = QCoreApplication.translate(
            "EvidenceTexts", "%1 is not a file (a folder, or gone): nothing was attached.")
    elif code == "unreadable":
        text = QCoreApplication.translate(
            "EvidenceTexts", "%1 cannot be read (no permission, or the disk failed): "
            "nothing was attached.")
    elif code == "no_step":
        return QCoreApplication.translate(
            "EvidenceTexts", "The case's playbook has no step %1: nothing was attached.").replace(
            "%1", str(facts.get("step") or name))
    else:
        text = QCoreApplication.translate("EvidenceTexts", "%1 was not attached.")
    return text.replace("%1", name)


def attached(count: int, step_title: str | None) -> str:
    if count == 1:
        text = (QCoreApplication.translate("EvidenceTexts", "1 file attached to “%2”.")
                if step_title else QCoreApplication.translate("EvidenceTexts", "1 file attached."))
    else:
        text = (QCoreApplication.translate("EvidenceTexts", "%1 files attached to “%2”.")
                if step_title else QCoreApplication.translate("EvidenceTexts", "%1 files attached."))
    return text.replace("%1", str(count)).replace("%2", step_title or "")


def outcome(files: Sequence[Any], step_title: str | None) -> str:
    """What an attach came to: how many files were taken, then each refusal."""
    taken = [f for f in files if not hasattr(f, "code")]
    lines = [attached(len(taken), step_title)] if taken else []
    lines += [refusal(f.name, f.code, f.facts) for f in files if hasattr(f, "code")]
    return "\n".join(lines)


def nothing_to_paste() -> str:
    return QCoreApplication.translate(
        "EvidenceTexts", "The clipboard holds no picture or file to attach: copy a screenshot "
        "or files first.")


def blob_problem(problem: str) -> str:
    if problem == "missing":
        return QCoreApplication.translate(
            "EvidenceTexts", "The stored file is missing from the evidence folder. Run verify "
            "and restore it from a backup.")
    return QCoreApplication.translate(
        "EvidenceTexts", "The stored file was changed on disk since it was attached: it is "
        "not shown, as it is no longer the evidence. Run verify and restore it from a backup.")


def warning_title(problem: str) -> str:
    """The few words on a thumbnail whose stored file is not the evidence any more."""
    if problem == "missing":
        return QCoreApplication.translate("EvidenceTexts", "File missing")
    return QCoreApplication.translate("EvidenceTexts", "Changed on disk")

