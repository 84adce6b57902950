"""A workstation in its own process, for tests/storage/test_reliability.py.

    python reliability_worker.py submit URL --tag A --count N [--barrier DIR]
    python reliability_worker.py drafts URL --tag A --drafts D --saves K [--barrier DIR]

`submit` submits intakes for distinct patients (clinic numbers TAG-0, TAG-1, ...) and,
after each submit has returned, prints "<intake id> <number of flags>" and flushes; with
--count 0 it goes on until it is killed. `drafts` starts D drafts, then autosaves each of
them K times in turn, printing "<intake id> <version>" after every save. A worker that
finishes ends with "window <start> <end>": the wall-clock times (time.time()) just before
its first write was asked for and just after its last one returned. With --barrier, the
worker opens the database, creates DIR/ready-TAG and waits for DIR/go before its first
write, so two workers start writing together.

Nothing is caught: a failure ends the process with a traceback and a non-zero status,
which the tests look for.
"""

import argparse
import itertools
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))

from intake_documents import document

from clinic_app.services import intakes
from clinic_app.services.actor import Actor
from clinic_app.storage.database import Database, open_database

BARRIER_TIMEOUT_SECONDS = 60.0
# Every fourth intake raises nothing, the others one or two flags (one of them urgent).
VARIANTS: tuple[dict[str, object], ...] = (
    {},
    {"running.cross_training": False},
    {"symptoms.weight_bearing": "unable"},
    {"symptoms.weight_bearing": "unable", "running.cross_training": False},
)


def intake_document(tag: str, number: int) -> dict[str, Any]:
    """The intake of patient TAG-number: a patient of their own, flags by `number % 4`."""
    return document(
        {
            **VARIANTS[number % len(VARIANTS)],
            "patient.first_name": f"Runner {tag}{number}",
            "patient.last_name": f"Worker {tag}",
            "patient.clinic_number": f"{tag}-{number}",
        }
    )


def draft_document(tag: str, draft: int, save: int) -> dict[str, Any]:
    """What the desk has typed into draft `draft` by autosave `save` (0 is the first)."""
    return document(
        {
            "patient.first_name": f"Draft {tag}{draft}",
            "patient.last_name": f"Save {save}",
            "running.weekly_distance": save,
        }
    )


def wait_at_barrier(barrier: Path | None, tag: str) -> None:
    if barrier is None:
        return
    (barrier / f"ready-{tag}").touch()
    deadline = time.monotonic() + BARRIER_TIMEOUT_SECONDS
    while not (barrier / "go").exists():
        if time.monotonic() > deadline:
            raise SystemExit(f"worker {tag}: no go signal within {BARRIER_TIMEOUT_SECONDS} s")
        time.sleep(0.005)


def submit_intakes(database: Database, tag: str, count: int) -> None:
    actor = Actor(name=f"desk {tag}", role="front_desk")
    numbers = itertools.count() if count == 0 else iter(range(count))
    for number in numbers:
        submitted = intakes.submit(database, actor, intake_document(tag, number))
        print(f"{submitted.intake_id} {len(submitted.assessment.flags)}", flush=True)


def autosave_drafts(database: Database, tag: str, drafts: int, saves: int) -> None:
    actor = Actor(name=f"desk {tag}", role="front_desk")
    saved = [
        intakes.save_draft(database, actor, draft_document(tag, draft, 0))
        for draft in range(drafts)
    ]
    for draft in saved:
        print(f"{draft.intake_id} {draft.version}", flush=True)
    for save in range(1, saves):
        for position, draft in enumerate(saved):
            saved[position] = intakes.save_draft(
                database,
                actor,
                draft_document(tag, position, save),
                intake_id=draft.intake_id,
                version=draft.version,
            )
            print(f"{saved[position].intake_id} {saved[position].version}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("submit", "drafts"))
    parser.add_argument("url")
    parser.add_argument("--tag", required=True)
    parser.add_argument("--count", type=int, default=0)
    parser.add_argument("--drafts", type=int, default=1)
    parser.add_argument("--saves", type=int, default=1)
    parser.add_argument("--barrier", type=Path)
    args = parser.parse_args()
    database = open_database(args.url)
    try:
        wait_at_barrier(args.barrier, args.tag)
        started = time.time()
        if args.mode == "submit":
            submit_intakes(database, args.tag, args.count)
        else:
            autosave_drafts(database, args.tag, args.drafts, args.saves)
        print(f"window {started} {time.time()}", flush=True)
    finally:
        database.close()


if __name__ == "__main__":
    main()
