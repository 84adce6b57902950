"""Every main screen drawn by a real X server (Xvfb, Qt's xcb platform), kept as PNGs.

The other GUI tests draw offscreen; these run the app the way a desktop does, in
subprocesses on an Xvfb display of their own. `docs/screenshots.py` drives each main
screen and grabs it from the X server; its PNGs are kept on purpose under
build/artifacts/screens/ for people to look at (each run replaces them). The app itself,
started on a fresh home with no options, must show its first window and stay up.

Without Xvfb (or xwininfo, for the second test) the tests skip and say why; under CI
(the `CI` variable set) a missing tool fails them instead, since CI must run them.
"""

import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import needs
import pytest
from PySide6.QtGui import QImage

from gui.x_display import x_server

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "docs" / "screenshots.py"
ARTIFACTS = ROOT / "build" / "artifacts" / "screens"
SCREEN = (1280, 1024)
MAIN_WINDOW = (1200, 800)

EXPECTED: dict[str, tuple[int, int] | None] = {
    # The main window's screens at its fixed size; dialogs (None) at their own.
    "01-first-run": None,
    "02-sign-in": None,
    "03-intake-patient": MAIN_WINDOW,
    "04-intake-running": MAIN_WINDOW,
    "05-intake-symptoms": MAIN_WINDOW,
    "06-intake-history": MAIN_WINDOW,
    "07-intake-review": MAIN_WINDOW,
    "08-intake-result": MAIN_WINDOW,
    "09-print-preview": None,
    "10-patients-search": MAIN_WINDOW,
    "11-new-patient-duplicate": None,
    "12-drafts": None,
    "13-review-queue": MAIN_WINDOW,
    "14-decision": None,
    "15-referral-letter": None,
    "16-locked": MAIN_WINDOW,
    "17-settings": MAIN_WINDOW,
    "18-users": MAIN_WINDOW,
    "19-audit-trail": MAIN_WINDOW,
    "20-follow-up-form": MAIN_WINDOW,
    "21-progress-charts": MAIN_WINDOW,
    # The kiosk, full screen.
    "kiosk-1-language": SCREEN,
    "kiosk-2-about-you": SCREEN,
    "kiosk-3-symptoms": SCREEN,
    "kiosk-4-consent": SCREEN,
    "kiosk-5-thank-you": SCREEN,
}
SOON_BADGE = 0xF2B705  # the style sheet's "Soon — within days" badge
MARKED_REGION = 0x1F5FA8  # foot_map.MARKED: a region marked on the drawing
WITH_FLAGS = (
    "03-intake-patient",
    "04-intake-running",
    "05-intake-symptoms",
    "06-intake-history",
    "07-intake-review",
    "08-intake-result",
    "20-follow-up-form",
)
FIRST_WINDOW_TITLE = "Set up the administrator account"  # ui/first_run.ui
FIRST_WINDOW_S = 30.0
"""How long a cold start may take to show its first window on a busy CI machine."""
STAYS_UP_S = 3.0
EXIT_S = 10.0


