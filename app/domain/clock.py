"""Times are stored as naive UTC and shown in the user's zone."""

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def iso_utc(at: datetime | None) -> str | None:
    """ISO-8601 with an explicit UTC offset, for JSON output."""
    if at is None:
        return None
    return at.replace(tzinfo=UTC).isoformat()
