"""A guard against a reference-counting bug of PySide6 6.12.0 on Python 3.11.

PySide6 6.12.0 drops references to objects that Python 3.12 made immortal: one to `None`
each time a Qt method that returns nothing is called from Python (`setText`,
`setEnabled`, ...), and ones to `True` and `False` when signals are emitted. From
Python 3.12 this does no harm; on 3.11 a count reaches zero after a few thousand calls
and the process aborts ("none_dealloc: deallocating None", "bool_dealloc"): the app
would die within minutes of typing. Until a fixed PySide6 is released, these three get
a count no day of use can wear down, which is what Python 3.12 does for every process.
`tests/gui/test_none_guard.py` fails once the bug is gone, so the guard is then removed.
"""

import ctypes
import sys

MARGIN = 1 << 40  # a million calls a second would take 35 years


GUARDED = (None, True, False)


def keep_none_alive() -> None:
    if sys.version_info >= (3, 12):
        return  # these are immortal; their counts are not to be touched
    for value in GUARDED:
        count = ctypes.c_ssize_t.from_address(id(value))  # ob_refcnt, the first field
        if count.value < MARGIN:
            count.value += MARGIN
