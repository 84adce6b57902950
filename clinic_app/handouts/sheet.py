"""Choosing what the home-care sheet says to this patient (handouts.md, section by section).

Every number printed is computed here from the intake with the rules' own measures and
the thresholds the intake was assessed under, so the sheet and the flags never disagree.
Clinician-only flags (`energy_availability`) are dropped before anything is chosen.
"""

import math
from collections.abc import Callable
from datetime import date

from clinic_app.handouts.content import (
    CareSheet,
    FootDrawing,
    Footer,
    Letterhead,
    ReferralBox,
    Section,
    plain,
)
from clinic_app.handouts.text import DEFAULT_LANGUAGE, HandoutText, handout_text
from clinic_app.intake import Intake
from clinic_app.intake.regions import foot_map
from clinic_app.rules import Assessment, Flag, RuleSettings, Urgency
from clinic_app.rules.evidence import number
from clinic_app.rules.measures import (
    SHOE_CHECK_AT,
    SHOE_REPLACE_AT,
    as_percent,
    duration,
    next_week_ceiling,
    shoe_wear,
    weekly_increase,
)
from clinic_app.rules.model import URGENCY_RANK

# The shoe guide as a patient reads it: round figures in their own unit.
SHOE_GUIDE = {"mi": (300, 500), "km": (480, 800)}
assert all(
    abs(SHOE_GUIDE[unit][0] - SHOE_CHECK_AT[unit]) < 5
    and abs(SHOE_GUIDE[unit][1] - SHOE_REPLACE_AT[unit]) < 5
    for unit in SHOE_GUIDE
)

MIN_CEILING = 0.1
"""Below this, next week's ceiling is not a distance anyone can run: the sheet says to cut
back without a figure."""

LOW_FEELING = ("diabetes", "peripheral_neuropathy")
INFECTION = frozenset({"possible_infection", "spreading_redness"})
"""Flags after which the sheet says the foot may be infected: no massage, no heat."""
SHOE_ADVICE = frozenset({"worn_shoes", "single_pair", "shoe_fit"})
"""Advice flags about the runner's shoes: the socks sentence is printed with the first."""
WEAK_TENDON = frozenset({"tendon_rupture_risk"})
"""Flags after which the sheet gives no stretches: the Achilles may tear (MHRA, 2019)."""


def build_care_sheet(
    intake: Intake,
    assessment: Assessment,
    *,
    settings: RuleSettings | None = None,
    letterhead: Letterhead | None = None,
    printed_on: date,
    language: str = DEFAULT_LANGUAGE,
) -> CareSheet:
    """The sheet for one intake; `settings` must be those the assessment was made under."""
    text = handout_text(language)
    settings = settings or RuleSettings()
    letterhead = (letterhead or Letterhead()).printable()
    flags = tuple(flag for flag in assessment.flags if not flag.clinician_only)
    patient = intake.patient
    emergency, referral = referral_boxes(intake, flags, letterhead, text)
    return CareSheet(
        language=text.language,
        letterhead=letterhead,
        title=text("sheet.title"),
        patient=text("sheet.patient", name=plain(f"{patient.first_name} {patient.last_name}")),
        visit=text("sheet.visit", date=text.date(intake.visit_date)),
        referral=referral,
        where=_where(intake, text),
        drawing=FootDrawing(
            intake.symptoms.side,
            tuple(intake.symptoms.locations),
            text(f"where.drawing_{intake.symptoms.side}"),
            views=view_names(text),
        ),
        relief=relief_section(intake, flags, text),
        plan=_plan(intake, flags, settings, text),
        help=help_section(letterhead, text),
        footer=Footer(
            notice=text("footer.notice"),
            page_template=text.template("footer.page"),
            printed=text("footer.printed", date=text.date(printed_on)),
            rules=text("footer.rules", version=assessment.rules_version),
        ),
        emergency=emergency,
    )


