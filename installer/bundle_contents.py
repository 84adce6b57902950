"""What the frozen bundle keeps of what PyInstaller found: the spec calls `prune`.

PyInstaller's Qt hook carries every plugin PySide6 ships (Wayland, EGL, GTK themes, TLS,
network information…) and, with them, the system libraries those plugins link to (GTK,
cairo, pango…). The clinic's desk needs a few: the screen (xcb on Linux, windows on
Windows), offscreen (the self-test and machines without a screen), the printers, the
image formats of a clinic logo and the app icon, and keyboard input methods. Everything
else is left out, and so is any shared library that only a left-out plugin needed.

Build-time only: imported by installer/clinic-intake.spec and by tests/installer.
"""

import posixpath
from collections.abc import Callable, Iterable
from pathlib import PurePath

# A PyInstaller table-of-contents entry: (name in the bundle, source path, type code).
Entry = tuple[str, str, str]
ImportsOf = Callable[[str], Iterable[str]]
"""The file names of the shared libraries a binary links to (the spec passes PyInstaller's
own reader, `bindepend.get_imports`; tests pass a table)."""

QT_PLUGINS = "PySide6/Qt/plugins/"
QT_TRANSLATIONS = "PySide6/Qt/translations/"
KEPT_TRANSLATIONS = frozenset({"qtbase_es.qm", "qtbase_zh_CN.qm"})
"""Qt's own words (OK, Cancel, Yes, No) for the staff windows' languages (languages.md):
the one catalogue each of them loads; Qt's other languages and modules stay out."""
SYMLINK = "SYMLINK"  # an entry (link name, target relative to the link's folder, SYMLINK)

KEPT_PLUGINS: dict[str, frozenset[str] | None] = {
    # folder: the plugins kept there, by name without "lib" and suffix; None keeps all
    "platforms": frozenset({"qxcb", "qwindows", "qcocoa", "qoffscreen"}),
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    "printsupport": None,  # only print back ends live here (CUPS on Linux)
    "imageformats": frozenset({"qjpeg", "qsvg"}),  # PNG is built into QtGui
    "iconengines": frozenset({"qsvgicon"}),
    "styles": frozenset({"qmodernwindowsstyle"}),  # the Windows 11 look
}

PYTHON_EXCLUDES = (
    # Reached through optional plugins of our dependencies (pydantic's mypy and
    # hypothesis plugins, ReportLab's hyphenation), never by the app.
    "hypothesis",
    "mypy",
    "ast_serialize",
    "pyphen",
    "textstat",
    "pytest",
    "_pytest",
    "tkinter",
    "IPython",
)


def plugin_kept(name: str) -> bool:
    """Whether a file in the bundle under Qt's plugins folder is one the desk uses."""
    parts = PurePath(_slashed(name)).parts
    if len(parts) < 2:
        return False
    folder, file = parts[-2], parts[-1]
    if folder not in KEPT_PLUGINS:
        return False
    kept = KEPT_PLUGINS[folder]
    stem = file.split(".", 1)[0].removeprefix("lib")
    return kept is None or stem in kept


def _is_plugin(name: str) -> bool:
    return _slashed(name).startswith(QT_PLUGINS)


def prune(
    binaries: list[Entry], datas: list[Entry], imports_of: ImportsOf
) -> tuple[list[Entry], list[Entry]]:
    """The binaries and data files to bundle.

    Python extension modules and the kept plugins are the roots; a shared library stays
    only if a root links to it, directly or through another library that stays. Qt's
    translations go but qtbase's for the staff windows' languages (KEPT_TRANSLATIONS),
    and so does any symbolic link whose target went.
    """
    files = [entry for entry in binaries if entry[2] != SYMLINK]
    roots = [
        entry
        for entry in files
        if (entry[2] == "EXTENSION" and not _is_plugin(entry[0]))
        or (_is_plugin(entry[0]) and plugin_kept(entry[0]))
        or _basename(entry[0]).startswith(("libpython", "python3"))
    ]
    by_name = {_basename(entry[0]): entry for entry in files if not _is_plugin(entry[0])}
    kept = {entry[0]: entry for entry in roots}
    waiting = list(roots)
    while waiting:
        entry = waiting.pop()
        for library in imports_of(entry[1]):
            needed = by_name.get(_basename(library))
            if needed is not None and needed[0] not in kept:
                kept[needed[0]] = needed
                waiting.append(needed)

    def data_kept(entry: Entry) -> bool:
        name = _slashed(entry[0])
        if name.startswith(QT_TRANSLATIONS):
            return entry[2] != SYMLINK and name.removeprefix(QT_TRANSLATIONS) in KEPT_TRANSLATIONS
        return entry[2] != SYMLINK

    present = {_slashed(name) for name in kept}
    present.update(_slashed(entry[0]) for entry in datas if data_kept(entry))

    def link_kept(entry: Entry) -> bool:
        folder = posixpath.dirname(_slashed(entry[0]))
        target = posixpath.normpath(posixpath.join(folder, _slashed(entry[1])))
        return target in present

    return (
        [
            entry
            for entry in binaries
            if entry[0] in kept or (entry[2] == SYMLINK and link_kept(entry))
        ],
        [
            entry
            for entry in datas
            if data_kept(entry) or (entry[2] == SYMLINK and link_kept(entry))
        ],
    )


def _slashed(name: str) -> str:
    return name.replace("\\", "/")


def _basename(name: str) -> str:
    """A library's file name, compared without case (Windows DLL names have none)."""
    return PurePath(_slashed(name)).name.lower()
