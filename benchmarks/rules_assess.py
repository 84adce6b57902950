"""`rules_assess`: validating and assessing one document, over validating it alone.

The document is the complete example of intake-format.md, as JSON text: the form in
which `clinic-intake assess` and `import` receive a document. The floor decodes and
validates it; the subject does the same and then assesses it (seven flags fire, each
with its evidence and personal numbers). It runs the newest rule set, 2027.1, as
`clinic-intake assess` does; issue 17 set its guard at 1.75, 2027.1's eight extra checks
included.
"""

from benchmarks.harness import Figure, per_call
from clinic_app.intake import parse_document_text, parse_intake
from clinic_app.paths import resources_dir
from clinic_app.rules import assess
from clinic_app.rules.engine import NEWEST

TARGET = 1.75
NAME = "rules_assess"


def example_text() -> str:
    return (resources_dir() / "examples" / "maya-okafor.json").read_text(encoding="utf-8")


def measure(*, rounds: int, round_seconds: float) -> Figure:
    text = example_text()
    value, floor = per_call(
        lambda: assess(parse_intake(parse_document_text(text, NAME)), version=NEWEST),
        lambda: parse_intake(parse_document_text(text, NAME)),
        rounds=rounds,
        round_seconds=round_seconds,
    )
    return Figure(NAME, value * 1e6, floor * 1e6, TARGET, "µs")
