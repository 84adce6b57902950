"""Issue 3's reliability requirements, on real files, real servers and real processes.

- A writer killed with SIGKILL in mid-stream leaves a whole database holding every intake
  whose submit had returned, each with its assessment and flags.
- Two processes writing at once both succeed: no "database is locked", nothing lost.
- A save based on an old copy is refused, naming who changed the record and when.
- A read-only data folder and a full disk end the command line with one clear line.

The workers are tests/storage/reliability_worker.py, run with this interpreter (the
repository's venv). Root ignores file permissions, so as root a read-only folder is a
read-only bind mount, and a full disk a small tmpfs; where mounting is not allowed those
cases skip, saying why. A normal user gets a read-only folder from chmod instead, and a
full disk from a file size limit (RLIMIT_FSIZE), which needs no privilege at all.
"""

import contextlib
import json
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import IO, Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

# The shared document builder (tests/unit is not a package).
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))

from intake_documents import document

from clinic_app.intake import parse_intake
from clinic_app.rules.engine import assess
from clinic_app.services import intakes
from clinic_app.services.actor import Actor
from clinic_app.services.intakes import NotADraft
from clinic_app.storage.database import DATABASE_FILE, Database, open_database
from clinic_app.storage.encryption import open_file
from clinic_app.storage.errors import RecordChanged
from clinic_app.storage.models import Assessment, AuditEvent, FlagRecord, Intake, Patient
from clinic_app.storage.types import utc_now

WORKER = Path(__file__).resolve().with_name("reliability_worker.py")
# The installed console script beside this interpreter; the same entry point otherwise.
_SCRIPT = Path(sys.executable).with_name("clinic-intake")
CLI: tuple[str, ...] = (
    (str(_SCRIPT),)
    if _SCRIPT.exists()
    else (sys.executable, "-c", "from clinic_app.cli.main import run; run()")
)
PROCESS_TIMEOUT = 120.0
LINE_TIMEOUT = 60.0
KILL_ROUNDS = 4
CONCURRENT_INTAKES = 150  # per process
CONCURRENT_DRAFTS = 3  # per process
AUTOSAVES = 40  # per draft
BATCH_SIZE = 300  # documents in the import that fills the disk


# ---------------------------------------------------------------------------------------
# What is stored


@dataclass(frozen=True)
class StoredSubmission:
    status: str
    clinic_number: str | None
    document: dict[str, Any]
    assessments: int
    flag_codes: tuple[str, ...]


@dataclass(frozen=True)
class Contents:
    intakes: dict[int, StoredSubmission]
    patients: int
    audit: Counter[str]


def stored_contents(url: str) -> Contents:
    """Everything the tests check, read through a connection of this process."""
    database = open_database(url)
    try:
        with database.reading() as session:
            rows = session.execute(
                select(Intake.id, Intake.status, Patient.clinic_number, Intake.document)
                .outerjoin(Patient, Intake.patient_id == Patient.id)
                .order_by(Intake.id)
            ).all()
            assessment_of: dict[int, list[int]] = {}
            for intake_id, assessment_id in session.execute(
                select(Assessment.intake_id, Assessment.id)
            ):
                assessment_of.setdefault(intake_id, []).append(assessment_id)
            codes: dict[int, list[str]] = {}
            for assessment_id, code in session.execute(
                select(FlagRecord.assessment_id, FlagRecord.code).order_by(
                    FlagRecord.assessment_id, FlagRecord.position
                )
            ):
                codes.setdefault(assessment_id, []).append(code)
            patient_count = session.scalar(select(func.count()).select_from(Patient)) or 0
            audit: Counter[str] = Counter()
            for action, count in session.execute(
                select(AuditEvent.action, func.count()).group_by(AuditEvent.action)
            ):
                audit[action] = count
    finally:
        database.close()
    stored: dict[int, StoredSubmission] = {}
    for intake_id, status, clinic_number, text in rows:
        assessments = assessment_of.get(intake_id, [])
        flags = tuple(codes.get(assessments[0], [])) if len(assessments) == 1 else ()
        stored[intake_id] = StoredSubmission(
            status, clinic_number, json.loads(text), len(assessments), flags
        )
    return Contents(stored, patient_count, audit)


def expected_flags(stored: dict[str, Any]) -> tuple[str, ...]:
    """The flags the rules raise on a stored document (default thresholds, as the tests
    never change the clinic's settings)."""
    return tuple(flag.code for flag in assess(parse_intake(stored)).flags)


