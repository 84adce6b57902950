"""Evidence as `field = value`: the dotted path of an answer and the answer itself.

Rules write their evidence as literal text ("symptoms.fever = true") or one f-string
with the helpers below, so each rule shows exactly what it cites. A property test reads
every cited path back from the document and checks the value shown is the one the
patient gave: a flag can never cite a field that does not exist or a value not given.
"""

from collections.abc import Sequence
from datetime import date


def number(value: float | None) -> str:
    """48, 48.5 (never 48.0); null when not given."""
    if value is None:
        return "null"
    return str(int(value)) if float(value).is_integer() else repr(value)


def listed(values: Sequence[str]) -> str:
    """[heel, arch]: a list of the document's choices, as a clinician reads it."""
    return "[" + ", ".join(values) + "]"


def show_value(value: object) -> str:
    """Any answer as a clinician reads it: true, 48, 2026-11-12, [heel, arch], null."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return number(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "[" + ", ".join(map(show_value, value)) + "]"
    return str(value)