def referral_boxes(
    intake: Intake, flags: tuple[Flag, ...], letterhead: Letterhead, text: HandoutText
) -> tuple[ReferralBox | None, ReferralBox | None]:
    """The emergency box and the "see a clinician" box, each None when it has no reason.

    The emergency box holds only the emergency reasons, so that it stays short enough to
    leave the letterhead (the patient's name) on the first page even in large print; the
    other reasons follow in the usual box, headed for the emergency team when there is an
    emergency (a patient told to go now is not then told "see a clinician today").
    """
    referral = [flag for flag in flags if flag.kind == "referral"]
    emergency = [flag for flag in referral if flag.urgency == "emergency"]
    others = [flag for flag in referral if flag.urgency != "emergency"]
    emergency_box = None
    if emergency:
        number = letterhead.emergency_number.strip()
        emergency_box = ReferralBox(
            urgency="emergency",
            heading=text("referral.emergency"),
            intro=text("referral.emergency_intro"),
            reasons=_reasons(emergency, intake, text),
            rest=text("referral.emergency_rest"),
            call=text("referral.emergency_call", number=number)
            if number
            else text("referral.emergency_call_local"),
        )
    if not others:
        return emergency_box, None
    urgency: Urgency = min(
        (flag.urgency for flag in others if flag.urgency is not None),
        key=URGENCY_RANK.__getitem__,
        default="soon",
    )
    box = ReferralBox(
        urgency=urgency,
        heading=text("referral.also" if emergency else f"referral.{urgency}"),
        intro=text("referral.also_intro" if emergency else "referral.intro"),
        reasons=_reasons(others, intake, text),
        rest=text("referral.rest"),
    )
    return emergency_box, box


def _reasons(flags: list[Flag], intake: Intake, text: HandoutText) -> tuple[str, ...]:
    """Each flag's reason in plain words, once each, in the flags' order."""
    reasons: list[str] = []
    for flag in flags:
        reason = _reason(flag, intake, text)
        if reason not in reasons:
            reasons.append(reason)
    return tuple(reasons)


def _reason(flag: Flag, intake: Intake, text: HandoutText) -> str:
    key = f"referral.reasons.{flag.code}"
    if not text.has(key):  # a rule newer than this translation: its title still says why
        return flag.title + "."
    days = duration(intake.days_since_onset, intake.symptoms.self_care_days)
    return text(key, days=text("units.day" if days == 1 else "units.days", count=days))


def view_names(text: HandoutText) -> tuple[tuple[str, str], ...]:
    """Each view of the foot drawing (by its name in regions.json) in the sheet's language."""
    return tuple((view.name, text(f"views.{view.name}")) for view in foot_map().views)


def _where(intake: Intake, text: HandoutText) -> Section:
    symptoms = intake.symptoms
    paragraphs = [
        text(f"where.{symptoms.side}"),
        text("where.marked", regions=text.regions(symptoms.locations)),
        text("where.pain_now", score=symptoms.pain_now),
    ]
    if symptoms.pain_worst is not None and symptoms.pain_worst != symptoms.pain_now:
        paragraphs.append(text("where.pain_worst", score=symptoms.pain_worst))
    return Section(heading=text("where.heading"), paragraphs=tuple(paragraphs))


def relief_section(intake: Intake, flags: tuple[Flag, ...], text: HandoutText) -> Section:
    if any(flag.urgency == "emergency" for flag in flags if flag.kind == "referral"):
        # Raising, cooling or wrapping a foot whose blood supply may be failing or whose
        # pressure may be building can harm it: emergency care comes first, no home care.
        return Section(heading=text("relief.heading"), cautions=(text("relief.emergency"),))
    codes = {flag.code for flag in flags}
    history = intake.history
    low_feeling = any(getattr(history, condition) for condition in LOW_FEELING)
    infection = bool(codes & INFECTION)
    weak_tendon = bool(codes & WEAK_TENDON)
    cautions = []
    if infection:
        cautions.append(text("relief.infection"))
    if low_feeling:
        cautions.append(text("relief.low_feeling"))
    if weak_tendon:
        cautions.append(text("relief.tendon"))
    bullets = [text("relief.rest"), text("relief.cold_short" if low_feeling else "relief.cold")]
    if not weak_tendon:  # every stretch of the list pulls on the Achilles
        bullets.append(text("relief.stretch"))
    if not infection:
        bullets.append(text("relief.massage"))
    bullets.append(text("relief.compression"))
    if not (infection or low_feeling):  # warmth: not on a foot that may be infected or numb
        bullets.append(text("relief.soak"))
    return Section(heading=text("relief.heading"), cautions=tuple(cautions), bullets=tuple(bullets))


