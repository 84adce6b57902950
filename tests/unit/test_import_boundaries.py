"""The arrows of architecture.md, held: layers import downwards only, nothing below
`clinic_app/gui/` imports Qt, a room of the GUI imports `common/` and services but never
another room, and no module imports one that (directly or not) imports it back.

Imports are read from the source (every `import` and `from … import`, including those
inside functions, which are still arrows), so the test needs no display and imports
nothing. The checks are plain functions over a graph, and each is also run on a small
graph that breaks it, so a check that stopped finding anything would fail here too.
"""

import ast
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "clinic_app"

LAYERS: dict[str, int] = {
    # The base every layer may use: the package's name and version, paths and logging.
    "clinic_app": 0,
    "paths": 0,
    "logs": 0,
    # The one list of languages (en, es, zh-Hans) the document, the settings, the sheets,
    # the command line and the windows all accept: pure, so every layer may read it.
    "languages": 0,
    "intake": 1,
    "rules": 2,
    # Pure, beside intake/ and rules/ (architecture.md): the follow-up document and progress,
    # which assess a follow-up with the rules; storage and handouts build on it.
    "followups": 3,
    # Pure, beside intake/ and rules/ (architecture.md, fhir.md): the Questionnaire, the
    # reading of responses and the Bundle; the services and the command line use it.
    "fhir": 3,
    # Pure (the exercises' codes, drawings, catalogue and choice): the choice reads the
    # rules' flags, so it sits above them; the handouts and the windows draw on it.
    "exercises": 3,
    "handouts": 4,
    "storage": 4,
    "services": 5,
    "gui": 6,
    "cli": 6,
    "__main__": 7,  # `python -m clinic_app`: runs the command line
}
"""Each top-level part's height: a module imports only parts below its own (or its own
part). `cli` may also start the `gui` (the desktop app is one of its commands)."""

UPWARD_ALLOWED = {("cli", "gui")}

BASE = {part for part, height in LAYERS.items() if height == 0}
"""The base parts may use one another (the circle check still holds them)."""

ROOMS = ("session", "intake", "patients", "review", "admin", "followups", "kiosk")
"""The rooms of `gui/` (architecture.md); `common/` and `forms/` are shared, and the
modules at the top of `gui/` (the main window, the desk, the launch) put rooms together."""

SHARED = ("common", "forms")

QT = ("PySide6", "shiboken6")

Graph = Mapping[str, set[str]]


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported(path: Path, name: str, modules: set[str]) -> Iterator[str]:
    """The modules one source file imports, by full dotted name.

    `from package import name` counts as importing `package.name` when that is a module,
    else the package itself; relative imports are resolved against the file's package.
    """
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                source = ".".join([*base, *([node.module] if node.module else [])])
            else:
                source = node.module or ""
            for alias in node.names:
                full = f"{source}.{alias.name}"
                yield full if full in modules else source


def import_graph() -> dict[str, set[str]]:
    """Every module of `clinic_app` with what it imports (the project's and others')."""
    files = {
        module_name(path): path
        for path in PACKAGE.rglob("*.py")
        if "forms" not in path.relative_to(PACKAGE).parts
    }
    forms = {module_name(path) for path in (PACKAGE / "gui" / "forms").glob("*.py")}
    modules = set(files) | forms
    return {name: set(_imported(path, name, modules)) for name, path in files.items()}


