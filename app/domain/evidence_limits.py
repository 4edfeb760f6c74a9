"""What a platform's evidence call takes: how many images, videos and files, and how long
a comment. A bundle holding more is still made, but says which limit it exceeds, so the
agent chooses what to upload before the platform's form refuses it.

The numbers live in each platform's rule profile (`resources/rules/*.json`, block
"evidence", read by app/services/rules.py); a platform without the block has no
limits we know of.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.domain.evidence import MediaType

# key in the profile: what it counts
LIMIT_KEYS = ("max_images", "max_videos", "max_files", "max_comment")


@dataclass(frozen=True)
class Exceeded:
    """One limit a bundle goes over: `limit` allowed, `actual` found. For a comment,
    `name` is the file whose note is too long to paste as the call's comment."""

    key: str
    limit: int
    actual: int
    name: str | None = None


@dataclass(frozen=True)
class EvidenceLimits:
    max_images: int | None = None
    max_videos: int | None = None
    max_files: int | None = None
    max_comment: int | None = None  # characters

    def exceeded(self, files: Iterable[tuple[str, str, str]]) -> list[Exceeded]:
        """The limits that `files` — (name, type, note) each — go over, in LIMIT_KEYS order."""
        items = [(name, MediaType(kind), note) for name, kind, note in files]
        out: list[Exceeded] = []
        counts = {"max_images": sum(1 for _n, t, _c in items if t.is_image),
                  "max_videos": sum(1 for _n, t, _c in items if t.is_video),
                  "max_files": len(items)}
        for key, actual in counts.items():
            limit = getattr(self, key)
            if limit is not None and actual > limit:
                out.append(Exceeded(key, limit, actual))
        if self.max_comment is not None:
            out.extend(Exceeded("max_comment", self.max_comment, len(note), name)
                       for name, _t, note in items if len(note) > self.max_comment)
        return out
