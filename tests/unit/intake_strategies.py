"""Hypothesis strategies of valid intake documents, as varied as a clinic's: shared by the
import/export property (tests/cli) and the FHIR round trip (tests/unit, tests/cli)."""

from datetime import date, timedelta
from typing import Any

from hypothesis import strategies as st
from intake_documents import (
    DISTANCE_UNITS,
    INJURIES,
    PAIN_CHARACTERS,
    RECENT_CHANGES,
    REGIONS,
    SEXES,
    SIDES,
    SURFACES,
    SWELLINGS,
    WEIGHT_BEARINGS,
    document,
)

# What a person can type: no control characters (tab and line breaks are tried in
# tests/storage/test_transfer_commands.py) and no lone surrogates; validation refuses those.
TYPED = st.characters(blacklist_categories=("Cc", "Cs"))


NAMES = (
    "Maya",
    "Zoë",
    "Zoe\u0308",  # the same name, decomposed: must not be normalised on the way
    "Søren",
    "Nguyễn",
    "O'Neil",
    "  Ana María ",  # kept as written, spaces and all
    "李",
    "Ólafur-Jón",
    "🏃",
)
HISTORY_FLAGS = (
    "previous_stress_fracture",
    "diabetes",
    "peripheral_neuropathy",
    "low_bone_density",
    "irregular_periods",
    "restricted_eating",
)
SYMPTOM_FLAGS = (
    "pain_localized",
    "bone_point_tenderness",
    "numbness_or_tingling",
    "redness",
    "warmth",
    "fever",
    "worse_with_activity",
    "night_pain",
    "first_step_morning_pain",
)


def numbers(high: int) -> st.SearchStrategy[int | float]:
    """Whole numbers as ints, one-decimal floats, and any float in range."""
    return st.one_of(
        st.integers(0, high),
        st.integers(0, high * 10).map(lambda tenths: tenths / 10),
        st.floats(0, high, allow_nan=False, allow_infinity=False),
    )


@st.composite
def measures(draw: st.DrawFn) -> dict[str, Any]:
    """follow-ups.md's `measures`: PSFS activities as typed, totals as written, any left out."""
    activities = draw(
        st.lists(
            st.text(alphabet=TYPED, min_size=1, max_size=80).filter(str.strip),
            min_size=1,
            max_size=5,
            unique_by=lambda name: name.strip().casefold(),
        )
    )
    optional: dict[str, st.SearchStrategy[Any]] = {
        "psfs": st.one_of(
            st.none(),
            st.just([{"activity": name, "score": draw(st.integers(0, 10))} for name in activities]),
        ),
        "lefs_total": st.one_of(st.none(), st.integers(0, 80)),
        "faam_adl_percent": st.one_of(st.none(), numbers(100)),
        "faam_sports_percent": st.one_of(st.none(), numbers(100)),
    }
    return draw(st.fixed_dictionaries({}, optional=optional))


def unique(options: tuple[str, ...], min_size: int = 0) -> st.SearchStrategy[list[str]]:
    return st.lists(st.sampled_from(options), min_size=min_size, unique=True)


def shuffled(draw: st.DrawFn, value: Any) -> Any:
    """The value with the keys of every object in an order of the writer's choosing."""
    if isinstance(value, dict):
        keys = draw(st.permutations(list(value)))
        return {key: shuffled(draw, value[key]) for key in keys}
    return value


@st.composite
def valid_documents(draw: st.DrawFn) -> dict[str, Any]:
    visit = draw(st.dates(date(2000, 1, 1), date(2035, 12, 31)))
    pain_now = draw(st.integers(0, 10))
    overrides: dict[str, object] = {
        "visit_date": visit.isoformat(),
        "patient.first_name": draw(st.sampled_from(NAMES)),
        "patient.last_name": draw(st.sampled_from(NAMES)),
        "patient.date_of_birth": draw(st.dates(date(visit.year - 119, 1, 1), visit)).isoformat(),
        "running.weekly_distance": draw(numbers(400)),
        "symptoms.side": draw(st.sampled_from(SIDES)),
        "symptoms.locations": draw(unique(REGIONS, min_size=1)),
        "symptoms.pain_now": pain_now,
    }
    optional_text = st.text(alphabet=TYPED, max_size=30)
    maybe_bool = st.one_of(st.none(), st.booleans())
    optional: dict[str, st.SearchStrategy[Any]] = {
        "patient.sex": st.sampled_from(SEXES),
        "patient.phone": st.sampled_from((None, "", "555-0134", "+45 12 34 56 78")),
        "patient.email": st.sampled_from((None, "maya@example.org", "s.k@clinic.dk")),
        "patient.clinic_number": st.sampled_from((None, "P-10442", "00042", "Nº 7")),
        "running.distance_unit": st.sampled_from(DISTANCE_UNITS),
        "running.previous_weekly_distance": st.one_of(st.none(), numbers(400)),
        "running.years_running": st.one_of(st.none(), numbers(80)),
        "running.recent_changes": unique(RECENT_CHANGES),
        "running.surfaces": unique(SURFACES),
        "running.shoe_distance": st.one_of(st.none(), numbers(5000)),
        "running.shoe_pairs_in_rotation": st.one_of(st.none(), st.integers(1, 10)),
        "running.shoe_fit_problems": st.booleans(),
        "running.shoe_cushioning_worn": st.booleans(),
        "running.uses_orthotics": st.booleans(),
        "running.cross_training": st.booleans(),
        "running.stretches_after_running": maybe_bool,
        "symptoms.onset_date": st.one_of(
            st.none(),
            st.dates(visit - timedelta(days=400), visit).map(date.isoformat),
        ),
        "symptoms.pain_worst": st.one_of(st.none(), st.integers(pain_now, 10)),
        "symptoms.pain_character": unique(PAIN_CHARACTERS),
        "symptoms.swelling": st.sampled_from(SWELLINGS),
        "symptoms.weight_bearing": st.sampled_from(WEIGHT_BEARINGS),
        "symptoms.self_care_days": st.one_of(st.none(), st.integers(0, 365)),
        "symptoms.improving": maybe_bool,
        "symptoms.injury": st.sampled_from(INJURIES),
        **{f"symptoms.{name}": st.booleans() for name in SYMPTOM_FLAGS},
        **{f"history.{name}": st.booleans() for name in HISTORY_FLAGS},
        "history.medications": optional_text,
        "history.allergies": optional_text,
        "history.other_conditions": optional_text,
        # rules-2027.md's additions travel like every other field.
        "symptoms.foot_colour": st.sampled_from(("normal", "pale", "blue", "mottled")),
        "symptoms.morning_stiffness_minutes": st.one_of(st.none(), st.integers(0, 1440)),
        **{
            f"symptoms.{name}": st.booleans()
            for name in (
                "foot_cold",
                "pain_out_of_proportion",
                "redness_spreading",
                "feels_very_unwell",
                "open_wound",
            )
        },
        **{
            f"history.{name}": st.booleans()
            for name in (
                "other_joints_affected",
                "fluoroquinolone_recent",
                "unexplained_weight_loss",
                "cancer_history",
            )
        },
        "notes": st.text(alphabet=TYPED, max_size=60),
        # follow-ups.md's outcome measures, the first visit's baseline.
        "measures": measures(),
    }
    overrides.update(draw(st.fixed_dictionaries({}, optional=optional)))
    result = document(overrides)
    # The baseline's own optional fields may be left out too.
    for section, field in (("running", "cross_training"), ("symptoms", "improving")):
        if f"{section}.{field}" not in overrides and draw(st.booleans()):
            del result[section][field]
    return dict(shuffled(draw, result))
