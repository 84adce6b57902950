"""The Linux package: built with the real dpkg-deb from a small fake bundle, then taken apart
and read the way dpkg, a desktop and a software centre will read it.

The fake bundle stands in for PyInstaller's output: an executable `clinic-intake` (a shell
script that proves it reached its `_internal/` folder) and an `_internal/` folder with a
program, a plain file and a relative link, each with modes the package must normalise.
"""

import configparser
import contextlib
import io
import itertools
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import needs
import pytest

import clinic_app
from installer import bundle_layout
from installer.linux import build_deb

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "installer/linux/build_deb.py"
DESKTOP_ENTRY = REPO / f"installer/linux/{bundle_layout.APP_ID}.desktop"
METAINFO = REPO / f"installer/linux/{bundle_layout.APP_ID}.metainfo.xml"
NAME = bundle_layout.BUNDLE_NAME
APP_ID = bundle_layout.APP_ID
MARKER = "the fake bundle reached its _internal folder"
SHARE_FILES = {
    f"usr/share/applications/{APP_ID}.desktop": DESKTOP_ENTRY,
    f"usr/share/metainfo/{APP_ID}.metainfo.xml": METAINFO,
    f"usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg": REPO / bundle_layout.ICON_SVG,
}


def require(*tools: str) -> None:
    for tool in tools:
        needs.program(tool, "the package cannot be built or read without it")


def make_bundle(parent: Path) -> Path:
    """A stand-in for dist/clinic-intake, with modes a careless umask might leave."""
    bundle = parent / "dist" / NAME
    internal = bundle / "_internal"
    (internal / "lib").mkdir(parents=True)
    executable = bundle / NAME
    executable.write_text(
        "#!/bin/sh\n"
        'here=$(dirname "$(readlink -f "$0")")\n'
        'cat "$here/_internal/marker-link.txt"\n'
        'echo "args: $*"\n',
        encoding="utf-8",
    )
    executable.chmod(0o700)
    marker = internal / "marker.txt"
    marker.write_text(MARKER + "\n", encoding="utf-8")
    marker.chmod(0o600)
    (internal / "marker-link.txt").symlink_to("marker.txt")
    # A real ELF program, so the package's C library requirement is read from something.
    program = internal / "lib" / "libhelper.so"
    shutil.copyfile(os.path.realpath(shutil.which("true") or "/bin/true"), program)
    program.chmod(0o750)
    return bundle


def run_main(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = build_deb.main(list(argv))
    return code, out.getvalue(), err.getvalue()


def field(deb: Path, name: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "--field", str(deb), name], capture_output=True, text=True, check=True
    ).stdout.strip()


@dataclass(frozen=True)
class Entry:
    """One line of `dpkg-deb --contents`."""

    mode: str
    owner: str
    target: str | None


