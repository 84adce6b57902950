"""Compile the Designer forms in `ui/` into `clinic_app/gui/forms/` (`make ui`).

Only stale forms are rewritten. `--check` changes nothing and exits 1 naming every form
whose generated module does not match its source, so a test can catch a `.ui` edited
without `make ui`. The comparison is on content, not timestamps: a fresh clone gives
every file the same time. uic's own version line is dropped, so a patch release of
PySide6 does not make every form look stale.
"""

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

UI_DIR = Path(__file__).resolve().parent
FORMS_DIR = UI_DIR.parent / "clinic_app" / "gui" / "forms"
HEADER = "# Generated from ui/{name} by `make ui`: do not edit; edit the .ui file instead.\n"


def uic() -> str:
    """The uic of the PySide6 in this environment (beside this Python, or on the PATH)."""
    beside = Path(sys.executable).with_name("pyside6-uic")
    found = str(beside) if beside.exists() else shutil.which("pyside6-uic")
    if found is None:
        raise SystemExit("pyside6-uic not found: install the project (pip install -e .)")
    return found


def generated(source: Path) -> str:
    """The module `make ui` writes for one form."""
    output = subprocess.run(
        [uic(), "-g", "python", str(source)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    lines = [line for line in output.splitlines(keepends=True) if "Created by: Qt" not in line]
    return HEADER.format(name=source.name) + "".join(lines)


def target(source: Path) -> Path:
    return FORMS_DIR / f"ui_{source.stem}.py"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Compile the Designer forms in ui/.")
    parser.add_argument("--check", action="store_true", help="report stale forms, write none")
    args = parser.parse_args(argv)
    stale = []
    sources = sorted(UI_DIR.glob("*.ui"))
    for source in sources:
        wanted = generated(source)
        path = target(source)
        if path.exists() and path.read_text(encoding="utf-8") == wanted:
            continue
        stale.append(path)
        if not args.check:
            path.write_text(wanted, encoding="utf-8")
            print(f"compiled {source.name} -> {path.relative_to(UI_DIR.parent)}")
    known = {target(source) for source in sources}
    orphans = [path for path in FORMS_DIR.glob("ui_*.py") if path not in known]
    if args.check:
        for path in stale:
            print(f"stale: {path.relative_to(UI_DIR.parent)} (run `make ui`)")
        for path in orphans:
            print(f"orphan: {path.relative_to(UI_DIR.parent)} has no .ui source")
        return 1 if stale or orphans else 0
    for path in orphans:
        path.unlink()
        print(f"removed {path.relative_to(UI_DIR.parent)} (its .ui source is gone)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
