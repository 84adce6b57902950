"""The Qt half of the self-test finds what is really wrong: a missing plugin, an
unreadable or blank PDF. (The passing path runs in tests/cli/test_self_test.py.)"""

import io
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from reportlab.pdfgen.canvas import Canvas

from clinic_app.gui import self_check
from clinic_app.services.self_test import CheckFailed
from installer.bundle_contents import plugin_kept


def _blank_pdf() -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _one_line_pdf() -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.setFont("Helvetica-Bold", 40)
    for line in range(12):
        canvas.drawString(60, 760 - 60 * line, "Rest, ice and an easy week")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_a_missing_plugin_is_named(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        self_check,
        "desktop_plugins",
        lambda: (("platforms", "libqoffscreen"), ("platforms", "libqnosuch")),
    )
    with pytest.raises(CheckFailed, match=r"the Qt plugin platforms/libqnosuch is missing"):
        self_check.check_plugins()


def test_the_desk_plugins_load_here(qtbot: QtBot) -> None:
    detail = self_check.check_plugins()
    assert "platforms/qoffscreen" in detail


@pytest.mark.parametrize("platform", ["linux", "win32"])
def test_every_plugin_the_self_test_loads_is_one_the_bundle_keeps(
    platform: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    suffix = ".dll" if platform == "win32" else ".so"
    for kind, stem in self_check.desktop_plugins():
        assert plugin_kept(f"PySide6/Qt/plugins/{kind}/{stem}{suffix}"), (kind, stem)


def test_an_unreadable_pdf_is_refused(qtbot: QtBot, tmp_path: Path) -> None:
    with pytest.raises(CheckFailed, match="QtPdf could not read the care sheet"):
        self_check.check_pdf_rendering(b"%PDF-1.4 not really", tmp_path / "printed.pdf")


def test_a_blank_page_is_refused(qtbot: QtBot, tmp_path: Path) -> None:
    with pytest.raises(CheckFailed, match="blank"):
        self_check.check_pdf_rendering(_blank_pdf(), tmp_path / "printed.pdf")
    assert not (tmp_path / "printed.pdf").exists()


def test_a_page_with_ink_is_drawn_and_printed(qtbot: QtBot, tmp_path: Path) -> None:
    printed = tmp_path / "printed.pdf"
    detail = self_check.check_pdf_rendering(_one_line_pdf(), printed)
    assert detail.startswith("1 page(s)")
    assert printed.read_bytes().startswith(b"%PDF-")
