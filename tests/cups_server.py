"""A private CUPS scheduler with one cups-pdf queue, for the tests that print through a spooler.

The test session starts its own `cupsd` (tests/conftest.py), whatever the machine runs: CI's
fresh container has no init to start Debian's, and a developer's own must be neither needed
nor disturbed. It lives in a fresh folder under the temporary directory: its own
ServerRoot, spool, cache, state and logs, and a Unix socket of its own as its only
listener (no port, no browsing, no web interface). Clients find it through CUPS_SERVER,
which the `spooler` fixture sets for the test (lp, lpstat and Qt's print support read it).

The queue prints with cups-pdf (`printer-driver-cups-pdf`), a CUPS backend that writes
each job as a PDF, through Ghostscript, into the folder its settings name. It reads them
from a path compiled in, /etc/cups/cups-pdf-NAME.conf for a device `cups-pdf:/NAME`, so the
session writes one such file, named for itself, and removes it again; Debian's own
cups-pdf.conf is left alone. The backend must run as root (it is 0700 root), so the
scheduler must too: the tests need root, as CI has.

However the session ends, the scheduler goes: `running()` stops it, removes its folder and
the settings file, and a watchdog process does the same should the session die without
cleaning up (it waits for the end of a pipe only the session holds open).
"""

import contextlib
import ctypes
import ctypes.util
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

QUEUE = "front-desk"
DESCRIPTION = "Front desk printer"
PROGRAMS: dict[str, str] = {
    # what the session runs: the Debian package that installs it
    "cupsd": "cups",  # cups-daemon holds it; `cups` brings the filters a job goes through
    "lpadmin": "cups-client",
    "lpinfo": "cups-client",
    "lpstat": "cups-client",
    "lp": "cups-client",
    "cupsenable": "cups-client",
    "cupsdisable": "cups-client",
    "cancel": "cups-client",
    "cupsaccept": "cups-client",
    "cupsreject": "cups-client",
    "lpoptions": "cups-client",
}
SEARCH_PATH = os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/sbin"])
"""cupsd and the admin commands live in sbin, which a user's PATH may leave out."""
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
BACKEND_PACKAGE = "printer-driver-cups-pdf"
CUPS_PDF_SETTINGS = Path("/etc/cups")
"""Where cups-pdf reads its settings, fixed when it was built."""
START_SECONDS = 30.0
CLEANED_UP = b"cleaned up"
"""What the session tells its watchdog when it has stopped the scheduler itself."""


class SpoolerFailed(RuntimeError):
    """The programs are there, but the scheduler or its queue could not be set up."""


@dataclass(frozen=True)
class Spooler:
    """A running private scheduler."""

    server: str
    """Its socket's path: the value of CUPS_SERVER that reaches it."""
    directory: Path
    output: Path
    """Where cups-pdf writes each printed job."""
    queue: str = QUEUE
    description: str = DESCRIPTION

    def run(self, *command: str) -> str:
        """A CUPS command against this scheduler (cupsdisable, lpstat…); its output."""
        return _run(command, self.server, f"{command[0]} {' '.join(command[1:])}")

    def printed(self) -> list[Path]:
        """The PDFs cups-pdf has written so far, oldest first."""
        return sorted(self.output.glob("*.pdf"), key=lambda path: path.stat().st_mtime_ns)


def missing_program() -> tuple[str, str] | None:
    """(program, Debian package) of the first thing the session needs and lacks, or None."""
    for name, package in PROGRAMS.items():
        if shutil.which(name, path=SEARCH_PATH) is None:
            return name, package
    if not BACKEND.exists():
        return "the cups-pdf backend", BACKEND_PACKAGE
    return None


