"""Made-up courses of care for the demo data: what happens after each made-up intake.

A course is told as a story drawn from its own generator: a baseline of outcome measures
for the first visit, then one to six follow-up visits (`clinic-followup/1` documents) a
week or three apart, and sometimes a clinician closing the course with a reason. Most
runners get better (pain falls, PSFS, LEFS and FAAM rise, running comes back stage by
stage); some stall, some get worse, and now and then a new warning sign turns up, so the
follow-up flags, the referral rules and the review queue all have work to do.

Only documents are made here: demo_data validates, assesses and stores them the way a
submitted follow-up is (services.followups.assess_visit), so a story that breaks the
format would fail there, loudly, not slip in.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from random import Random
from typing import Any, Literal

Trend = Literal["better", "stalled", "worse"]

MOST_FOLLOW_UPS = 6
# How many follow-ups a course has, 1 to 6: most runners come back once or twice (mean 2.5).
_VISIT_WEIGHTS = (0.3, 0.28, 0.18, 0.11, 0.07, 0.06)
_TRENDS: tuple[tuple[Trend, float], ...] = (("better", 0.72), ("stalled", 0.14), ("worse", 0.14))
_SUNDAY = 6
_CLOSE_AFTER_DAYS = 21
"""A course whose last visit is older than this may have been closed by a clinician."""
_CLOSED_SHARE = 0.12
"""Of those, the share a clinician closed: a few, about one course in ten of all."""
_CLOSE_REASONS: dict[Trend, tuple[str, ...]] = {
    "better": (
        "Discharged: back to full training",
        "Discharged: goals met, home exercises to keep up",
        "Discharged: managing well on their own",
    ),
    "stalled": ("Did not come back; letter sent", "Referred on for imaging"),
    "worse": ("Referred on to a sports medicine doctor", "Referred on to podiatry"),
}
_ACTIVITIES = (
    "running 5 km",
    "stairs",
    "walking the dog",
    "hopping",
    "running downhill",
    "standing at work",
    "jumping",
    "walking barefoot",
    "parkrun",
    "hill repeats",
)
_STATUSES = ("not_running", "walk_run", "easy_running", "full_training")
_NOTES = ("", "", "", "", "Doing the calf exercises most days.", "New shoes since last visit.")


@dataclass(frozen=True)
class CourseStory:
    """What happens in one course after its first visit."""

    baseline: dict[str, Any] | None
    """The first visit's `measures` (None: none recorded)."""
    follow_ups: tuple[dict[str, Any], ...]
    """The follow-up documents, in date order, each after the one before."""
    close_reason: str | None
    """Why a clinician closed the course after its last visit; None while it is open."""


def course_story(random: Random, intake: dict[str, Any], today: date) -> CourseStory:
    """The course that follows the intake document `intake`, up to `today`.

    Every course has one to six follow-ups, except one whose first visit leaves no
    working day before `today` (a visit of today has no follow-up yet: the demo never
    invents the future).
    """
    chance = random.random
    started = date.fromisoformat(intake["visit_date"])
    dates = _visit_dates(random, started, today)
    baseline = _baseline(random) if chance() < 0.75 else None
    trend = _pick(random, _TRENDS)
    symptoms = intake["symptoms"]
    running = intake["running"]
    unit = running["distance_unit"]
    usual = running.get("previous_weekly_distance", running["weekly_distance"])
    pain = int(symptoms["pain_now"])
    status = 0 if pain >= 5 else int(chance() < 0.5)
    measures = baseline or _baseline(random)  # the values later visits move on from
    previous_pain = pain
    documents = []
    for visit in dates:
        pain = _next_pain(random, trend, pain)
        status = _next_status(random, status, pain, previous_pain)
        measures = _moved(random, trend, measures)
        document: dict[str, Any] = {
            "format": "clinic-followup/1",
            "patient": {
                key: intake["patient"][key]
                for key in ("first_name", "last_name", "date_of_birth", "clinic_number")
            },
            "visit_date": visit.isoformat(),
            "course_started": started.isoformat(),
            "symptoms": _symptoms(random, symptoms, pain, trend),
            "running": _running(random, _STATUSES[status], unit, usual),
        }
        shown = {name: value for name, value in measures.items() if chance() < 0.8}
        if _STATUSES[status] == "not_running":
            shown["readiness"] = _readiness(random, pain)
        if shown:
            document["measures"] = shown
        note = _NOTES[int(chance() * len(_NOTES))]
        if note:
            document["notes"] = note
        documents.append(document)
        previous_pain = pain
    close_reason = None
    if dates and (today - dates[-1]).days > _CLOSE_AFTER_DAYS and chance() < _CLOSED_SHARE:
        reasons = _CLOSE_REASONS[trend]
        close_reason = reasons[int(chance() * len(reasons))]
    return CourseStory(baseline, tuple(documents), close_reason)


def _pick(random: Random, weighted: tuple[tuple[Trend, float], ...]) -> Trend:
    roll = random.random()
    for value, weight in weighted:
        if roll < weight:
            return value
        roll -= weight
    return weighted[-1][0]


