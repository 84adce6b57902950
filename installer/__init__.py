"""Build-time code for the installers: imported by the PyInstaller spec and by the tests."""
