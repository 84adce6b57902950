"""Run the benchmarks: `python -m benchmarks [--quick] [--only NAME] [--output PATH]`.

Prints a table and writes build/bench.json as {name: {value, floor, ratio, target, unit}}.
Exits 1 when a figure is over its target, so a regression is not missed.

The PostgreSQL figures run on a throwaway cluster the run starts itself
(benchmarks/postgresql.py); where PostgreSQL's server is not installed they are left out,
and the report says which, why, and how to install it.
"""

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from benchmarks import (
    exercise_sheet,
    fhir_export,
    gui_stall,
    handout_pdf,
    handout_pdf_zh,
    patient_search,
    postgresql,
    progress_report,
    review_queue,
    rules_assess,
    startup,
)
from benchmarks.harness import Figure, report, write_json

Measure = Callable[..., Figure]
BENCHMARKS: dict[str, Measure] = {
    "rules_assess": rules_assess.measure,
    "review_queue": review_queue.measure,
    "review_queue_view": review_queue.measure_view,
    "review_queue_encryption": review_queue.measure_encryption,
    "patient_search": patient_search.measure,
    "review_queue_postgresql": review_queue.measure_postgresql,
    "patient_search_postgresql": patient_search.measure_postgresql,
    "handout_pdf": handout_pdf.measure,
    "handout_pdf_zh": handout_pdf_zh.measure,
    "exercise_sheet": exercise_sheet.measure,
    "progress_report": progress_report.measure,
    "fhir_export": fhir_export.measure,
    "startup": startup.measure,
    "startup_encryption": startup.measure_encryption,
    # Last: each of these adds a few intakes (and two accounts) to the shared demo data.
    "gui_stall": gui_stall.measure,
    "gui_stall_postgresql": gui_stall.measure_postgresql,
    "gui_stall_postgresql_delayed": gui_stall.measure_postgresql_delayed,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="few short rounds (for tests)")
    parser.add_argument("--only", choices=sorted(BENCHMARKS), action="append")
    parser.add_argument("--output", type=Path, default=Path("build") / "bench.json")
    args = parser.parse_args(argv)
    rounds, round_seconds = (3, 0.01) if args.quick else (21, 0.2)
    chosen = list(args.only or BENCHMARKS)
    left_out = [name for name in chosen if name in postgresql.NAMES]
    why = postgresql.missing() if left_out else None
    if why is None:
        left_out = []
    # The demo databases are encrypted like every new one: their throwaway key goes to a
    # throwaway home's key file, never to this computer's keyring or data folder.
    from clinic_app import paths
    from clinic_app.storage import encryption

    with (
        tempfile.TemporaryDirectory(prefix="clinic-bench-home-") as home,
        encryption.key_file_only(),
    ):
        os.environ[paths.HOME_ENV] = home
        figures = [
            BENCHMARKS[name](rounds=rounds, round_seconds=round_seconds)
            for name in chosen
            if name not in left_out
        ]
    print(report(figures))
    if left_out:
        print(f"left out: {', '.join(left_out)}: {why}")
    write_json(figures, args.output)
    print(f"written to {args.output}")
    return 0 if all(figure.within_target for figure in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
