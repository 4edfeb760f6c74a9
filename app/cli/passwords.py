"""Where a command's passwords come from: the environment (scripts, tests, the bench)
or a prompt on a terminal — never a command-line argument, which other users of the
computer can read in the process list."""

from __future__ import annotations

import getpass
import os
import sys

from app.domain.errors import DomainError

ACTING = "AFTERSALES_PASSWORD"
NEW = "AFTERSALES_NEW_PASSWORD"


class NoPassword(DomainError):
    code = "no_password_given"


def _can_prompt() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def acting_password(name: str) -> str:
    """The password of the user the command acts as."""
    given = os.environ.get(ACTING)
    if given:
        return given
    if not _can_prompt():
        raise NoPassword(f"this store needs {name}'s password: set {ACTING} "
                         "(or run the command in a terminal to be asked)")
    return getpass.getpass(f"Password for {name}: ")


def new_password(name: str) -> str:
    """The password to set for `name`: AFTERSALES_NEW_PASSWORD, or asked twice."""
    given = os.environ.get(NEW)
    if given:
        return given
    if not _can_prompt():
        raise NoPassword(f"give the new password for {name} in {NEW} "
                         "(or run the command in a terminal to be asked)")
    first = getpass.getpass(f"New password for {name}: ")
    if getpass.getpass("Repeat it: ") != first:
        raise NoPassword("the two passwords differ; nothing was changed")
    return first
