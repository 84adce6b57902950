"""The follow-up visit's fields: which step each is on, how it is edited, and the binding
between the widgets and the `clinic-followup/1` document.

Every editing widget's objectName is the field's dotted path (architecture.md):
`running.status`, `measures.lefs_total`, `measures.readiness.hop_10_pain_free`, and for
the PSFS rows `measures.psfs.0.activity` / `measures.psfs.0.score`. The symptom fields
are the intake's own (their kinds and choices from gui/common/intake_fields, their
labels from the intake's Designer sources), so the referral rules read the same answers
the same way at every visit. What is typed is kept as typed: "4x" goes into the document
as text and the follow-up's validation names the field.
"""

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from clinic_app.followups.fields import FOLLOW_UP_FORMATS, READINESS_CHECKS, RUNNING_STATUSES
from clinic_app.followups.scores import activity_key
from clinic_app.gui.common.answers import shown_number
from clinic_app.gui.common.field_binding import FieldBinding, typed_number
from clinic_app.gui.common.foot_map import FootMap
from clinic_app.gui.common.form_labels import field_label
from clinic_app.gui.common.intake_fields import CHECKS, CHOICES, FIELDS, Choice, Kind
from clinic_app.gui.common.intake_fields import words as choice_words
from clinic_app.gui.common.pain_scale import PainScale

PSFS_ROWS = 5
"""The PSFS takes one to five activities (follow-ups.md)."""

STEPS: tuple[tuple[str, str], ...] = (
    ("now", str(QT_TRANSLATE_NOOP("FollowUpFields", "How it is &now"))),
    ("running", str(QT_TRANSLATE_NOOP("FollowUpFields", "&Running"))),
    ("measures", str(QT_TRANSLATE_NOOP("FollowUpFields", "&Measures"))),
    ("readiness", str(QT_TRANSLATE_NOOP("FollowUpFields", "Rea&diness"))),
)
"""The form's steps, in order, with their tab titles (the `&` gives Alt+letter)."""

SYMPTOMS: tuple[str, ...] = tuple(
    path for path in FIELDS if path.startswith("symptoms.") and path != "symptoms.onset_date"
)
"""The intake's symptom questions, asked again: the referral rules run on them. The onset
date is not asked again (the intake's does not carry over; follow-ups.md)."""

RUNNING_WORDS = {
    "not_running": str(QT_TRANSLATE_NOOP("FollowUpFields", "Not running")),
    "walk_run": str(QT_TRANSLATE_NOOP("FollowUpFields", "Walk-run sessions")),
    "easy_running": str(QT_TRANSLATE_NOOP("FollowUpFields", "Easy running")),
    "full_training": str(QT_TRANSLATE_NOOP("FollowUpFields", "Full training")),
}
if tuple(RUNNING_WORDS) != RUNNING_STATUSES:  # pragma: no cover - a drift is a bug
    raise RuntimeError("RUNNING_WORDS drifted from RUNNING_STATUSES")

READINESS_WORDS = {
    "walk_30_min_pain_free": str(
        QT_TRANSLATE_NOOP("FollowUpFields", "&Walks 30 minutes without pain")
    ),
    "hop_10_pain_free": str(
        QT_TRANSLATE_NOOP("FollowUpFields", "Ten single-leg &hops on the painful side without pain")
    ),
    "calf_raises_20": str(
        QT_TRANSLATE_NOOP("FollowUpFields", "Twenty single-leg &calf raises on that side")
    ),
    "no_pain_next_morning": str(QT_TRANSLATE_NOOP("FollowUpFields", "No pain the ne&xt morning")),
}
if tuple(READINESS_WORDS) != READINESS_CHECKS:  # pragma: no cover - a drift is a bug
    raise RuntimeError("READINESS_WORDS drifted from READINESS_CHECKS")

