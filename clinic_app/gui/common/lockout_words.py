"""What the sign-in dialog, the lock screen and the kiosk's staff sign-in say when
sign-ins are locked out.

One sentence for a username and a workstation, known name or not (security.md: the
refusal must not tell anyone which names exist), so it lives once, in gui/common/, for
every place that checks a password, with one translation context.
"""

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from clinic_app.gui.common.translatable import QT_TRANSLATE_NOOP
from clinic_app.gui.common.wording import minute_after

LOCKED_OUT = QT_TRANSLATE_NOOP("LockoutWords", "Too many failed sign-ins. Try again after {time}.")


def locked_out_message(until: datetime) -> str:
    """The refusal, with the lockout's end in this computer's time as HH:MM.

    The minute is rounded up: a lockout ending at 10:15:20 says "after 10:16", so a try
    made at the time shown is always checked, never refused again.
    """
    return QCoreApplication.translate("LockoutWords", LOCKED_OUT).format(time=minute_after(until))
