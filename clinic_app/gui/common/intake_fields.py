"""How each intake field is edited on the form: its kind, and the words for its choices.

The choice values are read off the intake format's own tuples (`intake.fields`), never
retyped; only their labels are written here, and a mismatch fails at import.
"""

from enum import Enum

from PySide6.QtCore import QCoreApplication

from clinic_app.gui.common.translatable import QT_TRANSLATE_NOOP
from clinic_app.intake import fields
from clinic_app.languages import KNOWN_LANGUAGES, OWN_NAMES


class Kind(Enum):
    TEXT = "text"  # a required line of text
    OPTIONAL_TEXT = "optional text"  # empty means not given (null)
    LONG_TEXT = "long text"  # several lines; empty is ""
    DATE = "date"  # YYYY-MM-DD, required
    OPTIONAL_DATE = "optional date"
    NUMBER = "number"  # required
    OPTIONAL_NUMBER = "optional number"
    CHOICE = "choice"  # a combo box whose item data is the value
    CHOICES = "choices"  # a group of check boxes: a list
    FLAG = "flag"  # a check box
    PAIN = "pain"  # a PainScale, required
    OPTIONAL_PAIN = "optional pain"
    REGIONS = "regions"  # the foot map


FIELDS: dict[str, Kind] = {
    "patient.first_name": Kind.TEXT,
    "patient.last_name": Kind.TEXT,
    "patient.date_of_birth": Kind.DATE,
    "patient.sex": Kind.CHOICE,
    "patient.phone": Kind.OPTIONAL_TEXT,
    "patient.email": Kind.OPTIONAL_TEXT,
    "patient.clinic_number": Kind.OPTIONAL_TEXT,
    "patient.language": Kind.CHOICE,
    "visit_date": Kind.DATE,
    "running.distance_unit": Kind.CHOICE,
    "running.weekly_distance": Kind.NUMBER,
    "running.previous_weekly_distance": Kind.OPTIONAL_NUMBER,
    "running.years_running": Kind.OPTIONAL_NUMBER,
    "running.recent_changes": Kind.CHOICES,
    "running.surfaces": Kind.CHOICES,
    "running.shoe_distance": Kind.OPTIONAL_NUMBER,
    "running.shoe_pairs_in_rotation": Kind.OPTIONAL_NUMBER,
    "running.shoe_fit_problems": Kind.FLAG,
    "running.shoe_cushioning_worn": Kind.FLAG,
    "running.uses_orthotics": Kind.FLAG,
    "running.cross_training": Kind.FLAG,
    "running.stretches_after_running": Kind.CHOICE,
    "symptoms.side": Kind.CHOICE,
    "symptoms.locations": Kind.REGIONS,
    "symptoms.onset_date": Kind.OPTIONAL_DATE,
    "symptoms.pain_now": Kind.PAIN,
    "symptoms.pain_worst": Kind.OPTIONAL_PAIN,
    "symptoms.pain_character": Kind.CHOICES,
    "symptoms.pain_localized": Kind.FLAG,
    "symptoms.bone_point_tenderness": Kind.FLAG,
    "symptoms.numbness_or_tingling": Kind.FLAG,
    "symptoms.swelling": Kind.CHOICE,
    "symptoms.redness": Kind.FLAG,
    "symptoms.warmth": Kind.FLAG,
    "symptoms.fever": Kind.FLAG,
    "symptoms.weight_bearing": Kind.CHOICE,
    "symptoms.worse_with_activity": Kind.FLAG,
    "symptoms.night_pain": Kind.FLAG,
    "symptoms.first_step_morning_pain": Kind.FLAG,
    "symptoms.self_care_days": Kind.OPTIONAL_NUMBER,
    "symptoms.improving": Kind.CHOICE,
    "symptoms.injury": Kind.CHOICE,
    "symptoms.foot_colour": Kind.CHOICE,
    "symptoms.foot_cold": Kind.FLAG,
    "symptoms.pain_out_of_proportion": Kind.FLAG,
    "symptoms.redness_spreading": Kind.FLAG,
    "symptoms.feels_very_unwell": Kind.FLAG,
    "symptoms.open_wound": Kind.FLAG,
    "symptoms.morning_stiffness_minutes": Kind.OPTIONAL_NUMBER,
    "history.previous_stress_fracture": Kind.FLAG,
    "history.diabetes": Kind.FLAG,
    "history.peripheral_neuropathy": Kind.FLAG,
    "history.low_bone_density": Kind.FLAG,
    "history.irregular_periods": Kind.FLAG,
    "history.restricted_eating": Kind.FLAG,
    "history.other_joints_affected": Kind.FLAG,
    "history.fluoroquinolone_recent": Kind.FLAG,
    "history.unexplained_weight_loss": Kind.FLAG,
    "history.cancer_history": Kind.FLAG,
    "history.medications": Kind.LONG_TEXT,
    "history.allergies": Kind.LONG_TEXT,
    "history.other_conditions": Kind.LONG_TEXT,
    "notes": Kind.LONG_TEXT,
}

