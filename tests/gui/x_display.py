"""A real X server for the tests that need one (Xvfb): the screenshots, and the screen
reader's view through the AT-SPI bus, which Qt's xcb platform serves."""

import os
import select
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import needs
import pytest


@contextmanager
def x_server(folder: Path, screen: tuple[int, int], why: str) -> Iterator[str]:
    """An Xvfb server of `screen` pixels on a display number it chose itself
    (-displayfd), its log in `folder`; the display's name (":N") while it runs. Without
    Xvfb the test skips (fails under CI), saying `why` it needs one."""
    xvfb = needs.program("Xvfb", why)
    log = folder / "xvfb.log"
    read_end, write_end = os.pipe()
    with log.open("wb") as log_file:
        server = subprocess.Popen(
            [
                xvfb,
                "-displayfd",
                str(write_end),
                "-screen",
                "0",
                f"{screen[0]}x{screen[1]}x24",
                "-nolisten",
                "tcp",
            ],
            pass_fds=(write_end,),
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    os.close(write_end)
    try:
        number = _read_display_number(read_end, server, log)
        yield f":{number}"
    finally:
        os.close(read_end)
        server.terminate()
        try:
            server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _read_display_number(read_end: int, server: "subprocess.Popen[bytes]", log: Path) -> int:
    """Xvfb writes its display number once it accepts connections: ready when read."""
    deadline = time.monotonic() + 20
    text = b""
    while not text.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0 or server.poll() is not None:
            pytest.fail(f"Xvfb did not start: {log.read_text(errors='replace')[-2000:]}")
        ready, _, _ = select.select([read_end], [], [], min(left, 0.5))
        if ready:
            chunk = os.read(read_end, 64)
            if not chunk:
                pytest.fail(f"Xvfb said no display: {log.read_text(errors='replace')[-2000:]}")
            text += chunk
    return int(text.strip())
