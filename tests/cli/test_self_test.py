"""`clinic-intake --self-test`: every check done for real, and a verdict that tells.

The whole self-test runs here from the source tree with no display, as CI runs it on the
frozen bundle and on the installed `.deb`. The verdict logic is driven with checks that
fail, so a broken check can never be reported as a pass.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from clinic_app.cli.self_test import CHECKS, Check, Workbench, run_checks
from clinic_app.paths import HOME_ENV
from clinic_app.services.self_test import CheckFailed

DISPLAY_VARIABLES = {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}


@pytest.mark.slow
def test_self_test_passes_without_a_display_and_leaves_nothing_behind(tmp_path: Path) -> None:
    home = tmp_path / "home"
    scratch = tmp_path / "tmp"
    home.mkdir()
    scratch.mkdir()
    env = {name: value for name, value in os.environ.items() if name not in DISPLAY_VARIABLES}
    env.update({HOME_ENV: str(home), "TMPDIR": str(scratch)})

    result = subprocess.run(
        [sys.executable, "-m", "clinic_app", "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for check in CHECKS:
        assert any(line.split()[:2] == ["ok", f"{check.name}:"] for line in lines), (
            check.name,
            result.stdout,
        )
    assert lines[-1] == f"self-test passed: {len(CHECKS)} checks"
    assert "offscreen platform" in result.stdout
    assert result.stderr == ""
    # The throwaway database, PDFs and logs went into a temporary folder that is gone,
    # and the user's own folder was not touched.
    assert list(scratch.iterdir()) == []
    assert list(home.iterdir()) == []


def _passes(bench: Workbench) -> str:
    return "all good"


def _finds_a_fault(bench: Workbench) -> str:
    raise CheckFailed("the thing is missing")


def _breaks(bench: Workbench) -> str:
    raise ValueError("unexpected\nsecond line")


def test_a_failed_check_fails_the_run_and_skips_what_needs_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    checks = (
        Check("first", _passes),
        Check("second", _finds_a_fault),
        Check("third", _passes, needs=("second",)),
        Check("fourth", _breaks),
        Check("fifth", _passes, needs=("first",)),
    )

    assert run_checks(checks) == 1

    out = capsys.readouterr().out.splitlines()
    assert "  ok       first: all good" in out
    assert "  FAILED   second: the thing is missing" in out
    assert "  not run  third: needs second" in out
    assert "  FAILED   fourth: ValueError: unexpected second line" in out
    assert "  ok       fifth: all good" in out
    assert out[-1] == "self-test FAILED: 3 of 5 checks did not pass"


def test_every_check_passing_is_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_checks((Check("only", _passes),)) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "self-test passed: 1 checks"


def test_checks_run_in_a_private_home_on_the_offscreen_platform_then_it_is_put_back(
    monkeypatch: pytest.MonkeyPatch, clinic_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    seen: dict[str, str | None] = {}

    def look(bench: Workbench) -> str:
        seen["home"] = os.environ.get(HOME_ENV)
        seen["platform"] = os.environ.get("QT_QPA_PLATFORM")
        seen["folder"] = str(bench.folder)
        (bench.folder / "left.txt").write_text("scratch")
        return "looked"

    assert run_checks((Check("look", look),)) == 0

    assert seen["home"] == seen["folder"]
    assert seen["home"] != str(clinic_home)
    assert seen["platform"] == "offscreen"
    assert not Path(seen["folder"] or "").exists()
    assert os.environ[HOME_ENV] == str(clinic_home)
    assert os.environ["QT_QPA_PLATFORM"] == "xcb"
    capsys.readouterr()


def test_the_dependencies_name_earlier_checks() -> None:
    names = [check.name for check in CHECKS]
    for position, check in enumerate(CHECKS):
        for need in check.needs:
            assert need in names[:position], (check.name, need)
