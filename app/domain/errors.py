class DomainError(Exception):
    """A rule of the domain was broken; the message is meant for the user."""


class IllegalTransition(DomainError):
    def __init__(self, current: str, target: str) -> None:
        super().__init__(f"cannot move a case from {current!r} to {target!r}")
        self.current = current
        self.target = target


class RuleRefused(DomainError):
    """A rule of the shop or platform refuses the action (a cap, a reason's requirement,
    an action the case's state does not allow): the command line exits 3 and prints the
    rule. `code` names the rule; `numbers` holds what the message quotes, for the
    window's own words."""

    def __init__(self, message: str, code: str, **numbers: object) -> None:
        super().__init__(message)
        self.code = code
        self.numbers = numbers


class InvalidAmount(DomainError):
    """`problem` says why, for the window's own words: "empty", "not_number",
    "negative", "decimals" (more than two), "too_large" or "" (an import's amount)."""

    def __init__(self, message: str, problem: str = "", text: str = "") -> None:
        super().__init__(message)
        self.problem = problem
        self.text = text


class StaleCase(DomainError):
    """The case changed since the agent read it; nothing was written."""

    def __init__(self, by: str, at: str, version: int) -> None:
        super().__init__(f"{by} changed this case at {at} (it is now at version {version}); "
                         "nothing was written: look at the case again before acting")
        self.by = by
        self.at = at
        self.version = version


class NoChange(DomainError):
    def __init__(self, what: str) -> None:
        super().__init__(f"nothing to do: {what}")
        self.what = what


class BundleRefused(DomainError):
    """An archive given as an appeal bundle is not read any further: it is not a zip, it
    is damaged, or it is built to harm whoever unpacks it (a path that climbs out, a
    link, a zip bomb). `reason` is a stable short code for the log and the window."""

    code = "bundle_refused"

    def __init__(self, archive: str, reason: str, detail: str) -> None:
        super().__init__(f"{archive} is refused: {detail}")
        self.archive = archive
        self.reason = reason
        self.detail = detail
