"""The staff windows' catalogues (resources/translations/*.ts) against the sources.

lupdate is run over the sources into a temporary copy of the committed catalogues: a
message the code has and the catalogue lacks, or one the catalogue keeps that the code
no longer has, makes them stale (`make ts` brings them up to date). Every message must
then be finished and not empty, and keep its source's placeholders ({name}, %n, %1) and
its & accelerator, or the window would show a raw brace or lose a keyboard shortcut.
"""

import re
import shutil
import sys
import xml.etree.ElementTree as ElementTree
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "ui"))
import translations as catalogue_tools  # noqa: E402  (ui/translations.py, not a package)

from clinic_app.gui.common.foot_map import REGION_WORDS  # noqa: E402
from clinic_app.intake.regions import foot_map  # noqa: E402

FOLDER = ROOT / "resources" / "translations"
STEMS = tuple(catalogue_tools.CATALOGUES)
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%[0-9]|%[vm]")
Key = tuple[str, str, str, bool]


def messages(path: Path) -> dict[Key, ElementTree.Element]:
    """(context, source, comment, numerus) → the <message>."""
    found = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (
                name,
                message.findtext("source") or "",
                message.findtext("comment") or "",
                message.get("numerus") == "yes",
            )
            found[key] = message
    return found


def translations_of(message: ElementTree.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def accelerators(text: str) -> int:
    """How many & mark a shortcut ("&&" is a literal ampersand)."""
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed catalogues as lupdate would leave them for today's sources."""
    folder = tmp_path_factory.mktemp("catalogues")
    for stem in STEMS:
        shutil.copy(FOLDER / f"{stem}.ts", folder / f"{stem}.ts")
    catalogue_tools.update(folder)
    return folder


@pytest.mark.parametrize("stem", STEMS)
def test_the_catalogue_holds_exactly_the_messages_of_the_sources(
    stem: str, refreshed: Path
) -> None:
    committed = set(messages(FOLDER / f"{stem}.ts"))
    wanted = set(messages(refreshed / f"{stem}.ts"))
    missing = sorted(wanted - committed)
    obsolete = sorted(committed - wanted)
    stale = f"{stem}.ts is stale: run `make ts`, then translate what it adds"
    assert not missing, f"{stale}; missing {missing[:10]}"
    assert not obsolete, f"{stale}; obsolete {obsolete[:10]}"


@pytest.mark.parametrize("stem", STEMS)
def test_every_message_is_finished_and_keeps_placeholders_and_accelerators(stem: str) -> None:
    problems = []
    found = messages(FOLDER / f"{stem}.ts")
    assert len(found) > 300  # the windows of this branch at least
    for (context, source, _comment, _numerus), message in found.items():
        translation = message.find("translation")
        assert translation is not None
        where = f"{stem}.ts, {context}: {source!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where} is {translation.get('type')}")
        for text in translations_of(message):
            if not text.strip():
                problems.append(f"{where} has an empty translation")
                continue
            if Counter(PLACEHOLDER.findall(text)) != Counter(PLACEHOLDER.findall(source)):
                problems.append(f"{where}: placeholders differ in {text!r}")
            if accelerators(text) != accelerators(source):
                problems.append(f"{where}: the & accelerator differs in {text!r}")
    assert not problems, "\n".join(problems)


def test_the_plural_messages_have_each_languages_forms() -> None:
    """Spanish has two plural forms (1, other), Chinese one: lupdate says which."""
    for stem, forms in (("clinic_es", 2), ("clinic_zh_Hans", 1)):
        numerus = [message for key, message in messages(FOLDER / f"{stem}.ts").items() if key[3]]
        assert numerus, stem
        for message in numerus:
            assert len(translations_of(message)) == forms, (stem, message.findtext("source"))


def test_the_language_check_finds_a_placeholder_that_was_translated(tmp_path: Path) -> None:
    """The checks above can fail: a catalogue with a translated placeholder is caught."""
    broken = (FOLDER / "clinic_es.ts").read_text(encoding="utf-8")
    broken = broken.replace("Base de datos: {where}", "Base de datos: {dónde}", 1)
    assert "{dónde}" in broken
    path = tmp_path / "clinic_es.ts"
    path.write_text(broken, encoding="utf-8")
    bad = [
        source
        for (_context, source, _comment, _numerus), message in messages(path).items()
        for text in translations_of(message)
        if Counter(PLACEHOLDER.findall(text)) != Counter(PLACEHOLDER.findall(source))
    ]
    assert bad == ["Database: {where}"]


def test_the_foot_map_marks_every_word_of_the_regions_file() -> None:
    """lupdate cannot read regions.json: foot_map.REGION_WORDS marks its words instead."""
    drawing = foot_map()
    words = [word for region in drawing.regions for word in (region.label, region.where)]
    words += [view.label for view in drawing.views]
    assert list(REGION_WORDS) == words
