"""Pure-Python domain of Aftersales Desk: no Qt, no SQL, no I/O."""
