"""What the frozen bundle keeps: the desk's Qt plugins and what they link to, no more.

The tables below are shaped like PyInstaller's (name in the bundle, source, type code);
`imports_of` stands in for reading each binary's linked libraries. The real bundle is
built and self-tested by CI (.ci/run), which catches a plugin pruned too far.
"""

from collections.abc import Iterable

from installer.bundle_contents import Entry, plugin_kept, prune

PLUGINS = "PySide6/Qt/plugins"

LINKS: dict[str, list[str]] = {
    "/src/QtWidgets.abi3.so": ["libQt6Widgets.so.6", "libQt6Gui.so.6", "libQt6Core.so.6"],
    "/src/libQt6Widgets.so.6": ["libQt6Gui.so.6", "libQt6Core.so.6"],
    "/src/libQt6Gui.so.6": ["libQt6Core.so.6", "libfreetype.so.6"],
    "/src/libqxcb.so": ["libQt6XcbQpa.so.6", "libQt6Gui.so.6", "libxcb-cursor.so.0"],
    "/src/libQt6XcbQpa.so.6": ["libQt6Gui.so.6", "libxcb-cursor.so.0"],
    "/src/libqwayland.so": ["libQt6WaylandClient.so.6", "libQt6Gui.so.6"],
    "/src/libQt6WaylandClient.so.6": ["libwayland-client.so.0"],
    "/src/libqgtk3.so": ["libgtk-3.so.0", "libfreetype.so.6"],
    "/src/libgtk-3.so.0": ["libcairo.so.2"],
}


def imports_of(path: str) -> Iterable[str]:
    return LINKS.get(path, [])


def binary(name: str, kind: str = "BINARY") -> Entry:
    return (name, "/src/" + name.rsplit("/", 1)[-1], kind)


BINARIES = [
    binary("PySide6/QtWidgets.abi3.so", "EXTENSION"),
    binary("libpython3.11.so.1.0"),
    binary("PySide6/Qt/lib/libQt6Widgets.so.6"),
    binary("PySide6/Qt/lib/libQt6Gui.so.6"),
    binary("PySide6/Qt/lib/libQt6Core.so.6"),
    binary("PySide6/Qt/lib/libQt6XcbQpa.so.6"),
    binary("PySide6/Qt/lib/libQt6WaylandClient.so.6"),
    binary(f"{PLUGINS}/platforms/libqxcb.so"),
    binary(f"{PLUGINS}/platforms/libqwayland.so"),
    binary(f"{PLUGINS}/platformthemes/libqgtk3.so"),
    binary("libxcb-cursor.so.0"),
    binary("libfreetype.so.6"),
    binary("libwayland-client.so.0"),
    binary("libgtk-3.so.0"),
    binary("libcairo.so.2"),
    ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
    ("libQt6WaylandClient.so.6", "PySide6/Qt/lib/libQt6WaylandClient.so.6", "SYMLINK"),
]
DATAS = [
    ("resources/style/clinic.qss", "/src/clinic.qss", "DATA"),
    ("PySide6/Qt/translations/qtbase_de.qm", "/src/qtbase_de.qm", "DATA"),
    ("PySide6/Qt/translations/qtbase_es.qm", "/src/qtbase_es.qm", "DATA"),
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", "/src/qtbase_zh_CN.qm", "DATA"),
    ("PySide6/Qt/translations/qtdeclarative_es.qm", "/src/qtdeclarative_es.qm", "DATA"),
]


def kept_names() -> set[str]:
    binaries, _ = prune(BINARIES, DATAS, imports_of)
    return {entry[0] for entry in binaries}


def test_the_desk_plugins_and_what_they_link_to_stay() -> None:
    kept = kept_names()
    assert {
        "PySide6/QtWidgets.abi3.so",
        "libpython3.11.so.1.0",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Core.so.6",
        f"{PLUGINS}/platforms/libqxcb.so",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "libxcb-cursor.so.0",
        "libfreetype.so.6",  # also needed by the left-out GTK theme: still kept
        "libQt6Gui.so.6",  # a link to a kept library
    } <= kept


def test_left_out_plugins_take_their_own_libraries_with_them() -> None:
    kept = kept_names()
    for gone in (
        f"{PLUGINS}/platforms/libqwayland.so",
        f"{PLUGINS}/platformthemes/libqgtk3.so",
        "PySide6/Qt/lib/libQt6WaylandClient.so.6",
        "libwayland-client.so.0",
        "libgtk-3.so.0",
        "libcairo.so.2",  # reached only through GTK
        "libQt6WaylandClient.so.6",  # a link whose target went
    ):
        assert gone not in kept, gone


def test_qt_translations_go_but_qtbase_for_our_languages_and_the_app_resources_stay() -> None:
    _, datas = prune(BINARIES, DATAS, imports_of)
    assert [entry[0] for entry in datas] == [
        "resources/style/clinic.qss",
        "PySide6/Qt/translations/qtbase_es.qm",
        "PySide6/Qt/translations/qtbase_zh_CN.qm",
    ]


def test_plugins_are_chosen_by_folder_and_name_on_every_platform() -> None:
    for kept in (
        f"{PLUGINS}/platforms/libqxcb.so",
        f"{PLUGINS}/platforms/libqoffscreen.so",
        "PySide6\\Qt\\plugins\\platforms\\qwindows.dll",
        f"{PLUGINS}/printsupport/libcupsprintersupport.so",
        f"{PLUGINS}/imageformats/qjpeg.dll",
        f"{PLUGINS}/iconengines/libqsvgicon.so",
        f"{PLUGINS}/styles/qmodernwindowsstyle.dll",
        f"{PLUGINS}/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    ):
        assert plugin_kept(kept), kept
    for left_out in (
        f"{PLUGINS}/platforms/libqwayland.so",
        f"{PLUGINS}/platforms/libqeglfs.so",
        f"{PLUGINS}/platforms/libqvnc.so",
        f"{PLUGINS}/imageformats/libqtiff.so",
        f"{PLUGINS}/tls/libqopensslbackend.so",
        f"{PLUGINS}/platformthemes/libqgtk3.so",
        f"{PLUGINS}/sqldrivers/libqsqlite.so",
        "libqxcb.so",
    ):
        assert not plugin_kept(left_out), left_out


def test_windows_library_names_match_without_case() -> None:
    binaries = [
        binary("PySide6/QtGui.pyd", "EXTENSION"),
        ("PySide6\\Qt6Gui.dll", "/src/Qt6Gui.dll", "BINARY"),
        ("PySide6\\opengl32sw.dll", "/src/opengl32sw.dll", "BINARY"),
    ]

    def links(path: str) -> list[str]:
        return ["QT6GUI.DLL"] if path.endswith(".pyd") else []

    kept, _ = prune(binaries, [], links)
    assert [entry[0] for entry in kept] == ["PySide6/QtGui.pyd", "PySide6\\Qt6Gui.dll"]
