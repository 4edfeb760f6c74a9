class DomainError(Exception):
    """A rule of the domain was broken; the message is meant for the user."""


class IllegalTransition(DomainError):
    def __init__(self, current: str, target: str) -> None:
        super().__init__(f"cannot move a case from {current!r} to {target!r}")
        self.current = current
        self.target = target


class InvalidAmount(DomainError):
    pass
