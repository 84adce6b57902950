"""The Windows installer, checked where it cannot be built: its script and its icon.

Inno Setup runs only on Windows, so these tests read `installer/windows/clinic-intake.iss`
as text and hold it to the PyInstaller spec's names (installer/bundle_layout.py), to the
app's name and version, and to the promise that uninstalling keeps the clinic's data. The
icon is parsed byte by byte and rendered again from its SVG, then compared picture by
picture within make_icon.TOLERANCE (Qt antialiases a little differently on each CPU), so a
stale or broken `.ico` fails here rather than on a clinic's desktop, on any machine.
"""

import itertools
import re
import struct
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QImageWriter
from PySide6.QtWidgets import QApplication

import clinic_app
from installer import bundle_layout
from installer.windows import make_icon

ROOT = Path(__file__).resolve().parents[2]
WINDOWS_DIR = ROOT / "installer" / "windows"
ISS = WINDOWS_DIR / "clinic-intake.iss"
README = WINDOWS_DIR / "README.md"

APP_ID = "{{84CFE363-5183-4E90-9763-21EFF333DA3E}"
"""The script's AppId. Windows knows the installed program by it: a changed AppId would
install a new version beside the old one instead of upgrading it, so it is pinned here."""

APP_EXE = f"{{app}}\\{bundle_layout.BUNDLE_NAME}.exe"

DATA_FOLDER_CONSTANTS = (
    "{localappdata}",
    "{userappdata}",
    "{commonappdata}",
    "{autoappdata}",
    "{userdocs}",
    "{commondocs}",
    "{autodocs}",
    "{%",  # an environment variable, such as {%LOCALAPPDATA} or {%CLINIC_INTAKE_HOME}
    "clinic-intake\\",
)
"""What a delete entry must never name: the folders where the app keeps data per user
(platformdirs puts it in %LOCALAPPDATA%\\clinic-intake) or any path through them."""


# -- a small reader for the parts of Inno Setup's script format that the script uses ------


@dataclass
class InnoScript:
    """An .iss file after its preprocessor lines: directives, entries and defines.

    Names (sections, directives, entry parameters) are compared case-insensitively, as Inno
    Setup does. `{#Name}` is replaced by the define's value; any other preprocessor use is
    refused, so nothing in the script escapes these tests unread.
    """

    defines: dict[str, str]
    directives: dict[str, dict[str, str]] = field(default_factory=dict)
    """[Setup]-style sections: section -> directive -> value."""
    entries: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    """Every other section: section -> its `Name: value; ...` lines as parameter maps."""
    code: list[str] = field(default_factory=list)
    """[Code] lines, kept as text."""

    def setup(self, directive: str) -> str:
        return self.directives.get("setup", {})[directive.lower()]

    def section(self, name: str) -> list[dict[str, str]]:
        return self.entries.get(name.lower(), [])

    def flags(self, entry: dict[str, str]) -> set[str]:
        return set(entry.get("flags", "").lower().split())


DIRECTIVE_SECTIONS = {"setup", "langoptions", "messages", "custommessages"}
_DEFINE = re.compile(r'#define\s+(\w+)\s+"([^"]*)"\s*$')
_CONDITION = re.compile(r"#(ifdef|ifndef)\s+(\w+)\s*$")
_INLINE = re.compile(r"\{#(\w*)\}")


