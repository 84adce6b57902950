"""What the tests need beyond Python, and the note at the end of a run that went without some.

A test that needs a program from a system package asks for it here, `program("pdftoppm",
"the pages cannot be drawn")`, and the PostgreSQL half of the suite asks through
`missing()`. When the need is not met the test skips, saying what is missing, the Debian
package that installs it and why the test needs it; under CI (the `CI` variable set) it
fails instead, since CI installs everything first (.ci/run). At the end of the run
`pytest_terminal_summary` (a hook tests/conftest.py takes from here) says once which tests
did not run for that reason and the one command that installs what they need.
"""

import os
import re
import shutil
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import NoReturn

import cups_server
import pytest
from postgres_cluster import PACKAGE as POSTGRESQL

BACKEND = cups_server.BACKEND_PACKAGE
PROGRAMS: dict[str, str] = {
    # a program the tests run: the Debian package that installs it
    "pdftoppm": "poppler-utils",
    "pdftotext": "poppler-utils",
    "pdffonts": "poppler-utils",
    "Xvfb": "xvfb",
    "xwininfo": "x11-utils",
    "dpkg": "dpkg",
    "dpkg-deb": "dpkg",
    "desktop-file-validate": "desktop-file-utils",
    "appstreamcli": "appstream",
    # The FHIR Questionnaire is rendered and answered in a real browser (tests/fhir).
    "chromium": "chromium",
    # The screen reader's view: a session bus of the test's own (tests/gui/test_screen_reader.py).
    "dbus-daemon": "dbus-daemon",
    # The PostgreSQL clusters speak TLS only, with a throwaway CA (tests/postgres_cluster.py).
    "openssl": "openssl",
}
PACKAGES = tuple(
    dict.fromkeys([POSTGRESQL, *PROGRAMS.values(), *cups_server.PROGRAMS.values(), BACKEND])
)
"""Every package some test needs, in the order an install command names them."""

_MISSING = re.compile(
    r"(?P<what>[^:\s][^:]*?) is not installed \(Debian package (?P<package>[\w.+-]+)\)"
)


def missing(what: str, package: str, why: str) -> NoReturn:
    """Skip the test (fail it under CI): `what`, from `package`, is not installed."""
    reason = f"{what} is not installed (Debian package {package}): {why}"
    if os.environ.get("CI"):
        pytest.fail(f"CI must run this test: {reason}", pytrace=False)
    pytest.skip(reason)


def impossible(reason: str) -> NoReturn:
    """Skip the test (fail it under CI): it cannot run on this machine, for `reason`."""
    if os.environ.get("CI"):
        pytest.fail(f"CI must run this test, but {reason}", pytrace=False)
    pytest.skip(reason)


def program(name: str, why: str) -> str:
    """The path of the program `name`; a skip, saying what installs it, when it is missing."""
    found = shutil.which(name)
    if found is None:
        missing(name, PROGRAMS[name], why)
    return found


def install_command(packages: Iterable[str]) -> str:
    """The one command that installs `packages` (root needs no sudo, and may not have it)."""
    sudo = "" if os.geteuid() == 0 else "sudo "
    return f"{sudo}apt-get install {' '.join(packages)}"


def _reason(report: pytest.TestReport) -> str:
    if isinstance(report.longrepr, tuple):
        return report.longrepr[2]
    return str(report.longrepr)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> Iterator[None]:
    """Once, at the end: the tests that skipped for want of a package, and how to get it.

    A wrapper around pytest's own summary, so the note comes after its list of skips (-ra),
    just above the final count.
    """
    yield
    files: dict[str, Counter[str]] = {}
    programs: dict[str, set[str]] = {}
    for report in terminalreporter.stats.get("skipped", []):
        found = _MISSING.search(_reason(report))
        if found is None:
            continue
        package = found["package"]
        files.setdefault(package, Counter())[report.nodeid.split("::")[0]] += 1
        programs.setdefault(package, set()).add(found["what"])
    if not files:
        return
    total = sum(sum(counts.values()) for counts in files.values())
    write = terminalreporter.write_line
    terminalreporter.write_sep("=", "tests that did not run: what they need is not installed")
    for package in sorted(files, key=_in_package_order):
        counts = files[package]
        tests = sum(counts.values())
        needed = ", ".join(sorted(programs[package]))
        need = "needs" if tests == 1 else "need"
        write(f"{tests} {_tests(tests)} {need} the Debian package {package}, for {needed}:")
        for path, count in sorted(counts.items()):
            write(f"    {path} ({count})")
    write(f"To run these {total} {_tests(total)} too, install what they need and run again:")
    write(f"    {install_command(sorted(files, key=_in_package_order))}")


def _in_package_order(package: str) -> tuple[int, str]:
    return (PACKAGES.index(package) if package in PACKAGES else len(PACKAGES), package)


def _tests(count: int) -> str:
    return "test" if count == 1 else "tests"
