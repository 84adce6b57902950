"""The outcome measures of one visit, in exact arithmetic, and how their numbers print.

follow-ups.md computes changes "in exact decimals": 2.6 → 4.6 is a change of 2 and passes
a MIC of 2, which floating point (1.9999999999999996) would fail. Each recorded number
is taken as the decimal it was written as (its shortest round-tripping form, as
`rules.measures.exact` does for distances) and held as a `Fraction`: a Decimal cannot
hold the mean of three PSFS activities (20/3) exactly, a Fraction can, so no MIC
decision ever rests on a rounded value.

How a number prints in JSON (`json_number`), one rule everywhere:

- a whole value prints as an integer: 7, -3, 0 (never 7.0, whatever was written: a
  FAAM of 80.0 scores 80);
- any other value prints as the shortest decimal that reads back as the nearest double:
  a terminating decimal prints exactly as it is (6.5, never 6.50; -0.4; 2.25), and a
  mean without a finite decimal (20/3) prints as 6.666666666666667, the double nearest
  to it, so a reader comparing with its own mean finds the same number.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Literal, Protocol

from clinic_app.intake.model import Measures, PsfsActivity, Symptoms

MeasureName = Literal["nprs", "psfs", "lefs", "faam_adl", "faam_sports"]


@dataclass(frozen=True)
class Measure:
    """One outcome measure: its name in JSON, where a visit records it, and its MIC."""

    name: MeasureName
    path: str
    """The dotted path of the document's answer (the PSFS's value is its activities' mean)."""
    title: str
    higher_is_better: bool
    mic: int
    """The minimal important change: an improvement by at least this much is meaningful."""
    source: str

    def improved_enough(self, change: Fraction) -> bool:
        """True when a change (latest minus earliest) is an improvement of at least the MIC:
        a fall of the MIC for NPRS, a rise of it for the others."""
        return change >= self.mic if self.higher_is_better else change <= -self.mic


MEASURES: tuple[Measure, ...] = (
    Measure("nprs", "symptoms.pain_now", "Pain now (NPRS)", False, 2, "Farrar 2001; Salaffi 2004"),
    Measure(
        "psfs",
        "measures.psfs",
        "Patient-Specific Functional Scale",
        True,
        2,
        "Stratford 1995; Horn 2012",
    ),
    Measure(
        "lefs",
        "measures.lefs_total",
        "Lower Extremity Functional Scale",
        True,
        9,
        "Binkley 1999",
    ),
    Measure(
        "faam_adl",
        "measures.faam_adl_percent",
        "Foot and Ankle Ability Measure, daily living",
        True,
        8,
        "Martin 2005",
    ),
    Measure(
        "faam_sports",
        "measures.faam_sports_percent",
        "Foot and Ankle Ability Measure, sports",
        True,
        9,
        "Martin 2005",
    ),
)
"""follow-ups.md's table of measures, in its order (the order progress lists them in)."""
MEASURE_BY_NAME: dict[str, Measure] = {measure.name: measure for measure in MEASURES}


class Visit(Protocol):
    """What progress reads of a visit: an intake (the first visit) or a follow-up."""

    @property
    def symptoms(self) -> Symptoms: ...

    @property
    def measures(self) -> Measures: ...


def exact(value: float) -> Fraction:
    """The exact value a number of the document was written as (2.6 is 13/5, not the
    double nearest to it)."""
    if isinstance(value, int):
        return Fraction(value)
    return Fraction(Decimal(repr(float(value))))


def json_number(value: Fraction) -> int | float:
    """A score or a change as JSON prints it: see the module's docstring."""
    if value.denominator == 1:
        return int(value)
    return float(value)


def activity_key(activity: str) -> str:
    """How PSFS activities are matched from visit to visit: trimmed, case-insensitive."""
    return activity.strip().casefold()


def psfs_mean(activities: Sequence[PsfsActivity]) -> Fraction:
    """The PSFS score of one visit: the mean of its activities' ratings."""
    return Fraction(sum(item.score for item in activities), len(activities))


def psfs_change(
    earliest: Sequence[PsfsActivity], latest: Sequence[PsfsActivity]
) -> tuple[Fraction, int] | None:
    """The PSFS change and how many activities it rests on: the mean, over the activities
    rated at both visits, of latest minus earliest. None when no activity was rated at both:
    an activity rated at only one of them does not count (follow-ups.md)."""
    before = {activity_key(item.activity): item.score for item in earliest}
    differences = [
        item.score - before[key]
        for item in latest
        if (key := activity_key(item.activity)) in before
    ]
    if not differences:
        return None
    return Fraction(sum(differences), len(differences)), len(differences)


def score_of(visit: Visit, measure: MeasureName) -> Fraction | None:
    """A visit's value of one measure, or None when the visit did not record it."""
    measures = visit.measures
    if measure == "nprs":
        return Fraction(visit.symptoms.pain_now)
    if measure == "psfs":
        return None if measures.psfs is None else psfs_mean(measures.psfs)
    if measure == "lefs":
        return None if measures.lefs_total is None else Fraction(measures.lefs_total)
    given = measures.faam_adl_percent if measure == "faam_adl" else measures.faam_sports_percent
    return None if given is None else exact(given)


def scores(visit: Visit) -> dict[MeasureName, Fraction]:
    """Every measure the visit recorded, in the order of `MEASURES`; NPRS always."""
    found = {measure.name: score_of(visit, measure.name) for measure in MEASURES}
    return {name: value for name, value in found.items() if value is not None}


def scores_json(visit: Visit) -> dict[str, int | float]:
    """`scores` of `followup assess --json`: `{"nprs": 3, "psfs": 6.5}`; a measure the
    visit did not record is left out, as progress leaves out a measure never recorded."""
    return {name: json_number(value) for name, value in scores(visit).items()}


def change_between(measure: MeasureName, earliest: Visit, latest: Visit) -> Fraction | None:
    """Latest minus earliest of one measure recorded at both visits (PSFS by matched
    activities); None when either did not record it, or no PSFS activity matched."""
    if measure == "psfs":
        before, after = earliest.measures.psfs, latest.measures.psfs
        if before is None or after is None:
            return None
        matched = psfs_change(before, after)
        return None if matched is None else matched[0]
    first, last = score_of(earliest, measure), score_of(latest, measure)
    if first is None or last is None:
        return None
    return last - first