Choice = tuple[str | bool | None, str]
_YES_NO: tuple[Choice, ...] = (
    (None, QT_TRANSLATE_NOOP("IntakeFields", "Not asked")),
    (True, QT_TRANSLATE_NOOP("IntakeFields", "Yes")),
    (False, QT_TRANSLATE_NOOP("IntakeFields", "No")),
)

CHOICES: dict[str, tuple[Choice, ...]] = {
    "patient.sex": (
        ("unspecified", QT_TRANSLATE_NOOP("IntakeFields", "Not given")),
        ("female", QT_TRANSLATE_NOOP("IntakeFields", "Female")),
        ("male", QT_TRANSLATE_NOOP("IntakeFields", "Male")),
        ("other", QT_TRANSLATE_NOOP("IntakeFields", "Other")),
    ),
    "running.distance_unit": (
        ("km", QT_TRANSLATE_NOOP("IntakeFields", "Kilometres (km)")),
        ("mi", QT_TRANSLATE_NOOP("IntakeFields", "Miles (mi)")),
    ),
    # Not asked (absent): the clinic's default. Each language by its own name, untranslated,
    # so a patient finds theirs in whatever language the window is in.
    "patient.language": (
        (None, QT_TRANSLATE_NOOP("IntakeFields", "Clinic default")),
        *((tag, OWN_NAMES[tag]) for tag in KNOWN_LANGUAGES),
    ),
    "running.stretches_after_running": _YES_NO,
    "symptoms.side": (
        (None, QT_TRANSLATE_NOOP("IntakeFields", "Choose a foot…")),
        ("left", QT_TRANSLATE_NOOP("IntakeFields", "Left foot")),
        ("right", QT_TRANSLATE_NOOP("IntakeFields", "Right foot")),
        ("both", QT_TRANSLATE_NOOP("IntakeFields", "Both feet")),
    ),
    "symptoms.swelling": (
        ("none", QT_TRANSLATE_NOOP("IntakeFields", "None")),
        ("mild", QT_TRANSLATE_NOOP("IntakeFields", "Mild")),
        ("significant", QT_TRANSLATE_NOOP("IntakeFields", "A lot")),
    ),
    "symptoms.weight_bearing": (
        ("normal", QT_TRANSLATE_NOOP("IntakeFields", "Walks normally, no pain")),
        ("painful", QT_TRANSLATE_NOOP("IntakeFields", "Walks normally, but it hurts")),
        ("difficult", QT_TRANSLATE_NOOP("IntakeFields", "Cannot walk normally (limps)")),
        ("unable", QT_TRANSLATE_NOOP("IntakeFields", "Cannot take four steps on it")),
    ),
    "symptoms.improving": (
        (None, QT_TRANSLATE_NOOP("IntakeFields", "Not asked")),
        (True, QT_TRANSLATE_NOOP("IntakeFields", "Yes, it is getting better")),
        (False, QT_TRANSLATE_NOOP("IntakeFields", "No, it is not getting better")),
    ),
    "symptoms.injury": (
        ("none", QT_TRANSLATE_NOOP("IntakeFields", "Nothing: it came on by itself")),
        ("twist", QT_TRANSLATE_NOOP("IntakeFields", "A twist")),
        ("fall", QT_TRANSLATE_NOOP("IntakeFields", "A fall")),
        ("impact", QT_TRANSLATE_NOOP("IntakeFields", "A blow or a knock")),
        ("pop", QT_TRANSLATE_NOOP("IntakeFields", "A sudden snap or pop")),
    ),
    "symptoms.foot_colour": (
        ("normal", QT_TRANSLATE_NOOP("IntakeFields", "No change")),
        ("pale", QT_TRANSLATE_NOOP("IntakeFields", "Pale or white")),
        ("blue", QT_TRANSLATE_NOOP("IntakeFields", "Blue")),
        ("mottled", QT_TRANSLATE_NOOP("IntakeFields", "Blotchy (mottled)")),
    ),
}

