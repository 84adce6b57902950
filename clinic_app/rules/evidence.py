"""Evidence as `field = value`: the dotted path of an answer and the answer itself.

Rules pass the value they already read, so citing costs one string format. A property
test reads every cited path back from the document and checks the value shown is the
one the patient gave, so a flag can never cite a field that does not exist or a value
that was not given.
"""

from datetime import date
from functools import reduce

from clinic_app.intake import Intake


def value_at(intake: Intake, path: str) -> object:
    """The value of the field at a dotted path such as `symptoms.pain_now`."""
    return reduce(getattr, path.split("."), intake)


def cite(path: str, value: object, note: str = "") -> str:
    """`symptoms.fever = true`, with an optional note in brackets after it."""
    if note:
        return f"{path} = {show_value(value)} ({note})"
    return f"{path} = {show_value(value)}"


def show_value(value: object) -> str:
    """A field's value as a clinician reads it: true, 48, 2026-11-12, [heel, arch]."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return "null"
    if isinstance(value, str | int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "[" + ", ".join(map(show_value, value)) + "]"
    return str(value)
