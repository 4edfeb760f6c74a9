"""An offline archive's scope (which cases it holds) and what opening one found out
about it: when and by whom it was made, whether its signature and contents verify."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from app.domain.clock import iso_utc
from app.domain.money_rules import SHOP_DAY_ZONE

FORMAT = "aftersales-archive/1"

# What opening an archive can find wrong, by code ({0}: the member it is about); the
# window words the same codes in the user's language.
PROBLEMS = {
    "manifest_signature": "manifest signature does not verify",
    "member_missing": "{0} is missing",
    "member_extra": "{0} is not in the manifest",
    "member_changed": "{0} changed",
    "head_signature": "the tree head's signature does not verify",
    "head_mismatch": "the tree head does not match the manifest's cases",
    "head_unreadable": "the manifest's tree head is unreadable",
}
Issue = tuple[str, str]  # (code of PROBLEMS, the member or "")


def problem_text(issue: Issue) -> str:
    code, subject = issue
    return PROBLEMS[code].format(subject)


@dataclass(frozen=True)
class ArchiveScope:
    """Cases by the Asia/Shanghai day they were created (both ends included) and shop name;
    every part optional."""

    date_from: date | None = None
    date_to: date | None = None
    shop: str | None = None

    def __post_init__(self) -> None:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError(f"--from {self.date_from} is after --to {self.date_to}")

    def utc_bounds(self) -> tuple[datetime | None, datetime | None]:
        """[start, end) in naive UTC, as created_at is stored."""
        def at(day: date) -> datetime:
            local = datetime.combine(day, time(0), tzinfo=SHOP_DAY_ZONE)
            return local.astimezone(UTC).replace(tzinfo=None)
        start = at(self.date_from) if self.date_from else None
        end = at(self.date_to + timedelta(days=1)) if self.date_to else None
        return start, end

    def to_json(self) -> dict[str, Any]:
        return {k: (v.isoformat() if isinstance(v, date) else v)
                for k, v in (("from", self.date_from), ("to", self.date_to), ("shop", self.shop))
                if v is not None}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ArchiveScope:
        def day(key: str) -> date | None:
            raw = data.get(key)
            return date.fromisoformat(raw) if raw else None
        return cls(day("from"), day("to"), data.get("shop") or None)


@dataclass
class ArchiveInfo:
    """What the window's banner and `--archive FILE verify` say about an opened archive."""

    path: Path
    made_at: datetime
    made_by: str
    scope: ArchiveScope
    fingerprint: str
    verified: bool            # signature, every member's hash, the tree head
    key_matches: bool         # signed by the key of this machine's data folder
    team_key_here: bool       # this machine's data folder has a key to compare with
    issues: list[Issue] = field(default_factory=list)
    folder: Path | None = None  # the private copy it is served from (removed on close)
    manifest: dict[str, Any] = field(default_factory=dict)

    @property
    def problems(self) -> list[str]:
        return [problem_text(i) for i in self.issues]

    @property
    def read_only_reason(self) -> str:
        when = self.made_at.strftime("%Y-%m-%d %H:%M")
        return f"this is an archive made {when} UTC by {self.made_by}; it cannot be changed"

    def facts(self) -> dict[str, object]:
        """The refusal's parameters, for the window to word it in the user's language."""
        return {"when": self.made_at.strftime("%Y-%m-%d %H:%M UTC"), "who": self.made_by,
                "path": str(self.path)}

    def to_json(self) -> dict[str, Any]:
        return {"archive": str(self.path), "made_at": iso_utc(self.made_at),
                "made_by": self.made_by, "scope": self.scope.to_json(),
                "fingerprint": self.fingerprint, "verified": self.verified,
                "key_matches": self.key_matches, "problems": list(self.problems)}