def read_iss(path: Path, predefined: dict[str, str] | None = None) -> InnoScript:
    """Read `path`; `predefined` stands for `iscc /DName=value` on the command line."""
    script = InnoScript(defines=dict(predefined or {}))
    section = ""
    taken: list[bool] = []  # one per open #ifdef/#ifndef: is its body read?
    for number, raw in enumerate(path.read_text(encoding="ascii").splitlines(), start=1):
        line = raw.strip()
        where = f"{path.name}:{number}"
        if line.startswith("#"):
            _preprocess(line, script.defines, taken, where)
            continue
        if not all(taken) or not line or line.startswith(";"):
            continue
        line = _expand(line, script.defines, where)
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].lower()
        elif section == "code":
            script.code.append(line)
        elif section in DIRECTIVE_SECTIONS:
            name, sep, value = line.partition("=")
            if not sep:
                raise ValueError(f"{where}: not a Name=Value directive: {line}")
            values = script.directives.setdefault(section, {})
            if name.strip().lower() in values:
                raise ValueError(f"{where}: {name.strip()} is set twice")
            values[name.strip().lower()] = value.strip()
        elif section:
            script.entries.setdefault(section, []).append(_entry(line, where))
        else:
            raise ValueError(f"{where}: text before the first section: {line}")
    if taken:
        raise ValueError(f"{path.name}: an #ifdef or #ifndef is never closed")
    return script


def _preprocess(line: str, defines: dict[str, str], taken: list[bool], where: str) -> None:
    if condition := _CONDITION.match(line):
        is_defined = condition[2] in defines
        taken.append(is_defined if condition[1] == "ifdef" else not is_defined)
    elif line.startswith("#endif"):
        if not taken:
            raise ValueError(f"{where}: #endif without #ifdef")
        taken.pop()
    elif define := _DEFINE.match(line):
        if all(taken):
            defines[define[1]] = define[2]
    else:
        raise ValueError(f"{where}: a preprocessor line this reader does not know: {line}")


def _expand(line: str, defines: dict[str, str], where: str) -> str:
    """Replace each `{#Name}` with its define's value, as ISPP does."""

    def value(match: re.Match[str]) -> str:
        if match[1] not in defines:
            raise ValueError(f"{where}: {{#{match[1]}}} is not a plain define")
        return defines[match[1]]

    return _INLINE.sub(value, line)


def _entry(line: str, where: str) -> dict[str, str]:
    """`Name: "a b"; Flags: x y` -> {"name": "a b", "flags": "x y"} (quotes as Inno reads them)."""
    parameters: dict[str, str] = {}
    for part in _split_outside_quotes(line):
        name, sep, value = part.partition(":")
        if not sep or not name.strip().isalnum():
            raise ValueError(f"{where}: not a `Name: value` parameter: {part}")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1].replace('""', '"')
        parameters[name.strip().lower()] = value
    return parameters


