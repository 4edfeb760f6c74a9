"""What a file is comes from its content; names are only ever display text."""

from __future__ import annotations

import pytest

from app.domain.evidence import (
    MediaType,
    display_name,
    looks_like,
    safe_file_name,
    sniff,
)
from tests.evidence_files import EXE, iso_media, jpeg_head, pdf, png


@pytest.mark.parametrize(("head", "kind"), [
    (jpeg_head(), MediaType.JPEG),
    (png(), MediaType.PNG),
    (b"GIF89a\x01\x00\x01\x00", MediaType.GIF),
    (b"RIFF\x24\x00\x00\x00WEBPVP8 ", MediaType.WEBP),
    (pdf(), MediaType.PDF),
    (iso_media(b"heic", b"mif1heic"), MediaType.HEIC),
    (iso_media(b"mif1", b"mif1heic"), MediaType.HEIC),
    (iso_media(b"isom", b"isomiso2avc1mp41"), MediaType.MP4),
    (iso_media(b"mp42"), MediaType.MP4),
    (iso_media(b"qt  ", b"qt  "), MediaType.MOV),
    (b"\x00\x00\x00\x08wide\x00\x00\x00\x10mdat", MediaType.MOV),
    ("买家说：箱子压坏了\r\nline 2\n".encode(), MediaType.TEXT),
    ("买家说：箱子压坏了".encode("gb18030"), MediaType.TEXT),
    ("\ufeffhello".encode("utf-16"), MediaType.TEXT),
])
def test_kinds_come_from_the_content(head: bytes, kind: MediaType) -> None:
    assert sniff(head, complete=True) == kind


@pytest.mark.parametrize(("head", "seems"), [
    (EXE, "a Windows program"),
    (b"\x7fELF\x02\x01\x01" + b"\0" * 40, "a Linux program"),
    (b"PK\x03\x04\x14\x00" + b"\0" * 40, "a ZIP archive or Office document"),
    (b"#!/bin/sh\nrm -rf /\n", "a script"),
    (b"\x00\x01\x02\x03binary", None),
    (b"text with a bell \x07 in it", None),
    (b"", None),
    (iso_media(b"XXXX"), None),
])
def test_what_evidence_does_not_take_is_refused_and_named(head: bytes, seems: str | None) -> None:
    assert sniff(head, complete=True) is None
    assert looks_like(head) == seems


def test_a_text_head_that_cuts_a_character_in_two_is_still_text() -> None:
    data = ("凭证" * 5000).encode()
    assert sniff(data[:8191], complete=False) == MediaType.TEXT


def test_display_names_keep_paths_as_text_and_lose_control_characters() -> None:
    assert display_name("../../etc/passwd") == "../../etc/passwd"
    assert display_name("a\x00b\nc.jpg") == "a?b?c.jpg"
    assert len(display_name("长" * 400)) == 255
    assert display_name("  \x01  ") == "?"
    assert display_name("photo\u202egpj.exe") == "photo?gpj.exe"


@pytest.mark.parametrize(("shown", "media", "safe"), [
    ("../../etc/passwd", MediaType.TEXT, "passwd.txt"),
    ("C:\\Users\\x\\破损照片.JPG", MediaType.JPEG, "破损照片.jpg"),
    ("CON.jpg", MediaType.JPEG, "_CON.jpg"),
    ("nul", MediaType.PNG, "_nul.png"),
    ("com1.tar.gz", MediaType.PDF, "_com1.tar.pdf"),
    ('a<b>:"|?*.png', MediaType.PNG, "a_b______.png"),
    ("setup.exe", MediaType.JPEG, "setup.jpg"),
    ("...", MediaType.PDF, "file.pdf"),
    (" trailing. ", MediaType.GIF, "trailing.gif"),
])
def test_safe_file_names_hold_on_every_system(shown: str, media: MediaType, safe: str) -> None:
    assert safe_file_name(shown, media) == safe
