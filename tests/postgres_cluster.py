"""A throwaway PostgreSQL cluster on loopback, for the PostgreSQL half of the tests.

The test session starts one itself (tests/conftest.py) when CLINIC_INTAKE_TEST_PG names no
server and PostgreSQL's server programs are installed: Debian's `postgresql` puts them in
/usr/lib/postgresql/VERSION/bin, and elsewhere they are wherever `initdb` is on PATH.
CLINIC_INTAKE_PG_BIN names the folder to use instead; set to a folder without them (or to
nothing) it makes a machine with PostgreSQL look like one without.

The cluster lives in a fresh folder (mode 0700) under the temporary directory: trust
authentication, loopback and its own socket folder only, a port nobody is listening on (so a
developer's own server never gets in the way), and fsync off, since nothing in it is worth
keeping. initdb refuses to run as root, so as root the server runs as the `postgres` user
that Debian's package creates.

However the session ends, the cluster goes: `running()` stops it and removes its folder,
and a watchdog process does the same should the session die without cleaning up (SIGTERM,
SIGKILL, a crash): it waits for the end of a pipe that only the session holds open.

`make bench` starts one the same way for its PostgreSQL figures (benchmarks/postgresql.py
imports this file with tests/ on sys.path).

By hand, for a server to point the app or the benchmarks at:

    .venv/bin/python tests/postgres_cluster.py start DIR    # prints the URL
    .venv/bin/python tests/postgres_cluster.py stop DIR     # stops it and removes DIR
"""

import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

BIN_ENV = "CLINIC_INTAKE_PG_BIN"
PACKAGE = "postgresql"
"""The Debian package that installs the server programs."""
PROGRAMS = ("initdb", "pg_ctl")
DEBIAN_BINS = Path("/usr/lib/postgresql")
SERVER_USER = "postgres"
"""Who runs the server when the tests run as root."""
DATABASE = "postgres"
"""The database the URL names: the tests create their own databases from it."""
START_ATTEMPTS = 3
"""A free port can be taken by someone else between finding it and the server binding it."""


class ClusterFailed(RuntimeError):
    """The programs are there, but the cluster could not be made or started."""


@dataclass(frozen=True)
class Cluster:
    url: str
    """postgresql+psycopg://postgres@127.0.0.1:PORT/postgres"""
    directory: Path
    """Where its data, socket and log live; removed when it stops."""


def _holds_programs(folder: Path) -> bool:
    return all(os.access(folder / name, os.X_OK) for name in PROGRAMS)


def _version(folder: Path) -> tuple[int, ...]:
    """/usr/lib/postgresql/15/bin -> (15,); a name that is no version sorts first."""
    try:
        return tuple(int(part) for part in folder.parent.name.split("."))
    except ValueError:
        return ()


def server_programs() -> Path | None:
    """The folder holding initdb and pg_ctl (the newest version's), or None."""
    if BIN_ENV in os.environ:
        chosen = os.environ[BIN_ENV].strip()
        return Path(chosen) if chosen and _holds_programs(Path(chosen)) else None
    candidates = sorted(DEBIAN_BINS.glob("*/bin"), key=_version, reverse=True)
    on_path = shutil.which("initdb")
    if on_path is not None:
        candidates.append(Path(os.path.realpath(on_path)).parent)
    return next((folder for folder in candidates if _holds_programs(folder)), None)


def _as_server_user() -> list[str]:
    """The command prefix that runs a program as the server's owner."""
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam(SERVER_USER)
    except KeyError:
        raise ClusterFailed(
            f"running as root, and initdb refuses root: there is no `{SERVER_USER}` user to"
            " run the server as (Debian's postgresql package creates one)"
        ) from None
    return ["runuser", "-u", SERVER_USER, "--"]


