"""The thresholds a clinic may change, with the defaults rules.md documents.

They are clinic settings, stored in the database (services/clinic_settings.py) so every
desk shares them; the rules read them only through this object, never as literals of
their own.
"""

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

# Bounds that keep a mistyped setting from silencing a rule; rules.md sets no others.
MAX_PERSISTENT_PAIN_DAYS = 365  # the intake's own limit for self_care_days
MAX_WEEKLY_INCREASE = 10.0  # a tenfold rise: far past any sensible limit


@dataclass(frozen=True)
class RuleSettings:
    """Thresholds of rule sets 2026.1 and 2027.1 (2027.1 adds none).

    persistent_pain_days: pain lasting more than this many days without improving is
        referred (`persistent_pain`).
    max_weekly_increase: the largest weekly rise in distance, as a fraction (0.10 is 10 %),
        before `load_spike` advises easing back; also the rise that counts as evidence
        for a suspected stress fracture.
    """

    persistent_pain_days: int = 3
    max_weekly_increase: float = 0.10

    def __post_init__(self) -> None:
        days = self.persistent_pain_days
        if type(days) is not int or not 0 <= days <= MAX_PERSISTENT_PAIN_DAYS:
            raise ValueError(
                f"persistent_pain_days must be a whole number of days from 0 to "
                f"{MAX_PERSISTENT_PAIN_DAYS} (got {days!r})"
            )
        increase = self.max_weekly_increase
        if isinstance(increase, bool) or not (
            isinstance(increase, int | float) and 0 <= increase <= MAX_WEEKLY_INCREASE
        ):
            raise ValueError(
                f"max_weekly_increase must be a fraction from 0 to {MAX_WEEKLY_INCREASE:g}, "
                f"0.10 for 10 % (got {increase!r})"
            )

    def to_json(self) -> dict[str, Any]:
        """The thresholds as stored beside every assessment: one key per field, in field
        order, each value as given (so the stored text is the same as it always was)."""
        return {field.name: getattr(self, field.name) for field in fields(self)}

    @classmethod
    def from_json(cls, data: object) -> "RuleSettings":
        """The thresholds `to_json` gave, read back from decoded JSON.

        Anything else (not an object, a threshold missing, a value out of bounds) is a
        ValueError that says what, since stored data can be damaged; keys it does not
        know are left alone.
        """
        if not isinstance(data, Mapping):
            raise ValueError(f"rule settings must be a JSON object (got {type(data).__name__})")
        missing = [field.name for field in fields(cls) if field.name not in data]
        if missing:
            raise ValueError(f"rule settings lack {', '.join(missing)}")
        return cls(**{field.name: data[field.name] for field in fields(cls)})
