"""Quantities the rules derive from the answers, shared with the handout.

Where floating point could decide a threshold wrongly, the decimals the patient gave
decide it: a rise of exactly 10 % never fires "more than 10 %". The shoe-wear figures
are compared as written (482.8 >= 482.8 holds in floating point too).
"""

import math
from decimal import Decimal
from typing import Literal

from clinic_app.intake import Intake
from clinic_app.rules.settings import RuleSettings

ACUTE_INJURIES = frozenset({"twist", "fall", "impact"})
HIGH_RISK_SITES = ("inner_midfoot", "outer_midfoot", "big_toe_joint")
OTTAWA_FOOT_SITES = ("inner_midfoot", "outer_midfoot", "top_of_foot")

# Shoe wear guide: 300–500 miles, written in each unit as rules.md gives it
# (482.8 and 804.7 km), and compared in the patient's own unit.
# The figures are decimal-exact as floats compare them (482.8 >= 482.8 holds).
SHOE_CHECK_AT = {"mi": 300.0, "km": 482.8}
SHOE_REPLACE_AT = {"mi": 500.0, "km": 804.7}

ShoeWear = Literal["replace", "check"]


def exact(number: float) -> Decimal:
    """The decimal the number was written as (its shortest round-tripping form)."""
    return Decimal(repr(float(number)))


def weekly_increase(intake: Intake) -> float | None:
    """Last week's rise over the week before, as a fraction; None without a usual load."""
    previous = intake.running.previous_weekly_distance
    if previous is None or previous <= 0:
        return None
    return intake.running.weekly_distance / previous - 1


def rose_too_fast(intake: Intake, settings: RuleSettings) -> bool:
    """True when the weekly distance rose by more than the clinic's limit (10 %)."""
    running = intake.running
    previous, weekly = running.previous_weekly_distance, running.weekly_distance
    if previous is None or previous <= 0:
        return False
    ceiling = previous * (1 + settings.max_weekly_increase)
    if abs(weekly - ceiling) > 1e-6 * ceiling:
        return weekly > ceiling  # clear of the boundary: floating point decides it right
    return exact(weekly) > exact(previous) * (1 + exact(settings.max_weekly_increase))


def next_week_ceiling(intake: Intake, settings: RuleSettings) -> float | None:
    """The most to run next week: the usual load plus the limit, rounded half up to 0.1."""
    previous = intake.running.previous_weekly_distance
    if previous is None or previous <= 0:
        return None
    return ceiling_after(previous, settings)


def ceiling_after(weekly: float, settings: RuleSettings) -> float:
    """A week's distance plus the clinic's weekly limit, rounded half up to 0.1: the most
    to run the week after (the follow-up sheet's ceiling from the distance of its visit)."""
    ceiling = weekly * (1 + settings.max_weekly_increase)
    # Floating-point error here is ~1e-14; the 1e-9 nudge makes a true tie (20.5 -> 22.55)
    # round up, as people expect, without moving any value that is not a tie.
    return math.floor(ceiling * 10 + 0.5 + 1e-9) / 10


def as_percent(fraction: float, *, above: float | None = None) -> str:
    """37.1 for 0.3714…, 50 for 0.5: one decimal, or as many as it takes to stay above
    `above`, so a rise over the limit is never shown as equal to it (10.01 %)."""
    percent = fraction * 100
    if above is not None and percent < above * 100 + 0.05:  # one decimal could round down
        return f"{percent:.9f}".rstrip("0").removesuffix(".")
    return f"{percent:.1f}".removesuffix(".0")


def duration(days_since_onset: int | None, self_care_days: int | None) -> int:
    """The larger of days since onset and days of self-care; a missing one counts as 0."""
    return max(days_since_onset or 0, self_care_days or 0)


def shoe_distance_reached(intake: Intake) -> bool:
    """True when the main pair has reached the 300-mile guide (482.8 km)."""
    running = intake.running
    distance = running.shoe_distance
    return distance is not None and distance >= SHOE_CHECK_AT[running.distance_unit]


def shoe_wear(intake: Intake) -> ShoeWear | None:
    """ "replace" from 500 mi (804.7 km) or worn cushioning, "check" from 300 mi, else None."""
    running = intake.running
    distance = running.shoe_distance
    if running.shoe_cushioning_worn or (
        distance is not None and distance >= SHOE_REPLACE_AT[running.distance_unit]
    ):
        return "replace"
    return "check" if shoe_distance_reached(intake) else None


def high_risk_sites(intake: Intake) -> list[str]:
    """The marked regions where a stress fracture is at high risk of healing poorly."""
    return [site for site in intake.symptoms.locations if site in HIGH_RISK_SITES]


def age_at_visit(intake: Intake) -> int:
    """Whole years of age on the visit date: a birthday not yet reached does not count."""
    born, visit = intake.patient.date_of_birth, intake.visit_date
    return visit.year - born.year - int((visit.month, visit.day) < (born.month, born.day))
