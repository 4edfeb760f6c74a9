"""The Qt half of Aftersales Desk.

PySide6 6.12.0 on Python 3.11 drops a reference to None it never took on every call
of a method that returns nothing (`widget.update()`, `app.processEvents()`, …), and
does the same to True and False in some conversions. Before Python 3.12 these
objects are counted like any other, so a window that has made some tens of thousands
of such calls aborts ("none_dealloc: deallocating None"); the test suite aborted at
exit with that and with "bool_dealloc". From 3.12 on they are immortal; here they are made as good as immortal by
raising their counts far beyond anything a session can drop.
"""

import sys

if sys.version_info < (3, 12):
    import ctypes

    for _obj in (None, True, False):
        _count = ctypes.c_ssize_t.from_address(id(_obj))
        if _count.value < 1 << 40:
            _count.value += 1 << 40
    del _obj, _count
