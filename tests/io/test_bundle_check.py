"""check_bundle on real zip files built by hand: good bundles pass, tampered ones fail
with the file named, and hostile archives are refused without anything being unpacked."""

from __future__ import annotations

import hashlib
import json
import stat
import zipfile
from pathlib import Path

import pytest
from bundle_helpers import (
    EVIDENCE,
    SUMMARY,
    manifest_for,
    patch_central,
    tree,
    write_bomb,
    write_bundle,
    write_zip,
)

from app.domain.errors import BundleRefused, DomainError
from app.io.bundle_check import check_bundle


def refusal(path: Path) -> BundleRefused:
    with pytest.raises(BundleRefused) as info:
        check_bundle(path)
    assert isinstance(info.value, DomainError)  # the command line's exit 2
    assert "\n" not in str(info.value)
    return info.value


def test_a_good_bundle_passes(tmp_path: Path) -> None:
    result = check_bundle(write_bundle(tmp_path / "good.zip"))
    assert result.ok and result.problems == []
    assert result.files_checked == len(EVIDENCE) + 1  # the summary is checked too
    assert result.to_json() == {"bundle": str(tmp_path / "good.zip"), "ok": True,
                                "files_checked": 3, "problems": []}


def test_a_bundle_with_folder_entries_and_no_evidence_passes(tmp_path: Path) -> None:
    path = write_bundle(tmp_path / "empty.zip", {}, extra=[("evidence/", b"")])
    result = check_bundle(path)
    assert result.ok and result.files_checked == 1


def test_a_changed_file_is_named(tmp_path: Path) -> None:
    files = dict(EVIDENCE)
    target = "evidence/01 破损照片.jpg"
    tampered = {**files, target: files[target][:-1] + b"X"}  # same size, other bytes
    path = write_bundle(tmp_path / "b.zip", tampered, manifest=manifest_for(files))
    result = check_bundle(path)
    assert not result.ok
    assert result.problems == [{"path": target, "problem": "its sha256 differs from the "
                                "manifest's: the file was changed"}]
    assert result.files_checked == 3


def test_a_file_of_another_size_is_named(tmp_path: Path) -> None:
    target = "evidence/02 聊天截图.png"
    path = write_bundle(tmp_path / "b.zip", {**EVIDENCE, target: EVIDENCE[target] + b"!"},
                        manifest=manifest_for(EVIDENCE))
    [problem] = check_bundle(path).problems
    assert problem["path"] == target and "the manifest says" in problem["problem"]


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    kept = {k: v for k, v in EVIDENCE.items() if k.startswith("evidence/01")}
    path = write_bundle(tmp_path / "b.zip", kept, manifest=manifest_for(EVIDENCE))
    result = check_bundle(path)
    assert result.problems == [{"path": "evidence/02 聊天截图.png",
                                "problem": "is listed in the manifest but missing from the bundle"}]


def test_an_unlisted_file_is_named(tmp_path: Path) -> None:
    path = write_bundle(tmp_path / "b.zip", extra=[("evidence/03 extra.jpg", b"slipped in")])
    result = check_bundle(path)
    assert result.problems == [{"path": "evidence/03 extra.jpg",
                                "problem": "is in the bundle but not in the manifest"}]


def test_a_changed_summary_is_named(tmp_path: Path) -> None:
    path = write_bundle(tmp_path / "b.zip", summary=SUMMARY.replace(b"1001", b"1002"),
                        manifest=manifest_for(EVIDENCE, SUMMARY))
    [problem] = check_bundle(path).problems
    assert problem["path"] == "summary.html" and "changed" in problem["problem"]


def test_no_manifest_fails_the_check(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "b.zip", [("summary.html", SUMMARY), *EVIDENCE.items()])
    result = check_bundle(path)
    assert not result.ok
    assert result.problems[0]["path"] == "manifest.json"
    assert "no manifest" in result.problems[0]["problem"]


@pytest.mark.parametrize("body, words", [
    (b"{not json", "not valid JSON"),
    (b"\xff\xfe{}", "not valid JSON"),
    (b"[1, 2]", "not a JSON object"),
    (json.dumps({"format": "other/9", "summary": "summary.html",
                 "summary_sha256": hashlib.sha256(SUMMARY).hexdigest(), "files": []}).encode(),
     "format is 'other/9'"),
])
def test_a_broken_manifest_fails_the_check(tmp_path: Path, body: bytes, words: str) -> None:
    path = write_zip(tmp_path / "b.zip", [("manifest.json", body), ("summary.html", SUMMARY)])
    result = check_bundle(path)
    assert not result.ok
    assert any(p["path"] == "manifest.json" and words in p["problem"] for p in result.problems)


def test_a_manifest_listing_junk_names_each_fault(tmp_path: Path) -> None:
    m = manifest_for(EVIDENCE)
    m["files"] += [{"path": "evidence/01 破损照片.jpg", "sha256": "0" * 64, "size": 1},
                   {"sha256": "0" * 64}, "not an object",
                   {"path": "elsewhere.txt", "sha256": "nothex", "size": 3}]
    result = check_bundle(write_bundle(tmp_path / "b.zip", manifest=m))
    problems = {(p["path"], p["problem"]) for p in result.problems}
    assert ("evidence/01 破损照片.jpg", "is listed in the manifest twice") in problems
    assert ("manifest.json", "file 4 of the manifest has no path") in problems
    assert ("manifest.json", "file 5 of the manifest has no path") in problems
    assert ("elsewhere.txt", "is listed as evidence but is not in evidence/") in problems
    assert ("elsewhere.txt", "the manifest gives no valid sha256 for it") in problems


# --- refused archives: nothing is unpacked, whatever they hold ---------------------------


