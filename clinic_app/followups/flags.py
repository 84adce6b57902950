"""The follow-up flags of rule set 2027.1 (rules-2027.md, "Follow-up flags").

They compare a follow-up with the earlier visits of its course, so unlike the referral
rules they read more than one document: each is its description plus a pure check over
(the earlier visits, intake first; this follow-up) that cites its evidence in the house
style, `path = value (what it is compared with)`. Both are `kind: "follow_up"`, urgency
soon: they put the visit in the review queue, never replace the return-to-run plan.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction

from clinic_app.followups.model import FollowUp
from clinic_app.followups.scores import (
    MEASURES,
    Measure,
    Visit,
    change_between,
    json_number,
    psfs_change,
    score_of,
)
from clinic_app.intake.model import Intake
from clinic_app.rules.evidence import number
from clinic_app.rules.model import Evidence, Flag

WORSE_BY = 2
"""Points of NPRS (pain_now) above the previous visit that make `worse_since_last_visit`:
the NPRS's minimal important change."""
REVIEW_AFTER_DAYS = 42
"""Six weeks from the first visit: with no meaningful change by then, the plan is reviewed."""

NPRS_MIC_SOURCE = (
    "NPRS minimal important change of 2 points: Farrar et al., Pain 2001; "
    "Salaffi et al., Eur J Pain 2004"
)
MIC_SOURCES = (
    "Minimal important changes (follow-ups.md): NPRS Farrar 2001, Salaffi 2004; "
    "PSFS Stratford 1995, Horn 2012; LEFS Binkley 1999; FAAM Martin 2005"
)

EarlierVisits = Sequence[Intake | FollowUp]
FollowUpCheck = Callable[[EarlierVisits, FollowUp], Evidence | None]
"""None when the flag does not fire, else the answers that made it fire."""


@dataclass(frozen=True)
class FollowUpRule:
    """One follow-up flag: its fixed description and the check under it."""

    code: str
    title: str
    action: str
    source: str
    check: FollowUpCheck

    def flag(self, evidence: Evidence) -> Flag:
        return Flag(self.code, "follow_up", "soon", self.title, evidence, self.action, self.source)


def follow_up_rule(
    code: str, *, title: str, action: str, source: str
) -> Callable[[FollowUpCheck], FollowUpRule]:
    """Declare a follow-up flag: its description, and the check under it."""

    def declare(check: FollowUpCheck) -> FollowUpRule:
        return FollowUpRule(code, title, action, source, check)

    return declare


@follow_up_rule(
    "worse_since_last_visit",
    title="Pain is worse than at the last visit",
    action=(
        "Needs a clinician's review within a few days: pain has risen by 2 points or more "
        "since the last visit, the smallest change that matters to patients. Ask what changed "
        "(load, shoes, a new knock) and review the plan."
    ),
    source=NPRS_MIC_SOURCE,
)
def worse_since_last_visit(earlier: EarlierVisits, follow_up: FollowUp) -> Evidence | None:
    if not earlier:
        return None
    previous = earlier[-1]
    before, now = previous.symptoms.pain_now, follow_up.symptoms.pain_now
    if now - before < WORSE_BY:
        return None
    return (
        f"symptoms.pain_now = {now} ({before} at the previous visit, "
        f"{previous.visit_date.isoformat()}: up {now - before})",
    )


@follow_up_rule(
    "no_meaningful_change",
    title="No meaningful improvement after six weeks",
    action=(
        "Needs a clinician's review within a few days: six weeks or more into the course, no "
        "measure has improved by its minimal important change. Reconsider the diagnosis and "
        "the plan; imaging or a referral may be needed."
    ),
    source=MIC_SOURCES,
)
def no_meaningful_change(earlier: EarlierVisits, follow_up: FollowUp) -> Evidence | None:
    if not earlier:
        return None
    first = earlier[0]
    days = (follow_up.visit_date - first.visit_date).days
    if days < REVIEW_AFTER_DAYS:
        return None
    compared = []
    for measure in MEASURES:
        before, now = score_of(first, measure.name), score_of(follow_up, measure.name)
        if before is None or now is None:
            continue  # recorded at only one of the two visits: not a measure to judge by
        change = change_between(measure.name, first, follow_up)
        if change is not None and measure.improved_enough(change):
            return None
        compared.append(_compared(measure, now, before, change, first, follow_up))
    return (
        f"visit_date = {follow_up.visit_date.isoformat()} ({days} days after the first visit, "
        f"{first.visit_date.isoformat()})",
        *compared,
    )


def _compared(
    measure: Measure,
    now: Fraction,
    before: Fraction,
    change: Fraction | None,
    first: Visit,
    this: FollowUp,
) -> str:
    """One measure cited: its value now, at the first visit, and the change it needed."""
    needed = f"a {'rise' if measure.higher_is_better else 'fall'} of {measure.mic} is meaningful"
    if measure.name != "psfs":
        return (
            f"{measure.path} = {_shown(now)} ({_shown(before)} at the first visit: change "
            f"{_signed(change or Fraction(0))}; {needed})"
        )
    matched = psfs_change(first.measures.psfs or (), this.measures.psfs or ())
    if matched is None:
        return (
            f"measures.psfs = {_shown(now)} (mean; no activity rated at both this and the "
            f"first visit; {needed})"
        )
    change_on, count = matched
    return (
        f"measures.psfs = {_shown(now)} (mean; change {_signed(change_on)} on the {count} "
        f"{'activity' if count == 1 else 'activities'} rated at both this and the first "
        f"visit; {needed})"
    )


def _shown(value: Fraction) -> str:
    return number(json_number(value))


def _signed(value: Fraction) -> str:
    return f"+{_shown(value)}" if value > 0 else _shown(value)


FOLLOW_UP_RULES: tuple[FollowUpRule, ...] = (worse_since_last_visit, no_meaningful_change)
"""In rules-2027.md's order, which is the order they are reported in."""