def _visit_dates(random: Random, started: date, today: date) -> list[date]:
    """One to six working days after `started`, up to `today`, a week or three apart
    (squeezed into the days left when the course began lately)."""
    roll, wanted = random.random(), 1
    for weight in _VISIT_WEIGHTS:
        if roll < weight:
            break
        roll -= weight
        wanted += 1
    wanted = min(wanted, MOST_FOLLOW_UPS)
    dates: list[date] = []
    visit = started
    for _ in range(wanted):
        left = (today - visit).days
        if left < 1:
            break
        gap = 6 + int(random.random() * 16)
        if gap > left:
            gap = 1 + int(random.random() * left)
        candidate = visit + timedelta(days=gap)
        if candidate.weekday() == _SUNDAY:  # the clinic is closed: the day before or after
            earlier, later = candidate - timedelta(days=1), candidate + timedelta(days=1)
            candidate = later if later <= today else earlier
            if candidate <= visit:
                break
        dates.append(candidate)
        visit = candidate
    return dates


def _baseline(random: Random) -> dict[str, Any]:
    chance = random.random
    activities = random.sample(_ACTIVITIES, 1 + int(chance() * 3))
    measures: dict[str, Any] = {
        "psfs": [{"activity": name, "score": 1 + int(chance() * 6)} for name in activities],
        "lefs_total": 25 + int(chance() * 36),
        "faam_adl_percent": round(40 + chance() * 40, 1),
    }
    if chance() < 0.5:
        measures["faam_sports_percent"] = round(20 + chance() * 40, 1)
    return measures


def _moved(random: Random, trend: Trend, measures: dict[str, Any]) -> dict[str, Any]:
    """The measures at the next visit: up when getting better, down when worse."""
    chance = random.random
    low, high = {"better": (0, 3), "stalled": (-1, 1), "worse": (-2, 0)}[trend]

    def step(scale: float) -> float:
        return (low + chance() * (high - low)) * scale

    moved: dict[str, Any] = {
        "psfs": [
            {"activity": item["activity"], "score": _within(item["score"] + round(step(1)), 10)}
            for item in measures["psfs"]
        ],
        "lefs_total": _within(measures["lefs_total"] + round(step(3)), 80),
        "faam_adl_percent": round(min(100.0, max(0.0, measures["faam_adl_percent"] + step(3))), 1),
    }
    if "faam_sports_percent" in measures:
        sports = measures["faam_sports_percent"] + step(4)
        moved["faam_sports_percent"] = round(min(100.0, max(0.0, sports)), 1)
    return moved


def _within(value: int, highest: int) -> int:
    return min(highest, max(0, value))


def _next_pain(random: Random, trend: Trend, pain: int) -> int:
    steps = {"better": (0, -1, -1, -2, -2, -3), "stalled": (-1, 0, 0, 1), "worse": (0, 1, 2, 2, 3)}
    options = steps[trend]
    return _within(pain + options[int(random.random() * len(options))], 10)


def _next_status(random: Random, status: int, pain: int, previous_pain: int) -> int:
    """Running comes back as pain settles, and is cut back when it flares."""
    if pain >= 5:
        return 0
    if pain - previous_pain >= 2:
        return max(0, status - 1)
    if pain <= 2 and random.random() < 0.45:
        return min(len(_STATUSES) - 1, status + 1)
    return status


def _symptoms(random: Random, intake: dict[str, Any], pain: int, trend: Trend) -> dict[str, Any]:
    chance = random.random
    symptoms: dict[str, Any] = {
        "side": intake["side"],
        "locations": intake["locations"],
        "pain_now": pain,
        "improving": {"better": True, "stalled": None, "worse": False}[trend],
    }
    # Now and then something new that a clinician must see, rarely an emergency.
    roll = chance()
    if roll < 0.0005:
        symptoms["foot_colour"] = "pale"
    elif roll < 0.004:
        symptoms["weight_bearing"] = "unable"
    elif roll < 0.015:
        symptoms["numbness_or_tingling"] = True
    return symptoms


def _running(random: Random, status: str, unit: str, usual: float) -> dict[str, Any]:
    chance = random.random
    share, minutes = {
        "not_running": (0.0, None),
        "walk_run": (0.15 + chance() * 0.2, 15 + int(chance() * 20)),
        "easy_running": (0.35 + chance() * 0.3, 25 + int(chance() * 25)),
        "full_training": (0.7 + chance() * 0.4, 40 + int(chance() * 60)),
    }[status]
    running: dict[str, Any] = {
        "status": status,
        "weekly_distance": round(min(400.0, usual * share), 1),
        "distance_unit": unit,
    }
    if minutes is not None:
        running["longest_run_minutes"] = minutes
    return running


def _readiness(random: Random, pain: int) -> dict[str, bool | None]:
    """The clinician's checks: passed more often as pain settles; now and then not done."""
    chance = random.random
    passes = 0.9 if pain <= 2 else 0.4
    return {
        check: None if chance() < 0.05 else chance() < passes
        for check in ("walk_30_min_pain_free", "hop_10_pain_free", "calf_raises_20")
    } | {"no_pain_next_morning": chance() < passes}
