"""Clinic Intake: intake, red-flag review and home-care handouts for runners' foot pain."""

__version__ = "0.1.0"
APP_NAME = "Clinic Intake"