OWN_FIELDS: dict[str, Kind] = {
    "visit_date": Kind.DATE,
    "running.status": Kind.CHOICE,
    "running.weekly_distance": Kind.NUMBER,
    "running.distance_unit": Kind.CHOICE,
    "running.longest_run_minutes": Kind.OPTIONAL_NUMBER,
    "measures.lefs_total": Kind.OPTIONAL_NUMBER,
    "measures.faam_adl_percent": Kind.OPTIONAL_NUMBER,
    "measures.faam_sports_percent": Kind.OPTIONAL_NUMBER,
    **{f"measures.readiness.{check}": Kind.CHOICE for check in READINESS_CHECKS},
    "notes": Kind.LONG_TEXT,
}
FOLLOW_UP_FIELDS: dict[str, Kind] = {
    **{path: FIELDS[path] for path in SYMPTOMS},
    **OWN_FIELDS,
}
"""Every field of the form but the PSFS rows, by dotted path."""

LABELS: dict[str, str] = {
    "visit_date": str(QT_TRANSLATE_NOOP("FollowUpFields", "&Visit date (YYYY-MM-DD)")),
    "symptoms.side": str(QT_TRANSLATE_NOOP("FollowUpFields", "&Side")),
    "symptoms.locations": str(QT_TRANSLATE_NOOP("FollowUpFields", "Where it &hurts")),
    "symptoms.pain_now": str(QT_TRANSLATE_NOOP("FollowUpFields", "&Pain now (0–10)")),
    "running.status": str(QT_TRANSLATE_NOOP("FollowUpFields", "Running &now")),
    "running.weekly_distance": str(QT_TRANSLATE_NOOP("FollowUpFields", "&Weekly distance")),
    "running.distance_unit": str(QT_TRANSLATE_NOOP("FollowUpFields", "&Unit")),
    "running.longest_run_minutes": str(
        QT_TRANSLATE_NOOP("FollowUpFields", "&Longest run (minutes)")
    ),
    "measures.lefs_total": str(QT_TRANSLATE_NOOP("FollowUpFields", "&LEFS total (0–80)")),
    "measures.faam_adl_percent": str(QT_TRANSLATE_NOOP("FollowUpFields", "FAAM &daily living (%)")),
    "measures.faam_sports_percent": str(QT_TRANSLATE_NOOP("FollowUpFields", "FAAM s&ports (%)")),
    "notes": str(QT_TRANSLATE_NOOP("FollowUpFields", "N&otes")),
    **{f"measures.readiness.{check}": words for check, words in READINESS_WORDS.items()},
}


def field_words(english: str) -> str:
    """One of this module's English sources (a label, a step, a choice) in the window's
    language."""
    return QCoreApplication.translate("FollowUpFields", english)


def label_of(path: str) -> str:
    own = LABELS.get(path)
    return field_words(own) if own else field_label(path)


def choices_of(path: str) -> Sequence[Choice]:
    if path == "running.status":
        return (
            (None, QCoreApplication.translate("FollowUpFields", "Choose…")),
            *((value, field_words(english)) for value, english in RUNNING_WORDS.items()),
        )
    if path.startswith("measures.readiness."):
        return (
            (None, QCoreApplication.translate("FollowUpFields", "Not checked")),
            (True, QCoreApplication.translate("FollowUpFields", "Yes")),
            (False, QCoreApplication.translate("FollowUpFields", "No")),
        )
    return tuple((value, choice_words(label)) for value, label in CHOICES[path])


def make_widget(path: str, kind: Kind, parent: QWidget) -> QWidget:
    """The editing widget of one field, named by its path."""
    widget: QWidget
    if kind is Kind.REGIONS:
        widget = FootMap(parent)
    elif kind in (Kind.PAIN, Kind.OPTIONAL_PAIN):
        widget = PainScale(parent)
    elif kind is Kind.CHOICE:
        combo = QComboBox(parent)
        for value, words in choices_of(path):
            combo.addItem(words, value)
        widget = combo
    elif kind is Kind.FLAG:
        widget = QCheckBox(label_of(path), parent)
    elif kind is Kind.CHOICES:
        group = QGroupBox(label_of(path), parent)
        column = QVBoxLayout(group)
        column.setContentsMargins(4, 4, 4, 4)
        for value, words in CHECKS[path]:
            box = QCheckBox(choice_words(words), group)
            box.setObjectName(f"{path}.{value}")
            column.addWidget(box)
        widget = group
    elif kind is Kind.LONG_TEXT:
        widget = QPlainTextEdit(parent)
        widget.setTabChangesFocus(True)
    else:
        widget = QLineEdit(parent)
    widget.setObjectName(path)
    if not widget.accessibleName():
        widget.setAccessibleName(label_of(path).replace("&", ""))
    return widget