def _split_outside_quotes(line: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for char in line:
        if char == '"':
            quoted = not quoted
        if char == ";" and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    if quoted:
        raise ValueError(f"an unclosed quote in: {line}")
    parts.append("".join(current))
    return [part.strip() for part in parts if part.strip()]


def from_script(relative: str) -> Path:
    """A path written in the script (relative to it, Windows separators) on this machine."""
    return WINDOWS_DIR.joinpath(*PureWindowsPath(relative).parts).resolve()


@pytest.fixture(scope="module")
def script() -> InnoScript:
    return read_iss(ISS)


# -- the script against the app and the spec ------------------------------------------------


def test_app_name_is_the_apps(script: InnoScript) -> None:
    assert script.setup("AppName") == clinic_app.APP_NAME
    assert script.setup("DefaultDirName") == f"{{autopf}}\\{clinic_app.APP_NAME}"


def test_default_version_is_the_apps(script: InnoScript) -> None:
    version = clinic_app.__version__
    assert script.defines["AppVersion"] == version
    assert script.setup("AppVersion") == version
    assert script.setup("VersionInfoVersion") == version
    assert script.setup("OutputBaseFilename") == f"{bundle_layout.BUNDLE_NAME}-{version}-setup"


def test_the_command_line_version_wins() -> None:
    """`iscc /DAppVersion=...` must not be overwritten by the script's own default."""
    script = read_iss(ISS, predefined={"AppVersion": "9.8.7"})
    assert script.setup("AppVersion") == "9.8.7"
    assert script.setup("OutputBaseFilename") == f"{bundle_layout.BUNDLE_NAME}-9.8.7-setup"


def test_the_apps_version_suits_setups_file_version() -> None:
    """VersionInfoVersion takes up to four numbers; iscc refuses `0.2.0rc1` and the like."""
    assert re.fullmatch(r"\d+(\.\d+){0,3}", clinic_app.__version__), clinic_app.__version__


def test_the_whole_bundle_is_installed(script: InnoScript) -> None:
    (files,) = script.section("Files")
    source = PureWindowsPath(files["source"])
    assert source.name == "*"
    assert source.parent.name == bundle_layout.BUNDLE_NAME
    assert from_script(str(source.parent)) == ROOT / "dist" / bundle_layout.BUNDLE_NAME
    assert files["destdir"] == "{app}"
    assert {"recursesubdirs", "createallsubdirs", "ignoreversion"} <= script.flags(files)
    assert "excludes" not in files, "the console executable and _internal must go too"


def test_the_installer_is_written_beside_the_bundle(script: InnoScript) -> None:
    assert from_script(script.setup("OutputDir")) == ROOT / "dist"


def test_start_menu_shortcut_starts_the_desktop_app(script: InnoScript) -> None:
    shortcuts = {entry["name"]: entry for entry in script.section("Icons")}
    start_menu = shortcuts[f"{{autoprograms}}\\{clinic_app.APP_NAME}"]
    assert start_menu["filename"] == APP_EXE
    assert "tasks" not in start_menu, "the Start-menu shortcut is not optional"
    assert all(entry["filename"] == APP_EXE for entry in shortcuts.values())
    assert script.setup("UninstallDisplayIcon") == APP_EXE


def test_desktop_icon_is_offered_unchecked(script: InnoScript) -> None:
    (desktop,) = (e for e in script.section("Icons") if e["name"].startswith("{autodesktop}"))
    (task,) = (t for t in script.section("Tasks") if t["name"] == desktop["tasks"])
    assert "unchecked" in script.flags(task)


def test_the_app_may_start_after_install_as_the_user_who_ran_setup(script: InnoScript) -> None:
    (run,) = script.section("Run")
    assert run["filename"] == APP_EXE
    assert {"postinstall", "skipifsilent", "nowait", "runasoriginaluser"} <= script.flags(run)


def test_readme_builds_checks_and_packages_what_the_script_expects(script: InnoScript) -> None:
    readme = README.read_text(encoding="utf-8")
    dist = f"dist\\{bundle_layout.BUNDLE_NAME}\\"
    assert f"{dist}{bundle_layout.CLI_NAME}.exe --self-test" in readme
    assert f"{bundle_layout.BUNDLE_NAME}.exe" in readme
    assert "installer\\clinic-intake.spec" in readme
    assert "--distpath dist " in readme, "the script takes the bundle from dist\\"
    assert "iscc /DAppVersion=" in readme
    assert f"installer\\windows\\{ISS.name}" in readme
    version = clinic_app.__version__
    assert f"dist\\{script.setup('OutputBaseFilename')}.exe" in readme.replace("<version>", version)
    assert "/VERYSILENT /SUPPRESSMSGBOXES /NORESTART" in readme


def test_setup_icon_is_the_windows_icon(script: InnoScript) -> None:
    icon = from_script(script.setup("SetupIconFile"))
    assert icon == ROOT / bundle_layout.ICON_WINDOWS
    assert icon.is_file()


def test_installs_for_every_user_in_program_files_64_bit(script: InnoScript) -> None:
    assert script.setup("PrivilegesRequired").lower() == "admin"
    assert script.setup("DefaultDirName").lower().startswith("{autopf}\\")
    with pytest.raises(KeyError):  # it would let a user pick a per-user install instead
        script.setup("PrivilegesRequiredOverridesAllowed")
    assert script.setup("ArchitecturesAllowed") == "x64compatible"
    assert script.setup("ArchitecturesInstallIn64BitMode") == "x64compatible"


def test_app_id_is_a_fixed_guid(script: InnoScript) -> None:
    app_id = script.setup("AppId")
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", app_id), app_id
    assert app_id == APP_ID


def test_an_open_app_is_closed_before_its_files_are_replaced(script: InnoScript) -> None:
    assert script.setup("CloseApplications").lower() in {"yes", "force"}
    patterns = script.setup("CloseApplicationsFilter").lower().split(",")
    assert {"*.exe", "*.dll", "*.pyd"} <= set(patterns)


def test_modern_wizard(script: InnoScript) -> None:
    assert script.setup("WizardStyle").lower() == "modern"


def test_nothing_deletes_the_clinics_data(script: InnoScript) -> None:
    deletes = script.section("UninstallDelete") + script.section("InstallDelete")
    for entry in deletes:
        name = entry["name"].lower()
        assert not any(folder in name for folder in DATA_FOLDER_CONSTANTS), entry
        # Only the bundle's own folder may go, and only before it is installed afresh.
        assert name == "{app}\\_internal" or name.startswith("{app}\\_internal\\"), entry
    assert not script.section("UninstallDelete"), "the uninstaller removes what it installed"
    code = "\n".join(script.code).lower()
    assert not any(call in code for call in ("deltree", "removedir", "deletefile")), code


def test_the_reader_sees_a_data_folder_delete(tmp_path: Path) -> None:
    """The check above is only as good as the reader: a planted entry must be seen."""
    planted = tmp_path / "planted.iss"
    planted.write_text(
        ISS.read_text(encoding="ascii")
        + '\n[UninstallDelete]\nType: filesandordirs; Name: "{localappdata}\\clinic-intake"\n',
        encoding="ascii",
    )
    (entry,) = read_iss(planted).section("UninstallDelete")
    assert entry == {"type": "filesandordirs", "name": "{localappdata}\\clinic-intake"}


def test_script_is_ascii() -> None:
    """Without a byte-order mark Inno reads the file in the build machine's code page."""
    ISS.read_bytes().decode("ascii")


# -- the icon --------------------------------------------------------------------------------


@dataclass(frozen=True)
class IcoImage:
    size: int
    png: bytes


def read_ico(data: bytes) -> list[IcoImage]:
    """The images of an .ico of PNG entries, checking the container as Windows reads it."""
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1), "not an icon file"
    images = []
    end_of_directory = 6 + 16 * count
    for index in range(count):
        width, height, colours, reserved, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert (colours, reserved, planes, bits) == (0, 0, 1, 32), index
        assert end_of_directory <= offset, index
        assert offset + length <= len(data), index
        png = data[offset : offset + length]
        assert png.startswith(b"\x89PNG\r\n\x1a\n"), index
        ihdr_length, ihdr = struct.unpack_from(">I4s", png, 8)
        assert (ihdr_length, ihdr) == (13, b"IHDR"), index
        png_width, png_height, depth, colour_type = struct.unpack_from(">IIBB", png, 16)
        assert (depth, colour_type) == (8, 6), "8-bit RGBA, so the corners stay transparent"
        assert (width or 256, height or 256) == (png_width, png_height), index
        assert png_width == png_height, index
        images.append(IcoImage(png_width, png))
    return images


