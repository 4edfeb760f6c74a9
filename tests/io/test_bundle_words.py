"""What a bundle's summary says of an event's changes, in both languages."""

from __future__ import annotations

from app.io.bundle_words import changes_text, when

STEPS = {"photos": "收集照片"}


def test_moves_money_times_and_steps_read_as_words() -> None:
    changes = {"status": ["new", "in_progress"], "amount_fen": [9900, 4950],
               "deadline_at": ["2026-11-20T01:00:00", "2026-11-21T01:00:00"], "step": "photos",
               "escalated_to": [None, "platform"]}
    assert changes_text(changes, "zh_CN", STEPS) == (
        "状态：新建 → 处理中；金额：¥99.00 → ¥49.50；截止时间：2026-11-20 09:00 → "
        "2026-11-21 09:00；步骤：收集照片；升级给：— → 平台")
    assert changes_text(changes, "en", STEPS) == (
        "Status: New → In progress; Amount: ¥99.00 → ¥49.50; Deadline: 2026-11-20 09:00 → "
        "2026-11-21 09:00; Step: 收集照片; Escalated to: — → Platform")


def test_two_files_are_two_files_not_a_before_and_after() -> None:
    files = [{"name": "a.jpg", "sha256": "0" * 64}, {"name": "b.png", "sha256": "1" * 64}]
    assert changes_text({"evidence": files}, "en", {}) == "Files: a.jpg, b.png"
    assert changes_text({"evidence": files}, "zh_CN", {}) == "文件：a.jpg、b.png"
    assert changes_text({"evidence_removed": files[0], "reason": "wrong order"}, "en", {}) == (
        "File removed: a.jpg; Reason: wrong order")


def test_codes_and_values_we_do_not_know_are_shown_as_they_are() -> None:
    assert changes_text({"refund_fen": [0, 1200], "new_thing": {"a": 1}}, "en", {}) == (
        'refund_fen: ¥0.00 → ¥12.00; new_thing: {"a": 1}')
    assert when("2026-11-20T16:30:00+00:00") == "2026-11-21 00:30"
    assert when(None) == "—" and when("not a time") == "not a time"
