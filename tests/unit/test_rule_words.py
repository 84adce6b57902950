"""Every title and action a flag can carry is in the RuleWords table, so it is translated.

The texts are read from the rule definitions themselves (both rule sets and the follow-up
flags), and, as a check that a flag carries its rule's words and nothing built at run
time, from the flags of the 2026.1 corpus (tests/data), whose documents fire every 2026.1
rule. A new or reworded rule fails here until its words are added to
clinic_app/gui/common/rule_words.py (and then `make ts` asks for their translations).
"""

import json
from pathlib import Path

from clinic_app.followups.flags import FOLLOW_UP_RULES
from clinic_app.gui.common.rule_words import RULE_WORDS, rule_words
from clinic_app.rules.engine import RULE_SETS

CORPUS = Path(__file__).resolve().parents[1] / "data" / "rules-2026.1-corpus.jsonl"


def rule_texts() -> dict[str, str]:
    """Each title and action of every rule → where it comes from."""
    found: dict[str, str] = {}
    for version, rule_set in RULE_SETS.items():
        for rule in rule_set.rules:
            found.setdefault(rule.title, f"{version} {rule.code} title")
            found.setdefault(rule.action, f"{version} {rule.code} action")
    for follow_up in FOLLOW_UP_RULES:
        found.setdefault(follow_up.title, f"follow-up {follow_up.code} title")
        found.setdefault(follow_up.action, f"follow-up {follow_up.code} action")
    return found


def test_every_rule_title_and_action_is_in_the_table() -> None:
    missing = sorted(where for text, where in rule_texts().items() if text not in RULE_WORDS)
    assert not missing, f"add these to clinic_app/gui/common/rule_words.py: {missing}"


def test_the_table_holds_no_text_that_no_rule_has() -> None:
    # A reworded rule leaves its old words behind; the catalogue would keep translating them.
    known = rule_texts()
    assert not [text for text in RULE_WORDS if text not in known]
    assert len(set(RULE_WORDS)) == len(RULE_WORDS)


def test_the_flags_of_an_assessment_carry_their_rules_words() -> None:
    texts = rule_texts()
    with CORPUS.open(encoding="utf-8") as lines:
        flags = [
            flag for line in lines for flag in json.loads(json.loads(line)["assess_json"])["flags"]
        ]
    assert {flag["code"] for flag in flags} == {rule.code for rule in RULE_SETS["2026.1"].rules}
    assert not [flag["code"] for flag in flags if flag["title"] not in texts]
    assert not [flag["code"] for flag in flags if flag["action"] not in texts]


def test_an_unknown_text_comes_back_unchanged() -> None:
    # No translator installed in a unit test: every text, known or not, is its English.
    assert rule_words("A flag stored by another version") == "A flag stored by another version"
    assert rule_words(RULE_WORDS[0]) == RULE_WORDS[0]
