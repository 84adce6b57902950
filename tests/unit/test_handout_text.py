"""The handout's words: every language file matches en.toml, and gaps fail loudly."""

import tomllib
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from clinic_app import paths
from clinic_app.handouts.text import HandoutText, TextMissing, handout_text, placeholders
from clinic_app.intake.regions import foot_map

HANDOUTS = paths.resources_dir() / "handouts"
LANGUAGE_FILES = sorted(HANDOUTS.glob("*.toml"))


def flatten(node: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Every leaf (a sentence or a list of them) by its dotted key."""
    leaves: dict[str, Any] = {}
    for name, value in node.items():
        key = f"{prefix}{name}"
        if isinstance(value, dict):
            leaves.update(flatten(value, key + "."))
        else:
            leaves[key] = value
    return leaves


def entries(path: Path) -> dict[str, Any]:
    return flatten(tomllib.loads(path.read_text(encoding="utf-8")))


def wanted(value: Any) -> list[set[str]]:
    """The placeholders of a sentence, or of each sentence of a list."""
    if isinstance(value, str):
        return [placeholders(value)]
    assert isinstance(value, list), value
    return [placeholders(item) for item in value]


def test_english_is_among_the_language_files() -> None:
    assert HANDOUTS / "en.toml" in LANGUAGE_FILES


@pytest.mark.parametrize("path", LANGUAGE_FILES, ids=lambda path: path.stem)
def test_language_file_has_the_keys_and_placeholders_of_english(path: Path) -> None:
    english = entries(HANDOUTS / "en.toml")
    other = entries(path)
    assert set(other) == set(english)
    for key, value in english.items():
        if key in ("language", "language_name"):
            continue
        assert type(other[key]) is type(value), key
        assert wanted(other[key]) == wanted(value), key
    assert other["language"] == path.stem
    assert len(other["help.items"]) == len(english["help.items"])


def test_placeholders_reads_the_names() -> None:
    assert placeholders("Last week you ran {weekly} {unit}, up {percent}%.") == {
        "weekly",
        "unit",
        "percent",
    }
    assert placeholders("Page {page} of {pages}") == {"page", "pages"}
    assert placeholders("No placeholder here.") == set()


def test_a_missing_placeholder_raises_rather_than_printing_braces() -> None:
    text = handout_text("en")
    with pytest.raises(KeyError, match="unit"):
        text("plan.ceiling", ceiling="38.5")
    assert text("plan.ceiling", ceiling="38.5", unit="km") == "Next week, run no more than 38.5 km."


def test_a_missing_key_raises_text_missing() -> None:
    text = handout_text("en")
    with pytest.raises(TextMissing):
        text("plan.no_such_sentence")
    with pytest.raises(TextMissing):
        text("referral.reasons")  # a table, not a sentence
    with pytest.raises(TextMissing):
        text.lines("help.heading")  # a sentence, not a list
    assert not text.has("referral.reasons.no_such_rule")
    assert text.has("referral.reasons.cannot_bear_weight")


def test_an_unknown_language_raises_text_missing() -> None:
    with pytest.raises(TextMissing, match="xx"):
        handout_text("xx")


def test_english_dates_are_written_day_month_year() -> None:
    text = handout_text("en")
    assert text.date(date(2026, 11, 20)) == "20 November 2026"
    assert text.short_date(date(2026, 11, 20)) == "20 Nov"
    assert text.date(date(2027, 1, 1)) == "1 January 2027"
    assert text.date(date(2026, 12, 31)) == "31 December 2026"


def test_a_translation_gap_is_found_in_a_small_language() -> None:
    text = HandoutText("xx", {"plan": {"heading": "Plan"}})
    assert text("plan.heading") == "Plan"
    with pytest.raises(TextMissing, match="xx"):
        text("plan.ceiling", ceiling="1", unit="km")


@pytest.mark.parametrize(
    ("language", "whole", "short"),
    [
        ("en", "20 November 2026", "20 Nov"),
        ("es", "20 de noviembre de 2026", "20 nov"),
        ("zh-Hans", "2026年11月20日", "11/20"),
    ],
)
def test_dates_are_written_the_languages_way(language: str, whole: str, short: str) -> None:
    text = handout_text(language)
    assert text.date(date(2026, 11, 20)) == whole
    assert text.short_date(date(2026, 11, 20)) == short


def test_decimals_take_the_languages_decimal_sign_and_keep_their_digits() -> None:
    assert handout_text("es").number("37.1") == "37,1"
    assert handout_text("es").number(48.5) == "48,5"
    assert handout_text("es").number("10.0123") == "10,0123"  # a rise just over the limit
    assert handout_text("es").number(48) == "48"
    assert handout_text("zh-Hans").number("37.1") == "37.1"
    assert handout_text("en").number(Fraction(13, 2)) == "6.5"


@pytest.mark.parametrize(
    ("language", "one", "two", "three"),
    [
        ("en", "heel", "heel and arch", "heel, arch and ankle"),
        ("es", "talón", "talón y arco", "talón, arco y tobillo"),
        ("zh-Hans", "足跟", "足跟和足弓", "足跟、足弓和脚踝"),
    ],
)
def test_regions_are_listed_with_the_languages_own_words(
    language: str, one: str, two: str, three: str
) -> None:
    text = handout_text(language)
    assert text.regions(["heel"]) == one
    assert text.regions(["heel", "arch"]) == two
    assert text.regions(["heel", "arch", "ankle"]) == three


def test_sentences_side_by_side() -> None:
    assert handout_text("es").together("Uno.", "Dos.", "") == "Uno. Dos."
    assert handout_text("zh-Hans").together("一。", "二。") == "一。二。"


@pytest.mark.parametrize("path", LANGUAGE_FILES, ids=lambda path: path.stem)
def test_every_region_and_view_of_the_foot_map_has_a_name(path: Path) -> None:
    text = handout_text(path.stem)
    for region in foot_map().regions:
        assert text.region(region.value).strip(), region.value
    for view in foot_map().views:
        assert text(f"views.{view.name}").strip(), view.name


def test_english_region_names_are_the_foot_maps_labels() -> None:
    """The form's foot map (regions.json) and the English sheet call each region the same."""
    text = handout_text("en")
    for region in foot_map().regions:
        assert text.region(region.value).casefold() == region.label.casefold()


@pytest.mark.parametrize("path", LANGUAGE_FILES, ids=lambda path: path.stem)
def test_every_rule_a_patient_reads_about_has_words_in_each_language(path: Path) -> None:
    """Else the sheet would fall back to the rule's English title or action (sheet.py)."""
    from clinic_app.handouts.sheet import _ADVICE
    from clinic_app.rules.engine import RULE_SETS

    text = handout_text(path.stem)
    for rules in RULE_SETS.values():
        for rule in rules.referral:
            assert text.has(f"referral.reasons.{rule.code}"), rule.code
        for rule in rules.advice:
            assert rule.clinician_only or rule.code in _ADVICE, rule.code
