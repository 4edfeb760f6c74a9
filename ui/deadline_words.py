"""How a case's deadline reads in the table and the pane: the countdown, its urgency
colour, "paused …" while the clock stands and what the platform will do by itself."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication

from ui import labels


def local(at: datetime | None) -> datetime | None:
    """A stored naive-UTC time in the user's zone."""
    return None if at is None else at.replace(tzinfo=UTC).astimezone()


def urgency(deadline: datetime | None, now: datetime, is_open: bool = True) -> str:
    """'overdue', 'soon' (< 4 h), 'today' (before local midnight), or '' (naive UTC in)."""
    if deadline is None or not is_open:
        return ""
    left = deadline - now
    if left < timedelta(0):
        return "overdue"
    if left < timedelta(hours=4):
        return "soon"
    local_deadline, local_now = local(deadline), local(now)
    assert local_deadline is not None and local_now is not None
    if local_deadline.date() == local_now.date():
        return "today"
    return ""


def countdown(deadline: datetime | None, now: datetime) -> str:
    """'3h 20m', '2d 4h', 'late 45m' (translated) from a deadline and now (naive UTC)."""
    if deadline is None:
        return "—"
    seconds = int((deadline - now).total_seconds())
    late = seconds < 0
    seconds = abs(seconds)
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    f = _countdown_words()
    if days:
        text = f[0].replace("%1", str(days)).replace("%2", str(hours))
    elif hours:
        text = f[1].replace("%1", str(hours)).replace("%2", f"{minutes:02d}")
    else:
        text = f[2].replace("%1", str(minutes))
    return f[3].replace("%1", text) if late else text


def deadline_text(deadline: datetime | None, now: datetime, paused_at: datetime | None = None,
                  auto_action: str | None = None) -> str:
    """The countdown as the table shows it: 'paused 3h 20m' while the clock is stopped
    (what will be left when it resumes), 'auto-refund 5h' where the platform acts
    by itself at the deadline, else `countdown`."""
    if paused_at is not None:
        word = _state_words()["paused"]
        return word.replace("%1", countdown(deadline, paused_at)) if deadline else word.replace(
            "%1", "").strip()
    if auto_action and deadline is not None and deadline > now:
        word = _state_words().get(auto_action)
        if word:
            return word.replace("%1", _short(deadline - now))
    return countdown(deadline, now)


def _short(left: timedelta) -> str:
    """'2d', '5h', '40m': the auto-action text has room for one unit only."""
    f = _countdown_words()
    seconds = int(left.total_seconds())
    if seconds >= 86400:
        return f[4].replace("%1", str(seconds // 86400))
    if seconds >= 3600:
        return f[5].replace("%1", str(seconds // 3600))
    return f[2].replace("%1", str(max(seconds // 60, 1)))


def _state_words() -> dict[str, str]:
    if labels.generation() != _STATE_GEN[0]:
        _STATE_WORDS.clear()
        _STATE_WORDS.update({
            "paused": QCoreApplication.translate("Countdown", "paused %1"),
            "approve_refund": QCoreApplication.translate("Countdown", "auto-refund %1"),
            "confirm_receipt": QCoreApplication.translate("Countdown", "auto-receive %1"),
            "agree_return": QCoreApplication.translate("Countdown", "auto-return %1"),
        })
        _STATE_GEN[0] = labels.generation()
    return _STATE_WORDS


_STATE_WORDS: dict[str, str] = {}
_STATE_GEN = [-1]


def auto_action_tip(action: str | None) -> str | None:
    """What the platform does by itself when the deadline passes, in a sentence."""
    tips = {
        "approve_refund": QCoreApplication.translate(
            "Countdown", "When the deadline passes, the platform approves the refund by itself"),
        "confirm_receipt": QCoreApplication.translate(
            "Countdown", "When the deadline passes, the platform confirms the return's receipt"
                         " and refunds by itself"),
        "agree_return": QCoreApplication.translate(
            "Countdown", "When the deadline passes, the platform agrees to the return by itself"),
    }
    return tips.get(action or "")


_COUNTDOWN: list[tuple[str, ...]] = []


def _countdown_words() -> tuple[str, ...]:
    """The translated countdown templates, cached until the language changes."""
    if not _COUNTDOWN or labels.generation() != _COUNTDOWN_GEN[0]:
        _COUNTDOWN[:] = [(
            QCoreApplication.translate("Countdown", "%1d %2h"),
            QCoreApplication.translate("Countdown", "%1h %2m"),
            QCoreApplication.translate("Countdown", "%1m"),
            QCoreApplication.translate("Countdown", "late %1"),
            QCoreApplication.translate("Countdown", "%1d"),
            QCoreApplication.translate("Countdown", "%1h"),
        )]
        _COUNTDOWN_GEN[0] = labels.generation()
    return _COUNTDOWN[0]


_COUNTDOWN_GEN = [-1]
