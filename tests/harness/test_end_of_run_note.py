"""The note at the end of a run that lacked a package (tests/needs.py), seen from outside.

Each test runs a small suite of its own through pytest (pytester), whose conftest takes the
note's hook from needs.py as tests/conftest.py does, and reads what pytest printed.
"""

import os
import re
from pathlib import Path

import needs
import pytest

pytest_plugins = ["pytester"]

SUITE = """
import needs
import pytest


def test_draws_pages(monkeypatch):
    monkeypatch.setenv("PATH", "")  # nowhere to find pdftoppm
    needs.program("pdftoppm", "the pages cannot be drawn")


@pytest.mark.parametrize("database", ["one", "two"])
def test_on_postgresql(database):
    needs.missing("PostgreSQL's server (initdb, pg_ctl)", "postgresql", "no cluster")


def test_not_for_this_machine():
    pytest.skip("only on a Tuesday")


def test_that_runs():
    pass
"""
CONFTEST = "import needs\n\npytest_terminal_summary = needs.pytest_terminal_summary\n"
NOTE_TITLE = "tests that did not run: what they need is not installed"
SUDO = "" if os.geteuid() == 0 else "sudo "


def test_the_note_comes_once_at_the_end_naming_the_tests_and_the_command(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CI", raising=False)
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_machine=SUITE)

    result = pytester.runpytest("-rs")

    result.assert_outcomes(passed=1, skipped=4)
    lines = result.stdout.str().splitlines()
    titles = [index for index, line in enumerate(lines) if NOTE_TITLE in line]
    assert len(titles) == 1, "said once"
    summary = next(index for index, line in enumerate(lines) if "short test summary" in line)
    assert summary < titles[0], "after pytest's own list of skips"
    assert lines[titles[0] + 1 :] == [
        "2 tests need the Debian package postgresql, for PostgreSQL's server (initdb, pg_ctl):",
        "    test_machine.py (2)",
        "1 test needs the Debian package poppler-utils, for pdftoppm:",
        "    test_machine.py (1)",
        "To run these 3 tests too, install what they need and run again:",
        f"    {SUDO}apt-get install postgresql poppler-utils",
        lines[-1],
    ]
    assert re.fullmatch(r"=+ 1 passed, 4 skipped in .*", lines[-1]), "then the final count"
    assert "Tuesday" not in "\n".join(lines[titles[0] :]), "no package would make it run"
    # Each skip still says its own reason, in full, in pytest's list.
    result.stdout.fnmatch_lines(
        ["SKIPPED * pdftoppm is not installed (Debian package poppler-utils): the pages *"]
    )


def test_a_run_that_lacked_nothing_has_no_note(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CI", raising=False)
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_machine=SUITE)

    result = pytester.runpytest("-rs", "-k", "not_for_this_machine or that_runs")

    result.assert_outcomes(passed=1, skipped=1)
    assert NOTE_TITLE not in result.stdout.str()
    assert "apt-get" not in result.stdout.str()


def test_under_ci_a_missing_package_fails_the_test_instead(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CI", "true")
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_machine=SUITE)

    result = pytester.runpytest("-rs")

    result.assert_outcomes(passed=1, failed=3, skipped=1)
    result.stdout.fnmatch_lines(["*CI must run this test: pdftoppm is not installed*"])
    assert NOTE_TITLE not in result.stdout.str()


def test_a_program_that_is_there_is_found_and_runs_nothing_else(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    program = tmp_path / "pdftoppm"
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    program.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))

    assert needs.program("pdftoppm", "the pages cannot be drawn") == str(program)


def test_every_package_the_tests_need_is_in_the_readme_command_and_in_ci() -> None:
    """The README's one command and .ci/run's list install all that needs.py knows of."""
    root = Path(__file__).resolve().parents[2]
    readme = (root / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"^sudo apt-get install (?:--no-install-recommends )?(.+)$", readme, re.M)
    assert len(commands) == 1, "the README gives one command"
    assert set(needs.PACKAGES) <= set(commands[0].split())

    ci = (root / ".ci" / "run").read_text(encoding="utf-8")
    listed = re.search(r"^packages=\(\n(.*?)^\)", ci, re.M | re.S)
    assert listed is not None
    ci_packages = {word for line in listed[1].splitlines() for word in line.split("#")[0].split()}
    assert set(needs.PACKAGES) <= ci_packages
