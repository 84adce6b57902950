"""Assessing one intake under rule set 2026.1."""

from clinic_app.intake import Intake
from clinic_app.rules.advice import ADVICE_RULES
from clinic_app.rules.model import Assessment, Flag, Rule
from clinic_app.rules.referral import REFERRAL_RULES
from clinic_app.rules.settings import RuleSettings

RULES_VERSION = "2026.1"
RULES: tuple[Rule, ...] = REFERRAL_RULES + ADVICE_RULES
DEFAULT_SETTINGS = RuleSettings()

# Each check beside its rule, read once: assessing runs every check for every intake.
_REFERRAL_CHECKS = tuple((rule.check, rule) for rule in REFERRAL_RULES)
_ADVICE_CHECKS = tuple((rule.check, rule) for rule in ADVICE_RULES)


def assess(intake: Intake, settings: RuleSettings | None = None) -> Assessment:
    """Every flag the intake raises, in reporting order.

    Referral flags come first, urgent before soon, each group in the table's order;
    advice flags follow in the table's order (rules.md).
    """
    settings = settings or DEFAULT_SETTINGS
    urgent: list[Flag] = []
    soon: list[Flag] = []
    for check, rule in _REFERRAL_CHECKS:
        evidence = check(intake, settings)
        if evidence is not None:
            flag = rule.flag(intake, evidence)
            (urgent if flag.urgency == "urgent" else soon).append(flag)
    advice = []
    for check, rule in _ADVICE_CHECKS:
        evidence = check(intake, settings)
        if evidence is not None:
            advice.append(rule.flag(intake, evidence))
    return Assessment(RULES_VERSION, (*urgent, *soon, *advice))
