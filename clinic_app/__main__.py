"""`python -m clinic_app`: the same as the `clinic-intake` command."""

from clinic_app.cli.main import run

run()
