"""Reading one intake or follow-up document for a command, or refusing it with every
problem named."""

from clinic_app.cli.problems import InvalidInput
from clinic_app.followups import FollowUp, FollowUpInvalid, parse_follow_up
from clinic_app.intake import (
    DocumentUnreadable,
    Intake,
    IntakeInvalid,
    parse_intake,
    read_document,
)
from clinic_app.intake.reading import STDIN


def load_intake(source: str) -> Intake:
    """The validated intake in `source` (a path, or "-" for standard input)."""
    name = "stdin" if source == STDIN else source
    try:
        return parse_intake(read_document(source))
    except DocumentUnreadable as unreadable:
        raise InvalidInput([str(unreadable)]) from None
    except IntakeInvalid as invalid:
        raise InvalidInput([f"{name}: {problem}" for problem in invalid.problems]) from None


def load_follow_up(source: str) -> FollowUp:
    """The validated follow-up in `source` (a path, or "-" for standard input)."""
    name = "stdin" if source == STDIN else source
    try:
        return parse_follow_up(read_document(source))
    except DocumentUnreadable as unreadable:
        raise InvalidInput([str(unreadable)]) from None
    except FollowUpInvalid as invalid:
        raise InvalidInput([f"{name}: {problem}" for problem in invalid.problems]) from None