@pytest.fixture(scope="module")
def ico() -> bytes:
    return (ROOT / bundle_layout.ICON_WINDOWS).read_bytes()


def test_icon_holds_every_size_windows_asks_for(ico: bytes) -> None:
    assert struct.unpack_from("<H", ico, 4) == (8,)
    images = read_ico(ico)
    assert [image.size for image in images] == [16, 20, 24, 32, 40, 48, 64, 256]
    assert ico[6 + 16 * 7 : 6 + 16 * 7 + 2] == b"\x00\x00", "256 px is stored as 0"
    spans = sorted(
        struct.unpack_from("<II", ico, 6 + 16 * index + 8)[::-1] for index in range(len(images))
    )
    for (offset, length), (next_offset, _) in itertools.pairwise(spans):
        assert offset + length <= next_offset, "two images overlap"


def test_large_icon_is_the_svg_drawn_with_transparent_corners(
    qapp: QApplication, ico: bytes
) -> None:
    large = read_ico(ico)[-1]
    image = QImage.fromData(large.png)
    assert image.width() == 256
    assert image.pixelColor(0, 0).alpha() == 0, "the rounded corner is transparent"
    assert image.pixelColor(32, 128) == QColor("#1f6f8b"), "the background colour"
    assert image.pixelColor(112, 120) == QColor("#ffffff"), "the foot"
    edge = {image.pixelColor(x, x).alpha() for x in range(16)}
    assert any(0 < alpha < 255 for alpha in edge), "the corner's edge is antialiased"