@pytest.mark.parametrize("name, words", [
    ("../evil", "climbs out"),
    ("evidence/../../evil", "climbs out"),
    ("/tmp/evil", "absolute"),
    ("C:\\evil", "absolute"),
    ("C:evil", "absolute"),
    ("\\\\server\\share\\evil", "absolute"),
    ("evidence\\..\\..\\evil", "backslash"),
    ("evidence/a\x00.jpg", "control characters"),
    ("evidence/a\nb.jpg", "control characters"),
    ("evidence/\u202egpj.exe", "control characters"),
    ("evidence/CON.jpg", "device name"),
    ("evidence/a.jpg:hidden", "colon"),
])
def test_hostile_names_are_refused(tmp_path: Path, name: str, words: str) -> None:
    work = tmp_path / "work"
    work.mkdir()
    info = zipfile.ZipInfo("placeholder")
    info.filename = name  # ZipInfo() cuts a name at its NUL; the archive must keep it
    path = write_bundle(work / "hostile.zip", extra=[(info, b"owned")])
    before = tree(tmp_path)
    exc = refusal(path)
    assert exc.reason == "hostile_name" and words in str(exc)
    assert json.dumps(name, ensure_ascii=False) in str(exc)  # named, escapes shown as escapes
    assert tree(tmp_path) == before
    assert not (tmp_path / "evil").exists() and not (tmp_path.parent / "evil").exists()


def test_a_symbolic_link_is_refused(tmp_path: Path) -> None:
    info = zipfile.ZipInfo("evidence/03 link.jpg")
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    exc = refusal(write_bundle(tmp_path / "b.zip", extra=[(info, b"/etc/passwd")]))
    assert exc.reason == "link" and "evidence/03 link.jpg" in str(exc)


def test_a_device_file_is_refused(tmp_path: Path) -> None:
    info = zipfile.ZipInfo("evidence/fifo")
    info.external_attr = (stat.S_IFIFO | 0o644) << 16
    assert refusal(write_bundle(tmp_path / "b.zip", extra=[(info, b"")])).reason == "special_file"


@pytest.mark.parametrize("second, words", [
    ("evidence/01 破损照片.jpg", "twice"),
    ("EVIDENCE/01 破损照片.JPG", "letter case"),
])
def test_duplicate_names_are_refused(tmp_path: Path, second: str, words: str) -> None:
    exc = refusal(write_bundle(tmp_path / "b.zip", extra=[(second, b"second copy")]))
    assert exc.reason == "duplicate" and words in str(exc)


def test_an_encrypted_entry_is_refused(tmp_path: Path) -> None:
    path = write_bundle(tmp_path / "b.zip")
    raw = bytearray(path.read_bytes())
    at = raw.index(b"PK\x01\x02")
    raw[at + 8] |= 0x1  # the central directory's "encrypted" flag bit
    path.write_bytes(bytes(raw))
    assert refusal(path).reason == "encrypted"


def test_a_zip_bomb_is_refused_before_anything_is_expanded(tmp_path: Path) -> None:
    path = write_bomb(tmp_path / "bomb.zip", 200)
    assert path.stat().st_size < 2 * 2**20  # small on disk, 200 MiB expanded
    exc = refusal(path)
    assert exc.reason == "zip_bomb" and "more than 100 times" in str(exc)


def test_a_declared_size_that_lies_is_refused(tmp_path: Path) -> None:
    big = b"a" * 50_000  # compresses to almost nothing
    path = write_bundle(tmp_path / "liar.zip", {"evidence/01 a.txt": big})
    patch_central(path, "evidence/01 a.txt", file_size=1000)  # "only 1000 bytes"
    exc = refusal(path)  # reading stops at the 1000 bytes declared, and they fail the CRC
    assert exc.reason == "damaged" and "evidence/01 a.txt" in str(exc)


def test_sizes_over_the_absolute_cap_are_refused(tmp_path: Path) -> None:
    path = write_bundle(tmp_path / "huge.zip")
    for name in EVIDENCE:
        patch_central(path, name, file_size=3 * 2**30)
    exc = refusal(path)
    assert exc.reason == "zip_bomb" and "at most 4.0 GiB" in str(exc)


def test_entries_sharing_their_bytes_are_refused(tmp_path: Path) -> None:
    path = write_bundle(tmp_path / "overlap.zip")
    first, second = EVIDENCE
    with zipfile.ZipFile(path) as zf:
        offset = zf.getinfo(first).header_offset
    patch_central(path, second, header_offset=offset)
    assert refusal(path).reason == "overlap"


def test_not_a_zip_and_a_damaged_zip_are_refused(tmp_path: Path) -> None:
    text = tmp_path / "notes.zip"
    text.write_text("just some text", encoding="utf-8")
    exc = refusal(text)
    assert exc.reason == "damaged" and "not a readable ZIP archive" in str(exc)
    good = write_bundle(tmp_path / "good.zip")
    cut = tmp_path / "cut.zip"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    assert refusal(cut).reason == "damaged"
    assert refusal(tmp_path / "nowhere.zip").reason == "not_a_file"
    assert refusal(tmp_path).reason == "not_a_file"


def test_a_damaged_member_is_refused(tmp_path: Path) -> None:
    data = bytes(range(256)) * 40
    path = write_bundle(tmp_path / "b.zip", {"evidence/01 a.bin": data})
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("evidence/01 a.bin")
    start = info.header_offset + 30 + len(info.filename.encode())
    raw[start + info.compress_size // 2] ^= 0xFF  # flip bits inside the compressed data
    path.write_bytes(bytes(raw))
    exc = refusal(path)
    assert exc.reason == "damaged"
