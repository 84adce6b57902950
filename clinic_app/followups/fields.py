"""The value types the follow-up document adds to the intake's (follow-ups.md).

Every other field of `clinic-followup/1` is typed exactly as the intake's, from
`clinic_app.intake.fields`, so the two formats can never drift apart on a shared field.
"""

from typing import Annotated, Literal, get_args

from pydantic import PlainValidator, WithJsonSchema

# The intake's own checkers, so a follow-up refuses a value in the very words an intake does.
from clinic_app.intake.fields import _NUMBER_AS_WRITTEN, _choice, _number, refuse, shown

FollowUpFormatName = Literal["clinic-followup/1"]
FOLLOW_UP_FORMATS: tuple[str, ...] = get_args(FollowUpFormatName)

RunningStatusName = Literal["not_running", "walk_run", "easy_running", "full_training"]
RUNNING_STATUSES: tuple[str, ...] = get_args(RunningStatusName)
"""What the runner is doing now, from not running at all to full training."""

READINESS_CHECKS: tuple[str, ...] = (
    "walk_30_min_pain_free",
    "hop_10_pain_free",
    "calf_raises_20",
    "no_pain_next_morning",
)
"""The clinician's return-to-run checks, in the order follow-ups.md lists them (and the
order `missing` names them in). The Readiness model's fields are checked against it."""


def _format(value: object) -> str:
    if value not in FOLLOW_UP_FORMATS:
        hint = "; an intake is assessed with `clinic-intake assess`"
        raise refuse(
            f"unsupported format (got {shown(value)}); this reads {', '.join(FOLLOW_UP_FORMATS)}"
            + (hint if value == "clinic-intake/1" else "")
        )
    return str(value)


FollowUpFormat = Annotated[
    FollowUpFormatName,
    PlainValidator(_format),
    WithJsonSchema({"type": "string", "const": FOLLOW_UP_FORMATS[0]}),
]
RunningStatus = Annotated[
    RunningStatusName,
    PlainValidator(_choice(RUNNING_STATUSES)),
    WithJsonSchema({"type": "string", "enum": list(RUNNING_STATUSES)}),
]
RunMinutes = Annotated[
    float,
    PlainValidator(_number(0, 600)),
    _NUMBER_AS_WRITTEN,
    WithJsonSchema({"type": "number", "minimum": 0, "maximum": 600}),
]
