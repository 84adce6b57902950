"""Names the installers share, kept in one place so the spec, the `.deb` and the Windows
installer cannot drift apart (tests/installer checks each against this module).

Build-time only: nothing in `clinic_app` imports it.
"""

from clinic_app import DESKTOP_ID

BUNDLE_NAME = "clinic-intake"
"""The folder PyInstaller writes under `dist/`, and the desktop executable inside it."""

CLI_NAME = "clinic-intake-cli"
"""Windows only: a console executable beside the windowed one, for `db upgrade`, `backup`
and `--self-test`, whose output a windowed program cannot show."""

APP_ID = DESKTOP_ID
"""Reverse-DNS id: the desktop entry's, the AppStream component's and the icon's name,
and what the running app tells the window manager (clinic_app.gui.launch)."""

ICON_SVG = "resources/icons/clinic-intake.svg"
ICON_WINDOWS = "resources/icons/clinic-intake.ico"
"""Paths from the repository root."""
