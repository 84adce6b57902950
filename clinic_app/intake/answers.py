"""Reading one answer out of an intake document by its dotted path (`symptoms.fever`).

Pure: the form, the review pane and the command line all ask "what does this document
say at this path?", and "not given" (MISSING) is a different answer from null (None).
"""

from collections.abc import Mapping
from typing import Any


class _Missing:
    """An answer not given: left out of the document (unlike None, which is null)."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


def answer_at(document: Mapping[str, Any], path: str) -> object:
    """The answer at a dotted path, or MISSING when the document does not give one."""
    value: object = document
    for part in path.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return MISSING
        value = value[part]
    return value