def assert_whole(contents: Contents) -> None:
    """Every stored intake is a whole submission: its patient, one assessment, its flags,
    its audit event; and nothing of a submission that did not finish is left over."""
    for intake_id, stored in contents.intakes.items():
        assert stored.status == "submitted", intake_id
        assert stored.assessments == 1, f"intake {intake_id} has {stored.assessments} assessments"
        assert stored.flag_codes == expected_flags(stored.document), intake_id
        assert stored.clinic_number == stored.document["patient"].get("clinic_number"), intake_id
    # Each intake is of a patient of its own, so an orphan patient or audit event would be
    # the remains of a submission that was only partly stored.
    assert contents.patients == len(contents.intakes)
    assert contents.audit["patient.created"] == len(contents.intakes)
    assert contents.audit["intake.submitted"] == len(contents.intakes)


def sqlite_file(url: str) -> Path | None:
    parsed = make_url(url)
    return (
        Path(parsed.database) if parsed.get_backend_name() == "sqlite" and parsed.database else None
    )


def assert_sqlite_intact(path: Path) -> None:
    """SQLite's own checks, through a plain connection (which also replays a left-over WAL)."""
    with contextlib.closing(open_file(path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []


def count_intakes(path: Path) -> int:
    with contextlib.closing(open_file(path)) as connection:
        count: int = connection.execute("SELECT count(*) FROM intakes").fetchone()[0]
        return count


# ---------------------------------------------------------------------------------------
# Worker processes


def worker_command(mode: str, url: str, tag: str, *options: str) -> list[str]:
    return [sys.executable, str(WORKER), mode, url, "--tag", tag, *options]


class LineReader:
    """The lines a process writes to a pipe, read on a thread so a wait can time out."""

    def __init__(self, stream: IO[str]) -> None:
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._thread = threading.Thread(target=self._pump, args=(stream,), daemon=True)
        self._thread.start()

    def _pump(self, stream: IO[str]) -> None:
        for line in stream:
            self._lines.put(line)
        self._lines.put(None)

    def next(self, timeout: float) -> str | None:
        """The next line, or None at the end of the stream (AssertionError on time-out)."""
        try:
            return self._lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"no output within {timeout} s") from None

    def rest(self) -> list[str]:
        """Every line still to come, once the process has ended."""
        self._thread.join(timeout=LINE_TIMEOUT)
        assert not self._thread.is_alive(), "the pipe stayed open after the process ended"
        lines: list[str] = []
        while (line := self._lines.get_nowait()) is not None:
            lines.append(line)
        return lines


@dataclass(frozen=True)
class Killed:
    lines: list[str]  # complete lines only: an id is "printed" once its newline is out
    stderr: str
    returncode: int
    running_when_killed: bool


def kill_mid_stream(url: str, tag: str, after: int, pause: float, stderr_path: Path) -> Killed:
    """Start a worker submitting without end, read `after` ids, wait `pause` s, SIGKILL it."""
    with (
        stderr_path.open("w") as stderr,
        subprocess.Popen(
            worker_command("submit", url, tag),
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        ) as process,
    ):
        assert process.stdout is not None
        reader = LineReader(process.stdout)
        lines: list[str] = []
        try:
            while len(lines) < after:
                line = reader.next(LINE_TIMEOUT)
                assert line is not None, f"the worker stopped: {stderr_path.read_text()}"
                lines.append(line)
            time.sleep(pause)
            running = process.poll() is None
            process.send_signal(signal.SIGKILL)
            returncode = process.wait(timeout=PROCESS_TIMEOUT)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait(timeout=PROCESS_TIMEOUT)
        lines.extend(reader.rest())
    complete = [line for line in lines if line.endswith("\n")]
    return Killed(complete, stderr_path.read_text(), returncode, running)


@dataclass(frozen=True)
class Finished:
    returncode: int
    stdout: str
    stderr: str

    def assert_clean(self, name: str) -> None:
        output = self.stdout + self.stderr
        assert self.returncode == 0, f"{name} exited {self.returncode}: {self.stderr}"
        assert "database is locked" not in output.lower(), f"{name}: {self.stderr}"
        assert "Traceback" not in output, f"{name}: {self.stderr}"
        assert self.stderr == "", f"{name}: {self.stderr}"


def run_together(commands: dict[str, list[str]], workdir: Path) -> dict[str, Finished]:
    """Start the workers, let them open the database, then release them all at once."""
    barrier = workdir / "barrier"
    barrier.mkdir()
    processes: dict[str, subprocess.Popen[bytes]] = {}
    try:
        for name, command in commands.items():
            with (
                (workdir / f"{name}.out").open("wb") as out,
                (workdir / f"{name}.err").open("wb") as err,
            ):
                processes[name] = subprocess.Popen(
                    [*command, "--barrier", str(barrier)], stdout=out, stderr=err
                )
        deadline = time.monotonic() + PROCESS_TIMEOUT
        while not all((barrier / f"ready-{name}").exists() for name in commands):
            exited = {name: p.returncode for name, p in processes.items() if p.poll() is not None}
            assert not exited, f"workers exited before the start: {exited}"
            assert time.monotonic() < deadline, "the workers never got ready"
            time.sleep(0.01)
        (barrier / "go").touch()
        for process in processes.values():
            process.wait(timeout=PROCESS_TIMEOUT)
    finally:
        for process in processes.values():
            if process.poll() is None:
                process.kill()
                process.wait(timeout=PROCESS_TIMEOUT)
    return {
        name: Finished(
            processes[name].returncode,
            (workdir / f"{name}.out").read_text(),
            (workdir / f"{name}.err").read_text(),
        )
        for name in commands
    }


def number_pairs(output: str) -> list[tuple[int, int]]:
    """The "<intake id> <number>" lines a worker printed (not its closing window line)."""
    pairs: list[tuple[int, int]] = []
    for line in output.splitlines():
        first, second, *rest = line.split()
        if first != "window":
            assert not rest, line
            pairs.append((int(first), int(second)))
    return pairs


def write_window(output: str) -> tuple[float, float]:
    """When a finished worker asked for its first write and when its last one returned."""
    *_, last = output.splitlines()
    word, start, end = last.split()
    assert word == "window", last
    return float(start), float(end)


def assert_wrote_at_the_same_time(results: dict[str, Finished]) -> None:
    """The test is worth something only if each worker asked to write while the other was
    writing. (On SQLite the writes themselves take turns, and the lock is not fair: a
    worker often waits until the other has finished, so the ids need not interleave.)"""
    (start_a, end_a), (start_b, end_b) = (write_window(r.stdout) for r in results.values())
    assert start_a < end_b, "the workers did not write at the same time"
    assert start_b < end_a, "the workers did not write at the same time"


# ---------------------------------------------------------------------------------------
# 1. A writer killed in mid-stream


@pytest.mark.slow
def test_a_writer_killed_mid_stream_keeps_every_returned_intake(
    database_url: str, tmp_path: Path
) -> None:
    """SIGKILL lands at a random moment while the worker submits (several times on the same
    database); afterwards the database is whole, every id the worker printed after its
    submit returned is stored with its assessment and flags, and at most the one intake in
    flight when the kill came is stored without having been printed."""
    seed = random.randrange(2**32)
    chooser = random.Random(seed)
    printed: dict[int, int] = {}  # intake id -> number of flags, as the worker printed
    unprinted: set[int] = set()
    for round_number in range(KILL_ROUNDS):
        after, pause = chooser.randint(5, 40), chooser.uniform(0, 0.015)
        context = (
            f"round {round_number}, seed {seed}: killed {pause * 1000:.1f} ms after id {after}"
        )
        killed = kill_mid_stream(
            database_url, f"K{round_number}", after, pause, tmp_path / f"kill{round_number}.err"
        )
        assert killed.running_when_killed, f"the worker had already stopped ({context})"
        assert killed.returncode == -signal.SIGKILL, context
        assert "Traceback" not in killed.stderr, context
        this_round = dict(number_pairs("".join(killed.lines)))
        assert len(this_round) >= after, context
        assert not this_round.keys() & printed.keys(), f"an id was printed twice ({context})"
        printed.update(this_round)

        path = sqlite_file(database_url)
        if path is not None:
            assert_sqlite_intact(path)
        contents = stored_contents(database_url)
        missing = sorted(printed.keys() - contents.intakes.keys())
        assert not missing, f"printed after submit returned, yet not stored: {missing} ({context})"
        in_flight = contents.intakes.keys() - printed.keys() - unprinted
        assert len(in_flight) <= 1, f"stored but never printed: {sorted(in_flight)} ({context})"
        assert all(intake_id > max(this_round) for intake_id in in_flight), context
        unprinted |= in_flight
        for intake_id, flag_count in printed.items():
            assert len(contents.intakes[intake_id].flag_codes) == flag_count, intake_id
        assert_whole(contents)
        assert len(contents.intakes) == len(printed) + len(unprinted)


# ---------------------------------------------------------------------------------------
# 2. Two processes writing at once


@pytest.mark.slow
def test_two_processes_submitting_at_once_both_succeed(database_url: str, tmp_path: Path) -> None:
    results = run_together(
        {
            tag: worker_command("submit", database_url, tag, "--count", str(CONCURRENT_INTAKES))
            for tag in ("A", "B")
        },
        tmp_path,
    )
    printed: dict[str, dict[int, int]] = {}
    for tag, result in results.items():
        result.assert_clean(f"worker {tag}")
        printed[tag] = dict(number_pairs(result.stdout))
        assert len(printed[tag]) == CONCURRENT_INTAKES, f"worker {tag}"
    assert_wrote_at_the_same_time(results)
    ids_a, ids_b = printed["A"].keys(), printed["B"].keys()
    assert not ids_a & ids_b, "both processes were given the same intake id"

    contents = stored_contents(database_url)
    assert contents.intakes.keys() == ids_a | ids_b
    assert_whole(contents)
    assert sorted(stored.clinic_number or "" for stored in contents.intakes.values()) == sorted(
        f"{tag}-{number}" for tag in ("A", "B") for number in range(CONCURRENT_INTAKES)
    )
    for tag in ("A", "B"):
        for intake_id, flag_count in printed[tag].items():
            assert len(contents.intakes[intake_id].flag_codes) == flag_count, intake_id
    path = sqlite_file(database_url)
    if path is not None:
        assert_sqlite_intact(path)


@pytest.mark.slow
def test_two_processes_autosaving_drafts_at_once_lose_nothing(
    database_url: str, tmp_path: Path
) -> None:
    results = run_together(
        {
            tag: worker_command(
                "drafts",
                database_url,
                tag,
                "--drafts",
                str(CONCURRENT_DRAFTS),
                "--saves",
                str(AUTOSAVES),
            )
            for tag in ("A", "B")
        },
        tmp_path,
    )
    expected: dict[int, tuple[str, int]] = {}  # draft id -> (tag, its number in the worker)
    for tag, result in results.items():
        result.assert_clean(f"worker {tag}")
        saves = number_pairs(result.stdout)
        assert len(saves) == CONCURRENT_DRAFTS * AUTOSAVES, f"worker {tag}"
        started = [intake_id for intake_id, _ in saves[:CONCURRENT_DRAFTS]]
        assert len(set(started)) == CONCURRENT_DRAFTS
        # Each save returned the version after the one before: no save was skipped.
        for position, intake_id in enumerate(started):
            versions = [version for saved_id, version in saves if saved_id == intake_id]
            assert versions == list(range(1, AUTOSAVES + 1)), f"worker {tag}, draft {intake_id}"
            expected[intake_id] = (tag, position)
    assert len(expected) == 2 * CONCURRENT_DRAFTS, "both processes were given the same draft id"
    assert_wrote_at_the_same_time(results)

    database = open_database(database_url)
    try:
        with database.reading() as session:
            assert session.scalar(select(func.count()).select_from(Intake)) == len(expected)
        drafts = {draft.intake_id: draft for draft in intakes.unfinished_drafts(database)}
    finally:
        database.close()
    assert drafts.keys() == expected.keys()
    for intake_id, (tag, position) in expected.items():
        draft = drafts[intake_id]
        assert draft.version == AUTOSAVES, intake_id
        assert draft.updated_by == f"desk {tag}", intake_id
        # The worker's last autosave of this draft (reliability_worker.draft_document).
        patient = draft.document["patient"]
        assert patient["first_name"] == f"Draft {tag}{position}", intake_id
        assert patient["last_name"] == f"Save {AUTOSAVES - 1}", intake_id
        assert draft.document["running"]["weekly_distance"] == AUTOSAVES - 1, intake_id


SAME_PATIENT_ROUNDS = 30


@pytest.mark.slow
def test_two_workstations_registering_one_new_patient_at_once_make_one_patient(
    database_url: str,
) -> None:
    """Two desks submit intakes of the same new patient (same clinic number) at the same
    moment: two intakes, one patient. Two open databases, each on a thread of its own."""
    desks = [open_database(database_url), open_database(database_url)]
    together = threading.Barrier(len(desks), timeout=LINE_TIMEOUT)

    def submit_all(desk: int) -> list[int]:
        actor = Actor(name=f"desk {desk}", role="front_desk")
        patient_ids: list[int] = []
        for number in range(SAME_PATIENT_ROUNDS):
            typed = document(
                {"patient.first_name": f"Same {number}", "patient.clinic_number": f"S-{number}"}
            )
            together.wait()
            submitted = intakes.submit(desks[desk], actor, typed)
            patient_ids.append(submitted.patient.patient.id)
        return patient_ids

    try:
        with ThreadPoolExecutor(max_workers=len(desks)) as pool:
            first, second = pool.map(submit_all, range(len(desks)))
    finally:
        for desk in desks:
            desk.close()
    contents = stored_contents(database_url)
    assert len(contents.intakes) == 2 * SAME_PATIENT_ROUNDS
    twice = [number for number in range(SAME_PATIENT_ROUNDS) if first[number] != second[number]]
    assert not twice, f"registered twice: S-{twice}"
    assert contents.patients == SAME_PATIENT_ROUNDS


# ---------------------------------------------------------------------------------------
# 3. Stale updates from another workstation


ALICE = Actor(name="Alice Ward", role="front_desk")
BOB = Actor(name="Bob Marsh", role="front_desk")


@pytest.fixture
def workstations(database_url: str) -> Iterator[tuple[Database, Database]]:
    """Two workstations: two separate open databases on the same URL."""
    first = open_database(database_url)
    second = open_database(database_url)
    yield first, second
    second.close()
    first.close()


def assert_refusal_names_the_first_save(
    refused: RecordChanged, record: str, started: datetime, finished: datetime
) -> None:
    assert refused.changed_by == ALICE.name
    assert refused.changed_at.utcoffset() == timedelta(0)
    assert started <= refused.changed_at <= finished
    message = str(refused)
    assert message.startswith(f"{record} was changed by {ALICE.name} at ")
    assert refused.changed_at.astimezone().strftime("%Y-%m-%d %H:%M") in message


def test_a_stale_draft_save_is_refused_and_the_first_save_kept(
    workstations: tuple[Database, Database],
) -> None:
    first, second = workstations
    opened = intakes.save_draft(first, ALICE, document({"patient.first_name": "Ann"}))
    # Both workstations now show the draft, at the same version.
    (seen_first,) = intakes.unfinished_drafts(first)
    (seen_second,) = intakes.unfinished_drafts(second)
    assert seen_first.version == seen_second.version == opened.version

    alice_copy = document({"patient.first_name": "Anne"})
    started = utc_now()
    saved = intakes.save_draft(
        first, ALICE, alice_copy, intake_id=opened.intake_id, version=seen_first.version
    )
    finished = utc_now()
    assert saved.version == opened.version + 1
    with pytest.raises(RecordChanged) as refused:
        intakes.save_draft(
            second,
            BOB,
            document({"patient.first_name": "Annie"}),
            intake_id=opened.intake_id,
            version=seen_second.version,
        )
    assert_refusal_names_the_first_save(
        refused.value, f"Intake {opened.intake_id}", started, finished
    )
    for workstation in (first, second):
        stored = intakes.get_intake(workstation, opened.intake_id)
        assert stored.document == alice_copy
        assert stored.version == saved.version
        assert stored.updated_by == ALICE.name


def test_a_draft_submitted_elsewhere_cannot_be_submitted_again(
    workstations: tuple[Database, Database], database_url: str
) -> None:
    first, second = workstations
    typed = document({"patient.first_name": "Ines", "symptoms.weight_bearing": "unable"})
    opened = intakes.save_draft(first, ALICE, typed)
    (seen_second,) = intakes.unfinished_drafts(second)
    submitted = intakes.submit(
        first, ALICE, typed, draft_id=opened.intake_id, draft_version=opened.version
    )
    assert submitted.intake_id == opened.intake_id

    # Bob corrects the first name (a patient who is not on file yet) and submits his copy:
    # refused, and nothing of his attempt is kept, not even the patient it would register.
    corrected = document({"patient.first_name": "Inès", "symptoms.weight_bearing": "unable"})
    with pytest.raises(NotADraft, match=f"already submitted by {ALICE.name}"):
        intakes.submit(
            second,
            BOB,
            corrected,
            draft_id=seen_second.intake_id,
            draft_version=seen_second.version,
        )
    with pytest.raises(NotADraft):
        intakes.save_draft(
            second,
            BOB,
            corrected,
            intake_id=seen_second.intake_id,
            version=seen_second.version,
        )
    with pytest.raises(NotADraft):
        intakes.discard_draft(second, BOB, seen_second.intake_id, seen_second.version)

    contents = stored_contents(database_url)
    assert list(contents.intakes) == [opened.intake_id]
    assert contents.intakes[opened.intake_id].document == typed
    assert contents.intakes[opened.intake_id].assessments == 1
    assert contents.patients == 1
    assert contents.audit["intake.submitted"] == 1
    assert intakes.unfinished_drafts(second) == []
    stored = intakes.get_intake(second, opened.intake_id)
    assert (stored.status, stored.updated_by) == ("submitted", ALICE.name)


# ---------------------------------------------------------------------------------------
# 4. A read-only data folder, a full disk: one clear line from the command line


def cli(home: Path, *args: str, prefix: Sequence[str] = ()) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "CLINIC_INTAKE_HOME": str(home)}
    environment.pop("CLINIC_INTAKE_DB", None)
    return subprocess.run(
        [*prefix, *args],
        capture_output=True,
        text=True,
        env=environment,
        cwd=home,
        timeout=PROCESS_TIMEOUT,
        check=False,
    )


