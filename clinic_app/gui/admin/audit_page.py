"""The admin's audit viewer: who saw and did what, filtered, and exported as CSV.

The trail is read afresh each time the page is shown (other workstations add to it all the
time) and a page at a time as the admin scrolls. Filters apply on Apply or Enter rather
than on every keystroke: counting a long trail takes a moment, and a half-typed name is
not worth a query. The export writes every filtered event, off the GUI thread.

Every read runs on the background runner: the choices, and the count with the first page
("Loading…" meanwhile; the rows already shown stay until the new ones come). A newer filter
wins over an older one still being read; its answer is dropped when it comes.

Each refresh also checks the trail's hash chain there (services/audit_chain.py), and the
page says whether every event is as it was written or names the first that is not, as
`clinic-intake audit verify` does: an admin who never opens a terminal still sees an edit
made behind the app's back.
"""

import logging
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QObject,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QRegularExpressionValidator,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_app.gui.admin.audit_model import DETAIL, AuditTableModel, PageSource
from clinic_app.gui.common.background import BackgroundTask, run_in_background
from clinic_app.gui.common.database_calls import DatabaseCalls
from clinic_app.gui.common.record_table import record_table
from clinic_app.gui.common.style import restyle
from clinic_app.gui.common.translatable import QT_TRANSLATE_NOOP
from clinic_app.gui.common.wording import plural
from clinic_app.gui.common.workstation import Workstation
from clinic_app.services import audit, audit_chain
from clinic_app.services.audit import AuditFilter, Event
from clinic_app.services.audit_chain import ChainCheck

log = logging.getLogger(__name__)

LOADING = QT_TRANSLATE_NOOP("AuditPage", "Loading…")
CHAIN_PROBLEMS = {
    "changed": QT_TRANSLATE_NOOP("AuditPage", "its content no longer matches its hash"),
    "unlinked": QT_TRANSLATE_NOOP(
        "AuditPage", "it does not follow the event before it (an event was removed or moved)"
    ),
}

ANY_DAY = QDate(2000, 1, 1)  # the date edits' "any" state: their minimum, shown in words
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def choose_export_file(parent: QWidget, suggested: Path) -> Path | None:
    """Where to write the CSV, or None when the admin cancelled (tests replace this)."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("AuditPage", "Export the audit trail"),
        str(suggested),
        QCoreApplication.translate("AuditPage", "CSV files (*.csv)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".csv" else path.with_name(path.name + ".csv")


def count_words(number: int) -> str:
    """ "1 event", "1,234 events" (the number written the windows' language's way)."""
    return plural(QCoreApplication.translate("AuditPage", "%n event(s)", "", number), number)


class DayEdit(QDateEdit):
    """A day, or "Any day" (the minimum date, shown in words)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(ANY_DAY)
        self.setSpecialValueText(QCoreApplication.translate("AuditPage", "Any day"))
        self.setDate(ANY_DAY)
        self.calendarWidget().installEventFilter(self)

    def day(self) -> date | None:
        chosen = self.date()
        if chosen == ANY_DAY:
            return None
        return date(chosen.year(), chosen.month(), chosen.day())

    def set_day(self, day: date | None) -> None:
        self.setDate(ANY_DAY if day is None else QDate(day))

    def stepBy(self, steps: int) -> None:
        """From "Any day", the arrow keys start at today, not at the year 2000."""
        if self.day() is None and steps > 0:
            self.setDate(QDate.currentDate())
            return
        super().stepBy(steps)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Showing "Any day", the edit has no parts to step through, and Qt's date edit
        would keep Tab inside it for good: Tab moves on to the next control instead."""
        if self.day() is None:
            return QAbstractSpinBox.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The calendar opens on this month when no day is chosen yet."""
        calendar = self.calendarWidget()
        if watched is calendar and event.type() == QEvent.Type.Show and self.day() is None:
            today = QDate.currentDate()
            calendar.setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)


