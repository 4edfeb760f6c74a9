"""The account refusals in the user's language: the services' rules give a code
(AccountRefused.problem, SignInRefused.reason, NotPermitted), the window the words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def problem_words(problem: str) -> str:
    words = {
        "name_empty": QCoreApplication.translate("AccountTexts", "Enter a user name."),
        "name_too_long": QCoreApplication.translate(
            "AccountTexts", "A user name is at most 64 characters."),
        "name_characters": QCoreApplication.translate(
            "AccountTexts", "A user name has no spaces or control characters."),
        "display_too_long": QCoreApplication.translate(
            "AccountTexts", "A display name is at most 64 characters."),
        "password_too_short": QCoreApplication.translate(
            "AccountTexts", "A password has at least 8 characters."),
        "password_too_long": QCoreApplication.translate(
            "AccountTexts", "A password is at most 1024 characters."),
        "exists": QCoreApplication.translate(
            "AccountTexts", "There is already a user with this name."),
        "self": QCoreApplication.translate("AccountTexts", "You cannot disable your own account."),
        "unknown": QCoreApplication.translate("AccountTexts", "There is no such user."),
        "role": QCoreApplication.translate("AccountTexts", "Choose a role."),
    }
    return words.get(problem, QCoreApplication.translate(
        "AccountTexts", "The account could not be changed."))


def refusal(exc: Any) -> str:
    """Words for an exception a worker returned (accounts, sign-in or permission)."""
    from app.domain.accounts import AccountRefused, SignInRefused
    from app.domain.permissions import NotPermitted
    from ui.sign_in import refusal_words

    if isinstance(exc, AccountRefused):
        return problem_words(exc.problem)
    if isinstance(exc, NotPermitted):
        return QCoreApplication.translate("AccountTexts", "Only an admin can manage users.")
    if isinstance(exc, SignInRefused):
        if exc.reason == "unknown_or_wrong" and not exc.wait:
            return QCoreApplication.translate("AccountTexts", "The current password is wrong.")
        return refusal_words(exc.reason, exc.wait)
    return str(exc)


def call(fn: Any, *args: Any) -> Any:
    """In a worker: fn's result, or the refusal it raised (shown in words, not as a bug)."""
    from app.domain.errors import DomainError

    try:
        return fn(*args)
    except DomainError as exc:
        return exc