def write_documents(folder: Path, tag: str, count: int) -> Path:
    folder.mkdir()
    for number in range(count):
        patient: dict[str, object] = {
            "patient.first_name": f"Imported {tag}{number}",
            "patient.clinic_number": f"{tag}-{number}",
        }
        (folder / f"{number:04}.json").write_text(json.dumps(document(patient)))
    return folder


def start_with_one_intake(home: Path) -> Path:
    """Import one document with the command line; the database file it created."""
    first = write_documents(home / "first", "S", 1)
    result = cli(home, *CLI, "import", str(first))
    assert result.returncode == 0, result.stderr
    database_file = home / "data" / DATABASE_FILE
    assert count_intakes(database_file) == 1
    return database_file


def assert_one_clear_line(result: subprocess.CompletedProcess[str], names: Path) -> str:
    """Exit 1, nothing on stdout, one line on stderr naming the file; the line, lowered."""
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("clinic-intake: "), result.stderr
    assert str(names) in lines[0], result.stderr
    assert result.stdout == ""
    return lines[0].lower()


def run_privileged(*command: str) -> None:
    """Run a mount command; skip the test, saying why, when this machine does not allow it."""
    if os.geteuid() != 0:
        pytest.skip(f"`{' '.join(command)}` needs root")
    done = subprocess.run(command, capture_output=True, text=True, timeout=30, check=False)
    if done.returncode != 0:
        pytest.skip(f"`{' '.join(command)}` is not allowed here: {done.stderr.strip()}")


