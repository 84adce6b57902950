"""A guard against a reference-counting bug of PySide6 6.12.0 on Python 3.11.

PySide6 6.12.0 drops one reference to `None` each time a Qt method that returns nothing
is called from Python (`setText`, `setEnabled`, ...). From Python 3.12 `None` is
immortal and this does no harm; on 3.11 its count reaches zero after a few thousand
calls and the process aborts ("none_dealloc: deallocating None"): the app would die
within minutes of typing. Until a fixed PySide6 is released, `None` is given a count no
day of use can wear down, which is what Python 3.12 does for every process.
`tests/gui/test_none_guard.py` fails once the bug is gone, so the guard is then removed.
"""

import ctypes
import sys

MARGIN = 1 << 40  # a million calls a second would take 35 years


def keep_none_alive() -> None:
    if sys.version_info >= (3, 12):
        return  # None is immortal; its count is not to be touched
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, the object's first field
    if count.value < MARGIN:
        count.value += MARGIN