def contents(deb: Path) -> dict[str, Entry]:
    listing = subprocess.run(
        ["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    entries = {}
    for line in listing.splitlines():
        mode, owner, _size, _date, _time, rest = line.split(maxsplit=5)
        path, _, target = rest.partition(" -> ")
        entries[path] = Entry(mode, owner, target or None)
    return entries


def extract(deb: Path, where: Path) -> Path:
    subprocess.run(["dpkg-deb", "-x", str(deb), str(where)], check=True)
    return where


def metainfo_root(path: Path = METAINFO) -> ElementTree.Element:
    return ElementTree.parse(path).getroot()


def desktop_entry(path: Path = DESKTOP_ENTRY) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


@dataclass(frozen=True)
class Built:
    deb: Path
    output: Path
    stdout: str


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The package, built once per module the way `make deb` runs the script: by path."""
    require("dpkg-deb", "dpkg")
    parent = tmp_path_factory.mktemp("deb")
    bundle = make_bundle(parent)
    output = parent / "out"
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(bundle), "--output", str(output)],
        capture_output=True,
        text=True,
        check=False,
        cwd=parent,  # not the repository: the script must find its own imports
    )
    assert done.returncode == 0, done.stderr
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    return Built(output / f"{NAME}_{clinic_app.__version__}_{arch}.deb", output, done.stdout)


@pytest.fixture
def unpacked(built: Built, tmp_path: Path) -> Path:
    return extract(built.deb, tmp_path / "root")


def test_the_script_prints_the_package_and_leaves_nothing_else(built: Built) -> None:
    assert built.stdout == f"{built.deb}\n"
    assert sorted(built.output.iterdir()) == [built.deb]


def test_control_fields(built: Built) -> None:
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert field(built.deb, "Package") == NAME
    assert field(built.deb, "Version") == clinic_app.__version__
    assert field(built.deb, "Architecture") == arch
    assert field(built.deb, "Priority") == "optional"
    assert field(built.deb, "Maintainer")
    assert field(built.deb, "Section")
    homepage = metainfo_root().find("url[@type='homepage']")
    assert homepage is not None
    assert field(built.deb, "Homepage") == homepage.text
    synopsis = field(built.deb, "Description").splitlines()[0]
    assert 0 < len(synopsis) < 80


def test_depends_names_the_system_libraries_the_bundle_cannot_carry(built: Built) -> None:
    alternatives = [item.strip() for item in field(built.deb, "Depends").split(",")]
    names = {choice.split()[0] for item in alternatives for choice in item.split("|")}
    for package in (
        "libgl1",
        "libegl1",
        "libxcb1",
        "libxcb-cursor0",
        "libxkbcommon-x11-0",
        "libfontconfig1",
        "libfreetype6",
        "libdbus-1-3",
        "libglib2.0-0",
        "fonts-dejavu-core",
    ):
        assert package in names
    # The C library at least as new as the fake bundle's program needs, and no newer than
    # this machine's, which runs that program.
    libc = next(item for item in alternatives if item.startswith("libc6 "))
    needed = tuple(int(part) for part in libc.removeprefix("libc6 (>= ").rstrip(")").split("."))
    glibc = os.confstr("CS_GNU_LIBC_VERSION") or "glibc 0.0"  # "glibc 2.36"
    here = tuple(int(part) for part in glibc.split()[1].split("."))
    assert (2, 2) <= needed <= here


def test_installed_size_counts_the_files_in_kib(built: Built, unpacked: Path) -> None:
    entries = list(unpacked.rglob("*"))
    content = sum(
        path.stat().st_size for path in entries if path.is_file() and not path.is_symlink()
    )
    kib = int(field(built.deb, "Installed-Size"))
    # The bytes, rounded up per file, and a KiB for each folder and link.
    assert content / 1024 <= kib <= content / 1024 + len(entries)


def test_layout_owners_and_modes(built: Built) -> None:
    opt = f"./opt/{NAME}"
    folders = {
        "./",
        "./opt/",
        f"{opt}/",
        f"{opt}/_internal/",
        f"{opt}/_internal/lib/",
        "./usr/",
        "./usr/bin/",
        "./usr/share/",
        "./usr/share/applications/",
        "./usr/share/metainfo/",
        "./usr/share/icons/",
        "./usr/share/icons/hicolor/",
        "./usr/share/icons/hicolor/scalable/",
        "./usr/share/icons/hicolor/scalable/apps/",
        "./usr/share/doc/",
        f"./usr/share/doc/{NAME}/",
    }
    programs = {f"{opt}/{NAME}", f"{opt}/_internal/lib/libhelper.so"}
    plain = {f"{opt}/_internal/marker.txt", f"./usr/share/doc/{NAME}/copyright"}
    plain |= {f"./{path}" for path in SHARE_FILES}
    links = {
        f"./usr/bin/{NAME}": f"../../opt/{NAME}/{NAME}",
        f"{opt}/_internal/marker-link.txt": "marker.txt",
    }
    entries = contents(built.deb)
    assert set(entries) == folders | programs | plain | set(links)
    assert {entry.owner for entry in entries.values()} == {"root/root"}
    for path in folders:
        assert entries[path].mode == "drwxr-xr-x", path
    for path in programs:
        assert entries[path].mode == "-rwxr-xr-x", path  # 0700 and 0750 in the bundle
    for path in plain:
        assert entries[path].mode == "-rw-r--r--", path  # marker.txt was 0600
    for path, target in links.items():
        assert entries[path].mode.startswith("l"), path
        assert entries[path].target == target


def test_the_launcher_on_the_path_runs_the_bundle(unpacked: Path) -> None:
    launcher = unpacked / "usr/bin" / NAME
    assert launcher.is_symlink()
    assert launcher.resolve() == (unpacked / "opt" / NAME / NAME).resolve()
    done = subprocess.run(
        [str(launcher), "--self-test"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{MARKER}\nargs: --self-test\n"


def test_the_package_ships_the_repository_files(unpacked: Path) -> None:
    for installed, source in SHARE_FILES.items():
        assert (unpacked / installed).read_bytes() == source.read_bytes(), installed
    copyright_text = (unpacked / f"usr/share/doc/{NAME}/copyright").read_text()
    assert "proprietary" in copyright_text
    # Qt and PySide6 ship no licence files in their wheels: the package points at Debian's
    # copy of the LGPL, which every Debian system has.
    assert "/usr/share/common-licenses/LGPL-3" in copyright_text


def check_desktop_entry(path: Path) -> None:
    require("desktop-file-validate")
    done = subprocess.run(
        ["desktop-file-validate", str(path)], capture_output=True, text=True, check=False
    )
    report = done.stdout + done.stderr
    assert done.returncode == 0, report
    assert "error:" not in report
    assert "warning:" not in report  # hints (suggestions) are allowed


def test_desktop_entry_is_valid() -> None:
    check_desktop_entry(DESKTOP_ENTRY)


def test_installed_desktop_entry_is_valid(unpacked: Path) -> None:
    check_desktop_entry(unpacked / f"usr/share/applications/{APP_ID}.desktop")


def check_appstream(command: str, path: Path) -> None:
    require("appstreamcli")
    done = subprocess.run(
        ["appstreamcli", command, "--no-net", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_metainfo_is_valid() -> None:
    check_appstream("validate", METAINFO)


def test_installed_tree_is_valid_for_software_centres(unpacked: Path) -> None:
    """validate-tree also finds the desktop entry the metainfo launches, as a software
    centre would, and fails when it is missing or misnamed."""
    check_appstream("validate-tree", unpacked)


def test_desktop_entry_agrees_with_the_bundle_layout() -> None:
    entry = desktop_entry()
    assert DESKTOP_ENTRY.name == f"{APP_ID}.desktop"
    assert entry["Type"] == "Application"
    assert entry["Name"] == clinic_app.APP_NAME
    assert entry["Exec"] == NAME  # the launcher on the PATH, never a path into /opt
    assert entry["Icon"] == APP_ID
    # Qt's X11 windows carry WM_CLASS (argv[0]'s name, APP_NAME); the instance half is the
    # command the desktop ran.
    assert entry["StartupWMClass"] == NAME
    assert clinic_app.DESKTOP_ID == APP_ID  # what the app tells Wayland and X11 it is


def test_metainfo_agrees_with_the_bundle_layout_and_the_app() -> None:
    root = metainfo_root()
    assert METAINFO.name == f"{APP_ID}.metainfo.xml"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == clinic_app.APP_NAME
    assert root.findtext("project_license") == "LicenseRef-proprietary"
    launchable = root.find("launchable")
    assert launchable is not None
    assert launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP_ENTRY.name
    assert root.findtext("provides/binary") == NAME
    release = root.find("releases/release")  # the first is the newest
    assert release is not None
    assert release.get("version") == clinic_app.__version__
    assert release.get("date")


def ar_members(deb: Path) -> list[str]:
    """The member names of a .deb's ar archive."""
    data = deb.read_bytes()
    assert data.startswith(b"!<arch>\n")
    names, offset = [], 8
    while offset < len(data):
        header = data[offset : offset + 60]
        names.append(header[:16].decode().strip().rstrip("/"))
        size = int(header[48:58])
        offset += 60 + size + size % 2
    return names


def test_the_package_is_compressed_as_chosen(built: Built) -> None:
    suffix = {"zstd": "zst", "xz": "xz", "gzip": "gz"}[build_deb.COMPRESSION[0]]
    assert ar_members(built.deb) == ["debian-binary", f"control.tar.{suffix}", f"data.tar.{suffix}"]


def test_a_shell_script_launcher_can_replace_the_symlink(tmp_path: Path) -> None:
    require("dpkg-deb", "dpkg")
    bundle = make_bundle(tmp_path)
    code, stdout, stderr = run_main(
        str(bundle), "--output", str(tmp_path / "out"), "--launcher", "script"
    )
    assert code == 0, stderr
    deb = Path(stdout.strip())
    assert contents(deb)[f"./usr/bin/{NAME}"].mode == "-rwxr-xr-x"
    script = (extract(deb, tmp_path / "root") / "usr/bin" / NAME).read_text()
    assert script == f'#!/bin/sh\nexec /opt/{NAME}/{NAME} "$@"\n'


def test_debian_versions_sort_as_python_versions_do() -> None:
    """dpkg must see a pre-release as older than its release, as pip does."""
    ordered = {  # PEP 440 order, oldest first
        "1.2.0.dev4": "1.2.0~~dev4",
        "1.2.0a3": "1.2.0~a3",
        "1.2.0b2": "1.2.0~b2",
        "1.2.0rc1": "1.2.0~rc1",
        "1.2.0": "1.2.0",
        "1.2.0.post1": "1.2.0+post1",
    }
    assert [build_deb.debian_version(version) for version in ordered] == list(ordered.values())
    require("dpkg")
    forms = list(ordered.values())
    for older, newer in itertools.pairwise(forms):
        compare = ["dpkg", "--compare-versions", older, "lt", newer]
        assert subprocess.run(compare, check=False).returncode == 0, (older, newer)


# --- refusals ---------------------------------------------------------------------------


@pytest.fixture
def output(tmp_path: Path) -> Iterator[Path]:
    """An output folder that must hold no file afterwards, whatever the refusal."""
    folder = tmp_path / "out"
    yield folder
    assert not folder.exists() or list(folder.iterdir()) == []


def refused(argv: list[str], code: int, *phrases: str) -> None:
    result, stdout, stderr = run_main(*argv)
    assert result == code, stderr
    assert stdout == ""
    assert stderr.count("\n") == 1
    assert stderr.startswith("build_deb.py: ")
    for phrase in phrases:
        assert phrase in stderr


def test_a_missing_bundle_is_refused(tmp_path: Path, output: Path) -> None:
    missing = tmp_path / "dist" / NAME
    refused([str(missing), "--output", str(output)], 2, str(missing), "does not exist")


def test_a_bundle_without_the_executable_is_refused(tmp_path: Path, output: Path) -> None:
    bundle = make_bundle(tmp_path)
    (bundle / NAME).unlink()
    refused([str(bundle), "--output", str(output)], 2, f"{bundle / NAME} is missing")


def test_a_bundle_whose_executable_cannot_run_is_refused(tmp_path: Path, output: Path) -> None:
    bundle = make_bundle(tmp_path)
    (bundle / NAME).chmod(0o644)
    refused([str(bundle), "--output", str(output)], 2, f"{bundle / NAME} is not executable")


def test_a_bundle_linking_outside_itself_is_refused(tmp_path: Path, output: Path) -> None:
    bundle = make_bundle(tmp_path)
    (bundle / "_internal" / "escape").symlink_to("../../elsewhere")
    refused([str(bundle), "--output", str(output)], 2, "links outside the bundle")


def test_an_output_folder_that_cannot_be_written_is_refused(tmp_path: Path) -> None:
    require("dpkg-deb", "dpkg")
    bundle = make_bundle(tmp_path)
    # /proc takes no new files, not even from root (who may write anywhere else).
    refused([str(bundle), "--output", "/proc"], 2, "cannot write to the output folder /proc")


def test_an_output_that_is_a_file_is_refused(tmp_path: Path) -> None:
    require("dpkg-deb", "dpkg")
    bundle = make_bundle(tmp_path)
    occupied = tmp_path / "out"
    occupied.write_text("not a folder\n", encoding="utf-8")
    refused([str(bundle), "--output", str(occupied)], 2, f"{occupied} is not a folder")
    assert occupied.read_text(encoding="utf-8") == "not a folder\n"


def test_an_output_folder_inside_the_bundle_is_refused(tmp_path: Path) -> None:
    require("dpkg-deb", "dpkg")
    bundle = make_bundle(tmp_path)
    inside = bundle / "_internal" / "out"
    refused([str(bundle), "--output", str(inside)], 2, "is inside the bundle")
    assert not inside.exists()


def test_a_missing_dpkg_deb_is_refused(
    tmp_path: Path, output: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = make_bundle(tmp_path)
    empty = tmp_path / "no-tools"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    refused([str(bundle), "--output", str(output)], 2, "dpkg-deb is not installed")


def test_a_dpkg_deb_failure_leaves_no_package(tmp_path: Path, output: Path) -> None:
    require("dpkg-deb", "dpkg")
    bundle = make_bundle(tmp_path)
    (bundle / "_internal" / "two\nlines").write_text("dpkg-deb refuses this name\n")
    refused([str(bundle), "--output", str(output)], 1, "dpkg-deb could not build", "newline")
    assert output.is_dir()  # it was made, and the failed build's leftovers cleared from it


def test_a_version_without_its_metainfo_release_is_refused(
    tmp_path: Path, output: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = make_bundle(tmp_path)
    monkeypatch.setattr(clinic_app, "__version__", "9.9.9")
    refused([str(bundle), "--output", str(output)], 1, "9.9.9", "add a release")
