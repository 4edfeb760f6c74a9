"""A bundle's entry names: numbered, readable, and accepted by bundle-check whatever
name a file came with."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.domain.evidence import MediaType
from app.io.bundle_check import entry_name_problem
from app.io.bundle_names import entry_names


def test_names_are_numbered_readable_and_take_the_contents_extension() -> None:
    assert entry_names([("破损照片.JPG", MediaType.JPEG), ("破损照片.JPG", MediaType.JPEG),
                        ("C:\\Users\\x\\聊天记录.png", MediaType.PNG),
                        ("report.exe", MediaType.PDF), ("CON", MediaType.TEXT),
                        ("\u202egpj.exe", MediaType.GIF), ("...", MediaType.MP4)]) == [
        "evidence/01 破损照片.jpg", "evidence/02 破损照片.jpg", "evidence/03 聊天记录.png",
        "evidence/04 report.pdf", "evidence/05 _CON.txt", "evidence/06 _gpj.gif",
        "evidence/07 file.mp4"]


def test_a_hundred_files_are_numbered_with_three_digits() -> None:
    names = entry_names([("a.png", MediaType.PNG)] * 100)
    assert names[0] == "evidence/001 a.png" and names[-1] == "evidence/100 a.png"
    assert len(set(names)) == 100


def test_long_names_stay_within_what_file_systems_take() -> None:
    [name] = entry_names([("😀" * 300 + ".heic", MediaType.HEIC)])
    assert len(name.rsplit("/", 1)[1].encode("utf-8")) <= 255


@given(st.lists(st.tuples(st.text(max_size=300), st.sampled_from(list(MediaType))),
                min_size=1, max_size=5))
def test_every_name_we_write_passes_bundle_check(files: list[tuple[str, MediaType]]) -> None:
    names = entry_names(files)
    assert len(set(n.casefold() for n in names)) == len(names)
    for name in names:
        assert entry_name_problem(name) is None
        assert len(name.rsplit("/", 1)[1].encode("utf-8")) <= 255
