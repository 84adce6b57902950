"""The patient's printouts in Spanish and Chinese (languages.md), as a patient gets them.

Care sheets and letters are printed through the command line (`handout`/`letter
--language`), the progress report through `progress -o` on a real SQLite file, the
follow-up sheet (which has no command) through `followup_sheet_pdf`. Every check reads the
PDF back: its text with pypdf, its fonts with pdffonts. The numbers expected are written
out by hand from the intakes (Maya: 35 -> 48 km is a rise of 37.1 %, next week's ceiling
35 x 1.1 = 38.5 km; 720 km on her shoes; seen on 20 November 2026).
"""

import json
import re
import subprocess
import tomllib
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import textstat
from follow_up_documents import course, maya_course
from intake_documents import document
from needs import program

from clinic_app.cli.main import main
from clinic_app.followups import assess_follow_up, plans
from clinic_app.handouts.content import Letterhead
from clinic_app.handouts.followup_sheet import followup_sheet_pdf
from clinic_app.handouts.render import render_care_sheet
from clinic_app.handouts.sheet import build_care_sheet
from clinic_app.intake import parse_intake
from clinic_app.paths import resources_dir
from clinic_app.rules import assess

LANGUAGES = ("es", "zh-Hans")
EXAMPLE = resources_dir() / "examples" / "maya-okafor.json"
CJK = re.compile(r"[\u3400-\u9fff]")

EMERGENCY = document(
    {
        "patient.first_name": "Lucía",
        "patient.last_name": "Martín",
        "visit_date": "2026-11-20",
        "symptoms.foot_colour": "mottled",
        "symptoms.foot_cold": True,
        "symptoms.numbness_or_tingling": True,
    }
)
# Advice only, in miles: 21.5 -> 30 mi is a rise of 39.5 %, the ceiling 23.7 miles.
MILES = document(
    {
        "patient.first_name": "Wei",
        "patient.last_name": "Zhang",
        "visit_date": "2026-03-02",
        "running.distance_unit": "mi",
        "running.weekly_distance": 30,
        "running.previous_weekly_distance": 21.5,
        "running.shoe_distance": 350,
    }
)

OTHERS = {"emergency": EMERGENCY, "miles": MILES}


def english_phrases() -> list[str]:
    """Every run of four or more words of en.toml's text between its placeholders: none may
    be left in a translated printout."""
    entries = tomllib.loads((resources_dir() / "handouts" / "en.toml").read_text("utf-8"))
    phrases: list[str] = []

    def visit(node: object) -> None:
        if isinstance(node, dict):
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)
        elif isinstance(node, str):
            for fragment in re.split(r"\{[a-z_]+\}", node):
                words = fragment.strip(" .,:;").split()
                if len(words) >= 4:
                    phrases.append(" ".join(words))

    visit(entries)
    return phrases


ENGLISH = english_phrases()


def flat(text: str) -> str:
    """Extracted text with line wraps undone: spaces kept between Latin words only."""
    text = " ".join(text.split())
    if not CJK.search(text):
        return text
    return re.sub(r"(?<=[^\x00-\x7f]) | (?=[^\x00-\x7f])", "", text)


def english_left(text: str) -> list[str]:
    return [phrase for phrase in ENGLISH if phrase in text]


