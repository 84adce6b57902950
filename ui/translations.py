"""The staff windows' catalogues: `make ts` (lupdate) and the .qm half of `make ui` (lrelease).

    python ui/translations.py update    # sources -> resources/translations/*.ts
    python ui/translations.py release   # *.ts -> *.qm beside them

lupdate reads every module of clinic_app/gui/ (its compiled forms excepted: their .ui
sources are read instead, so a form's strings are found once, in their own context) and
writes one .ts per language with no source locations, so a moved line changes no
catalogue and two branches' catalogues merge as text. Obsolete messages are dropped: a
string no longer in the code is no longer translated. The .qm are built, never committed
(.gitignore): `make ui`, `make test`, `make run` and `make bundle` build them first.

Also imported by tests/unit/test_translations.py, which runs `update` into a temporary
copy to find a catalogue that is stale.
"""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGUES = {
    # file stem: the language lupdate writes in the file (Qt's name for it)
    "clinic_es": "es",
    "clinic_zh_Hans": "zh_CN",
}


def tool(name: str) -> str:
    """A PySide6 tool beside this Python, or on the PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install the project (pip install -e .)")
    return found


def sources(root: Path = ROOT) -> list[Path]:
    """What lupdate reads: the GUI's modules but the compiled forms, and the forms' .ui."""
    gui = root / "clinic_app" / "gui"
    modules = [path for path in sorted(gui.rglob("*.py")) if "forms" not in path.parts]
    return [*modules, *sorted((root / "ui").glob("*.ui"))]


def update(folder: Path = TRANSLATIONS, root: Path = ROOT) -> list[Path]:
    """Bring each .ts in `folder` up to date with the sources; the files written."""
    written = []
    folder.mkdir(parents=True, exist_ok=True)
    for stem, language in CATALOGUES.items():
        target = folder / f"{stem}.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *(str(path) for path in sources(root)),
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en_GB",
                "-target-language",
                language,
                "-ts",
                str(target),
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        written.append(target)
    return written


def release(folder: Path = TRANSLATIONS, output: Path | None = None) -> list[Path]:
    """Compile each .ts of `folder` into a .qm (beside it, or in `output`)."""
    written = []
    for stem in CATALOGUES:
        target = (output or folder) / f"{stem}.qm"
        subprocess.run(
            [tool("pyside6-lrelease"), str(folder / f"{stem}.ts"), "-qm", str(target)],
            check=True,
            capture_output=True,
            text=True,
        )
        written.append(target)
    return written


def main(argv: list[str]) -> int:
    if argv[1:] == ["update"]:
        for path in update():
            print(f"updated {path.relative_to(ROOT)}")
        return 0
    if argv[1:] == ["release"]:
        for path in release():
            print(f"compiled {path.relative_to(ROOT)}")
        return 0
    print("usage: translations.py update|release", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
