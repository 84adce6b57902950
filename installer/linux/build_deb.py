"""Builds the Debian package of the frozen app from the PyInstaller one-folder bundle.

    python installer/linux/build_deb.py dist/clinic-intake --output dist

writes `dist/clinic-intake_<version>_<arch>.deb` and prints its path. The whole bundle goes
to /opt/clinic-intake (it finds its `_internal/` folder beside itself, so it is kept in one
piece), a launcher on the PATH points into it, and the desktop entry, AppStream metainfo and
icon go where desktops and software centres look for them. The clinic's data lives in each
user's data folder (or on the shared PostgreSQL server), which no package touches: removing
the package leaves every record where it was.

No maintainer scripts: desktop-file-utils and the icon theme watch /usr/share/applications
and /usr/share/icons/hicolor through dpkg triggers, so menus and icon caches update
themselves.

Exit codes follow the app's: 0 built; 2 a bad argument or a missing tool, refused before
anything is written; 1 the build itself failed. Nothing half-built is ever left behind.
"""

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from typing import Literal, get_args

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # run by path: make `clinic_app` and `installer` importable
    sys.path.insert(0, str(REPO))

import clinic_app  # noqa: E402
from installer import bundle_layout  # noqa: E402

HERE = Path(__file__).resolve().parent
DESKTOP_ENTRY = HERE / f"{bundle_layout.APP_ID}.desktop"
METAINFO = HERE / f"{bundle_layout.APP_ID}.metainfo.xml"
ICON = REPO / bundle_layout.ICON_SVG

PACKAGE = bundle_layout.BUNDLE_NAME
INSTALL_DIR = PurePosixPath("opt") / bundle_layout.BUNDLE_NAME
"""Where the bundle goes, relative to the filesystem root (and to the staging tree)."""
LAUNCHER = PurePosixPath("usr/bin") / bundle_layout.BUNDLE_NAME

MAINTAINER = "Clinic Intake maintainers <maintainers@clinicintake.invalid>"
HOMEPAGE = "https://clinicintake.github.io/"
"""The same as the metainfo's homepage URL (tests/installer checks that they agree)."""
SECTION = "misc"

COMPRESSION = ("zstd", "9")
"""Measured on the 211 MB bundle on 2 cores: zstd -9 makes 84.5 MB in 2.7 s; xz -6 (dpkg's
default) 69.4 MB in 58 s; zstd -19 75 MB in 53 s. A fifth larger for a build twenty times
faster and a quicker install. Every system whose C library can run a bundle built on
Debian 12 (glibc 2.36 or later) has a dpkg that reads zstd. ("xz", "6") if a package
archive tool the clinic uses cannot."""

# What the bundled Qt needs from the system. PyInstaller leaves out the C library, OpenGL/EGL
# and libxcb, which must match the machine's drivers and X server; it copies most other
# libraries in, but those copies still read their data from the system: fontconfig's
# configuration and fonts, the XKB keyboard maps (xkb-data, via libxkbcommon0), X11's locale
# files (libx11-data). Depending on the library packages brings that data along, and keeps the
# app working if a later build of the bundle leaves one of them out. The list is CI's (.ci/run)
# checked against what the Qt xcb plugin, QtGui, QtDBus and QtPrintSupport link (readelf):
# libxcb-xinerama0 is no longer among them; libxcb1, libx11-6 and the xcb render, shm, sync and
# util libraries are, though CI only gets them as dependencies of the others.
DEPENDS = (
    # OpenGL and EGL through libglvnd: never bundled
    "libgl1",
    "libegl1",
    # the X11 connection and the xcb platform plugin's libraries
    "libxcb1",
    "libx11-6",
    "libx11-xcb1",
    "libxrender1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-util1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    # fonts: the libraries, fontconfig's configuration, and one font that is always there
    "libfontconfig1",
    "libfreetype6",
    "fonts-dejavu-core",
    # D-Bus and GLib (the event loop Qt uses on Linux); glib was renamed in Debian 13
    "libdbus-1-3",
    "libglib2.0-0t64 | libglib2.0-0",
)

