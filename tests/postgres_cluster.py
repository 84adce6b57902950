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

It speaks TLS only, as a clinic's server must (security.md): `openssl` makes a throwaway CA
and a server certificate for `localhost` and 127.0.0.1 in the cluster's folder (the CA's key
is deleted as soon as it has signed), postgresql.conf turns `ssl` on, pg_hba.conf takes
`hostssl` lines only, and the URL carries `sslmode=verify-full&sslrootcert=…/ca.crt`, so
every test connects verified. `start(…, tls=False)` makes the plain server the refusal tests
need; `certificate_authority()` makes the other CA they need.

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
import re
import secrets
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
OPENSSL = "openssl"
"""The program, and the Debian package, that makes the throwaway CA and certificates."""
SERVER_NAMES = ("localhost", "127.0.0.1")
"""What the server's certificate names: the URL's 127.0.0.1 (the fault proxy listens there
too) and the name a person would type."""
CERTIFICATE_DAYS = 7
"""Long enough for any session, short enough that a left-over file is soon worthless."""
TLS_FOLDER = "tls"
"""Inside the cluster's folder: ca.crt, server.crt and server.key."""
_HOST_LINE = re.compile(r"^host(\s)", re.M)


class ClusterFailed(RuntimeError):
    """The programs are there, but the cluster could not be made or started."""


@dataclass(frozen=True)
class Cluster:
    url: str
    """postgresql+psycopg://postgres@127.0.0.1:PORT/postgres?sslmode=verify-full&sslrootcert=…"""
    directory: Path
    """Where its data, socket, log and certificates live; removed when it stops."""

    @property
    def ca(self) -> Path:
        """The CA file that signed the server's certificate (absent for a tls=False one)."""
        return self.directory / TLS_FOLDER / "ca.crt"


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


def openssl() -> str | None:
    """Where the openssl program is, or None when it is not installed."""
    return shutil.which(OPENSSL)


