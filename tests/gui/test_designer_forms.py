"""The compiled Designer forms match their `.ui` sources, and carry the field names."""

import shutil
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from clinic_app.gui.common.intake_fields import FIELDS
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.intake.intake_form import IntakeForm
from clinic_app.intake import Intake

ROOT = Path(__file__).resolve().parents[2]


def check(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(root / "ui" / "compile.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )


def test_every_generated_form_is_up_to_date() -> None:
    result = check(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_an_edited_ui_file_makes_its_form_stale(tmp_path: Path) -> None:
    copy = tmp_path / "checkout"
    shutil.copytree(ROOT / "ui", copy / "ui")
    shutil.copytree(ROOT / "clinic_app" / "gui" / "forms", copy / "clinic_app" / "gui" / "forms")
    source = copy / "ui" / "sign_in.ui"
    source.write_text(source.read_text().replace("&amp;Username", "&amp;User name"))
    result = check(copy)
    assert result.returncode == 1
    assert "stale: clinic_app/gui/forms/ui_sign_in.py" in result.stdout


def test_generated_forms_say_they_are_generated() -> None:
    for module in (ROOT / "clinic_app" / "gui" / "forms").glob("ui_*.py"):
        first = module.read_text().splitlines()[0]
        assert "do not edit" in first, module.name


def _field_paths(model: type, prefix: str = "") -> list[str]:
    paths = []
    for name, info in model.model_fields.items():  # type: ignore[attr-defined]
        annotation = info.annotation
        if isinstance(annotation, type) and hasattr(annotation, "model_fields"):
            paths.extend(_field_paths(annotation, f"{prefix}{name}."))
        elif name != "format":
            paths.append(f"{prefix}{name}")
    return paths


# follow-ups.md's outcome measures are in the format but not on the form yet: the form gains
# them with the follow-up pages (another change). Listed here, so that is seen, not hidden.
NOT_ON_THE_FORM_YET = (
    "measures.psfs",
    "measures.lefs_total",
    "measures.faam_adl_percent",
    "measures.faam_sports_percent",
)


def test_every_intake_field_has_exactly_one_widget_named_for_it(
    qtbot: QtBot, front_desk: Workstation
) -> None:
    form = IntakeForm(front_desk)
    qtbot.addWidget(form)
    every = _field_paths(Intake)
    assert set(NOT_ON_THE_FORM_YET) <= set(every)
    expected = [path for path in every if path not in NOT_ON_THE_FORM_YET]
    assert sorted(FIELDS) == sorted(expected)
    for path in expected:
        from PySide6.QtWidgets import QWidget

        found = [w for w in form.findChildren(QWidget) if w.objectName() == path]
        assert len(found) == 1, f"{path}: {len(found)} widgets"