@contextlib.contextmanager
def read_only_data_folder(data: Path, *, file_too: bool) -> Iterator[None]:
    """Make the data folder read-only (and the database file in it, if `file_too`).

    A normal user is stopped by file permissions. Root is not (tests and CI containers
    often run as root), so as root the folder is covered by a read-only bind mount, which
    refuses writes to everyone (EROFS); with `file_too` false, the database file is bound
    writable on top of it, from its own folder's writable path (a bind mount copies the
    read-only flag of the mount it is taken from).
    """
    database_file = data / DATABASE_FILE
    if os.geteuid() != 0:
        data.chmod(0o500)
        if file_too:
            database_file.chmod(0o400)
        try:
            yield
        finally:
            data.chmod(0o700)
            database_file.chmod(0o600)
        return
    writable = data.with_name("data-writable")
    data.rename(writable)
    data.mkdir(mode=0o700)
    mounted: list[Path] = []
    try:
        run_privileged("mount", "--bind", str(writable), str(data))
        mounted.append(data)
        run_privileged("mount", "-o", "remount,bind,ro", str(data))
        if not file_too:
            run_privileged("mount", "--bind", str(writable / DATABASE_FILE), str(database_file))
            mounted.append(database_file)
        yield
    finally:
        for point in reversed(mounted):
            subprocess.run(["umount", str(point)], check=True, timeout=30)
        data.rmdir()
        writable.rename(data)