def _openssl(folder: Path, *arguments: str) -> None:
    program = openssl()
    if program is None:
        raise ClusterFailed(f"{OPENSSL} is not installed (Debian package {OPENSSL})")
    done = subprocess.run(
        [program, *arguments],
        cwd=folder,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if done.returncode != 0:
        output = (done.stdout + done.stderr).strip()
        raise ClusterFailed(f"openssl {arguments[0]} failed (exit {done.returncode}): {output}")


def _openssl_config(folder: Path, names: Sequence[str]) -> Path:
    """The extensions a CA and a server certificate need; the file is the caller's to remove."""
    alternatives = ", ".join(
        f"IP:{name}" if name.replace(".", "").isdigit() or ":" in name else f"DNS:{name}"
        for name in names
    )
    config = folder / "openssl.cnf"
    config.write_text(
        "[req]\ndistinguished_name = subject\nprompt = no\n[subject]\n"
        "[ca]\nbasicConstraints = critical, CA:TRUE\nkeyUsage = critical, keyCertSign, cRLSign\n"
        "subjectKeyIdentifier = hash\n"
        "[server]\nbasicConstraints = critical, CA:FALSE\n"
        "keyUsage = critical, digitalSignature, keyEncipherment\n"
        f"extendedKeyUsage = serverAuth\nsubjectAltName = {alternatives}\n",
        encoding="utf-8",
    )
    return config


_NEW_KEY = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes")
"""An elliptic-curve key: made in a millisecond, where RSA takes a noticeable moment."""


def certificate_authority(folder: Path, name: str, *, keep_key: bool = False) -> Path:
    """A throwaway CA in `folder` (which must exist): its certificate, folder/ca.crt.

    Its key (folder/ca.key, 0600) is deleted unless `keep_key`: a CA used only to be the
    wrong one never signs anything.
    """
    config = _openssl_config(folder, SERVER_NAMES)
    try:
        _openssl(
            folder,
            *("req", "-config", config.name, "-x509", "-new", *_NEW_KEY),
            *("-keyout", "ca.key", "-out", "ca.crt", "-days", str(CERTIFICATE_DAYS)),
            *("-subj", f"/CN={name}", "-extensions", "ca"),
        )
    finally:
        config.unlink(missing_ok=True)
    (folder / "ca.key").chmod(0o600)
    if not keep_key:
        (folder / "ca.key").unlink()
    return folder / "ca.crt"


def server_certificate(folder: Path, names: Sequence[str] = SERVER_NAMES) -> tuple[Path, Path]:
    """A certificate for `names`, signed by the CA in `folder` (its ca.key is then deleted),
    and its key (0600, as PostgreSQL requires): folder/server.crt, folder/server.key."""
    config = _openssl_config(folder, names)
    try:
        _openssl(
            folder,
            *("req", "-config", config.name, "-new", *_NEW_KEY),
            *("-keyout", "server.key", "-out", "server.csr", "-subj", f"/CN={names[0]}"),
        )
        (folder / "server.key").chmod(0o600)
        _openssl(
            folder,
            *("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key"),
            *("-set_serial", f"0x{secrets.token_hex(16)}", "-days", str(CERTIFICATE_DAYS)),
            *("-extfile", config.name, "-extensions", "server", "-out", "server.crt"),
        )
    finally:
        for spent in (config, folder / "server.csr", folder / "ca.key"):
            spent.unlink(missing_ok=True)
    return folder / "server.crt", folder / "server.key"


def verified(url: str, ca: Path) -> str:
    """`url` with libpq told to check the server's certificate against `ca`, and its name."""
    return f"{url}{'&' if '?' in url else '?'}sslmode=verify-full&sslrootcert={ca}"


def _server_speaks_tls_only(directory: Path, data: Path) -> None:
    """Certificates made, postgresql.conf's `ssl` on, and pg_hba.conf's `host` lines turned
    into `hostssl` ones: as a clinic's server is set up (README), so a connection without
    TLS is refused. In the data folder's own files, so a standby copied with pg_basebackup
    speaks TLS too, with the same certificate."""
    tls = directory / TLS_FOLDER
    tls.mkdir(mode=0o700)
    certificate_authority(tls, "clinic-intake throwaway test CA", keep_key=True)
    certificate, key = server_certificate(tls)
    if os.geteuid() == 0:  # the server reads its key and certificate as its own user
        owner = pwd.getpwnam(SERVER_USER)
        for path in (tls, certificate, key):
            os.chown(path, owner.pw_uid, owner.pw_gid)
    with (data / "postgresql.conf").open("a", encoding="utf-8") as conf:
        conf.write(f"\nssl = on\nssl_cert_file = '{certificate}'\nssl_key_file = '{key}'\n")
    hba = data / "pg_hba.conf"
    hba.write_text(_HOST_LINE.sub(r"hostssl\1", hba.read_text(encoding="utf-8")))


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def start(directory: Path, programs: Path, *, tls: bool = True) -> str:
    """Make a cluster in `directory` (which must exist, empty) and start it; its URL.

    With `tls` (the tests' cluster) it speaks TLS only and the URL is verify-full against
    its throwaway CA; without, it speaks no TLS at all, like a server nobody set up.
    """
    if os.geteuid() == 0:
        owner = pwd.getpwnam(SERVER_USER)
        os.chown(directory, owner.pw_uid, owner.pw_gid)
    directory.chmod(0o700)
    data = directory / "data"
    initdb = [str(programs / "initdb"), "-D", str(data), "-U", SERVER_USER, "-A", "trust"]
    _run([*initdb, "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"], "initdb")
    if tls:
        _server_speaks_tls_only(directory, data)
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
        url = f"postgresql+psycopg://{SERVER_USER}@127.0.0.1:{port}/{DATABASE}"
        return verified(url, directory / TLS_FOLDER / "ca.crt") if tls else url
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
def running(programs: Path, *, tls: bool = True) -> Iterator[Cluster]:
    """A cluster for the duration of the `with` (`tls` as for `start`)."""
    directory = Path(tempfile.mkdtemp(prefix="clinic-intake-pg."))
    watchdog = subprocess.Popen(
        [sys.executable, __file__, "watch", str(directory), str(programs)],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # out of the terminal's reach, so Ctrl-C cannot stop it first
    )
    try:
        yield Cluster(start(directory, programs, tls=tls), directory)
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
