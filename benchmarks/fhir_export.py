"""`fhir_export`: a FHIR Bundle per visit for 1,000 intakes, over the JSON export of the same.

Both run on one seeded demo database of 1,000 intakes (and the follow-up visits, flags and
decisions the demo data gives them), and both write every file into a fresh folder, 0600,
and record the export on the audit trail: the floor is `clinic-intake export` (each
document as stored), the subject `clinic-intake export --format fhir`. The ratio is the cost
of the mapping itself — the Patient, QuestionnaireResponse, Observations, Flags, decisions
and their stable references — not of reading the records or writing the files.
"""

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from benchmarks.demo_database import is_quick
from benchmarks.harness import Figure, per_call
from clinic_app.services.actor import Actor
from clinic_app.services.demo_data import generate
from clinic_app.services.fhir_transfer import export_bundles
from clinic_app.services.transfer import export_documents
from clinic_app.storage.database import Database, open_database

TARGET = 3.0
NAME = "fhir_export"
INTAKES = 1_000
QUICK_INTAKES = 60
MAX_ROUNDS = 3
"""Each call writes (and fsyncs) thousands of files: three rounds give a steady median."""
ACTOR = Actor("benchmark", "admin")


def _exporting(
    database: Database, folder: Path, export: Callable[..., list[Path]]
) -> Callable[[], object]:
    def run() -> object:
        target = Path(tempfile.mkdtemp(dir=folder))
        try:
            return export(database, ACTOR, target / "out")
        finally:
            shutil.rmtree(target)

    return run


def measure(*, rounds: int, round_seconds: float) -> Figure:
    intakes = QUICK_INTAKES if is_quick(round_seconds) else INTAKES
    with tempfile.TemporaryDirectory(prefix="clinic-bench-fhir-") as scratch:
        folder = Path(scratch)
        database = open_database(f"sqlite:///{folder / 'clinic.sqlite3'}")
        try:
            generate(database, patients=intakes // 2, intakes=intakes, seed=1)
            subject = _exporting(database, folder, export_bundles)
            floor = _exporting(database, folder, export_documents)
            subject()  # warm both once: imports, the Questionnaire's definitions, the cache
            floor()
            value, floor_value = per_call(
                subject, floor, rounds=min(rounds, MAX_ROUNDS), round_seconds=round_seconds
            )
        finally:
            database.close()
    return Figure(NAME, value, floor_value, TARGET, "s")