DESCRIPTION = """\
patient intake and referral flags for physiotherapy clinics
 Clinic Intake is a desktop application for physiotherapy clinics that see
 runners with foot pain. The front desk takes each patient's intake. Rules
 flag the answers a clinician should look at; they flag, they do not
 diagnose. Clinicians decide on each flag and print referral letters, and
 the patient takes home a printed care sheet.
 .
 The package carries its own Python and Qt in /opt/clinic-intake. The
 clinic's records stay in each user's data folder or on the clinic's
 PostgreSQL server, and are kept when the package is removed."""

COPYRIGHT = """\
Clinic Intake
Copyright: Clinic Intake maintainers. All rights reserved.

Clinic Intake is proprietary software.

/opt/clinic-intake/_internal holds the Python runtime and the libraries the
app is built on, among them Qt and PySide6 (used under the GNU LGPL,
version 3). Each keeps its own licence. On Debian systems the complete text
of the GNU Lesser General Public License version 3 is in
/usr/share/common-licenses/LGPL-3.
"""

Launcher = Literal["symlink", "script"]
"""How /usr/bin/clinic-intake reaches the bundle: a relative symlink (PyInstaller's
bootloader follows it back to the real executable and finds `_internal/` beside it), or a
two-line shell script for a bootloader that would not."""

_GLIBC_VERSION = re.compile(rb"GLIBC_(\d+)\.(\d+)")


class Refused(Exception):
    """The package cannot be built; the message says why in one line."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def debian_version(version: str) -> str:
    """The Debian form of a PEP 440 version, so that dpkg orders it the same way.

    A pre-release sorts before its release only with a tilde (`1.0~rc1` < `1.0`), a
    development release before the pre-releases with two (`1.0~~dev1` < `1.0~a1`), and a
    post-release after its release with a plus.
    """
    result = re.sub(r"\.?dev(\d+)", r"~~dev\1", version)
    result = re.sub(r"\.?(a|b|rc)(\d+)", r"~\1\2", result)
    result = re.sub(r"\.?post(\d+)", r"+post\1", result)
    if not re.fullmatch(r"[0-9][A-Za-z0-9.+~]*", result):
        raise Refused(f"clinic_app.__version__ {version!r} has no Debian form", 1)
    return result


def metainfo_release() -> str:
    """The newest release in the metainfo: the first, as AppStream requires."""
    try:
        release = ElementTree.parse(METAINFO).getroot().find("releases/release")
    except (OSError, ElementTree.ParseError) as error:
        raise Refused(f"cannot read {METAINFO}: {error}", 1) from None
    if release is None or not release.get("version"):
        raise Refused(f"{METAINFO}: no <release version=...> in <releases>", 1)
    return release.get("version", "")


def check_bundle(bundle: Path) -> None:
    """Refuses a folder that is not a self-contained one-folder bundle."""
    if not bundle.is_dir():
        what = "is not a folder" if bundle.exists() else "does not exist"
        raise Refused(f"the bundle folder {bundle} {what} (run `make bundle` first)", 2)
    executable = bundle / bundle_layout.BUNDLE_NAME
    if not executable.is_file() or not executable.stat().st_mode & 0o111:
        found = "is not executable" if executable.is_file() else "is missing"
        raise Refused(f"{executable} {found}: {bundle} is not a PyInstaller bundle", 2)
    for folder, dirs, files in os.walk(bundle):
        for name in dirs + files:
            path = Path(folder, name)
            if path.is_symlink():
                target = os.readlink(path)
                inside = os.path.normpath(os.path.join(os.path.relpath(folder, bundle), target))
                if os.path.isabs(target) or inside.split(os.sep)[0] == "..":
                    raise Refused(f"{path} links outside the bundle, to {target}", 2)
            elif not (path.is_dir() or path.is_file()):
                raise Refused(f"{path} is neither a file, a folder nor a link", 2)


def check_output(output: Path, bundle: Path) -> None:
    """Refuses an output folder that cannot take the package, by trying to write to it."""
    if output.exists() and not output.is_dir():
        raise Refused(f"the output {output} is not a folder", 2)
    if output.resolve().is_relative_to(bundle.resolve()):
        raise Refused(f"the output folder {output} is inside the bundle {bundle}", 2)
    try:
        output.mkdir(parents=True, exist_ok=True)
        handle, probe = tempfile.mkstemp(dir=output, prefix=".build-deb-probe-")
    except OSError as error:
        raise Refused(f"cannot write to the output folder {output}: {error.strerror}", 2) from None
    os.close(handle)
    os.unlink(probe)


def find_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise Refused(f"{name} is not installed (it comes with the dpkg package)", 2)
    return path


def architecture(dpkg: str) -> str:
    """The machine's Debian architecture: the bundle's binaries are built for it."""
    done = subprocess.run(
        [dpkg, "--print-architecture"], capture_output=True, text=True, check=False
    )
    if done.returncode != 0 or not done.stdout.strip():
        raise Refused(f"dpkg --print-architecture failed: {' '.join(done.stderr.split())}", 1)
    return done.stdout.strip()


def stage(tree: Path, bundle: Path, launcher: Launcher) -> None:
    """Lays the package's files out under `tree` as they will be on the installed system."""
    shutil.copytree(bundle, tree / INSTALL_DIR, symlinks=True)

    link = tree / LAUNCHER
    link.parent.mkdir(parents=True)
    real = PurePosixPath("/") / INSTALL_DIR / bundle_layout.BUNDLE_NAME
    if launcher == "symlink":
        # Relative, so it also resolves inside an unpacked copy of the package.
        link.symlink_to(os.path.relpath(real, PurePosixPath("/") / LAUNCHER.parent))
    else:
        link.write_text(f'#!/bin/sh\nexec {real} "$@"\n', encoding="utf-8")
        link.chmod(0o755)

    share = tree / "usr/share"
    app_id = bundle_layout.APP_ID
    for source, target in (
        (DESKTOP_ENTRY, share / "applications" / f"{app_id}.desktop"),
        (METAINFO, share / "metainfo" / f"{app_id}.metainfo.xml"),
        (ICON, share / "icons/hicolor/scalable/apps" / f"{app_id}.svg"),
    ):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(COPYRIGHT, encoding="utf-8")