def pdffonts(pdf: Path) -> list[tuple[str, str, str]]:
    """(name, embedded, subset) for each font pdffonts lists."""
    lines = subprocess.run(
        [program("pdffonts", "the embedded fonts cannot be listed"), str(pdf)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.splitlines()[2:]
    fonts = []
    for line in lines:
        fields = line.split()
        # name type [type...] encoding emb sub uni object ID
        fonts.append((fields[0], fields[-5], fields[-4]))
    return fonts


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[..., Path]]:
    """print_(command, document, language, *extra): the PDF that command wrote, made once."""
    folder = tmp_path_factory.mktemp("printed")
    made: dict[tuple[Any, ...], Path] = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CLINIC_INTAKE_HOME", str(tmp_path_factory.mktemp("home")))
        patch.delenv("CLINIC_INTAKE_DB", raising=False)

        def print_(command: str, name: str, language: str, *extra: str) -> Path:
            key = (command, name, language, extra)
            if key not in made:
                source = EXAMPLE if name == "maya" else folder / f"{name}.json"
                if name != "maya":
                    source.write_text(json.dumps(OTHERS[name]), encoding="utf-8")
                output = folder / f"{command}-{name}-{language}-{len(made)}.pdf"
                argv = [command, str(source), "-o", str(output), "--language", language, *extra]
                assert main(argv) == 0
                made[key] = output
            return made[key]

        yield print_


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", ["maya", "emergency", "miles"])
def test_no_english_sentence_is_left_on_the_sheet(
    printed: Callable[..., Path], pdf_text: Callable[[bytes], str], name: str, language: str
) -> None:
    text = flat(pdf_text(printed("handout", name, language).read_bytes()))
    assert english_left(text) == []
    # A whole sheet, not an empty page that says nothing in English (Chinese is denser).
    assert len(text) > (400 if language == "zh-Hans" else 800)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_english_sentence_is_left_in_the_letter(
    printed: Callable[..., Path], pdf_text: Callable[[bytes], str], language: str
) -> None:
    letter = printed("letter", "maya", language, "--to", "podiatrist")
    text = flat(pdf_text(letter.read_bytes()))
    # The flags' titles, evidence and sources are the rules' own (English) words for the
    # receiving clinician; every sentence of the letter's own is translated.
    assert english_left(text) == []
    words = {"es": "Carta de derivación", "zh-Hans": "转诊信"}[language]
    assert words in text


def test_the_spanish_sheet_writes_maya_numbers_and_dates_the_spanish_way(
    printed: Callable[..., Path], pdf_text: Callable[[bytes], str], page_sizes: Any
) -> None:
    pdf = printed("handout", "maya", "es").read_bytes()
    text = flat(pdf_text(pdf))
    for expected in (
        "Visita del 20 de noviembre de 2026",
        "La semana pasada corriste 48 km. La semana anterior corriste 35 km.",
        "Es una subida del 37,1 %.",
        "La próxima semana, no corras más de 38,5 km.",
        "Tus zapatillas de siempre llevan unos 720 km.",
        "Las zonas oscuras muestran dónde sientes dolor: talón y arco.",
        "Ve a un profesional de la salud en los próximos días",  # her referral box
        "El dolor dura ya 8 días",
        f"Impreso el {spanish(date.today())}",
        "Página 1 de 2",
    ):
        assert expected in text
    assert "37.1" not in text
    assert "38.5" not in text
    assert len(page_sizes(pdf)) <= 2


def spanish(day: date) -> str:
    months = [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ]
    return f"{day.day} de {months[day.month - 1]} de {day.year}"


def test_the_chinese_sheet_writes_maya_numbers_and_dates_the_chinese_way(
    printed: Callable[..., Path], pdf_text: Callable[[bytes], str], page_sizes: Any
) -> None:
    pdf = printed("handout", "maya", "zh-Hans").read_bytes()
    text = flat(pdf_text(pdf))
    today = date.today()
    for expected in (
        "就诊日期：2026年11月20日",
        "上周你跑了48公里。再前一周你跑了35公里。增加了37.1%。",
        "下周最多跑38.5公里。",
        "你常穿的跑鞋已跑了约720公里。",
        "深色的地方是你疼的部位：足跟和足弓。",
        "请在这几天内去看医生",
        "已经疼了8天",
        f"打印日期：{today.year}年{today.month}月{today.day}日",
        "第1页，共2页",
        "患者：Maya Okafor",  # her name in the Latin font, amid Chinese
    ):
        assert expected in text
    assert len(page_sizes(pdf)) <= 2


def test_the_emergency_box_and_miles_in_each_language(
    printed: Callable[..., Path], pdf_pages: Callable[[bytes], tuple[str, ...]]
) -> None:
    es = flat(pdf_pages(printed("handout", "emergency", "es").read_bytes())[0])
    assert es.startswith("Busca atención urgente ahora")  # above the letterhead
    assert "Tu pie o tus dedos cambiaron de color." in es
    zh = flat(pdf_pages(printed("handout", "emergency", "zh-Hans").read_bytes())[0])
    assert zh.startswith("请马上看急诊")
    assert "你的脚或脚趾变了颜色。" in zh
    miles_es = flat(" ".join(pdf_pages(printed("handout", "miles", "es").read_bytes())))
    assert "Es una subida del 39,5 %." in miles_es
    assert "no corras más de 23,7 millas." in miles_es
    miles_zh = flat(" ".join(pdf_pages(printed("handout", "miles", "zh-Hans").read_bytes())))
    assert "增加了39.5%。" in miles_zh
    assert "下周最多跑23.7英里。" in miles_zh


@pytest.mark.parametrize("name", ["maya", "emergency", "miles"])
def test_the_spanish_sheet_reads_easily(
    printed: Callable[..., Path], pdf_text: Callable[[bytes], str], name: str
) -> None:
    text = flat(pdf_text(printed("handout", name, "es").read_bytes()))
    textstat.set_lang("es")  # Spanish syllables; the module's setting is global
    try:
        score = textstat.fernandez_huerta(text)
    finally:
        textstat.set_lang("en_US")
    assert score >= 70, score


@pytest.mark.parametrize("name", ["maya", "emergency", "miles"])
def test_chinese_sentences_are_short(
    printed: Callable[..., Path], pdf_text: Callable[[bytes], str], name: str
) -> None:
    """Mean characters per sentence, the sentences being what ends in 。, ！ or ？ in the
    extracted text (a heading before a sentence counts with it, which only adds)."""
    text = "".join(pdf_text(printed("handout", name, "zh-Hans").read_bytes()).split())
    sentences = [part for part in re.split(r"[。！？]", text) if CJK.search(part)]
    assert len(sentences) > 20
    mean = sum(len(sentence) for sentence in sentences) / len(sentences)
    assert mean <= 25, mean


@pytest.mark.parametrize("name", ["maya", "emergency"])
def test_the_chinese_font_is_embedded_as_a_subset_only_where_needed(
    printed: Callable[..., Path], name: str
) -> None:
    chinese = pdffonts(printed("handout", name, "zh-Hans"))
    assert any("DroidSansFallback" in font for font, _, _ in chinese)
    assert all((embedded, subset) == ("yes", "yes") for _, embedded, subset in chinese)
    spanish_fonts = pdffonts(printed("handout", name, "es"))
    assert {font.split("+")[-1] for font, _, _ in spanish_fonts} == {
        "DejaVuSans",
        "DejaVuSans-Bold",
    }
    assert all((embedded, subset) == ("yes", "yes") for _, embedded, subset in spanish_fonts)


@pytest.mark.parametrize("command", ["handout", "letter"])
def test_an_unknown_language_is_refused_naming_the_known_ones(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "out.pdf"
    to = ["--to", "gp"] if command == "letter" else []
    assert main([command, str(EXAMPLE), "-o", str(output), "--language", "fr", *to]) == 2
    assert capsys.readouterr().err == (
        "--language: unknown language 'fr': known languages are en, es, zh-Hans\n"
    )
    assert not output.exists()


def test_the_language_tag_is_matched_without_regard_to_case(
    printed: Callable[..., Path], pdf_text: Callable[[bytes], str]
) -> None:
    text = flat(pdf_text(printed("handout", "maya", "ZH-hans").read_bytes()))
    assert "你的居家护理单" in text


# --- The follow-up sheet and the progress report ---------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_follow_up_sheet_is_translated(
    language: str, pdf_text: Callable[[bytes], str], page_sizes: Any
) -> None:
    walking = course(
        {"symptoms.pain_now": 6},
        {"visit_date": "2026-11-27", "symptoms.pain_now": 4},
        {"visit_date": "2026-12-04", "symptoms.pain_now": 2, "running.weekly_distance": 20.5},
    )
    visit = walking.follow_ups[-1]
    pdf = followup_sheet_pdf(
        walking,
        visit,
        assess_follow_up(walking, visit),
        plans(walking)[-1],
        letterhead=Letterhead("Riverside", "1 Mill Lane", "555-0199"),
        printed_on=date(2026, 12, 4),
        language=language,
    )
    text = flat(pdf_text(pdf))
    assert english_left(text) == []
    expected = {
        "es": ("Tu dolor es de 2 sobre 10. En tu primera visita era de 6.", "4 de diciembre"),
        "zh-Hans": ("你现在的疼痛是2分（满分10分）。首次就诊时是6分。", "2026年12月4日"),
    }[language]
    for words in expected:
        assert words in text
    assert len(page_sizes(pdf)) <= 2


@pytest.fixture(scope="module")
def course_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A SQLite file holding Maya's course (an intake, three follow-ups), imported in-process."""
    folder = tmp_path_factory.mktemp("course")
    url = f"sqlite:///{folder / 'clinic.sqlite3'}"
    intake, visits = maya_course()
    batch = folder / "batch"
    batch.mkdir()
    (batch / "intake.json").write_text(json.dumps(intake), encoding="utf-8")
    for number, visit in enumerate(visits):
        (batch / f"visit-{number}.json").write_text(json.dumps(visit), encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CLINIC_INTAKE_HOME", str(tmp_path_factory.mktemp("home")))
        patch.delenv("CLINIC_INTAKE_DB", raising=False)
        assert main(["--db", url, "db", "upgrade"]) == 0
        assert main(["--db", url, "import", str(batch)]) == 0
        yield url


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_progress_report_is_translated(
    course_database: str,
    language: str,
    tmp_path: Path,
    pdf_text: Callable[[bytes], str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    output = tmp_path / "report.pdf"
    argv = ["--db", course_database, "progress", "P-10442", "-o", str(output)]
    assert main([*argv, "--language", language]) == 0
    capsys.readouterr()
    text = flat(pdf_text(output.read_bytes()))
    assert english_left(text) == []
    expected = {
        "es": ("Tu dolor es de 3 sobre 10. En tu primera visita era de 6.", "Informe de evolución"),
        "zh-Hans": ("你现在的疼痛是3分（满分10分）。首次就诊时是6分。", "进展报告"),
    }[language]
    for words in expected:
        assert words in text


def test_the_progress_report_refuses_an_unknown_language(
    course_database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "report.pdf"
    argv = ["--db", course_database, "progress", "P-10442", "-o", str(output)]
    assert main([*argv, "--language", "fr"]) == 2
    assert "known languages are en, es, zh-Hans" in capsys.readouterr().err
    assert not output.exists()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", ["typical", "no-referral", "every-flag", "miles"])
def test_translated_sheets_keep_to_the_page_limits(
    name: str,
    language: str,
    intake_document: Callable[[str], dict[str, Any]],
    clinic_letterhead: Letterhead,
    page_sizes: Any,
) -> None:
    """Two pages in normal print on A4 and Letter; never more than three in large print."""
    intake = parse_intake(intake_document(name))
    sheet = build_care_sheet(
        intake,
        assess(intake),
        letterhead=clinic_letterhead,
        printed_on=date(2026, 11, 23),
        language=language,
    )
    for paper in ("a4", "letter"):
        assert len(page_sizes(render_care_sheet(sheet, paper=paper))) <= 2
        assert len(page_sizes(render_care_sheet(sheet, paper=paper, large_print=True))) <= 3
