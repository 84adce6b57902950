"""A real screen reader's view (accessibility.md): the sign-in window and the intake
form's first step, read over the AT-SPI accessibility bus, name each field and say what
kind of control it is.

Real parts: Xvfb, a D-Bus session bus of the test's own (dbus-daemon), at-spi2-core's bus
launcher and registry (started by that bus on demand), the app's windows on Qt's xcb
platform with its AT-SPI bridge on, in a process of their own (screen_reader_app.py);
the test reads them as Orca would, over D-Bus (gui/screen_reader.py).
"""

import os
import select
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import needs
import pytest

from clinic_app import APP_NAME
from gui.screen_reader import Node, ScreenReader
from gui.x_display import x_server

APP = Path(__file__).resolve().with_name("screen_reader_app.py")
LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
READY_S = 60.0
WHY = "a screen reader's view of the app is read over the AT-SPI bus"


@pytest.fixture(scope="module")
def display(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with x_server(tmp_path_factory.mktemp("xvfb"), (1280, 900), WHY) as name:
        yield name


@pytest.fixture(scope="module")
def session_bus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A D-Bus session bus of this module's own; its address. The accessibility bus it
    starts keeps its socket under XDG_RUNTIME_DIR, which is this module's too."""
    daemon = needs.program("dbus-daemon", WHY)
    if not LAUNCHER.exists():
        needs.missing("at-spi-bus-launcher", "at-spi2-core", WHY)
    runtime = tmp_path_factory.mktemp("runtime")
    runtime.chmod(0o700)
    bus = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,  # it says it cannot raise its file limit, when not root
        env={**os.environ, "XDG_RUNTIME_DIR": str(runtime)},
        text=True,
    )
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    try:
        assert address.startswith("unix:"), f"dbus-daemon gave no address ({address!r})"
        yield address
    finally:
        bus.terminate()
        bus.wait(timeout=10)
        bus.stdout.close()


@pytest.fixture(scope="module")
def desk_tree(
    display: str, session_bus: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Node]:
    """The app's accessible tree as the bus gives it, with both windows shown."""
    folder = tmp_path_factory.mktemp("screen-reader")
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("CLINIC_INTAKE_DB", "WAYLAND_DISPLAY", "XAUTHORITY")
    }
    environment.update(
        DISPLAY=display,
        DBUS_SESSION_BUS_ADDRESS=session_bus,
        QT_QPA_PLATFORM="xcb",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        CLINIC_INTAKE_HOME=str(folder / "home"),
        CLINIC_INTAKE_THEME="light",
    )
    with (folder / "app.log").open("wb") as log:
        app = subprocess.Popen(
            [sys.executable, str(APP), str(folder / "clinic.sqlite3")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
            env=environment,
            text=True,
        )
    assert app.stdout is not None
    assert app.stdin is not None
    try:
        ready, _, _ = select.select([app.stdout], [], [], READY_S)
        line = app.stdout.readline() if ready else ""
        assert line.strip() == "ready", (
            f"the app did not show its windows: {(folder / 'app.log').read_text()[-2000:]}"
        )
        reader = ScreenReader(session_bus)
        try:
            (application,) = reader.applications()
            yield _settled(reader, application)
        finally:
            reader.close()
    finally:
        app.stdin.close()
        try:
            app.wait(timeout=20)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
        app.stdout.close()


def _settled(reader: ScreenReader, application: tuple[str, str]) -> Node:
    """The tree once both windows are in it (the bridge adds them as they map)."""
    deadline = time.monotonic() + 20
    while True:
        tree = reader.tree(*application)
        windows = [node for node in tree.children if node.role in ("dialog", "frame")]
        if len(windows) >= 2 or time.monotonic() > deadline:
            return tree
        time.sleep(0.3)


def window(tree: Node, role: str, starts: str) -> Node:
    found = [node for node in tree.children if node.role == role and node.name.startswith(starts)]
    assert found, f"no {role} named {starts!r}: {[(n.role, n.name) for n in tree.children]}"
    return found[0]


def test_the_sign_in_window_names_its_fields_to_a_screen_reader(desk_tree: Node) -> None:
    sign_in = window(desk_tree, "dialog", "Sign in")
    assert sign_in.find("text", "Username") is not None
    assert (
        sign_in.find("password text", "Password") or sign_in.find("text", "Password")
    ) is not None
    buttons = [node.name for node in sign_in.walk() if node.role == "push button"]
    assert "Sign in" in buttons, buttons


def test_the_first_intake_step_names_its_fields_to_a_screen_reader(desk_tree: Node) -> None:
    desk = window(desk_tree, "frame", APP_NAME)
    for name in ("First name", "Last name", "Date of birth", "Phone", "Email"):
        assert desk.find("text", name) is not None, f"no text field named {name!r}"
    assert desk.find("combo box", "Sex") is not None
    assert desk.find("page tab", "New intake") is not None


def test_no_control_on_the_bus_is_nameless(desk_tree: Node) -> None:
    controls = ("push button", "text", "password text", "combo box", "check box", "spin button")
    nameless = [
        f"{node.role} among {[(c.role, c.name) for c in parent.children]}"
        for parent in desk_tree.walk()
        for node in parent.children
        if node.role in controls and not (node.name.strip() or any(node.labels))
    ]
    assert len([n for n in desk_tree.walk() if n.role in controls]) > 20
    assert nameless == []
