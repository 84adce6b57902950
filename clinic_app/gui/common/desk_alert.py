"""The desk's alert bar: every emergency and urgent alert of the clinic, on every signed-in
window, until a person acknowledges it (rules-2027.md, "The desk"; services/desk_alerts).

The bar asks for the open alerts every `POLL_MS` on the background runner (never on the
GUI thread), so an alert raised at one workstation is on every other within one poll of
the draft being saved: a few seconds, well inside the 15 s the clinic was promised. When
anyone acknowledges an alert it goes here at once, and from the other workstations at
their next poll.

An emergency is loud: its own colour, a warning sign and the words "Emergency … Needs
emergency care now" (never colour alone), with an Acknowledge button. An urgent alert is
one quieter line with its own Acknowledge. Neither takes the keyboard focus (a key typed
into the intake must never land on a button); Ctrl+Shift+K goes to the first one's button,
and Tab reaches every button. While the window is locked the bar stays, so the desk still
knows something is waiting, but names no patient and gives no reason until unlocked.

The look is set here, not in the app's style sheet: an emergency must look like one even
where that sheet is not loaded (a test, a self-check), and it is the one widget that
owns these colours.
"""

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_app.gui.common.background import run_in_background
from clinic_app.gui.common.database_calls import DatabaseCalls
from clinic_app.gui.common.style import themed_sheet
from clinic_app.gui.common.translatable import QT_TRANSLATE_NOOP
from clinic_app.gui.common.workstation import Workstation
from clinic_app.services import desk_alerts
from clinic_app.services.desk_alerts import Acknowledgement, OpenAlert

POLL_MS = 3000
"""How often every window asks for the open alerts: at most 5 s, so that with the draft's
one-second autosave an alert reaches another workstation well within 15 s."""
SHORTCUT = "Ctrl+Shift+K"

LOCKED_WORDS = {
    "emergency": QT_TRANSLATE_NOOP(
        "DeskAlertBar", "⚠ Emergency alert at the desk. Unlock to see who and why."
    ),
    "urgent": QT_TRANSLATE_NOOP("DeskAlertBar", "Urgent alert at the desk. Unlock to see it."),
}
NEEDS = {
    "emergency": QT_TRANSLATE_NOOP(
        "DeskAlertBar",
        "Needs emergency care now (the emergency department or emergency number).",
    ),
    "urgent": QT_TRANSLATE_NOOP("DeskAlertBar", "Needs seeing by a clinician today."),
}
# Whole phrases for each urgency: the words around "emergency"/"urgent" differ by language.
HEADINGS = {
    "emergency": QT_TRANSLATE_NOOP("DeskAlertBar", "Emergency"),
    "urgent": QT_TRANSLATE_NOOP("DeskAlertBar", "Urgent"),
}
ALERT_NAMES = {
    "emergency": QT_TRANSLATE_NOOP("DeskAlertBar", "Emergency alert"),
    "urgent": QT_TRANSLATE_NOOP("DeskAlertBar", "Urgent alert"),
}
ALERT_NAMES_FOR = {
    "emergency": QT_TRANSLATE_NOOP("DeskAlertBar", "Emergency alert for {patient}"),
    "urgent": QT_TRANSLATE_NOOP("DeskAlertBar", "Urgent alert for {patient}"),
}
ACKNOWLEDGE_LOCKED = {
    "emergency": QT_TRANSLATE_NOOP("DeskAlertBar", "Acknowledge emergency alert (unlock first)"),
    "urgent": QT_TRANSLATE_NOOP("DeskAlertBar", "Acknowledge urgent alert (unlock first)"),
}
ACKNOWLEDGE_FOR = {
    "emergency": QT_TRANSLATE_NOOP("DeskAlertBar", "Acknowledge the emergency alert for {patient}"),
    "urgent": QT_TRANSLATE_NOOP("DeskAlertBar", "Acknowledge the urgent alert for {patient}"),
}
STYLE = """
QFrame[urgency="emergency"] {
    background: @alert_background;
    border: 3px solid @alert_border;
    border-radius: 4px;
}
QFrame[urgency="emergency"] QLabel {
    color: @alert_text;
    font-size: 13pt;
    font-weight: bold;
}
QFrame[urgency="emergency"] QLabel#deskAlert\\.raised {
    font-size: 9pt;
    font-weight: normal;
}
QFrame[urgency="urgent"] {
    background: @notice_background;
    border-left: 4px solid @notice_border;
}
QFrame[urgency="urgent"] QLabel {
    color: @notice_text;
}
"""


