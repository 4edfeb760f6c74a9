class StoreError(Exception):
    """The environment's fault (locked, full, read-only, unreachable): shown to the user.

    `code` and `params` let the window say it in the user's language; the English
    message is what commands print.
    """

    def __init__(self, message: str, code: str = "database", **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = params
