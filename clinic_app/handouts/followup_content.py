"""What the follow-up sheet and the progress report say, as plain data for their layouts.

Kept apart from the modules that write them (followup_sheet.py, progress_report.py) and
those that lay them out (followup_render.py, progress_render.py), as content.py is for the
care sheet: the layouts read these without importing the writers, which call them.
"""

from dataclasses import dataclass

from clinic_app.handouts.charts import ChartSpec
from clinic_app.handouts.content import Footer, Letterhead, ReferralBox, Section


@dataclass(frozen=True)
class FollowUpSheet:
    """What the follow-up sheet says; `render_followup_sheet` lays it out."""

    language: str
    letterhead: Letterhead
    title: str
    patient: str
    visit: str
    first_visit: str
    emergency: ReferralBox | None
    referral: ReferralBox | None
    doing: Section
    chart_title: str
    chart_axis: str
    pain: tuple[tuple[str, float], ...]
    """(axis label, pain 0-10) at each visit up to this one."""
    plan: Section
    relief: Section
    help: Section
    footer: Footer

    def prose(self) -> tuple[str, ...]:
        """Every sentence written for the patient, in reading order (for reading-grade checks)."""
        return (
            *(self.emergency.prose() if self.emergency else ()),
            *(self.referral.prose() if self.referral else ()),
            *self.doing.prose(),
            *self.plan.prose(),
            *self.relief.prose(),
            *self.help.prose(),
        )


@dataclass(frozen=True)
class MeasureBlock:
    """One measure: its chart, its values as a table, and what the change means."""

    heading: str
    chart: ChartSpec
    columns: tuple[str, str]
    rows: tuple[tuple[str, str], ...]
    lines: tuple[str, ...]


@dataclass(frozen=True)
class ProgressReport:
    """What the progress report says; `render_progress_report` lays it out."""

    language: str
    letterhead: Letterhead
    title: str
    lines: tuple[str, ...]
    yours: Section
    plan: Section
    measures_heading: str
    measures: tuple[MeasureBlock, ...]
    distance: MeasureBlock
    plan_heading: str
    plan_columns: tuple[str, str, str, str]
    plan_rows: tuple[tuple[str, str, str, str], ...]
    footer: Footer
    clinician_language: str = ""
    """The language of the clinic's part (the letter language); "" when it is `language`."""

    def patient_prose(self) -> tuple[str, ...]:
        """The patient's part, in reading order (for reading-grade checks)."""
        return (*self.yours.prose(), *self.plan.prose())
