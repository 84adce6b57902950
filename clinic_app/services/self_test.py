"""What the two halves of `clinic-intake --self-test` share.

The checks run from the command line (clinic_app/cli/self_test.py) and some of them are
Qt's (clinic_app/gui/self_check.py). Both raise the same failure, so the verdict can tell a
fault a check found from a bug in the check; it lives here, below both, so the GUI never
imports the command line.
"""


class CheckFailed(Exception):
    """A check that ran and found something wrong; the message says what."""