def tell_libcups_to_reread_the_server() -> None:
    """libcups reads CUPS_SERVER once per thread and keeps what it found: Qt's print support
    may already have asked (any earlier test that made a QPrinter). After CUPS_SERVER
    changes, this makes libcups, on the calling thread, read it again on its next call."""
    name = ctypes.util.find_library("cups")
    if name is None:
        return  # no libcups: Qt's print support has no CUPS plugin to tell
    library = ctypes.CDLL(name)
    library.cupsSetServer.argtypes = [ctypes.c_char_p]
    library.cupsSetServer.restype = None
    library.cupsSetServer(None)


def _environment(server: str) -> dict[str, str]:
    return {**os.environ, "CUPS_SERVER": server, "LC_ALL": "C", "PATH": SEARCH_PATH}


def _run(command: Sequence[str], server: str, what: str, stdin: bytes | None = None) -> str:
    done = subprocess.run(
        list(command),
        input=stdin,
        stdin=subprocess.DEVNULL if stdin is None else None,
        capture_output=True,
        env=_environment(server),
        timeout=60,
        check=False,
        cwd="/",
    )
    if done.returncode != 0:
        output = (done.stdout + done.stderr).decode(errors="replace").strip()
        raise SpoolerFailed(f"{what} failed (exit {done.returncode}): {output}")
    return done.stdout.decode(errors="replace")


def _settings_file(directory: Path) -> Path:
    return CUPS_PDF_SETTINGS / f"cups-pdf-{_device_name(directory)}.conf"


def _device_name(directory: Path) -> str:
    """cups-pdf's name for the queue's settings: the folder's, unique to this session."""
    return directory.name.replace(".", "-")


def _write_settings(directory: Path) -> None:
    conf, spool = directory / "conf", directory / "spool"
    for folder in (conf, conf / "ppd", spool, spool / "tmp", directory / "log", directory / "out"):
        folder.mkdir(parents=True, exist_ok=True)
    # The scheduler's filters run as lp: the folders above its spool must let it through.
    directory.chmod(0o755)
    (conf / "cups-files.conf").write_text(
        f"ServerRoot {conf}\n"
        f"RequestRoot {spool}\n"
        f"TempDir {spool / 'tmp'}\n"
        f"CacheDir {directory / 'cache'}\n"
        f"StateDir {directory / 'state'}\n"
        f"AccessLog {directory / 'log' / 'access_log'}\n"
        f"ErrorLog {directory / 'log' / 'error_log'}\n"
        f"PageLog {directory / 'log' / 'page_log'}\n"
        "User lp\nGroup lp\nSystemGroup root\nFileDevice No\n"
    )
    (conf / "cupsd.conf").write_text(
        "LogLevel info\n"
        f"Listen {directory / 'cups.sock'}\n"
        "Browsing No\nWebInterface No\nDefaultAuthType None\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n"
    )
    _settings_file(directory).write_text(
        f"Out {directory / 'out'}\n"
        f"AnonDirName {directory / 'out'}\n"
        f"Log {directory / 'log'}\n"
        "Grp root\n"
    )