def normalise_modes(tree: Path) -> None:
    """Folders 0755; files 0755 if any execute bit was set (programs, shared libraries), else
    0644. Whatever the bundle's builder's umask was, the installed files are the same."""
    tree.chmod(0o755)
    for folder, dirs, files in os.walk(tree):
        for name in dirs:
            path = Path(folder, name)
            if not path.is_symlink():
                path.chmod(0o755)
        for name in files:
            path = Path(folder, name)
            if not path.is_symlink():
                path.chmod(0o755 if path.stat().st_mode & 0o111 else 0o644)


def survey(tree: Path) -> tuple[int, str, tuple[int, int] | None]:
    """The installed size in KiB, DEBIAN/md5sums, and the newest glibc symbol version any
    program or library in the tree asks for (None when there is no ELF file)."""
    kib = 0
    sums: list[tuple[str, str]] = []
    glibc: tuple[int, int] | None = None
    for folder, dirs, files in os.walk(tree):
        kib += len(dirs)
        for name in sorted(files):
            path = Path(folder, name)
            if path.is_symlink():
                kib += 1
                continue
            content = path.read_bytes()
            kib += max(1, -(-len(content) // 1024))
            sums.append((str(path.relative_to(tree)), hashlib.md5(content).hexdigest()))
            if content.startswith(b"\x7fELF"):
                for match in _GLIBC_VERSION.finditer(content):
                    found = (int(match[1]), int(match[2]))
                    glibc = found if glibc is None else max(glibc, found)
    return kib, "".join(f"{digest}  {name}\n" for name, digest in sorted(sums)), glibc


def control(version: str, arch: str, kib: int, glibc: tuple[int, int] | None) -> str:
    libc = "libc6" if glibc is None else f"libc6 (>= {glibc[0]}.{glibc[1]})"
    fields = {
        "Package": PACKAGE,
        "Version": version,
        "Architecture": arch,
        "Maintainer": MAINTAINER,
        "Installed-Size": str(kib),
        "Depends": ", ".join((libc, *DEPENDS)),
        "Section": SECTION,
        "Priority": "optional",
        "Homepage": HOMEPAGE,
        "Description": DESCRIPTION,
    }
    return "".join(f"{name}: {value}\n" for name, value in fields.items())


def build(bundle: Path, output: Path, *, launcher: Launcher = "symlink") -> Path:
    """Builds the package and returns its path; raises Refused with nothing left behind."""
    check_bundle(bundle)
    released = metainfo_release()
    if released != clinic_app.__version__:
        raise Refused(
            f"{METAINFO.name}: the newest <release> is {released} but "
            f"clinic_app.__version__ is {clinic_app.__version__}; add a release for it",
            1,
        )
    version = debian_version(clinic_app.__version__)
    dpkg_deb = find_tool("dpkg-deb")
    arch = architecture(find_tool("dpkg"))
    check_output(output, bundle)  # last: it may create the folder
    final = output / f"{PACKAGE}_{version}_{arch}.deb"

    # Staged beside the output, not in /tmp: the same filesystem lets the finished package
    # be renamed into place in one step, and a tmpfs /tmp need not hold a 250 MB copy.
    try:
        with tempfile.TemporaryDirectory(dir=output, prefix=".build-deb-") as work:
            tree = Path(work, "tree")
            stage(tree, bundle, launcher)
            normalise_modes(tree)
            kib, md5sums, glibc = survey(tree)
            debian = tree / "DEBIAN"
            debian.mkdir()
            (debian / "control").write_text(control(version, arch, kib, glibc), encoding="utf-8")
            (debian / "md5sums").write_text(md5sums, encoding="utf-8")
            normalise_modes(debian)
            partial = Path(work, final.name)
            run_dpkg_deb(dpkg_deb, tree, partial)
            os.replace(partial, final)
    except OSError as error:  # a full disk, an unreadable file in the bundle
        raise Refused(f"could not build {final.name}: {error}", 1) from None
    return final


def run_dpkg_deb(dpkg_deb: str, tree: Path, package: Path) -> None:
    """Builds `package` from `tree`, files owned by root whoever runs the build."""
    algorithm, level = COMPRESSION
    options = ["--root-owner-group", f"-Z{algorithm}", f"-z{level}"]
    done = subprocess.run(
        [dpkg_deb, *options, "--build", str(tree), str(package)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        reason = " ".join(done.stderr.split()) or f"exit status {done.returncode}"
        raise Refused(f"dpkg-deb could not build the package: {reason}", 1)
    sys.stderr.write(done.stderr)  # warnings, if any


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="build_deb.py", description="Build the .deb from the PyInstaller bundle."
    )
    parser.add_argument("bundle", type=Path, help="the one-folder bundle, dist/clinic-intake")
    parser.add_argument(
        "--output", type=Path, default=None, help="where the .deb goes (default: beside BUNDLE)"
    )
    parser.add_argument(
        "--launcher",
        choices=get_args(Launcher),
        default="symlink",
        help="how /usr/bin/clinic-intake reaches the bundle (default: symlink)",
    )
    args = parser.parse_args(argv)
    bundle: Path = args.bundle.absolute()
    output: Path = (args.output or bundle.parent).absolute()
    try:
        package = build(bundle, output, launcher=args.launcher)
    except Refused as refusal:
        print(f"build_deb.py: {refusal}", file=sys.stderr)
        return refusal.exit_code
    print(package)
    return 0


if __name__ == "__main__":
    sys.exit(main())
