"""Printing a handout from the desk or the queue: build, preview, hand over, keep on record.

The flow is the same for every kind of handout: a builder (a service call, run off the GUI
thread) makes the PDF, the preview shows those very bytes, and whatever the desk then
prints or saves is put on record with `record_handout`, also off the GUI thread. The care
sheet (`show_care_sheet`) and the referral letter (the review pane) both come through
`show_handout`.
"""

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from clinic_app.gui.common.background import BackgroundTask
from clinic_app.gui.common.print_preview import PrintPreviewDialog
from clinic_app.gui.common.translatable import QT_TRANSLATE_NOOP
from clinic_app.gui.common.wording import sentence
from clinic_app.gui.common.workstation import Workstation
from clinic_app.services.handouts import HandoutRecord, care_sheet_for, record_handout

if TYPE_CHECKING:
    from clinic_app.exercises.codes import ExerciseCode


class PrintableHandout(Protocol):
    """What a builder returns: the PDF and how it was made (what the record keeps)."""

    @property
    def pdf(self) -> bytes: ...

    @property
    def paper(self) -> str: ...

    @property
    def large_print(self) -> bool: ...

    @property
    def language(self) -> str: ...


Builder = Callable[[], PrintableHandout]
"""Makes one handout; runs on a worker thread, so it must hold no widget."""


# The names a job may carry (`HandoutJob.name`), in the windows' language where a
# sentence names the document; the name itself stays English for the log.
DOCUMENT_NAMES = (
    QT_TRANSLATE_NOOP("HandoutPrinting", "care sheet"),
    QT_TRANSLATE_NOOP("HandoutPrinting", "referral letter"),
)


def _document(job: "HandoutJob") -> str:
    return QCoreApplication.translate("HandoutPrinting", job.name)


@dataclass(frozen=True)
class HandoutJob:
    """One handout on its way: which intake, which kind, and the words around it."""

    intake_id: int
    kind: str
    name: str
    """How the handout is named to the desk: "care sheet", "referral letter"."""
    title: str
    suggested_name: str


class HandoutPrinting(QObject):
    """Builds a handout in the background, previews it, and records what is handed over.

    `preview` is the open preview (None before the first one is built, and once it is
    closed). `recorded(handout_id)` follows every print or save put on record;
    `failed(message)` says, in words for the desk, what could not be done. A failure to
    build is only reported through `failed`: the window that asked shows it.
    """

    recorded = Signal(int)
    failed = Signal(str)

    def __init__(self, workstation: Workstation, parent: QWidget) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self._parent = parent
        self.preview: PrintPreviewDialog | None = None
        self._building: BackgroundTask | None = None
        self._recording: set[BackgroundTask] = set()

    def is_building(self) -> bool:
        return self._building is not None

    def show_care_sheet(
        self,
        intake_id: int,
        *,
        large_print: bool,
        exercises: "tuple[ExerciseCode, ...] | None" = (),
    ) -> None:
        """Make the intake's take-home care sheet, then preview it (returns at once).

        `exercises`: those to print on the pages after it, in the same PDF, so that one
        preview and one print job carry both; None for the rules' choice, () for none.
        """
        builder = partial(
            care_sheet_for,
            self._workstation.database,
            intake_id,
            large_print=large_print,
            exercises=exercises,
        )
        # Named by intake, never by patient: file names end up in shared folders.
        file_name = f"care-sheet-{intake_id}"
        if exercises != ():
            file_name += "-with-exercises"
            title = (
                self.tr("Care sheet and exercises (large print): print preview")
                if large_print
                else self.tr("Care sheet and exercises: print preview")
            )
        else:
            title = (
                self.tr("Care sheet (large print): print preview")
                if large_print
                else self.tr("Care sheet: print preview")
            )
        if large_print:
            file_name += "-large-print"
        self.show_handout(
            HandoutJob(
                intake_id=intake_id,
                kind="care_sheet",
                name="care sheet",
                title=title,
                suggested_name=f"{file_name}.pdf",
            ),
            builder,
        )

    def show_handout(self, job: HandoutJob, build: Builder) -> None:
        """Run `build` off the GUI thread, then open the preview. Ignored while one builds."""
        if self._building is not None:
            return
        task = BackgroundTask(lambda _progress: build(), what=f"making the {job.name}", parent=self)
        task.finished.connect(partial(self._built, job))
        task.failed.connect(partial(self._build_failed, job))
        self._building = task
        self._parent.setCursor(Qt.CursorShape.BusyCursor)
        task.start()

    def _built(self, job: HandoutJob, result: object) -> None:
        self._done_building()
        handout = cast(PrintableHandout, result)  # what the job's builder returns
        if self.preview is not None:
            self.preview.close()
        preview = PrintPreviewDialog(
            handout.pdf, title=job.title, suggested_name=job.suggested_name, parent=self._parent
        )
        preview.handedOver.connect(partial(self._handed_over, job, handout))
        preview.finished.connect(partial(self._preview_closed, preview))
        self.preview = preview
        preview.open()

    def _build_failed(self, job: HandoutJob, message: str) -> None:
        self._done_building()
        self.failed.emit(
            self.tr("The {document} could not be made. {problem}").format(
                document=_document(job), problem=sentence(message)
            )
        )

    def _done_building(self) -> None:
        if self._building is not None:
            self._building.deleteLater()
        self._building = None
        self._parent.unsetCursor()

    def _preview_closed(self, preview: PrintPreviewDialog, _result: int) -> None:
        if self.preview is preview:
            self.preview = None
        preview.deleteLater()

    def _handed_over(self, job: HandoutJob, handout: PrintableHandout, action: str) -> None:
        work = partial(
            record_handout,
            self._workstation.database,
            self._workstation.actor,
            job.intake_id,
            handout.pdf,
            kind=job.kind,
            paper=handout.paper,
            language=handout.language,
            large_print=handout.large_print,
            action=action,
        )
        task = BackgroundTask(
            lambda _progress: work(), what=f"putting the {job.name} on record", parent=self
        )
        task.finished.connect(partial(self._recorded, task))
        task.failed.connect(partial(self._record_failed, task, job, action))
        self._recording.add(task)
        task.start()

    def _recorded(self, task: BackgroundTask, record: object) -> None:
        self._forget(task)
        assert isinstance(record, HandoutRecord)
        self.recorded.emit(record.id)

    def _record_failed(
        self, task: BackgroundTask, job: HandoutJob, action: str, message: str
    ) -> None:
        self._forget(task)
        if action == "printed":
            sentence_words = self.tr(
                "The {document} was printed but could not be put on record. "
                "{problem} Once that is solved, save it again so a copy is kept."
            )
        else:
            sentence_words = self.tr(
                "The {document} was saved but could not be put on record. "
                "{problem} Once that is solved, save it again so a copy is kept."
            )
        words = sentence_words.format(document=_document(job), problem=sentence(message))
        if self.preview is not None:
            self.preview.show_problem(words)
        self.failed.emit(words)

    def _forget(self, task: BackgroundTask) -> None:
        self._recording.discard(task)
        task.deleteLater()