@pytest.fixture(scope="module")
def display(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An Xvfb server for this module (gui/x_display.py)."""
    with x_server(
        tmp_path_factory.mktemp("xvfb"), SCREEN, "the screens cannot be drawn on a real X server"
    ) as name:
        yield name


def _environment(display: str, home: Path) -> dict[str, str]:
    """The app's environment on the Xvfb display: xcb, a fresh home, no outside database."""
    home.mkdir(parents=True, exist_ok=True)
    environment = dict(os.environ)
    for name in ("CLINIC_INTAKE_DB", "WAYLAND_DISPLAY", "XAUTHORITY"):
        environment.pop(name, None)
    environment.update(
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",  # tests/conftest.py chose offscreen for this process
        CLINIC_INTAKE_HOME=str(home),
    )
    return environment


def _colours(image: QImage) -> Counter[int]:
    """How many pixels of each 0xRRGGBB colour the image has."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = memoryview(bytes(rgb.constBits())).cast("I")  # 32-bit rows have no padding
    return Counter(pixel & 0xFFFFFF for pixel in pixels)


@pytest.mark.slow
def test_every_main_screen_is_grabbed_from_the_x_server(display: str, tmp_path: Path) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for stale in ARTIFACTS.glob("*.png"):
        stale.unlink()
    result = subprocess.run(
        [sys.executable, str(SCRIPT), str(ARTIFACTS)],
        env=_environment(display, tmp_path / "home"),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    said = f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    assert result.returncode == 0, said
    assert "Traceback" not in result.stderr, said
    assert sorted(path.stem for path in ARTIFACTS.glob("*.png")) == sorted(EXPECTED)
    printed = result.stdout.splitlines()
    assert len(printed) == len(EXPECTED), said  # one line per file

    for name, size in EXPECTED.items():
        path = ARTIFACTS / f"{name}.png"
        assert any(line.startswith(f"{path} ") for line in printed), f"{name} not reported"
        image = QImage(str(path))
        assert not image.isNull(), f"{name}: not a readable PNG"
        width, height = image.width(), image.height()
        if size is not None:
            assert (width, height) == size, name
        else:
            assert 200 <= width <= SCREEN[0], f"{name}: {width} wide"
            assert 100 <= height <= SCREEN[1], f"{name}: {height} high"
        colours = _colours(image)
        commonest = colours.most_common(1)[0][1] / (width * height)
        # Text is anti-aliased into many shades; an empty or unpainted window is one or two.
        assert len(colours) >= 16, f"{name}: only {len(colours)} colours, blank"
        assert commonest < 0.97, f"{name}: {commonest:.1%} one colour, blank"
        if name in WITH_FLAGS:
            assert colours[SOON_BADGE] > 300, f"{name}: no referral flag badge on screen"
        if name in ("05-intake-symptoms", "kiosk-3-symptoms"):
            assert colours[MARKED_REGION] > 300, f"{name}: no region marked on the foot map"


def _windows(xwininfo: str, display: str) -> dict[str, str]:
    """Title → window id of every named window on the display."""
    listing = subprocess.run(
        [xwininfo, "-root", "-tree"],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=10,
        check=True,
    ).stdout
    return {
        match[2]: match[1]
        for match in re.finditer(r'^\s*(0x[0-9a-f]+) "(.*)":', listing, re.MULTILINE)
    }


def _viewable(xwininfo: str, display: str, window: str) -> bool:
    info = subprocess.run(
        [xwininfo, "-id", window],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=10,
        check=False,
    ).stdout
    return "Map State: IsViewable" in info


@pytest.mark.slow
def test_the_app_on_a_fresh_home_shows_its_first_window_and_stays_up(
    display: str, tmp_path: Path
) -> None:
    xwininfo = needs.program("xwininfo", "the app's window cannot be looked for")
    home = tmp_path / "home"
    stdout, stderr = tmp_path / "stdout.txt", tmp_path / "stderr.txt"
    with stdout.open("wb") as out, stderr.open("wb") as err:
        app = subprocess.Popen(
            [sys.executable, "-m", "clinic_app"],
            env=_environment(display, home),
            cwd=tmp_path,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
        )
    try:
        deadline = time.monotonic() + FIRST_WINDOW_S
        window = None
        while window is None:
            assert app.poll() is None, f"the app exited ({app.returncode}): {stderr.read_text()}"
            assert time.monotonic() < deadline, (
                f"no window titled {FIRST_WINDOW_TITLE!r} after {FIRST_WINDOW_S:.0f} s; "
                f"windows: {sorted(_windows(xwininfo, display))}; stderr: {stderr.read_text()}"
            )
            found = _windows(xwininfo, display).get(FIRST_WINDOW_TITLE)
            if found is not None and _viewable(xwininfo, display, found):
                window = found
            else:
                time.sleep(0.1)

        # It stays up, its window still on screen, until it is told to go.
        up_until = time.monotonic() + STAYS_UP_S
        while time.monotonic() < up_until:
            assert app.poll() is None, f"the app exited ({app.returncode}): {stderr.read_text()}"
            time.sleep(0.2)
        assert _viewable(xwininfo, display, window)
        assert (home / "data").is_dir()  # the fresh home got its database
    finally:
        if app.poll() is None:
            app.send_signal(signal.SIGTERM)
        try:
            code = app.wait(timeout=EXIT_S)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
            pytest.fail(f"the app did not exit within {EXIT_S:.0f} s of SIGTERM")
    assert code in (0, -signal.SIGTERM), f"exit code {code}: {stderr.read_text()}"
    errors = stderr.read_text(errors="replace")
    assert "Traceback" not in errors, errors
    assert "Fatal Python error" not in errors, errors
    assert not re.search(r"\bERROR\b", errors), errors


def test_an_unknown_screenshot_language_is_refused_with_the_known_ones() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--language", "fr", str(ARTIFACTS / "fr")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert "unknown language 'fr': known languages are en, es, zh-Hans" in result.stderr
    assert not (ARTIFACTS / "fr").exists()
