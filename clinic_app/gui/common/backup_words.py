"""The words for the state of this computer's backups, shared by the desk's status bar
and the Backups settings page, so both say the same thing the same way."""

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from clinic_app.gui.common.wording import moment_words
from clinic_app.services.auto_backup import WARN_AFTER, BackupState


def when(moment: datetime) -> str:
    """A backup's time as the staff read it, in this computer's time like its name."""
    return moment_words(moment)


def backup_warning(state: BackupState, now: datetime, failure: str | None = None) -> str | None:
    """What is wrong with the backups, in a sentence or two; None when nothing is.

    `failure` is the reason the latest backup failed, when one just did.
    """
    translate = QCoreApplication.translate
    if state.on_server:
        return None
    said = []
    if state.folder_problem is not None:
        said.append(
            translate(
                "BackupWords",
                "The backup folder {folder} cannot be written ({reason}).",
            ).format(folder=state.folder, reason=state.folder_problem)
        )
    elif failure is not None:
        said.append(translate("BackupWords", "The backup failed: {reason}.").format(reason=failure))
    if state.is_stale(now):
        days = WARN_AFTER.days
        if state.last is None:
            said.append(translate("BackupWords", "No backup has been made on this computer yet."))
        else:
            said.append(
                translate(
                    "BackupWords", "No backup in the last {days} days (the newest is from {when})."
                ).format(days=days, when=when(state.last.taken))
            )
    if not said:
        return None
    said.append(translate("BackupWords", "An administrator can look at Settings, Backups."))
    return " ".join(said)
