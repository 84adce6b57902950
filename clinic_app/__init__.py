"""Clinic Intake: intake, red-flag review and home-care handouts for runners' foot pain."""

import logging

__version__ = "0.1.0"
APP_NAME = "Clinic Intake"
# The desktop entry's name without ".desktop" (installer/linux): the window manager matches
# the running app to its entry and icon by it.
DESKTOP_ID = "io.github.clinicintake.ClinicIntake"

# Nothing the app logs reaches the terminal unless logging was set up (clinic_app.logs):
# without this, Python's last-resort handler would print warnings and tracebacks to stderr.
logging.getLogger(__name__).addHandler(logging.NullHandler())
