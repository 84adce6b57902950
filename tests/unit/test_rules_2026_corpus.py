"""Rule set 2026.1 keeps giving, byte for byte, the answers it gave before 2027.1 was added.

tests/data/rules-2026.1-corpus.jsonl holds 400 varied documents (drawn once from the
property tests' `intake_documents` strategy, at commit 1f86973, before any 2027.1 work) and
the exact `clinic-intake assess --json` text 2026.1 gave for each. It is data, never to be
regenerated: a change to 2026.1's answers shows up here as a failure, not as a new corpus.
"""

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from clinic_app.intake import parse_intake
from clinic_app.rules import assess
from clinic_app.rules.engine import RULE_SETS

CORPUS = Path(__file__).resolve().parents[1] / "data" / "rules-2026.1-corpus.jsonl"


def cases() -> list[dict[str, Any]]:
    with CORPUS.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def test_the_corpus_covers_every_2026_rule() -> None:
    # A corpus that never fired a rule could not notice that rule changing.
    fired = {flag["code"] for case in cases() for flag in json.loads(case["assess_json"])["flags"]}
    assert {rule.code for rule in RULE_SETS["2026.1"].rules} <= fired


def test_every_document_gives_the_same_json_as_before() -> None:
    changed = [
        number
        for number, case in enumerate(cases())
        if json.dumps(assess(parse_intake(case["document"]), version="2026.1").to_json(), indent=2)
        != case["assess_json"]
    ]
    assert changed == [], f"{len(changed)} documents now assess differently, first {changed[:5]}"


@pytest.mark.parametrize("number", [0, 57, 199, 333])
def test_the_command_line_prints_the_same_bytes(number: int, tmp_path: Path) -> None:
    case = cases()[number]
    path = tmp_path / "intake.json"
    path.write_text(json.dumps(case["document"], ensure_ascii=False), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "clinic_app", "assess", str(path), "--json", "--rules", "2026.1"],
        capture_output=True,
        check=True,
    )
    assert done.stdout == (case["assess_json"] + "\n").encode()