@pytest.mark.slow
@pytest.mark.parametrize("command", [("users", "list"), ("import", "batch")], ids=" ".join)
@pytest.mark.parametrize("file_too", [True, False], ids=["folder and file", "folder only"])
def test_a_read_only_data_folder_ends_in_one_line(
    clinic_home: Path, command: tuple[str, ...], file_too: bool
) -> None:
    database_file = start_with_one_intake(clinic_home)
    write_documents(clinic_home / "batch", "R", 3)
    with read_only_data_folder(database_file.parent, file_too=file_too):
        result = cli(clinic_home, *CLI, *command)
    line = assert_one_clear_line(result, database_file)
    if file_too:
        assert "read-only" in line or "permission denied" in line, line
    assert count_intakes(database_file) == 1
    assert_sqlite_intact(database_file)


@pytest.mark.slow
def test_a_read_only_folder_around_a_writable_file_is_named_as_the_cause(
    clinic_home: Path,
) -> None:
    database_file = start_with_one_intake(clinic_home)
    with read_only_data_folder(database_file.parent, file_too=False):
        result = cli(clinic_home, *CLI, "users", "list")
    line = assert_one_clear_line(result, database_file)
    assert "read-only" in line or "permission denied" in line or "writable" in line, line


def fill_disk(folder: Path, *, leave: int) -> None:
    """Fill the file system of `folder` until only `leave` bytes are free."""
    status = os.statvfs(folder)
    free = status.f_bavail * status.f_frsize
    assert free > leave, f"only {free} bytes free to start with"
    with (folder / "filler").open("wb") as filler:
        filler.write(b"\0" * (free - leave))