def test_icon_is_up_to_date_with_the_svg(qapp: QApplication, ico: bytes) -> None:
    """Picture by picture, not byte by byte: another CPU antialiases edges a level apart."""
    rendered = make_icon.render_icon(ROOT / bundle_layout.ICON_SVG)
    stale = make_icon.differences(ico, rendered)
    assert stale == [], "run: .venv/bin/python installer/windows/make_icon.py"
    assert make_icon.render_icon(ROOT / bundle_layout.ICON_SVG) == rendered, "not deterministic"


def _changed_svg(folder: Path, old: str, new: str) -> Path:
    svg = (ROOT / bundle_layout.ICON_SVG).read_text(encoding="utf-8")
    assert svg.count(old) == 1, old
    changed = folder / "changed.svg"
    changed.write_text(svg.replace(old, new), encoding="utf-8")
    return changed


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param('fill="#1f6f8b"', 'fill="#1f6f9b"', id="background-16-levels-bluer"),
        pytest.param('cx="44"', 'cx="45"', id="big-toe-one-64th-to-the-right"),
        pytest.param('r="2"', 'r="1.5"', id="little-toe-smaller"),
        pytest.param("M24 12", "M24 13", id="heel-outline-moved"),
    ],
)
def test_the_icon_is_out_of_date_once_the_svg_changes(
    qapp: QApplication, ico: bytes, tmp_path: Path, old: str, new: str
) -> None:
    changed = make_icon.render_icon(_changed_svg(tmp_path, old, new))
    assert make_icon.differences(ico, changed) != []


def _shaded(png: bytes, levels: int) -> bytes:
    """The picture with every non-zero premultiplied channel `levels` lower: darker and a
    touch more transparent everywhere, far more change than another CPU's antialiasing."""
    image = QImage.fromData(png).convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    shaded = bytes(max(0, value - levels) for value in bytes(image.constBits()))
    again = QImage(shaded, image.width(), image.height(), image.format()).copy()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert QImageWriter(buffer, QByteArray(b"png")).write(again)
    buffer.close()
    return bytes(data.data())


def test_pixels_a_little_apart_still_count_as_up_to_date(qapp: QApplication, ico: bytes) -> None:
    images = make_icon.read_ico(ico)
    within = make_icon.TOLERANCE - 1  # PNG's straight alpha may round a level either way
    near = make_icon.build_ico([(size, _shaded(png, within)) for size, png in images])
    far = make_icon.build_ico(
        [(size, _shaded(png, 2 * make_icon.TOLERANCE)) for size, png in images]
    )

    assert near != ico
    assert make_icon.differences(near, ico) == []
    assert len(make_icon.differences(far, ico)) == len(images)


def test_an_icon_missing_a_size_is_out_of_date(qapp: QApplication, ico: bytes) -> None:
    fewer = make_icon.build_ico(make_icon.read_ico(ico)[1:])
    assert make_icon.differences(fewer, ico) == [
        f"sizes {list(make_icon.SIZES[1:])}, not {list(make_icon.SIZES)}"
    ]
