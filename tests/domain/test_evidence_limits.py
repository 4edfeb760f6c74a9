"""What a platform's evidence call takes, from the shipped rule profiles, and what a set
of files goes over."""

from __future__ import annotations

import pytest

from app.domain.deadlines import BadRuleProfile
from app.domain.evidence_limits import EvidenceLimits, Exceeded
from app.services.rules import profile_from, rule_profile


def test_the_shipped_profiles_hold_the_platforms_limits() -> None:
    assert rule_profile("douyin").evidence == EvidenceLimits(max_images=4, max_comment=200)
    assert rule_profile("kuaishou").evidence == EvidenceLimits(max_images=6)
    for platform in ("pinduoduo", "taobao", "jd", "other"):
        assert rule_profile(platform).evidence == EvidenceLimits()
    # A shop's own response hours leave the evidence limits as they are.
    mine = rule_profile("douyin").overridden({"response_hours": {"refund_only": 6}})
    assert mine.evidence.max_images == 4


def test_images_videos_files_and_long_notes_are_counted() -> None:
    limits = EvidenceLimits(max_images=2, max_videos=1, max_files=4, max_comment=5)
    files = [("a.jpg", "jpeg", ""), ("b.png", "png", "short"), ("c.heic", "heic", "too long"),
             ("d.mp4", "mp4", ""), ("e.mov", "mov", ""), ("f.pdf", "pdf", "")]
    assert limits.exceeded(files) == [
        Exceeded("max_images", 2, 3), Exceeded("max_videos", 1, 2), Exceeded("max_files", 4, 6),
        Exceeded("max_comment", 5, 8, "c.heic")]
    assert limits.exceeded(files[:2]) == []
    assert EvidenceLimits().exceeded(files) == []


@pytest.mark.parametrize("block, words", [
    ([4], "'evidence' maps max_images"),
    ({"max_image": 4}, "unknown keys max_image"),
    ({"max_images": "4"}, "max_images must be a whole number"),
    ({"max_images": 0}, "max_images must be a whole number"),
    ({"max_comment": True}, "max_comment must be a whole number"),
])
def test_a_bad_evidence_block_names_its_file(block: object, words: str) -> None:
    with pytest.raises(BadRuleProfile, match=rf"douyin\.json: .*{words}"):
        profile_from({"evidence": block}, {}, "douyin.json")
