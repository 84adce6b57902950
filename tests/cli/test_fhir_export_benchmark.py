"""`benchmarks/fhir_export.py` runs (on its quick, small database) and names itself."""

from benchmarks import fhir_export
from benchmarks.__main__ import BENCHMARKS


def test_the_benchmark_runs_and_is_registered() -> None:
    figure = fhir_export.measure(rounds=1, round_seconds=0.001)
    assert figure.name == fhir_export.NAME == "fhir_export"
    assert figure.target == 3.0
    assert figure.value > 0
    assert figure.floor > 0
    assert BENCHMARKS["fhir_export"] is fhir_export.measure
