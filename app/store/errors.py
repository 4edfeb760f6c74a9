class StoreError(Exception):
    """The environment's fault (locked, full, read-only, unreachable): shown to the user."""
