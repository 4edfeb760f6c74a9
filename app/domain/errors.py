class DomainError(Exception):
    """A rule of the domain was broken; the message is meant for the user."""


class IllegalTransition(DomainError):
    def __init__(self, current: str, target: str) -> None:
        super().__init__(f"cannot move a case from {current!r} to {target!r}")
        self.current = current
        self.target = target


class InvalidAmount(DomainError):
    pass


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
