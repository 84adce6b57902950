"""`rules_assess`: validating and assessing one document, over validating it alone.

The document is the intake-format example with answers added so that referral and
advice rules fire, with evidence to build: the work a real assessment does.
"""

import json

from benchmarks.harness import Figure, per_call
from clinic_app.intake import parse_intake
from clinic_app.paths import resources_dir
from clinic_app.rules import assess

TARGET = 1.5


def busy_document() -> dict[str, object]:
    document: dict[str, object] = json.loads(
        (resources_dir() / "examples" / "maya-okafor.json").read_text(encoding="utf-8")
    )
    symptoms = document["symptoms"]
    assert isinstance(symptoms, dict)
    symptoms.update(
        locations=["heel", "arch", "inner_midfoot"],
        pain_character=["aching", "sharp"],
        pain_localized=True,
        bone_point_tenderness=True,
        night_pain=True,
    )
    return document


def measure(*, rounds: int, round_seconds: float) -> Figure:
    document = busy_document()
    value, floor = per_call(
        lambda: assess(parse_intake(document)),
        lambda: parse_intake(document),
        rounds=rounds,
        round_seconds=round_seconds,
    )
    return Figure("rules_assess", value * 1e6, floor * 1e6, TARGET, "µs")
