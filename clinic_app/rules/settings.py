"""The thresholds a clinic may change, with the defaults rules.md documents.

They are clinic settings (stored in the database once storage lands); the rules read
them only through this object, never as literals of their own.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class RuleSettings:
    """Thresholds of rule set 2026.1.

    persistent_pain_days: pain lasting more than this many days without improving is
        referred (`persistent_pain`).
    max_weekly_increase: the largest weekly rise in distance, as a fraction (0.10 is 10 %),
        before `load_spike` advises easing back; also the rise that counts as evidence
        for a suspected stress fracture.
    """

    persistent_pain_days: int = 3
    max_weekly_increase: float = 0.10

    def __post_init__(self) -> None:
        if type(self.persistent_pain_days) is not int or not 1 <= self.persistent_pain_days <= 365:
            raise ValueError(
                f"persistent_pain_days must be a whole number of days from 1 to 365 "
                f"(got {self.persistent_pain_days!r})"
            )
        if isinstance(self.max_weekly_increase, bool) or not (
            isinstance(self.max_weekly_increase, int | float) and 0 < self.max_weekly_increase <= 1
        ):
            raise ValueError(
                f"max_weekly_increase must be a fraction above 0 and at most 1, 0.10 for 10 % "
                f"(got {self.max_weekly_increase!r})"
            )