def _plan(
    intake: Intake, flags: tuple[Flag, ...], settings: RuleSettings, text: HandoutText
) -> Section:
    """The running plan: warming up and stretching after every run, then the advice for
    this runner, then the general points.

    The socks sentence (both articles: breathable, sweat-absorbing, well-fitted socks cut
    the rubbing that causes blisters) goes with the shoe advice when a shoe flag fired,
    else it stands beside the warm-up. Both are paragraphs, not part of the general list,
    so a sheet laid out again without that list (render.py's page guard) still has them.
    """
    paused = any(flag.kind == "referral" for flag in flags)
    personal: list[str] = []
    socks_said = False
    for flag in flags:
        if flag.kind != "advice":
            continue
        advise = _ADVICE.get(flag.code)
        advice = advise(intake, settings, text) if advise else flag.action
        if flag.code in SHOE_ADVICE and not socks_said:
            advice = text.together(advice, text("plan.socks"))
            socks_said = True
        personal.append(advice)
    paragraphs = [text("plan.paused")] if paused else []
    weak_tendon = any(flag.code in WEAK_TENDON for flag in flags)
    paragraphs.append(text("plan.warm_up_no_stretch" if weak_tendon else "plan.warm_up"))
    if not socks_said:
        paragraphs.append(text("plan.socks"))
    return Section(
        heading=text("plan.heading"),
        paragraphs=tuple(paragraphs),
        bullets=tuple(personal),
        subheading=text("plan.prevention"),
        more_bullets=tuple(
            text(f"plan.{point}")
            for point in ("gradual", "strength", "flexible", "listen", "insoles")
        ),
    )


def _load_spike(intake: Intake, settings: RuleSettings, text: HandoutText) -> str:
    running = intake.running
    unit = text(f"units.{running.distance_unit}")
    rise = weekly_increase(intake)
    ceiling = next_week_ceiling(intake, settings)
    assert rise is not None  # the flag fires only with a usual load
    assert ceiling is not None
    note = text("plan.ceiling_note", limit=text.number(as_percent(settings.max_weekly_increase)))
    if ceiling < MIN_CEILING or not math.isfinite(rise):
        # A usual load of almost nothing (0.01 km) gives a ceiling of 0.0 and a rise of
        # thousands of percent: true to the formula, useless to the patient.
        steep = text(
            "plan.load_spike_steep", weekly=text.number(number(running.weekly_distance)), unit=unit
        )
        return text.together(steep, note)
    return text.together(
        text(
            "plan.load_spike",
            weekly=text.number(number(running.weekly_distance)),
            previous=text.number(number(running.previous_weekly_distance)),
            unit=unit,
            percent=text.number(as_percent(rise, above=settings.max_weekly_increase)),
        ),
        text("plan.ceiling", ceiling=text.number(f"{ceiling:.1f}"), unit=unit),
        note,
    )


def _worn_shoes(intake: Intake, settings: RuleSettings, text: HandoutText) -> str:
    running = intake.running
    unit = text(f"units.{running.distance_unit}")
    distance = running.shoe_distance
    on_them = text.number(number(distance))
    if shoe_wear(intake) == "check":
        first = text("plan.shoes_check", distance=on_them, unit=unit)
    elif not running.shoe_cushioning_worn:  # replace: the distance alone says so
        first = text("plan.shoes_replace", distance=on_them, unit=unit)
    elif distance is None:
        first = text("plan.shoes_worn")
    else:
        first = text("plan.shoes_worn_distance", distance=on_them, unit=unit)
    low, high = SHOE_GUIDE[running.distance_unit]
    return text.together(first, text("plan.shoes_guide", low=low, high=high, unit=unit))


def _fixed(key: str) -> Callable[[Intake, RuleSettings, HandoutText], str]:
    return lambda intake, settings, text: text(f"plan.{key}")


_ADVICE: dict[str, Callable[[Intake, RuleSettings, HandoutText], str]] = {
    "load_spike": _load_spike,
    "worn_shoes": _worn_shoes,
    **{
        code: _fixed(code)
        for code in (
            "single_pair",
            "shoe_fit",
            "hard_surfaces",
            "no_cross_training",
            "plantar_heel_pain",
            "growing_heel",
        )
    },
}


def help_section(letterhead: Letterhead, text: HandoutText) -> Section:
    phone = letterhead.phone.strip()
    return Section(
        heading=text("help.heading"),
        paragraphs=(text("help.intro"),),
        bullets=text.lines("help.items"),
        closing=(text("help.phone", phone=phone) if phone else text("help.no_phone"),),
    )
