"""Recording the services' database answers in one run and handing them back in the next.

`gui_stall`'s floor is the same desk session with every database call answered at once
with the result it gave in a first run. The seam is the services, not the background
runner: every database call a window makes is a call of a `clinic_app.services` function
taking the `Database` first (`patients.search`, `review_queue.page`, `intakes.save_draft`,
…), made from the work a window hands to the runner (`run_in_background`, which
`DatabaseCalls` and the draft keeper both use). Replaying the runner's whole work instead
would skip what that work does besides asking the database: the draft keeper's worker
also keeps its outbox (which draft is out, the journal on this computer), and a replayed
outcome would leave that draft "out" for good, so its submit would never go. Here the
windows, the runner and the work all run as they do, only each service call returns at
once.

A call is known by its function and arguments (the `Database` left out, it is the same
object); the same call made again gets the answers it got, in order, and the last one
after those run out. A call the first run never made (a search typed at another moment
of a keystroke) gets the last answer that function gave (a failure is not handed out for
another call), and is counted in `stand_ins`; a function the first run never called at
all runs for real, counted in `unrecorded`.
Only the outermost service call is recorded: what it calls inside (another service's
helpers) is part of its answer.
"""

import importlib
import inspect
import pkgutil
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import ModuleType
from typing import Literal

import clinic_app.services

Mode = Literal["through", "record", "replay"]
Key = tuple[str, str]


@dataclass(frozen=True)
class _Answer:
    value: object = None
    error: BaseException | None = None

    def give(self) -> object:
        if self.error is not None:
            raise self.error
        return self.value


class _Depth(threading.local):
    """How deep in service calls this thread is (1 inside a recorded call)."""

    depth = 0


@dataclass
class Replay:
    """Wraps the database-calling service functions; `record()` and `replay()` say how."""

    mode: Mode = "through"
    calls: int = 0
    """Calls answered in the latest `record()` or `replay()`."""
    stand_ins: int = 0
    unrecorded: int = 0
    _answers: dict[Key, list[_Answer]] = field(default_factory=dict)
    _latest: dict[str, _Answer] = field(default_factory=dict)
    _given: dict[Key, int] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _inside: _Depth = field(default_factory=_Depth)

    @contextmanager
    def record(self) -> Iterator[None]:
        with self._lock:
            self._answers.clear()
            self._latest.clear()
        with self._as("record"):
            yield

    @contextmanager
    def replay(self) -> Iterator[None]:
        if not self._answers:
            raise RuntimeError("nothing recorded to replay")
        with self._lock:
            self._given.clear()
            self.stand_ins = self.unrecorded = 0
        with self._as("replay"):
            yield

    @contextmanager
    def _as(self, mode: Mode) -> Iterator[None]:
        self.mode, self.calls = mode, 0
        try:
            yield
        finally:
            self.mode = "through"

    def wrap(self, name: str, function: Callable[..., object]) -> Callable[..., object]:
        def answered(*args: object, **kwargs: object) -> object:
            mode = self.mode
            if mode == "through" or self._inside.depth:
                return function(*args, **kwargs)
            key = (name, repr((args[1:], sorted(kwargs.items()))))
            if mode == "replay":
                answer = self._replayed(name, key)
                if answer is not None:
                    return answer.give()
            self._inside.depth = 1
            try:
                value = function(*args, **kwargs)
            except BaseException as error:
                self._keep(mode, name, key, _Answer(error=error))
                raise
            finally:
                self._inside.depth = 0
            self._keep(mode, name, key, _Answer(value))
            return value

        answered.__wrapped__ = function  # type: ignore[attr-defined]
        return answered

    def _replayed(self, name: str, key: Key) -> _Answer | None:
        with self._lock:
            self.calls += 1
            answers = self._answers.get(key)
            if answers:
                given = self._given.get(key, 0)
                self._given[key] = given + 1
                return answers[min(given, len(answers) - 1)]
            latest = self._latest.get(name)
            if latest is not None:
                self.stand_ins += 1
            else:
                self.unrecorded += 1
            return latest

    def _keep(self, mode: Mode, name: str, key: Key, answer: _Answer) -> None:
        if mode != "record":
            return
        with self._lock:
            self.calls += 1
            self._answers.setdefault(key, []).append(answer)
            if answer.error is None:
                self._latest[name] = answer


def database_calls() -> dict[str, Callable[..., object]]:
    """Every service function whose first parameter is the database, by qualified name."""
    found: dict[str, Callable[..., object]] = {}
    for module_info in pkgutil.iter_modules(clinic_app.services.__path__):
        module = importlib.import_module(f"clinic_app.services.{module_info.name}")
        for name, value in vars(module).items():
            if not inspect.isfunction(value) or value.__module__ != module.__name__:
                continue
            parameters = list(inspect.signature(value).parameters)
            if parameters and parameters[0] == "database":
                found[f"{module.__name__}.{name}"] = value
    return found


@contextmanager
def installed(replay: Replay) -> Iterator[None]:
    """Every service function's name, wherever the app holds it (a service module, a GUI
    module that imported it by name), bound to its wrapper; put back afterwards.

    Import the windows first: a module imported after this holds the plain functions.
    """
    originals = database_calls()
    wrapped = {id(function): replay.wrap(name, function) for name, function in originals.items()}
    replaced: list[tuple[ModuleType, str, object]] = []
    for module in list(sys.modules.values()):
        if not getattr(module, "__name__", "").startswith("clinic_app."):
            continue
        for attribute, value in list(vars(module).items()):
            wrapper = wrapped.get(id(value))
            if wrapper is not None and inspect.isfunction(value):
                replaced.append((module, attribute, value))
                setattr(module, attribute, wrapper)
    try:
        yield
    finally:
        for module, attribute, value in replaced:
            setattr(module, attribute, value)