def _part(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def _room(module: str) -> str | None:
    parts = module.split(".")
    return parts[2] if len(parts) > 3 and parts[1] == "gui" else None


def _ours(module: str) -> bool:
    return module == "clinic_app" or module.startswith("clinic_app.")


def layer_problems(graph: Graph) -> list[str]:
    problems = []
    for module, imported in sorted(graph.items()):
        part = _part(module)
        if part not in LAYERS:
            problems.append(f"{module}: {part!r} has no place in LAYERS (architecture.md)")
            continue
        for target in sorted(filter(_ours, imported)):
            other = _part(target)
            if other == part or (part, other) in UPWARD_ALLOWED or {part, other} <= BASE:
                continue
            if LAYERS.get(other, 99) >= LAYERS[part]:
                problems.append(f"{module} imports {target}: {part} may not import {other}")
    return problems


def qt_problems(graph: Graph) -> list[str]:
    return [
        f"{module} imports {target}: Qt belongs to clinic_app.gui only"
        for module, imported in sorted(graph.items())
        if _part(module) != "gui"
        for target in sorted(imported)
        if target.split(".")[0] in QT
    ]


def room_problems(graph: Graph) -> list[str]:
    problems = []
    for module, imported in sorted(graph.items()):
        room = _room(module)
        if room is None:
            continue
        for target in sorted(filter(_ours, imported)):
            other = _room(target)
            if other is None or other == room or other in SHARED:
                continue
            problems.append(f"{module} imports {target}: the {room} room reaches into {other}")
    return problems


def circles(graph: Graph) -> list[list[str]]:
    """Every circle of imports among our modules, each once (Tarjan's strongly connected
    components, written out iteratively; a component of more than one module, or a module
    importing itself, is a circle)."""
    edges = {
        module: sorted(t for t in imported if t in graph) for module, imported in graph.items()
    }
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in sorted(edges):
        if start in index:
            continue
        work = [(start, iter(edges[start]))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, targets = work[-1]
            target = next(targets, None)
            if target is not None:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(edges[target])))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in edges[node]:
                    found.append(sorted(component))
    return sorted(found)


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    return import_graph()


def test_the_walk_finds_the_whole_package(graph: Graph) -> None:
    assert "clinic_app.gui.intake.intake_form" in graph
    assert "clinic_app.storage.migrations.env" in graph
    form = graph["clinic_app.gui.intake.intake_form"]
    assert "clinic_app.gui.common.designer" in form  # `from clinic_app.gui.common import designer`
    assert "PySide6.QtWidgets" in form


def test_layers_import_only_downwards(graph: Graph) -> None:
    assert layer_problems(graph) == []


def test_nothing_below_the_gui_imports_qt(graph: Graph) -> None:
    assert qt_problems(graph) == []


def test_no_room_of_the_gui_imports_another(graph: Graph) -> None:
    assert room_problems(graph) == []


def test_no_circle_of_imports(graph: Graph) -> None:
    assert circles(graph) == []


def test_each_check_finds_what_breaks_it() -> None:
    broken: dict[str, set[str]] = {
        "clinic_app.storage.models": {"clinic_app.services.users", "PySide6.QtCore"},
        "clinic_app.services.users": {"clinic_app.storage.models"},
        "clinic_app.gui.review.review_detail": {
            "clinic_app.gui.intake.intake_binding",
            "clinic_app.gui.common.style",
        },
        "clinic_app.gui.intake.intake_binding": {"clinic_app.gui.common.style"},
        "clinic_app.gui.common.style": {"clinic_app.gui.review.review_detail"},
        "clinic_app.gui.main_window": {"clinic_app.gui.review.review_detail"},
        "clinic_app.gui.self_check": {"clinic_app.cli.self_test"},
        "clinic_app.cli.self_test": {"clinic_app.gui.main_window"},
    }
    assert layer_problems(broken) == [
        "clinic_app.gui.self_check imports clinic_app.cli.self_test: gui may not import cli",
        "clinic_app.storage.models imports clinic_app.services.users: "
        "storage may not import services",
    ]
    assert qt_problems(broken) == [
        "clinic_app.storage.models imports PySide6.QtCore: Qt belongs to clinic_app.gui only"
    ]
    assert room_problems(broken) == [
        "clinic_app.gui.common.style imports clinic_app.gui.review.review_detail: "
        "the common room reaches into review",
        "clinic_app.gui.review.review_detail imports clinic_app.gui.intake.intake_binding: "
        "the review room reaches into intake",
    ]
    assert circles(broken) == [
        [
            "clinic_app.gui.common.style",
            "clinic_app.gui.intake.intake_binding",
            "clinic_app.gui.review.review_detail",
        ],
        ["clinic_app.services.users", "clinic_app.storage.models"],
    ]