@contextlib.contextmanager
def small_disk(data: Path, size: str) -> Iterator[None]:
    data.mkdir(mode=0o700, exist_ok=True)  # the tmpfs goes over whatever is there
    run_privileged("mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(data))
    try:
        yield
    finally:
        subprocess.run(["umount", str(data)], check=True, timeout=30)


# The command line under a file size limit; SIGXFSZ is ignored, so that a write past the
# limit fails with EFBIG (SQLite: "disk I/O error") instead of killing the process.
_SIZE_LIMITED = (
    "import resource, signal, sys; signal.signal(signal.SIGXFSZ, signal.SIG_IGN); "
    "limit = int(sys.argv.pop(1)); resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit)); "
    "from clinic_app.cli.main import run; run()"
)


@pytest.mark.slow
@pytest.mark.parametrize("disk", ["tmpfs", "file size limit"])
def test_a_full_disk_ends_an_import_in_one_line_with_nothing_saved(
    clinic_home: Path, disk: str
) -> None:
    """The import of a batch runs out of room mid-transaction: one line, nothing of the
    batch kept, and once there is room again the database takes the next import.

    `tmpfs`: the data folder is a 1 MB tmpfs (root only), filled to 200 kB before the
    import. `file size limit`: RLIMIT_FSIZE (as a quota would) lets no file of the
    importing process grow past 64 kB more than the database file's size.
    """
    batch = write_documents(clinic_home / "batch", "F", BATCH_SIZE)
    later = write_documents(clinic_home / "later", "L", 1)
    data = clinic_home / "data"
    with contextlib.ExitStack() as stack:
        if disk == "tmpfs":
            stack.enter_context(small_disk(data, "1m"))
            database_file = start_with_one_intake(clinic_home)
            fill_disk(data, leave=200 * 1024)
            result = cli(clinic_home, *CLI, "import", str(batch))
            (data / "filler").unlink()
        else:
            database_file = start_with_one_intake(clinic_home)
            limit = database_file.stat().st_size + 64 * 1024
            result = cli(
                clinic_home,
                "import",
                str(batch),
                prefix=(sys.executable, "-c", _SIZE_LIMITED, str(limit)),
            )
        line = assert_one_clear_line(result, database_file)
        assert "full" in line, line
        assert count_intakes(database_file) == 1
        assert_sqlite_intact(database_file)
        again = cli(clinic_home, *CLI, "import", str(later))
        assert again.returncode == 0, again.stderr
        assert count_intakes(database_file) == 2
