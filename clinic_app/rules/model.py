"""What the rules produce: flags and the assessment that holds them.

A flag is frozen the moment it is made: storage keeps it exactly as assessed, with the
rule-set version, so a later change of rules never rewrites what a clinician saw.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple, get_args

from clinic_app.intake import Intake
from clinic_app.rules.settings import RuleSettings

Urgency = Literal["emergency", "urgent", "soon"]
Kind = Literal["referral", "advice", "follow_up"]
"""`follow_up`: a flag that compares a follow-up visit with the earlier visits of its
course (rules-2027.md, follow-ups.md). An intake's assessment never has one."""

URGENCIES: tuple[Urgency, ...] = get_args(Urgency)
"""Every urgency, most urgent first: the one order of urgency, read from the Literal.

An assessment's highest urgency, the rank the review queue is stored and sorted by, and
the order of the review pane's flags all follow it, imported rather than restated.
"""
URGENCY_RANK: dict[str, int] = {
    urgency: rank - URGENCIES.index("urgent") for rank, urgency in enumerate(URGENCIES)
}
"""An urgency's place in `URGENCIES`, smaller the more urgent: emergency -1, urgent 0,
soon 1. Keyed by text, so a stored urgency looks itself up; no urgency is not in it and
sorts after every one. Databases already hold urgent 0 and soon 1 (intakes.urgency_rank),
so emergency, added in rule set 2027.1, sits below them rather than renumbering them."""


Evidence = tuple[str, ...]
Check = Callable[[Intake, RuleSettings], Evidence | None]
"""A rule's criterion: None when it does not fire, else the answers that made it fire."""

UrgencyFor = Callable[[Intake], Urgency]


@dataclass(frozen=True)
class Rule:
    """One rule of the set: its fixed description and the pure check behind it.

    `urgency_for` is given only by a rule whose urgency depends on the answers (a stress
    fracture at a high-risk site is urgent, elsewhere soon); it runs only when it fires.
    """

    code: str
    kind: Kind
    urgency: Urgency | None
    title: str
    action: str
    source: str
    check: Check
    clinician_only: bool = False
    urgency_for: UrgencyFor | None = None

    def flag(self, intake: Intake, evidence: Evidence) -> "Flag":
        """The flag this rule raises for an intake it fired on."""
        # Built in one C call rather than through NamedTuple's Python-level __new__:
        # this is an assessment's hot path.
        return tuple.__new__(
            Flag,
            (
                self.code,
                self.kind,
                self.urgency_for(intake) if self.urgency_for else self.urgency,
                self.title,
                evidence,
                self.action,
                self.source,
                self.clinician_only,
            ),
        )


class Flag(NamedTuple):
    """A rule that fired for one intake, with why and what it rests on.

    Immutable; a NamedTuple rather than a frozen dataclass because an assessment makes
    many of them and it is several times cheaper to build.
    """

    code: str
    kind: Kind
    urgency: Urgency | None
    title: str
    evidence: tuple[str, ...]
    action: str
    source: str
    clinician_only: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "kind": self.kind,
            "urgency": self.urgency,
            "title": self.title,
            "evidence": list(self.evidence),
            "action": self.action,
            "source": self.source,
        }


class Assessment(NamedTuple):
    """The flags of one intake under one version of the rule set, in reporting order.

    Immutable, and a NamedTuple like `Flag` because one is made per assessment.
    """

    rules_version: str
    flags: tuple[Flag, ...]

    @property
    def referral_flags(self) -> tuple[Flag, ...]:
        return tuple(flag for flag in self.flags if flag.kind == "referral")

    @property
    def advice_flags(self) -> tuple[Flag, ...]:
        return tuple(flag for flag in self.flags if flag.kind == "advice")

    @property
    def follow_up_flags(self) -> tuple[Flag, ...]:
        return tuple(flag for flag in self.flags if flag.kind == "follow_up")

    @property
    def referral_recommended(self) -> bool:
        """A referral flag fired, or (at a follow-up) a follow-up flag: both need a clinician."""
        return any(flag.kind != "advice" for flag in self.flags)

    @property
    def highest_urgency(self) -> Urgency | None:
        return min(
            (
                flag.urgency
                for flag in self.flags
                if flag.kind != "advice" and flag.urgency is not None
            ),
            key=URGENCY_RANK.__getitem__,
            default=None,
        )

    def to_json(self) -> dict[str, Any]:
        """The JSON of `clinic-intake assess --json`, as rules.md gives it."""
        return {
            "rules_version": self.rules_version,
            "referral_recommended": self.referral_recommended,
            "highest_urgency": self.highest_urgency,
            "flags": [flag.to_json() for flag in self.flags],
        }