def pg_ctl(cluster: Cluster, programs: Path, *action: str) -> None:
    """pg_ctl (stop, restart, promote…) on a running cluster of this module's; it blocks
    until pg_ctl is done, so a GUI test runs it off the GUI thread."""
    data = cluster.directory / "data"
    log = cluster.directory / "server.log"  # the server must not hold our pipes open
    command = [str(programs / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60"]
    subprocess.run(
        [*_as_server_user(), *command, *action],
        cwd="/",
        check=True,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=120,
    )


def _run(command: Sequence[str], what: str) -> None:
    done = subprocess.run(
        [*_as_server_user(), *command],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        cwd="/",  # where the server's user may stand, whoever started the tests
        text=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        output = (done.stdout + done.stderr).strip()
        raise ClusterFailed(f"{what} failed (exit {done.returncode}): {output}")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def start(directory: Path, programs: Path) -> str:
    """Make a cluster in `directory` (which must exist, empty) and start it; its URL."""
    if os.geteuid() == 0:
        owner = pwd.getpwnam(SERVER_USER)
        os.chown(directory, owner.pw_uid, owner.pw_gid)
    directory.chmod(0o700)
    data = directory / "data"
    initdb = [str(programs / "initdb"), "-D", str(data), "-U", SERVER_USER, "-A", "trust"]
    _run([*initdb, "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"], "initdb")
    log = directory / "server.log"
    for attempt in range(1, START_ATTEMPTS + 1):
        port = _free_port()
        options = (
            f"-c listen_addresses=127.0.0.1 -p {port} -k {directory}"
            " -c fsync=off -c max_connections=200"
        )
        pg_ctl = [str(programs / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60"]
        try:
            _run([*pg_ctl, "-o", options, "start"], "pg_ctl start")
        except ClusterFailed as failed:
            if attempt == START_ATTEMPTS:
                server_log = log.read_text(errors="replace") if log.exists() else ""
                raise ClusterFailed(f"{failed}\n{server_log}".strip()) from None
            continue
        return f"postgresql+psycopg://{SERVER_USER}@127.0.0.1:{port}/{DATABASE}"
    raise AssertionError("unreachable")  # pragma: no cover


def stop(directory: Path, programs: Path | None) -> None:
    """Stop the cluster in `directory`, if it runs, and remove the folder."""
    data = directory / "data"
    if programs is not None and (data / "postmaster.pid").exists():
        pg_ctl = [str(programs / "pg_ctl"), "-D", str(data), "-w", "-t", "60", "stop"]
        try:
            _run([*pg_ctl, "-m", "fast"], "pg_ctl stop")
        except ClusterFailed:
            _run([*pg_ctl, "-m", "immediate"], "pg_ctl stop -m immediate")
    shutil.rmtree(directory, ignore_errors=True)


def _watch(directory: Path, programs: Path) -> None:
    """Wait until the session's end of the pipe closes, however it closes; then clean up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the session, not for this
    sys.stdin.buffer.read()
    stop(directory, programs)


@contextlib.contextmanager
def running(programs: Path) -> Iterator[Cluster]:
    """A cluster for the duration of the `with`."""
    directory = Path(tempfile.mkdtemp(prefix="clinic-intake-pg."))
    watchdog = subprocess.Popen(
        [sys.executable, __file__, "watch", str(directory), str(programs)],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # out of the terminal's reach, so Ctrl-C cannot stop it first
    )
    try:
        yield Cluster(start(directory, programs), directory)
    finally:
        try:
            stop(directory, programs)
        finally:
            assert watchdog.stdin is not None
            watchdog.stdin.close()
            watchdog.wait(timeout=120)


def main(argv: Sequence[str]) -> int:
    usage = f"usage: {Path(__file__).name} start|stop DIR"
    if len(argv) < 2 or argv[0] not in {"start", "stop", "watch"}:
        print(usage, file=sys.stderr)
        return 2
    action, directory = argv[0], Path(argv[1])
    if action == "watch":
        _watch(directory, Path(argv[2]))
        return 0
    programs = server_programs()
    if programs is None:
        print(f"PostgreSQL's server is not installed (Debian package {PACKAGE})", file=sys.stderr)
        return 1
    if action == "stop":
        stop(directory, programs)
        return 0
    directory.mkdir(parents=True, exist_ok=True)
    try:
        print(start(directory, programs))
    except ClusterFailed as failed:
        print(failed, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
