"""The one way a command says "this input is invalid": exit 2, one line per problem."""

from collections.abc import Sequence


class InvalidInput(Exception):
    """Input that is refused; each line names the file and, where there is one, the field."""

    def __init__(self, lines: Sequence[str]) -> None:
        self.lines = tuple(lines)
        super().__init__("\n".join(self.lines))
