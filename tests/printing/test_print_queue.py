"""services/print_queue against a real CUPS scheduler: what it hands over, what it says.

The private scheduler and its cups-pdf queue come from the `spooler` fixture
(tests/cups_server.py). Nothing of CUPS is replaced: the queue is paused, refused and
asked about with CUPS's own commands, and the PDF that comes out is read.
"""

import io
import json
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pypdf
import pytest
from cups_server import Spooler

from clinic_app.handouts.render import render_care_sheet
from clinic_app.handouts.sheet import build_care_sheet
from clinic_app.intake import parse_intake
from clinic_app.paths import resources_dir
from clinic_app.rules import RuleSettings, assess
from clinic_app.services import print_queue
from clinic_app.services.print_queue import JobStatus, PrintJob, PrintOptions, PrintQueueFailed

pytestmark = pytest.mark.slow

SECONDS = 60.0
"""How long a job may take through CUPS's filters and Ghostscript."""
OPTIONS = PrintOptions(title="Care sheet")


@pytest.fixture(scope="module")
def sheet_pdf() -> bytes:
    """Maya Okafor's care sheet: two A4 pages."""
    document = json.loads((resources_dir() / "examples" / "maya-okafor.json").read_text("utf-8"))
    intake = parse_intake(document)
    settings = RuleSettings()
    sheet = build_care_sheet(
        intake, assess(intake, settings), settings=settings, printed_on=date(2026, 11, 23)
    )
    return render_care_sheet(sheet, paper="a4")


def until(check: Callable[[], JobStatus | None]) -> JobStatus:
    """Ask until `check` gives a status (no Qt here to wait with: a plain poll)."""
    deadline = time.monotonic() + SECONDS
    while True:
        found = check()
        if found is not None:
            return found
        assert time.monotonic() < deadline, "the job never got there"
        time.sleep(0.2)


def printed_status(job: PrintJob) -> JobStatus | None:
    status = print_queue.status(job)
    return status if status.finished else None


def pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def test_the_commands_are_found(spooler: Spooler) -> None:
    assert print_queue.spooler_available()


def test_a_job_prints_the_pages_asked_for_and_is_then_said_printed(
    spooler: Spooler, sheet_pdf: bytes
) -> None:
    job = print_queue.submit(
        spooler.queue, sheet_pdf, PrintOptions(title="Care sheet", page_ranges="2", media="A4")
    )
    assert job.queue == spooler.queue
    assert job.job_id.startswith(f"{spooler.queue}-")
    done = until(lambda: printed_status(job))
    assert done.words() == "Printed on Front desk printer."
    [printed] = spooler.printed()
    [only] = pages(printed.read_bytes())
    first, second = pages(sheet_pdf)
    assert words(only) == words(second) != words(first)


def words(text: str) -> list[str]:
    """The words of a page's text (Ghostscript draws the bullets with glyphs of its own)."""
    return [word for word in text.split() if word.isalpha()]


def test_a_paused_queue_holds_the_job_and_says_why(spooler: Spooler, sheet_pdf: bytes) -> None:
    spooler.run("cupsdisable", spooler.queue)
    first = print_queue.submit(spooler.queue, sheet_pdf, OPTIONS)
    second = print_queue.submit(spooler.queue, sheet_pdf, OPTIONS)
    assert print_queue.status(first).words() == (
        "Sent to Front desk printer; it is waiting: the printer is paused."
    )
    spooler.run("cupsdisable", "-r", "Out of paper in tray 2", spooler.queue)
    assert print_queue.status(second).words() == (
        "Sent to Front desk printer; it is waiting: the printer is stopped (Out of paper in "
        "tray 2)."
    )
    assert spooler.printed() == []
    spooler.run("cupsenable", spooler.queue)
    until(lambda: printed_status(second))
    assert print_queue.status(first).finished
    assert len(spooler.printed()) == 2


def test_an_unknown_queue_is_named_with_what_to_do(spooler: Spooler, sheet_pdf: bytes) -> None:
    with pytest.raises(PrintQueueFailed) as failed:
        print_queue.submit("no-such-printer", sheet_pdf, OPTIONS)
    assert str(failed.value) == (
        "the printer no-such-printer is not known to this computer's printing service, or "
        "that service is not running; choose another printer, or ask your administrator"
    )


def test_a_queue_refusing_jobs_says_so(spooler: Spooler, sheet_pdf: bytes) -> None:
    spooler.run("cupsreject", spooler.queue)
    with pytest.raises(PrintQueueFailed) as failed:
        print_queue.submit(spooler.queue, sheet_pdf, OPTIONS)
    assert str(failed.value) == (
        f"the printer {spooler.queue} is refusing new jobs; ask your administrator to let it "
        "accept them again (cupsaccept), or choose another printer"
    )
    assert spooler.printed() == []


def test_without_cups_commands_there_is_no_spooler_and_a_clear_failure(
    spooler: Spooler, sheet_pdf: bytes, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    assert not print_queue.spooler_available()
    with pytest.raises(PrintQueueFailed) as failed:
        print_queue.submit(spooler.queue, sheet_pdf, OPTIONS)
    assert str(failed.value) == (
        "this computer's printing commands (lp) are missing; ask your administrator to "
        "install CUPS's client programs, or save the PDF and print it from another computer"
    )


def test_options_become_lp_arguments() -> None:
    options = PrintOptions(
        title="Care sheet",
        copies=2,
        collate=False,
        page_ranges="1-2,4",
        sides="two-sided-long-edge",
        media="Letter",
    )
    assert options.arguments() == [
        *("-t", "Care sheet", "-n", "2", "-o", "collate=false"),
        *("-o", "page-ranges=1-2,4", "-o", "sides=two-sided-long-edge", "-o", "media=Letter"),
    ]
    assert PrintOptions(title="Care sheet").arguments() == ["-t", "Care sheet", "-n", "1"]


def test_the_frozen_app_runs_lp_with_the_systems_libraries(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The bundle's bootloader points LD_LIBRARY_PATH at the bundle and keeps the value it
    found in LD_LIBRARY_PATH_ORIG: lp must get the latter, or none at all."""
    from clinic_app.services.print_queue import _system_environment

    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/clinic-intake/_internal:/usr/local/lib")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/usr/local/lib")
    environment = _system_environment()
    assert environment["LD_LIBRARY_PATH"] == "/usr/local/lib"
    assert "LD_LIBRARY_PATH_ORIG" not in environment
    monkeypatch.delenv("LD_LIBRARY_PATH_ORIG")
    assert "LD_LIBRARY_PATH" not in _system_environment()
    monkeypatch.setattr("sys.frozen", False)
    assert _system_environment()["LD_LIBRARY_PATH"] == "/opt/clinic-intake/_internal:/usr/local/lib"


def test_an_instance_of_a_queue_prints_with_its_saved_options_and_is_followed(
    spooler: Spooler, sheet_pdf: bytes, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """An instance ("front-desk/page-two") is the queue with options saved by lpoptions, in
    the user's ~/.cups: lp takes its name, lpstat only the queue's."""
    monkeypatch.setenv("HOME", str(tmp_path))
    instance = f"{spooler.queue}/page-two"
    spooler.run("lpoptions", "-p", instance, "-o", "page-ranges=2")
    job = print_queue.submit(instance, sheet_pdf, OPTIONS)
    done = until(lambda: printed_status(job))
    assert done.words() == "Printed on Front desk printer."
    [printed] = spooler.printed()
    [only] = pages(printed.read_bytes())
    assert words(only) == words(pages(sheet_pdf)[1])
