"""The admin's Backups page: where this computer's backups go, which are kept, and how
long since the last one (services/auto_backup.py makes them).

The folder is this computer's setting, not the clinic's: a SQLite database is one
computer's, and its backups should go to another disk or a share. A folder is taken only
once a file could be written into it, so a share that is not mounted is refused in words
rather than failing quietly at the next exit. A PostgreSQL database is backed up on the
server; the page says so and offers nothing to press.

Reading the folder, writing the setting and backing up all run on the background runner:
a share that hangs leaves the window usable.
"""

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_app.gui.common.backup_words import backup_warning, when
from clinic_app.gui.common.database_calls import DatabaseCalls
from clinic_app.gui.common.style import restyle
from clinic_app.gui.common.translatable import QT_TRANSLATE_NOOP
from clinic_app.gui.common.workstation import Workstation
from clinic_app.services import auto_backup
from clinic_app.services.auto_backup import BackupState, KeptBackup

OCCASIONS = {
    "start": QT_TRANSLATE_NOOP("BackupsPage", "the day's first start"),
    "exit": QT_TRANSLATE_NOOP("BackupsPage", "at exit"),
    "now": QT_TRANSLATE_NOOP("BackupsPage", "Back up now"),
}


def choose_backup_folder(parent: QWidget, start: str) -> str:
    """Ask for the backup folder; "" when the admin cancels. (Tests replace this.)"""
    return QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("BackupsPage", "Choose the backup folder"), start
    )


class BackupsPage(QWidget):
    """This computer's backups. Mnemonics avoid the letters of the main and settings
    tabs and menus (N, P, W, R, S, E; C, U, A, I; F, H)."""

    def __init__(
        self,
        workstation: Workstation,
        parent: QWidget | None = None,
        *,
        choose_folder: Callable[[QWidget, str], str] = choose_backup_folder,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupsPage")
        self.workstation = workstation
        self._choose_folder = choose_folder
        self._state: BackupState | None = None
        self._reading = DatabaseCalls("reading the backup folder", self)
        self._changing = DatabaseCalls("backing up", self)
        self._changing.busy_changed.connect(lambda _busy: self._update_buttons())

        title = QLabel(self.tr("Backups"), self)
        title.setProperty("role", "pageTitle")
        intro = QLabel(
            self.tr(
                "This computer backs up its database on the day's first start and at every "
                "exit, and checks each backup. It keeps 7 daily, 4 weekly and 12 monthly "
                "backups. Choose a folder on another disk or a share, so a failed disk "
                "does not take the backups with it."
            ),
            self,
        )
        intro.setWordWrap(True)
        self._warning = QLabel(self)
        self._warning.setObjectName("backups.warning")
        self._warning.setWordWrap(True)
        restyle(self._warning, "role", "blocked")
        self._warning.hide()
        self._folder = QLabel(self)
        self._folder.setObjectName("backups.folder")
        self._folder.setWordWrap(True)
        self._choose = QPushButton(self.tr("Choose fol&der…"), self)
        self._choose.setObjectName("backups.chooseFolder")
        self._last = QLabel(self)
        self._last.setObjectName("backups.last")
        self._list = QListWidget(self)
        self._list.setObjectName("backups.list")
        self._list.setAccessibleName(self.tr("Backups kept"))
        self._back_up = QPushButton(self.tr("Back up n&ow"), self)
        self._back_up.setObjectName("backups.backUpNow")
        self._message = QLabel(self)
        self._message.setObjectName("backups.message")
        self._message.setWordWrap(True)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self._folder, 1)
        folder_row.addWidget(self._choose)
        form = QFormLayout()
        form.addRow(self.tr("Backup folder:"), folder_row)
        form.addRow(self.tr("Last backup:"), self._last)
        kept_title = QLabel(self.tr("Backups kept"), self)
        kept_title.setProperty("role", "sectionTitle")
        button_row = QHBoxLayout()
        button_row.addWidget(self._back_up)
        button_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self._warning)
        layout.addLayout(form)
        layout.addWidget(kept_title)
        layout.addWidget(self._list, 1)
        layout.addLayout(button_row)
        layout.addWidget(self._message)

        self._choose.clicked.connect(self.choose_folder)
        self._back_up.clicked.connect(self.back_up_now)
        self._update_buttons()

    # --- public: what the settings tabs and the tests use -------------------------------

    def is_busy(self) -> bool:
        return self._reading.busy or self._changing.busy

    def message(self) -> str:
        return self._message.text()

    def warning(self) -> str:
        return self._warning.text() if not self._warning.isHidden() else ""

    def kept(self) -> list[str]:
        """The backups listed, as shown."""
        return [self._list.item(row).text() for row in range(self._list.count())]

    def refresh(self, then_say: str | None = None, failure: str | None = None) -> None:
        database = self.workstation.database
        self._say(then_say if then_say is not None else self.tr("Looking at the backups…"))
        self._reading.run(
            lambda: auto_backup.backup_state(database),
            lambda state: self._loaded(state, then_say, failure),
            self._say,
        )

    def back_up_now(self) -> None:
        database, actor = self.workstation.database, self.workstation.actor
        self._say(self.tr("Backing up…"))
        self._changing.run(
            lambda: auto_backup.back_up(database, "now", actor=actor),
            self._backed_up,
            lambda failure: self.refresh(then_say=failure, failure=failure),
        )

    def choose_folder(self) -> None:
        start = str(self._state.folder) if self._state is not None else ""
        chosen = self._choose_folder(self, start)
        if not chosen:
            return
        self._say(self.tr("Trying the folder…"))
        self._changing.run(
            lambda: auto_backup.choose_folder(Path(chosen)),
            lambda state: self._loaded(
                state, self.tr("Backups now go to {folder}.").format(folder=state.folder), None
            ),
            self._say,
        )

    # --- private ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _backed_up(self, made: KeptBackup) -> None:
        self.refresh(then_say=self.tr("Backed up and checked: {file}.").format(file=made.path.name))

    def _loaded(self, state: BackupState, then_say: str | None, failure: str | None) -> None:
        self._state = state
        if state.on_server:
            self._folder.setText(
                self.tr(
                    "A PostgreSQL database is backed up on the server (pg_dump), not by "
                    "this computer: see the README, Backups."
                )
            )
        else:
            self._folder.setText(str(state.folder))
        last = state.last
        self._last.setText(
            self.tr("{when} ({why})").format(when=when(last.taken), why=self._why(last))
            if last is not None
            else self.tr("None yet")
        )
        self._list.clear()
        for backup in state.backups:
            self._list.addItem(
                self.tr("{when} ({why}): {file}").format(
                    when=when(backup.taken), why=self._why(backup), file=backup.path.name
                )
            )
        words = backup_warning(state, datetime.now(), failure)
        self._warning.setText(words or "")
        self._warning.setVisible(words is not None)
        self._say(then_say or "")
        self._update_buttons()

    def _why(self, backup: KeptBackup) -> str:
        words = OCCASIONS.get(backup.occasion)
        return QCoreApplication.translate("BackupsPage", words) if words else backup.occasion

    def _say(self, words: str) -> None:
        self._message.setText(words)

    def _update_buttons(self) -> None:
        ready = self._state is not None and not self._state.on_server and not self._changing.busy
        for button in (self._back_up, self._choose):
            button.setEnabled(ready)
