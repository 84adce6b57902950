"""`benchmarks/progress_report.py` measures what it says: six visits, the floor the same PDF."""

from benchmarks import progress_report
from clinic_app.handouts.progress_report import build_progress_report


def test_the_benchmark_course_has_six_visits_and_every_measure() -> None:
    course = progress_report.six_visits()
    assert len(course.visits) == 6
    report = build_progress_report(course, printed_on=progress_report.PRINTED_ON)
    assert len(report.measures) == 5


def test_the_benchmark_runs_and_names_itself() -> None:
    figure = progress_report.measure(rounds=1, round_seconds=0.001)
    assert figure.name == progress_report.NAME == "progress_report"
    assert figure.target == 2.0
    assert figure.value > 0
    assert figure.floor > 0
