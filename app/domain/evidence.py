"""Evidence: what a file is (decided by its content, never by its name), which files a
case takes, and the names they may be shown and saved under.

Platforms decide disputes on evidence, so a file an agent attaches must be what it says
it is: a photo renamed from a program is refused, whatever its extension claims. The
file's own name is only ever display text; on disk a file is named by its SHA-256
(app.store.blobs), and in a bundle by `safe_file_name`.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from app.domain.errors import DomainError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
# Enough of a file to tell its kind, and to see that a text is text.
HEAD_BYTES = 8192
NAME_LIMIT = 255
NOTE_LIMIT = 2000


class MediaType(StrEnum):
    JPEG = "jpeg"
    PNG = "png"
    WEBP = "webp"
    GIF = "gif"
    HEIC = "heic"
    PDF = "pdf"
    MP4 = "mp4"
    MOV = "mov"
    TEXT = "text"

    @property
    def extension(self) -> str:
        return _EXTENSIONS[self]

    @property
    def mime(self) -> str:
        return _MIMES[self]

    @property
    def is_image(self) -> bool:
        return self in (MediaType.JPEG, MediaType.PNG, MediaType.WEBP, MediaType.GIF,
                        MediaType.HEIC)

    @property
    def is_video(self) -> bool:
        return self in (MediaType.MP4, MediaType.MOV)


_EXTENSIONS = {MediaType.JPEG: ".jpg", MediaType.PNG: ".png", MediaType.WEBP: ".webp",
               MediaType.GIF: ".gif", MediaType.HEIC: ".heic", MediaType.PDF: ".pdf",
               MediaType.MP4: ".mp4", MediaType.MOV: ".mov", MediaType.TEXT: ".txt"}
_MIMES = {MediaType.JPEG: "image/jpeg", MediaType.PNG: "image/png",
          MediaType.WEBP: "image/webp", MediaType.GIF: "image/gif",
          MediaType.HEIC: "image/heic", MediaType.PDF: "application/pdf",
          MediaType.MP4: "video/mp4", MediaType.MOV: "video/quicktime",
          MediaType.TEXT: "text/plain"}

# ISO base media files (MP4, MOV, HEIC) name their brand after "ftyp".
_HEIC_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}
_MOV_BRANDS = {b"qt  "}
_MP4_BRANDS = {b"isom", b"iso2", b"iso3", b"iso4", b"iso5", b"iso6", b"mp41", b"mp42",
               b"avc1", b"M4V ", b"M4A ", b"dash", b"3gp4", b"3gp5", b"3gp6", b"3g2a",
               b"MSNV", b"f4v ", b"mmp4"}
# Old QuickTime files start with an atom of their own instead of "ftyp".
_MOV_ATOMS = {b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"}

# What a refused file looks like, so that the refusal can say so.
_KNOWN_OTHERS = ((b"MZ", "a Windows program"), (b"\x7fELF", "a Linux program"),
                 (b"\xcf\xfa\xed\xfe", "a Mac program"), (b"\xca\xfe\xba\xbe", "a Mac program"),
                 (b"PK\x03\x04", "a ZIP archive or Office document"),
                 (b"Rar!", "a RAR archive"), (b"7z\xbc\xaf", "a 7-Zip archive"),
                 (b"\xd0\xcf\x11\xe0", "an old Office document"), (b"#!", "a script"))


def _iso_media(head: bytes) -> MediaType | None:
    if len(head) < 12:
        return None
    if head[4:8] != b"ftyp":
        return MediaType.MOV if head[4:8] in _MOV_ATOMS and head[:4] != b"\0\0\0\0" else None
    size = int.from_bytes(head[:4], "big")
    brands = {head[8:12]}
    end = min(size if size >= 16 else 16, len(head))
    brands.update(head[i:i + 4] for i in range(16, end - 3, 4))
    if head[8:12] in _HEIC_BRANDS or (brands & _HEIC_BRANDS and head[8:12] not in _MP4_BRANDS):
        return MediaType.HEIC
    if head[8:12] in _MOV_BRANDS:
        return MediaType.MOV
    if brands & _MP4_BRANDS:
        return MediaType.MP4
    return None


def _is_text(head: bytes, complete: bool) -> bool:
    """Text in UTF-8 (with or without a BOM), UTF-16 with a BOM, or GB18030: no NUL and
    no control character but tab, newline, carriage return and form feed."""
    if not head:
        return False
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = head.decode("utf-16") if complete else \
                codecs.getincrementaldecoder("utf-16")().decode(head)
        except UnicodeDecodeError:
            return False
    else:
        if b"\0" in head:
            return False
        text = ""
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                # The head may cut a character in two: an incremental decoder keeps it.
                text = codecs.getincrementaldecoder(encoding)().decode(head, final=complete)
                break
            except UnicodeDecodeError:
                continue
        else:
            return False
    return not any((ord(c) < 32 and c not in "\t\n\r\f") or c == "\x7f" for c in text)


def sniff(head: bytes, *, complete: bool = False) -> MediaType | None:
    """The kind of file these first bytes start (`complete`: they are the whole file),
    or None for a kind evidence does not take."""
    if head.startswith(b"\xff\xd8\xff"):
        return MediaType.JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return MediaType.PNG
    if head.startswith((b"GIF87a", b"GIF89a")):
        return MediaType.GIF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return MediaType.WEBP
    if b"%PDF-" in head[:1024]:
        return MediaType.PDF
    media = _iso_media(head)
    if media is not None:
        return media
    if any(head.startswith(magic) for magic, _ in _KNOWN_OTHERS):
        return None
    return MediaType.TEXT if _is_text(head, complete) else None


def looks_like(head: bytes) -> str | None:
    """What a refused file seems to be ("a Windows program"), when that is known."""
    return next((what for magic, what in _KNOWN_OTHERS if head.startswith(magic)), None)


class EvidenceRefused(DomainError):
    """A file the case does not take. `code` says why: empty, too_large (`size`,
    `limit`), unknown_type (`looks_like`), not_a_file, unreadable, duplicate
    (`name`), no_step (`step`), removed."""

    def __init__(self, code: str, message: str, **facts: object) -> None:
        super().__init__(message)
        self.code = code
        self.facts = facts


def refuse_size(name: str, size: int, limit: int) -> None:
    if size == 0:
        raise EvidenceRefused("empty", f"{name} is empty")
    if size > limit:
        raise EvidenceRefused("too_large", f"{name} is {mb(size)}; evidence files take at "
                              f"most {mb(limit)}", size=size, limit=limit)


def refuse_type(name: str, head: bytes, complete: bool) -> MediaType:
    media = sniff(head, complete=complete)
    if media is None:
        seems = looks_like(head)
        kinds = "JPEG, PNG, WebP, GIF, HEIC, PDF, MP4, MOV or plain text"
        raise EvidenceRefused(
            "unknown_type", f"{name} is {seems or 'not a kind of file evidence takes'}, "
            f"whatever its name says; evidence is {kinds}", looks_like=seems or "")
    return media


def mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


# Control characters, and the text-direction controls that make "photo\u202egpj.exe"
# show as "photoexe.jpg".
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def display_name(original: str) -> str:
    """The name a file came with, as text to show: control characters become "?",
    and it is cut to what the column holds. Path parts stay, as text: it is never
    used to name a file."""
    shown = _CONTROL.sub("?", unicodedata.normalize("NFC", original)).strip()
    return (shown or "?")[:NAME_LIMIT]


_WINDOWS_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
# Windows opens these as devices whatever the extension (`CON.jpg` is the console);
# bundle-check refuses an archive holding one.
WINDOWS_DEVICE_NAMES = frozenset({
    "CON", "PRN", "AUX", "NUL", "CLOCK$", "CONIN$", "CONOUT$",
    *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10)),
    "COM¹", "COM²", "COM³", "LPT¹", "LPT²", "LPT³"})
# Control and format characters (text-direction overrides make `gpj.exe` read as
# `exe.jpg`), lone surrogates and line breaks: no file name holds them.
_UNNAMEABLE = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def safe_file_name(shown: str, media: MediaType, limit: int = 80) -> str:
    """A file name that is safe on Windows, macOS and Linux for a file of this kind:
    the last part of the shown name, without characters a file system refuses, never
    a device name, ending in the extension the content has."""
    base = re.split(r"[\\/]", shown)[-1]
    stem = base.rsplit(".", 1)[0] if "." in base.strip(".") else base
    stem = "".join("_" if unicodedata.category(c) in _UNNAMEABLE else c for c in stem)
    stem = _WINDOWS_FORBIDDEN.sub("_", stem).strip(" .")
    if stem.split(".")[0].upper() in WINDOWS_DEVICE_NAMES:
        stem = "_" + stem
    stem = stem[:limit].rstrip(" .") or "file"
    return stem + media.extension


@dataclass(frozen=True)
class EvidenceFile:
    """A file as a case's history records it."""

    sha256: str
    name: str
    media_type: MediaType
    size: int
    step: str | None = None

    def as_json(self) -> dict[str, object]:
        out: dict[str, object] = {"sha256": self.sha256, "name": self.name,
                                  "type": self.media_type.value, "size": self.size}
        if self.step:
            out["step"] = self.step
        return out
