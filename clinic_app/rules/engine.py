"""Assessing one intake under a rule set, chosen by version (2026.1 or 2027.1).

Both sets stay runnable because a stored assessment names the set that made it and a
clinician must be able to reproduce it (rules-2027.md). 2027.1 is 2026.1 with rules added
after each of its tables; nothing of 2026.1 changes.
"""

from dataclasses import dataclass, field

from clinic_app.intake import Intake
from clinic_app.rules.advice import ADVICE_RULES, ADVICE_RULES_2027
from clinic_app.rules.model import Assessment, Check, Flag, Rule
from clinic_app.rules.referral import REFERRAL_RULES
from clinic_app.rules.referral_2027 import REFERRAL_RULES_2027
from clinic_app.rules.settings import RuleSettings

NEWEST = "2027.1"
"""The set `clinic-intake assess` runs when no `--rules` is given."""
RULES_VERSION = NEWEST
"""The set the app assesses and stores new intakes with.

Still 2026.1: 2027.1's emergency tier does not yet reach the review queue, the care sheet,
the letter or the desk's alert (issue 17, parts 3 and 4), and an emergency flag must never
land where it would be shown as something less. It moves to NEWEST with them.
"""
DEFAULT_SETTINGS = RuleSettings()


@dataclass(frozen=True)
class RuleSet:
    """One version of the rules: its referral and advice tables, in reporting order."""

    version: str
    referral: tuple[Rule, ...]
    advice: tuple[Rule, ...]
    # Each check beside its rule, read once: assessing runs every check for every intake.
    _referral_checks: tuple[tuple[Check, Rule], ...] = field(init=False, repr=False)
    _advice_checks: tuple[tuple[Check, Rule], ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_referral_checks", tuple((r.check, r) for r in self.referral))
        object.__setattr__(self, "_advice_checks", tuple((r.check, r) for r in self.advice))

    @property
    def rules(self) -> tuple[Rule, ...]:
        return self.referral + self.advice

    def assess(self, intake: Intake, settings: RuleSettings) -> Assessment:
        """Every flag the intake raises: emergency, urgent, then soon, each group in table
        order, then advice in table order (rules.md, rules-2027.md)."""
        emergency: list[Flag] = []
        urgent: list[Flag] = []
        soon: list[Flag] = []
        groups = {"emergency": emergency, "urgent": urgent, "soon": soon}
        for check, rule in self._referral_checks:
            evidence = check(intake, settings)
            if evidence is not None:
                flag = rule.flag(intake, evidence)
                groups[flag.urgency or "soon"].append(flag)
        advice = []
        for check, rule in self._advice_checks:
            evidence = check(intake, settings)
            if evidence is not None:
                advice.append(rule.flag(intake, evidence))
        return Assessment(self.version, (*emergency, *urgent, *soon, *advice))


RULE_SETS: dict[str, RuleSet] = {
    "2026.1": RuleSet("2026.1", REFERRAL_RULES, ADVICE_RULES),
    "2027.1": RuleSet(
        "2027.1", REFERRAL_RULES + REFERRAL_RULES_2027, ADVICE_RULES + ADVICE_RULES_2027
    ),
}
RULES: tuple[Rule, ...] = RULE_SETS[RULES_VERSION].rules
"""The rules of the set the app uses (`RULES_VERSION`)."""


class UnknownRuleSet(ValueError):
    """A version no set of this app has; its message lists the ones there are."""


def rule_set(version: str) -> RuleSet:
    try:
        return RULE_SETS[version]
    except KeyError:
        known = ", ".join(RULE_SETS)
        raise UnknownRuleSet(f"no rule set {version!r}; this version has {known}") from None


def assess(
    intake: Intake, settings: RuleSettings | None = None, *, version: str = RULES_VERSION
) -> Assessment:
    """Every flag the intake raises under rule set `version`, in reporting order."""
    return rule_set(version).assess(intake, settings or DEFAULT_SETTINGS)
