"""The referral and advice rules, sets 2026.1 and 2027.1: pure functions over one intake."""

from clinic_app.rules.engine import RULES, RULES_VERSION, assess
from clinic_app.rules.model import Assessment, Evidence, Flag, Rule, Urgency
from clinic_app.rules.settings import RuleSettings

__all__ = [
    "RULES",
    "RULES_VERSION",
    "Assessment",
    "Evidence",
    "Flag",
    "Rule",
    "RuleSettings",
    "Urgency",
    "assess",
]