class AuditPage(QWidget):
    """Settings → Audit trail (admins only: the services refuse anyone else)."""

    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditPage")
        self.workstation = workstation
        self._applied = AuditFilter()
        self._export: BackgroundTask | None = None
        self._choices = DatabaseCalls("reading the audit trail's choices", self)
        self._trail = DatabaseCalls("reading the audit trail", self)
        self._chain = DatabaseCalls("checking the audit trail", self)

        title = QLabel(self.tr("Audit trail"), self)
        title.setObjectName("audit.title")
        title.setProperty("role", "pageTitle")

        self._user = QLineEdit(self)
        self._user.setObjectName("audit.user")
        self._user.setPlaceholderText(self.tr("Any user (or part of a username)"))
        self._user.setClearButtonEnabled(True)
        self._action = QComboBox(self)
        self._action.setObjectName("audit.action")
        self._record_type = QComboBox(self)
        self._record_type.setObjectName("audit.recordType")
        # Its choices come from the trail after the first show: it widens to the words.
        self._record_type.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._record_id = QLineEdit(self)
        self._record_id.setObjectName("audit.recordId")
        self._record_id.setPlaceholderText(self.tr("Number"))
        self._record_id.setAccessibleName(self.tr("Record number"))
        self._record_id.setValidator(QRegularExpressionValidator(r"\d{0,9}", self._record_id))
        self._from = DayEdit(self)
        self._from.setObjectName("audit.from")
        self._to = DayEdit(self)
        self._to.setObjectName("audit.to")
        self._apply = QPushButton(self.tr("Appl&y"), self)
        self._apply.setObjectName("audit.apply")
        self._apply.setToolTip(self.tr("Show the events these filters let through (Enter)"))
        self._clear = QPushButton(self.tr("C&lear"), self)
        self._clear.setObjectName("audit.clear")
        self._clear.setToolTip(self.tr("Show every event again"))
        self._refresh = QPushButton(self.tr("Refresh"), self)
        self._refresh.setObjectName("audit.refresh")
        self._refresh.setToolTip(self.tr("Read the trail again for events since it was shown (F5)"))

        self._model = AuditTableModel(self)
        self._table = record_table(
            self._model,
            self,
            name="audit.table",
            accessible_name=self.tr("Audit events, newest first"),
            stretch=DETAIL,
        )

        self._count = QLabel(self)
        self._count.setObjectName("audit.count")
        self._chain_state = QLabel(self)
        self._chain_state.setObjectName("audit.chain")
        self._chain_state.setWordWrap(True)
        self._chain_state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._message = QLabel(self)
        self._message.setObjectName("audit.message")
        self._message.setWordWrap(True)
        self._message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._export_button = QPushButton(self.tr("E&xport CSV…"), self)
        self._export_button.setObjectName("audit.export")
        self._export_button.setToolTip(
            self.tr("Write every event these filters show to a CSV file")
        )

        self._lay_out(title)
        self._user.returnPressed.connect(self.apply_filters)
        self._record_id.returnPressed.connect(self.apply_filters)
        for widget in (self._action, self._record_type, self._from, self._to):
            widget.installEventFilter(self)
        self._apply.clicked.connect(self.apply_filters)
        self._clear.clicked.connect(self.clear_filters)
        self._refresh.clicked.connect(self.refresh)
        self._export_button.clicked.connect(self.export)
        self._model.loadFailed.connect(self._show_problem)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.refresh)

    def _lay_out(self, title: QLabel) -> None:
        filters = QGridLayout()
        for column, (text, widget) in enumerate(
            (
                (self.tr("Us&er:"), self._user),
                (self.tr("Acti&on:"), self._action),
                (self.tr("Recor&d:"), self._record_type),
            )
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            filters.addWidget(label, 0, 2 * column)
            filters.addWidget(widget, 0, 2 * column + 1)
        filters.addWidget(self._record_id, 0, 6)
        for column, (text, widget) in enumerate(
            ((self.tr("Fro&m:"), self._from), (self.tr("&To:"), self._to))
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            filters.addWidget(label, 1, 2 * column)
            filters.addWidget(widget, 1, 2 * column + 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self._apply)
        buttons.addWidget(self._clear)
        buttons.addStretch(1)
        buttons.addWidget(self._refresh)
        filters.addLayout(buttons, 1, 4, 1, 3)
        filters.setColumnStretch(1, 2)
        filters.setColumnStretch(3, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self._count)
        bottom.addWidget(self._message, 1)
        bottom.addWidget(self._export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self._table, 1)
        layout.addWidget(self._chain_state)
        layout.addLayout(bottom)
        for first, second in (
            (self._user, self._action),
            (self._action, self._record_type),
            (self._record_type, self._record_id),
            (self._record_id, self._from),
            (self._from, self._to),
            (self._to, self._apply),
            (self._apply, self._clear),
            (self._clear, self._refresh),
            (self._refresh, self._table),
            (self._table, self._export_button),
        ):
            QWidget.setTabOrder(first, second)

    # --- public: what the main window and the tests use ---------------------------------

    @property
    def model(self) -> AuditTableModel:
        return self._model

    @property
    def applied(self) -> AuditFilter:
        """The filter behind the rows shown (and behind an export)."""
        return self._applied

    def is_busy(self) -> bool:
        """A read of the choices, the trail or its next page is out."""
        return (
            self._choices.busy or self._trail.busy or self._chain.busy or self._model.is_fetching()
        )

    def chain_state(self) -> str:
        """What the page says of the trail's hash chain."""
        return self._chain_state.text()

    def refresh(self) -> None:
        """Read the choices and the trail again, keeping the filters."""
        database = self.workstation.database

        def choices() -> tuple[list[str], list[str]]:
            return audit.actions_on_record(database), audit.record_types_on_record(database)

        self._choices.run(choices, lambda found: self._fill_choices(*found), self._choices_failed)
        self._load(self._applied)
        self._check_chain()

    def _choices_failed(self, message: str) -> None:
        log.warning("reading the audit trail's choices failed: %s", message)
        self._show_problem(
            self.tr("Cannot read the audit trail: {problem}. Try again in a moment").format(
                problem=message
            )
        )

    def apply_filters(self) -> None:
        """Show what the filters let through; a filter that makes no sense changes nothing."""
        since, until = self._from.day(), self._to.day()
        if since is not None and until is not None and since > until:
            self._show_problem(
                self.tr(
                    "The From day is after the To day; choose a From day on or before the To day"
                )
            )
            return
        number = self._record_id.text().strip()
        kind = self._record_type.currentData()
        self._load(
            AuditFilter(
                user=self._user.text().strip(),
                action=self._action.currentData(),
                record_type=kind if isinstance(kind, str) else None,
                record_id=int(number) if number else None,
                since=since,
                until=until,
            )
        )

    def clear_filters(self) -> None:
        self._user.clear()
        self._action.setCurrentIndex(0)
        self._record_type.setCurrentIndex(0)
        self._record_id.clear()
        self._from.set_day(None)
        self._to.set_day(None)
        self.apply_filters()

    def export(self) -> None:
        """Ask where, then write the events shown (all of them, not just those loaded)."""
        if self._export is not None and self._export.is_running():
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder or Path.home()) / f"audit-trail-{date.today().isoformat()}.csv"
        path = choose_export_file(self, suggested)
        if path is None:
            return
        database, actor, wanted = self.workstation.database, self.workstation.actor, self._applied
        self._export_button.setEnabled(False)
        self._show_note(self.tr("Exporting the audit trail to {path}…").format(path=path))
        self._export = run_in_background(
            self,
            partial(audit.export_csv, database, actor, path, wanted),
            what="exporting the audit trail",
            on_finished=partial(self._exported, path),
            on_failed=self._export_failed,
        )

    # --- inside ---------------------------------------------------------------------------

    def _load(self, wanted: AuditFilter) -> None:
        database, actor = self.workstation.database, self.workstation.actor

        def source(after: Event | None, limit: int) -> list[Event]:
            return audit.page(database, actor, wanted, limit=limit, after=after)

        pages: PageSource = source
        size = self._model.page_size

        def first() -> tuple[int, list[Event]]:
            return audit.count(database, actor, wanted), source(None, size)

        self._show_note(self.tr(LOADING))
        self._trail.run(
            first,
            lambda found: self._loaded(wanted, pages, *found),
            self._load_failed,
        )

    def _loaded(
        self, wanted: AuditFilter, pages: PageSource, total: int, first: list[Event]
    ) -> None:
        self._model.load(pages, first)
        self._applied = wanted
        self._count.setText(count_words(total) if total else self.tr("No events"))
        if self._message.text() == self.tr(LOADING):
            self._show_note("")

    def _check_chain(self) -> None:
        """Check the whole trail's chain; one check at a time (a long trail takes a while)."""
        database = self.workstation.database
        if self._chain.run(
            partial(audit_chain.verify, database),
            self._chain_checked,
            self._chain_failed,
            unless_busy=True,
        ):
            self._set_chain_state(self.tr("Checking that no event was changed…"), problem=False)

    def _chain_checked(self, check: ChainCheck) -> None:
        if check.broken is None:
            self._set_chain_state(
                self.tr(
                    "Trail intact: {events} checked; none was changed, removed or moved."
                ).format(events=count_words(check.events)),
                problem=False,
            )
            return
        broken = check.broken
        self._set_chain_state(
            self.tr(
                "Trail altered at event {number} ({time}, {action}): {problem}. Keep this "
                "database as it is and compare it with a backup; "
                "`clinic-intake audit verify` gives the same answer."
            ).format(
                number=broken.event_id,
                time=broken.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                action=audit.describe_action(broken.action),
                problem=self.tr(CHAIN_PROBLEMS[broken.problem]),
            ),
            problem=True,
        )

    def _chain_failed(self, message: str) -> None:
        log.warning("checking the audit trail failed: %s", message)
        self._set_chain_state(
            self.tr("Cannot check the audit trail: {problem}. Try again in a moment.").format(
                problem=message
            ),
            problem=True,
        )

    def _set_chain_state(self, text: str, *, problem: bool) -> None:
        self._chain_state.setText(text)
        restyle(self._chain_state, "role", "fieldMessage" if problem else "")

    def _load_failed(self, message: str) -> None:
        log.warning("reading the audit trail failed: %s", message)
        self._show_problem(
            self.tr("Cannot read the audit trail: {problem}").format(problem=message)
        )

    def _fill_choices(self, actions: list[str], kinds: list[str]) -> None:
        """The actions and kinds of record on the trail now, keeping what was chosen."""
        chosen_action = self._action.currentData()
        self._action.clear()
        self._action.addItem(self.tr("Any action"), None)
        for family in audit.families(actions):
            self._action.addItem(audit.describe_action(family), family)
        for action in sorted(actions, key=audit.describe_action):
            self._action.addItem(audit.describe_action(action), action)
        self._action.setCurrentIndex(max(0, self._action.findData(chosen_action)))

        chosen_kind = self._record_type.currentData()
        self._record_type.clear()
        self._record_type.addItem(self.tr("Any record"), None)
        for kind in kinds:
            self._record_type.addItem(audit.RECORD_WORDS.get(kind, kind), kind)
        self._record_type.setCurrentIndex(max(0, self._record_type.findData(chosen_kind)))

    def _exported(self, path: Path, written: object) -> None:
        self._export_button.setEnabled(True)
        number = written if isinstance(written, int) else 0
        self._show_note(
            self.tr("Exported {events} to {path}.").format(events=count_words(number), path=path)
        )

    def _export_failed(self, message: str) -> None:
        self._export_button.setEnabled(True)
        self._show_problem(
            self.tr("Cannot export the audit trail: {problem}").format(problem=message)
        )

    def _show_note(self, text: str) -> None:
        self._set_message(text, problem=False)

    def _show_problem(self, text: str) -> None:
        self._set_message(text if text.endswith((".", "。")) else f"{text}.", problem=True)

    def _set_message(self, text: str, *, problem: bool) -> None:
        self._message.setText(text)
        # Selectable (and so focusable) only with something to say: an empty label a
        # click can focus is announced to a screen reader as nothing.
        self._message.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            if text
            else Qt.TextInteractionFlag.NoTextInteraction
        )
        restyle(self._message, "role", "fieldMessage" if problem else "")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():  # shown by the app (a tab chosen), not a window restored
            self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER
            and not (isinstance(watched, QComboBox) and watched.view().isVisible())
        ):
            self.apply_filters()
            return True
        return super().eventFilter(watched, event)
