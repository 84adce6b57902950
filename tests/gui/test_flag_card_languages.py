"""A flag card in Spanish and in Simplified Chinese: the rules word a flag in English, and
the card shows its title and action through the RuleWords catalogue (rule_words.py).

The catalogues are compiled from the committed .ts into a folder of this module's own, as
tests/gui/test_window_languages.py does, installed for one test and taken off after it,
so every other test stays English. Evidence and source are shown as the rules give them.
"""

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from clinic_app.gui.common.flag_card import FlagCard
from clinic_app.gui.common.translations import StaffLanguage
from clinic_app.languages import CHINESE, SPANISH
from clinic_app.rules.engine import RULE_SETS
from clinic_app.rules.model import Flag, Rule

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "ui"))
import translations as catalogue_tools  # noqa: E402  (ui/translations.py)

CODE = "cannot_bear_weight"
TITLES = {SPANISH: "No puede apoyar peso en el pie", CHINESE: "患足无法负重"}
ACTIONS = {
    SPANISH: "Necesita revisión por un profesional clínico hoy.",
    CHINESE: "需要今天由临床医生检查。",
}
"""The start of each language's action for `CODE`."""


def the_rule() -> Rule:
    [rule] = [rule for rule in RULE_SETS["2027.1"].rules if rule.code == CODE]
    return rule


def a_flag() -> Flag:
    rule = the_rule()
    evidence = ("symptoms.weight_bearing = unable",)
    return Flag(rule.code, rule.kind, rule.urgency, rule.title, evidence, rule.action, rule.source)


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("qm")
    catalogue_tools.release(catalogue_tools.TRANSLATIONS, output=folder)
    return folder


@pytest.fixture(params=(SPANISH, CHINESE))
def language(request: pytest.FixtureRequest, qapp: QApplication, compiled: Path) -> Iterator[str]:
    """The card of this test speaks `language`; English again after it."""
    tag: str = request.param
    speaking = StaffLanguage(qapp, compiled)
    assert speaking.use(tag) == tag
    yield tag
    speaking.remove()
    assert QApplication.translate("RuleWords", the_rule().title) == the_rule().title


def text_of(card: FlagCard, name: str) -> str:
    found = card.findChild(QLabel, name)
    assert found is not None, name
    return found.text()


def test_the_card_shows_the_flags_title_and_action_translated(qtbot: QtBot, language: str) -> None:
    card = FlagCard(CODE)
    qtbot.addWidget(card)
    flag = a_flag()
    card.show_flag(flag)
    card.offer_decision(True)
    assert text_of(card, "flagTitle") == TITLES[language]
    details = text_of(card, "flagDetails").split("\n")
    assert any(line.startswith(ACTIONS[language]) for line in details), details
    assert flag.action not in details
    assert TITLES[language] in card.accessibleName()
    decide = card.findChild(QPushButton, f"decide.{CODE}")
    assert decide is not None
    assert TITLES[language] in decide.accessibleName()
    # The source is cited as the rules give it, not translated.
    assert any(flag.source in line for line in details), details


def test_without_a_translator_the_card_is_english(qtbot: QtBot) -> None:
    card = FlagCard(CODE)
    qtbot.addWidget(card)
    flag = a_flag()
    card.show_flag(flag)
    assert text_of(card, "flagTitle") == flag.title
    assert flag.action in text_of(card, "flagDetails").split("\n")