def _wait_until_answering(server: str, scheduler: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_SECONDS
    while True:
        if scheduler.poll() is not None:
            raise SpoolerFailed(f"cupsd exited ({scheduler.returncode}): {_tail(log)}")
        with contextlib.suppress(SpoolerFailed):
            if "scheduler is running" in _run(["lpstat", "-r"], server, "lpstat -r"):
                return
        if time.monotonic() > deadline:
            raise SpoolerFailed(f"cupsd did not answer within {START_SECONDS:g} s: {_tail(log)}")
        time.sleep(0.1)  # a server coming up, not a test waiting on the app


def _tail(log: Path) -> str:
    return log.read_text(errors="replace")[-2000:] if log.exists() else ""


def _add_queue(server: str) -> None:
    models = _run(["lpinfo", "-m"], server, "lpinfo -m").splitlines()
    found = [line.split()[0] for line in models if "CUPS-PDF_opt" in line]
    found += [line.split()[0] for line in models if "CUPS-PDF" in line]
    if not found:
        raise SpoolerFailed("lpinfo -m lists no CUPS-PDF driver (printer-driver-cups-pdf)")
    _run(
        [
            *("lpadmin", "-p", QUEUE, "-D", DESCRIPTION, "-E"),
            *("-v", f"cups-pdf:/{_device_name(Path(server).parent)}", "-m", found[0]),
        ],
        server,
        "lpadmin",
    )


def start(
    directory: Path, started: Callable[[int], None] = lambda pid: None
) -> tuple[Spooler, subprocess.Popen[bytes]]:
    """Set up and start a scheduler in `directory` (which must exist, empty), its queue
    added; `started` hears its process id as soon as it has one."""
    _write_settings(directory)
    conf = directory / "conf"
    log = directory / "log" / "cupsd.out"
    with log.open("wb") as output:
        scheduler = subprocess.Popen(
            [
                shutil.which("cupsd", path=SEARCH_PATH) or "cupsd",
                *("-f", "-c", str(conf / "cupsd.conf"), "-s", str(conf / "cups-files.conf")),
            ],
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            cwd="/",
            start_new_session=True,  # Ctrl-C is for the session; `stop` ends the scheduler
        )
    started(scheduler.pid)
    server = str(directory / "cups.sock")
    try:
        _wait_until_answering(server, scheduler, directory / "log" / "error_log")
        _add_queue(server)
    except BaseException:
        _stop_child(scheduler)
        raise
    return Spooler(server, directory, directory / "out"), scheduler


def _stop_child(scheduler: subprocess.Popen[bytes]) -> None:
    """Stop the session's own scheduler (SIGTERM: it ends its jobs and exits) and reap it."""
    scheduler.terminate()
    try:
        scheduler.wait(timeout=20)
    except subprocess.TimeoutExpired:
        scheduler.kill()
        scheduler.wait(timeout=20)


def _end(pid: int) -> None:
    """The watchdog's stop: the scheduler with that id is not its child, so poll for it."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


def stop(directory: Path, pid: int | None = None) -> None:
    """Stop the scheduler with id `pid` (if given), remove its folder and its cups-pdf
    settings file."""
    if pid is not None:
        _end(pid)
    with contextlib.suppress(FileNotFoundError):
        _settings_file(directory).unlink()
    shutil.rmtree(directory, ignore_errors=True)


def _watch(directory: Path) -> None:
    """Wait until the session's end of the pipe closes, however it closes; then clean up.

    The session writes the scheduler's id ("pid N") once it has one, and CLEANED_UP once
    it has stopped it itself (the id may be someone else's by then).
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    told = sys.stdin.buffer.read().splitlines()
    if told and told[-1] == CLEANED_UP:
        return
    pids = [int(line.split()[1]) for line in told if line.startswith(b"pid ")]
    stop(directory, pids[-1] if pids else None)


@contextlib.contextmanager
def running() -> Iterator[Spooler]:
    """A private scheduler with its queue, for the duration of the `with`."""
    directory = Path(tempfile.mkdtemp(prefix="clinic-intake-cups."))
    scheduler: subprocess.Popen[bytes] | None = None
    watchdog = subprocess.Popen(
        [sys.executable, __file__, "watch", str(directory)],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # out of the terminal's reach, so Ctrl-C cannot stop it first
    )
    assert watchdog.stdin is not None
    tell = watchdog.stdin

    def started(pid: int) -> None:
        tell.write(f"pid {pid}\n".encode())
        tell.flush()

    try:
        spooler, scheduler = start(directory, started)
        yield spooler
    finally:
        try:
            if scheduler is not None:
                _stop_child(scheduler)
            stop(directory)
        finally:
            with contextlib.suppress(BrokenPipeError):
                tell.write(b"\n" + CLEANED_UP)
                tell.close()
            watchdog.wait(timeout=60)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "watch":
        _watch(Path(sys.argv[2]))
    else:
        print(f"usage: {Path(__file__).name} watch DIR (the session runs this)")
        sys.exit(2)