class FollowUpBinding(FieldBinding):
    """Reads the follow-up document off the widgets under `root`, and writes one into them
    (gui/common's FieldBinding, as the intake form's), with the PSFS rows, which are the
    follow-up's own: the course's earlier activities offered to rate again.

    `edited(path)` fires when the user changes a field (not while a document is loaded).
    """

    def __init__(self, root: QWidget) -> None:
        super().__init__(
            root,
            FOLLOW_UP_FIELDS,
            form="the follow-up form",
            also=psfs_paths(),
            nullable_choices=[f"measures.readiness.{check}" for check in READINESS_CHECKS],
        )
        self._earlier: list[str] = []

    def set_earlier_activities(self, activities: Iterable[str]) -> None:
        """Put the course's earlier PSFS activities in the first rows, to be rated again."""
        self._earlier = list(activities)[:PSFS_ROWS]
        with self.loading():
            for row in range(PSFS_ROWS):
                activity = self._line(f"measures.psfs.{row}.activity")
                activity.setText(self._earlier[row] if row < len(self._earlier) else "")
                self._line(f"measures.psfs.{row}.score").clear()

    def document(self, base: Mapping[str, Any]) -> dict[str, Any]:
        """The follow-up as typed, over `base` (format, patient, course_started)."""
        document = self.fill({"format": FOLLOW_UP_FORMATS[0], **base})
        psfs = self._psfs()
        if psfs:
            document.setdefault("measures", {})["psfs"] = psfs
        document.setdefault("symptoms", {})
        document.setdefault("running", {})
        return document

    def load(self, document: Mapping[str, Any]) -> None:
        """Show a document (a draft kept earlier) in the widgets, its PSFS ratings beside
        the earlier activities they rate (matched by name), new activities below them."""
        super().load(document)
        measures = document.get("measures")
        psfs = measures.get("psfs") if isinstance(measures, Mapping) else None
        entries = [entry for entry in psfs if isinstance(entry, Mapping)] if psfs else []
        rows = {activity_key(name): row for row, name in enumerate(self._earlier)}
        free = iter(range(len(self._earlier), PSFS_ROWS))
        with self.loading():
            for entry in entries:
                name = entry.get("activity")
                name = name if isinstance(name, str) else ""
                row = rows.get(activity_key(name))
                if row is None:
                    row = next(free, None)
                    if row is None:
                        break  # more than five: validation would refuse them anyway
                    self._line(f"measures.psfs.{row}.activity").setText(name)
                score = entry.get("score")
                self._line(f"measures.psfs.{row}.score").setText(
                    "" if score is None else shown_number(score)
                )

    def _psfs(self) -> list[dict[str, object]]:
        """The rated activities; an earlier activity left unrated is not part of this visit,
        a new one typed without a score is kept (validation then asks for its score)."""
        rows: list[dict[str, object]] = []
        for row in range(PSFS_ROWS):
            activity = self._line(f"measures.psfs.{row}.activity").text().strip()
            score = typed_number(self._line(f"measures.psfs.{row}.score").text())
            if not activity and score is None:
                continue
            if score is None and activity in self._earlier:
                continue
            entry: dict[str, object] = {"activity": activity}
            if score is not None:
                entry["score"] = score
            rows.append(entry)
        return rows

    def _line(self, path: str) -> QLineEdit:
        widget = self.widget(path)
        assert isinstance(widget, QLineEdit)
        return widget


def psfs_paths() -> list[str]:
    return [
        f"measures.psfs.{row}.{part}" for row in range(PSFS_ROWS) for part in ("activity", "score")
    ]