CHECKS: dict[str, tuple[tuple[str, str], ...]] = {
    "running.recent_changes": (
        ("distance", QT_TRANSLATE_NOOP("IntakeFields", "More distance")),
        ("intensity", QT_TRANSLATE_NOOP("IntakeFields", "Faster or harder sessions")),
        ("hills", QT_TRANSLATE_NOOP("IntakeFields", "More hills")),
        ("surface", QT_TRANSLATE_NOOP("IntakeFields", "A new surface")),
        ("shoes", QT_TRANSLATE_NOOP("IntakeFields", "New shoes")),
        ("race", QT_TRANSLATE_NOOP("IntakeFields", "A race")),
    ),
    "running.surfaces": (
        ("road", QT_TRANSLATE_NOOP("IntakeFields", "Road")),
        ("concrete", QT_TRANSLATE_NOOP("IntakeFields", "Concrete")),
        ("trail", QT_TRANSLATE_NOOP("IntakeFields", "Trail")),
        ("track", QT_TRANSLATE_NOOP("IntakeFields", "Track")),
        ("treadmill", QT_TRANSLATE_NOOP("IntakeFields", "Treadmill")),
        ("grass", QT_TRANSLATE_NOOP("IntakeFields", "Grass")),
        ("sand", QT_TRANSLATE_NOOP("IntakeFields", "Sand")),
    ),
    "symptoms.pain_character": (
        ("aching", QT_TRANSLATE_NOOP("IntakeFields", "Aching")),
        ("sore", QT_TRANSLATE_NOOP("IntakeFields", "Sore")),
        ("sharp", QT_TRANSLATE_NOOP("IntakeFields", "Sharp")),
        ("stabbing", QT_TRANSLATE_NOOP("IntakeFields", "Stabbing")),
        ("burning", QT_TRANSLATE_NOOP("IntakeFields", "Burning")),
        ("throbbing", QT_TRANSLATE_NOOP("IntakeFields", "Throbbing")),
        ("shooting", QT_TRANSLATE_NOOP("IntakeFields", "Shooting")),
    ),
}

# Distances follow the unit switch; the placeholder says which unit is in use.
DISTANCES = (
    "running.weekly_distance",
    "running.previous_weekly_distance",
    "running.shoe_distance",
)

STEPS: tuple[tuple[str, str], ...] = (
    ("patient", QT_TRANSLATE_NOOP("IntakeFields", "Patient")),
    ("running", QT_TRANSLATE_NOOP("IntakeFields", "Running")),
    ("symptoms", QT_TRANSLATE_NOOP("IntakeFields", "Symptoms")),
    ("history", QT_TRANSLATE_NOOP("IntakeFields", "History and notes")),
    ("review", QT_TRANSLATE_NOOP("IntakeFields", "Review")),
)


def words(label: str) -> str:
    """A label of CHOICES, CHECKS or STEPS in the windows' language: the tables keep the
    English (they are read at import, before any translator), marked for lupdate."""
    return QCoreApplication.translate("IntakeFields", label)


def step_of(path: str) -> str:
    """The form step where a field (or a problem at that path) is shown."""
    head = path.split(".", 1)[0]
    if head in ("patient", "visit_date"):
        return "patient"
    if head in ("running", "symptoms"):
        return head
    return "history"


def field_of(path: str) -> str | None:
    """The form field a problem's path belongs to (the longest matching field path)."""
    while path:
        if path in FIELDS:
            return path
        path = path.rpartition(".")[0]
    return None


def _check_against_format() -> None:
    expected = {
        "patient.sex": fields.SEXES,
        "patient.language": KNOWN_LANGUAGES,
        "running.distance_unit": fields.DISTANCE_UNITS,
        "symptoms.side": fields.SIDES,
        "symptoms.swelling": fields.SWELLINGS,
        "symptoms.weight_bearing": fields.WEIGHT_BEARINGS,
        "symptoms.injury": fields.INJURIES,
        "running.recent_changes": fields.RECENT_CHANGES,
        "running.surfaces": fields.SURFACES,
        "symptoms.pain_character": fields.PAIN_CHARACTERS,
    }
    for path, values in expected.items():
        given = [value for value, _ in CHOICES.get(path, CHECKS.get(path, ())) if value is not None]
        if sorted(map(str, given)) != sorted(values):
            raise AssertionError(f"the form's choices for {path} differ from the format")


_check_against_format()
