"""The desktop app (PySide6). Nothing outside this package imports Qt."""

from clinic_app.gui.common.none_guard import keep_none_alive

keep_none_alive()