class DeskAlertBar(QWidget):
    """The open alerts, emergencies first; hidden while there are none."""

    def __init__(
        self, workstation: Workstation, parent: QWidget | None = None, *, poll_ms: int = POLL_MS
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deskAlerts")
        self.setAccessibleName(self.tr("Desk alerts"))
        self.setStyleSheet(themed_sheet(STYLE))
        self._workstation = workstation
        self._locked = False
        self._alerts: dict[int, OpenAlert] = {}
        self._rows: dict[int, QFrame] = {}
        self._going: set[int] = set()  # acknowledged here, until the poll agrees
        self._polls = DatabaseCalls("checking the desk's alerts", self)
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self.poll_now)

        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(6, 4, 6, 4)
        self._column.setSpacing(4)
        self.note = QLabel(self)
        self.note.setObjectName("deskAlert.note")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.hide()
        self._column.addWidget(self.note)
        shortcut = QShortcut(QKeySequence(SHORTCUT), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self.focus_first)
        self.hide()

    # --- what the window asks ---------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange:  # another theme
            self.setStyleSheet(themed_sheet(STYLE))
        return super().event(event)

    def start(self) -> None:
        """Ask now, then every poll interval."""
        self._stopped = False
        self._timer.start()
        self.poll_now()

    def stop(self) -> None:
        """The window is going: no more asking, and no answer still out is shown."""
        self._timer.stop()
        self._polls.forget()
        self._stopped = True

    @property
    def poll_ms(self) -> int:
        return self._timer.interval()

    def set_locked(self, locked: bool) -> None:
        """While locked, say that alerts wait without naming anyone."""
        self._locked = locked
        for alert_id in self._rows:
            self._fill(alert_id)

    def shown(self) -> list[OpenAlert]:
        """The alerts on screen, in their order."""
        return [self._alerts[alert_id] for alert_id in self._rows]

    def row(self, alert_id: int) -> QFrame:
        return self._rows[alert_id]

    def focus_first(self) -> None:
        """Put the keyboard on the first alert's Acknowledge button."""
        for frame in self._rows.values():
            button = frame.findChild(QPushButton)
            if button is not None and button.isEnabled():
                button.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return

    def poll_now(self) -> None:
        database = self._workstation.database
        self._polls.run(
            lambda: desk_alerts.open_alerts(database),
            self._arrived,
            self._poll_failed,
            unless_busy=True,
        )

    def acknowledge(self, alert_id: int) -> None:
        """Acknowledge one alert for every workstation, on the background runner."""
        if self._locked or alert_id not in self._rows:
            return
        database, actor = self._workstation.database, self._workstation.actor
        button = self._rows[alert_id].findChild(QPushButton)
        if button is not None:
            button.setEnabled(False)
        # Each acknowledgement reports (not only the newest, as DatabaseCalls would): two
        # alerts acknowledged in quick succession both go at once.
        run_in_background(
            self,
            lambda: desk_alerts.acknowledge(database, actor, alert_id),
            what="acknowledging the alert",
            on_finished=self._acknowledged,  # type: ignore[arg-type]  # an Acknowledgement
            on_failed=lambda message: self._not_acknowledged(alert_id, message),
        )

    # --- answers ----------------------------------------------------------------------

    def _arrived(self, alerts: list[OpenAlert]) -> None:
        """Minimal edits: rows that went are removed, new ones added, the rest kept (so
        the focus on a button survives a poll)."""
        wanted = [alert for alert in alerts if alert.alert_id not in self._going]
        self._going.intersection_update(alert.alert_id for alert in alerts)
        ids = [alert.alert_id for alert in wanted]
        for alert_id in [known for known in self._rows if known not in ids]:
            self._remove(alert_id)
        new_emergency = False
        for position, alert in enumerate(wanted):
            self._alerts[alert.alert_id] = alert
            new = alert.alert_id not in self._rows
            if new:
                self._rows[alert.alert_id] = self._build(alert)
                new_emergency = new_emergency or alert.urgency == "emergency"
            frame = self._rows[alert.alert_id]
            if self._column.indexOf(frame) != position:
                self._column.insertWidget(position, frame)
            self._fill(alert.alert_id)
            if new:  # a screen reader says it as it comes, whatever has the focus
                QAccessible.updateAccessibility(QAccessibleEvent(frame, QAccessible.Event.Alert))
        self._rows = {alert_id: self._rows[alert_id] for alert_id in ids}
        self.setVisible(bool(self._rows) or not self.note.isHidden())
        if new_emergency:
            QApplication.alert(self.window())  # the taskbar, for a window behind others

    def _poll_failed(self, _message: str) -> None:
        """The alerts shown stay; the offline banner says the database is not answering,
        and the next poll tries again."""

    def _acknowledged(self, done: Acknowledgement) -> None:
        if self._stopped:
            return
        self._going.add(done.alert_id)
        if done.alert_id in self._rows:
            self._remove(done.alert_id)
            del self._rows[done.alert_id]
        if done.already:
            when = done.at.astimezone()
            self._say(
                self.tr("That alert was already acknowledged by {who} at {time}.").format(
                    who=done.by, time=f"{when:%H:%M}"
                )
            )
        else:
            self._say("")
        self.setVisible(bool(self._rows) or not self.note.isHidden())

    def _not_acknowledged(self, alert_id: int, message: str) -> None:
        if self._stopped:
            return
        frame = self._rows.get(alert_id)
        if frame is not None:
            button = frame.findChild(QPushButton)
            if button is not None:
                button.setEnabled(not self._locked)
        self._say(
            self.tr("The alert was not acknowledged: {problem}. Try again in a moment.").format(
                problem=message
            )
        )

    # --- drawing ----------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))
        if text:
            self.show()

    def _build(self, alert: OpenAlert) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName(f"deskAlert.{alert.alert_id}")
        frame.setProperty("urgency", alert.urgency)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        words = QLabel(frame)
        words.setObjectName("deskAlert.words")
        words.setTextFormat(Qt.TextFormat.PlainText)  # a typed name is never markup
        words.setWordWrap(True)
        raised = QLabel(frame)
        raised.setObjectName("deskAlert.raised")
        raised.setTextFormat(Qt.TextFormat.PlainText)
        button = QPushButton(self.tr("Acknowledge"), frame)
        button.setObjectName("deskAlert.acknowledge")
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.clicked.connect(lambda: self.acknowledge(alert.alert_id))
        text = QVBoxLayout()
        text.addWidget(words)
        text.addWidget(raised)
        row = QHBoxLayout(frame)
        margin = 10 if alert.urgency == "emergency" else 4
        row.setContentsMargins(margin, margin // 2, margin, margin // 2)
        row.addLayout(text, 1)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        return frame

    def _fill(self, alert_id: int) -> None:
        alert, frame = self._alerts[alert_id], self._rows[alert_id]
        words = frame.findChild(QLabel, "deskAlert.words")
        raised = frame.findChild(QLabel, "deskAlert.raised")
        button = frame.findChild(QPushButton)
        assert words is not None
        assert raised is not None
        assert button is not None
        urgency = "emergency" if alert.urgency == "emergency" else "urgent"
        heading = self.tr(HEADINGS[urgency])
        # Who raised it and when, under an emergency only: the quieter notice is one line.
        raised.setVisible(alert.urgency == "emergency" and not self._locked)
        if self._locked:
            said = self.tr(LOCKED_WORDS[urgency])
            words.setText(said)
            raised.setText("")
            frame.setAccessibleName(self.tr(ALERT_NAMES[urgency]))
            frame.setAccessibleDescription(said)
            button.setEnabled(False)
            button.setToolTip(self.tr("Unlock the window to see and acknowledge the alert"))
            button.setAccessibleName(self.tr(ACKNOWLEDGE_LOCKED[urgency]))
            return
        sign = "⚠ " if alert.urgency == "emergency" else ""
        reasons = "; ".join(alert.reasons)
        about = self._about(alert)
        said = f"{sign}{heading}: {about} — {reasons}. {self.tr(NEEDS[urgency])}"
        words.setText(said)
        when = alert.raised_at.astimezone()
        raised.setText(
            self.tr("Raised at {time} by {who} ({record})").format(
                time=f"{when:%H:%M}", who=alert.raised_by, record=self._record(alert)
            )
        )
        frame.setAccessibleName(self.tr(ALERT_NAMES_FOR[urgency]).format(patient=about))
        frame.setAccessibleDescription(said)
        button.setEnabled(alert_id not in self._going)
        button.setToolTip(
            self.tr(
                "Seen and acted on: take this alert off every workstation ({keys} comes here)"
            ).format(keys=SHORTCUT)
        )
        button.setAccessibleName(self.tr(ACKNOWLEDGE_FOR[urgency]).format(patient=about))

    def _about(self, alert: OpenAlert) -> str:
        """Whom the alert is about: the patient, and that a follow-up visit or the patient's
        own entry at a kiosk raised it."""
        if alert.entry_id is not None:
            return self.tr("{patient} (own entry at {kiosk})").format(
                patient=alert.patient, kiosk=alert.source
            )
        if alert.followup_id is None:
            return alert.patient
        return self.tr("{patient} (follow-up visit)").format(patient=alert.patient)

    def _record(self, alert: OpenAlert) -> str:
        """The record that raised it, by number: what staff open to act on it."""
        if alert.intake_id is None:
            return self.tr("patient entry {number} from {kiosk}").format(
                number=alert.entry_id, kiosk=alert.source
            )
        if alert.followup_id is None:
            return self.tr("intake {number}").format(number=alert.intake_id)
        return self.tr("follow-up {followup} of intake {number}").format(
            followup=alert.followup_id, number=alert.intake_id
        )

    def _remove(self, alert_id: int) -> None:
        frame = self._rows[alert_id]
        self._column.removeWidget(frame)
        frame.hide()
        frame.deleteLater()
        self._alerts.pop(alert_id, None)
