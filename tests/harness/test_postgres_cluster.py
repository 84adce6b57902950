"""The throwaway PostgreSQL cluster (tests/postgres_cluster.py): found, and gone however its
session ends.

Finding the server's programs is checked on folders made here. The cluster itself is
started for real, in a child process that is then killed with SIGKILL, the one ending no
clean-up code in the process can see: its watchdog must still stop the server and remove
its folder.
"""

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import needs
import postgres_cluster
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

GONE_WITHIN_S = 60.0


def _programs_in(folder: Path, *names: str) -> Path:
    folder.mkdir(parents=True)
    for name in names:
        program = folder / name
        program.write_text("#!/bin/sh\n", encoding="utf-8")
        program.chmod(0o755)
    return folder


def test_the_newest_debian_version_with_both_programs_is_chosen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _programs_in(tmp_path / "9.6" / "bin", "initdb", "pg_ctl")
    newest_whole = _programs_in(tmp_path / "15" / "bin", "initdb", "pg_ctl")
    _programs_in(tmp_path / "16" / "bin", "initdb")  # half removed: no pg_ctl
    monkeypatch.setattr(postgres_cluster, "DEBIAN_BINS", tmp_path)
    monkeypatch.delenv(postgres_cluster.BIN_ENV, raising=False)
    monkeypatch.setenv("PATH", "")

    assert postgres_cluster.server_programs() == newest_whole


def test_initdb_on_path_is_followed_to_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = _programs_in(tmp_path / "lib" / "pg" / "bin", "initdb", "pg_ctl")
    on_path = tmp_path / "bin"
    on_path.mkdir()
    (on_path / "initdb").symlink_to(real / "initdb")
    monkeypatch.setattr(postgres_cluster, "DEBIAN_BINS", tmp_path / "nothing here")
    monkeypatch.delenv(postgres_cluster.BIN_ENV, raising=False)
    monkeypatch.setenv("PATH", str(on_path))

    assert postgres_cluster.server_programs() == real


@pytest.mark.parametrize("chosen", ["", "elsewhere"])
def test_the_variable_can_hide_an_installed_server(
    chosen: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _programs_in(tmp_path / "15" / "bin", "initdb", "pg_ctl")
    monkeypatch.setattr(postgres_cluster, "DEBIAN_BINS", tmp_path)
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.setenv(postgres_cluster.BIN_ENV, str(tmp_path / chosen) if chosen else "")

    assert postgres_cluster.server_programs() is None


def test_the_variable_names_the_folder_to_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = _programs_in(tmp_path / "mine", "initdb", "pg_ctl")
    monkeypatch.setenv(postgres_cluster.BIN_ENV, str(mine))

    assert postgres_cluster.server_programs() == mine


CHILD = """
import sys, time
import postgres_cluster
with postgres_cluster.running(postgres_cluster.server_programs()) as cluster:
    print(cluster.url, cluster.directory, flush=True)
    time.sleep(600)
"""


def _listening(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


@pytest.mark.slow
def test_a_session_killed_outright_leaves_no_server_and_no_folder() -> None:
    if postgres_cluster.server_programs() is None:
        needs.missing(
            "PostgreSQL's server (initdb, pg_ctl)",
            postgres_cluster.PACKAGE,
            "this test starts a cluster with it",
        )
    tests = Path(__file__).resolve().parents[1]
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(tests)},
    )
    try:
        assert child.stdout is not None
        url, folder = child.stdout.readline().split()
        port = make_url(url).port
        assert port is not None
        engine = create_engine(url)
        with engine.connect() as connection:
            assert connection.execute(text("SHOW fsync")).scalar_one() == "off"
            assert connection.execute(text("SHOW listen_addresses")).scalar_one() == "127.0.0.1"
            assert connection.execute(text("SHOW ssl")).scalar_one() == "on"
        assert make_url(url).query["sslmode"] == "verify-full"
        engine.dispose()
        directory = Path(folder)
        assert directory.stat().st_mode & 0o777 == 0o700
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        if child.stdout is not None:
            child.stdout.close()

    deadline = time.monotonic() + GONE_WITHIN_S
    while (directory.exists() or _listening(port)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _listening(port), "the server still listens"
    assert not directory.exists(), "its folder is still there"
