"""The one list of languages every layer accepts (clinic_app/languages.py)."""

import pytest

from clinic_app.languages import (
    KNOWN_LANGUAGES,
    OWN_NAMES,
    UnknownLanguage,
    parse_language,
    review_of,
    unreviewed_languages,
)


def test_tags_are_matched_without_regard_to_case() -> None:
    assert parse_language("zh-hans") == "zh-Hans"
    assert parse_language(" ES ") == "es"


def test_an_unknown_tag_is_refused_with_the_known_ones() -> None:
    with pytest.raises(UnknownLanguage) as refused:
        parse_language("fr")
    assert str(refused.value) == "unknown language 'fr': known languages are en, es, zh-Hans"


def test_every_language_has_its_own_name() -> None:
    assert set(OWN_NAMES) == set(KNOWN_LANGUAGES)


def test_english_says_nobody_has_reviewed_it_yet() -> None:
    review = review_of("en")
    assert review.reviewed_by == ""
    assert not review.reviewed
    assert "en" in unreviewed_languages()
