"""The timeline names evidence events in words: files by name, kind and size."""

from __future__ import annotations

from ui import labels
from ui.timeline_text import describe_changes


def test_files_are_listed_by_name_kind_and_size(qapp) -> None:  # type: ignore[no-untyped-def]
    text = describe_changes({"evidence": [
        {"sha256": "a" * 64, "name": "破损.png", "type": "png", "size": 2000},
        {"sha256": "b" * 64, "name": "质检.pdf", "type": "pdf", "size": 3 * 1048576}],
        "note": "外箱压坏"})
    assert text == "Files: 破损.png (PNG, 1 KB)、质检.pdf (PDF, 3.0 MB); Note: 外箱压坏"
    assert "a" * 64 not in text


def test_a_removed_file_and_its_reason(qapp) -> None:  # type: ignore[no-untyped-def]
    text = describe_changes({"evidence_removed": {"id": 3, "name": "wrong.jpg", "type": "jpeg",
                                                  "size": 10}, "reason": "other case"})
    assert text == "File removed: wrong.jpg (JPEG, 1 KB); Reason: other case"
    assert labels.label("action", "evidence") == "Evidence attached"
