"""`gui_stall`'s floor (benchmarks/replay.py): the services' answers recorded, then handed back.

Checked on stand-in service functions, so no database is needed: a replay answers from the
record without calling the function, a call made again gets its answers in order, an
unrecorded call of a known function gets that function's last answer, an unknown
function runs for real, a recorded failure is raised again, and only the outermost of
nested service calls is recorded. `installed` is checked on the real services: every
name the app holds for one is bound to the wrapper while installed, and put back after.
"""

import pytest

import clinic_app.services.patients as patients_service
from benchmarks.replay import Replay, database_calls, installed
from clinic_app.gui.review import decision_dialog
from clinic_app.services import reviews


class Refused(Exception):
    pass


def test_a_replay_answers_from_the_record_without_calling_the_function() -> None:
    replay = Replay()
    called: list[str] = []

    def search(_database: object, text: str) -> list[str]:
        called.append(text)
        if text == "no":
            raise Refused(text)
        return [f"{text}-{len(called)}"]

    wrapped = replay.wrap("search", search)
    with replay.record():
        assert wrapped(None, "oka") == ["oka-1"]
        assert wrapped(None, "oka") == ["oka-2"]
        assert wrapped(None, "zoe") == ["zoe-3"]
        with pytest.raises(Refused):
            wrapped(None, "no")
    assert replay.calls == 4
    called.clear()
    with replay.replay():
        assert wrapped(None, "oka") == ["oka-1"]  # in order,
        assert wrapped(None, "oka") == ["oka-2"]
        assert wrapped(None, "oka") == ["oka-2"]  # then the last one again
        with pytest.raises(Refused):
            wrapped(None, "no")
        assert wrapped(None, "okaf") == ["zoe-3"]  # never asked: the function's last answer
        assert replay.stand_ins == 1
    assert called == []
    assert wrapped(None, "plain") == ["plain-1"]  # neither recording nor replaying


def test_a_function_the_record_lacks_runs_for_real_and_nested_calls_are_its_own() -> None:
    replay = Replay()
    inner_calls: list[int] = []

    def counted(_database: object, number: int) -> int:
        inner_calls.append(number)
        return number

    inner = replay.wrap("inner", counted)

    def times_ten(database: object, number: int) -> int:
        return int(str(inner(database, number))) * 10

    outer = replay.wrap("outer", times_ten)
    unknown = replay.wrap("unknown", lambda _database: "fresh")
    with replay.record():
        assert outer(None, 2) == 20
    assert replay.calls == 1  # the inner call is part of the outer one's answer
    inner_calls.clear()
    with replay.replay():
        assert outer(None, 2) == 20
        assert inner_calls == []
        assert inner(None, 3) == 3  # never called from outside: runs for real
        assert unknown(None) == "fresh"
        assert replay.unrecorded == 2


def test_nothing_to_replay_is_refused() -> None:
    with pytest.raises(RuntimeError), Replay().replay():
        pass


def test_installed_binds_every_name_the_app_holds_and_puts_them_back() -> None:
    search, record_decision = patients_service.search, reviews.record_decision
    assert "clinic_app.services.patients.search" in database_calls()
    assert "clinic_app.services.review_queue.page" in database_calls()
    assert "clinic_app.services.patients.name_key" not in database_calls()  # no database
    with installed(Replay()):
        assert patients_service.search is not search
        assert getattr(patients_service.search, "__wrapped__", None) is search
        # A window that imported the function by name holds the wrapper too.
        assert vars(decision_dialog)["record_decision"] is reviews.record_decision
        assert reviews.record_decision is not record_decision
    assert patients_service.search is search
    assert vars(decision_dialog)["record_decision"] is record_decision
