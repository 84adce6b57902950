"""Builds the Windows icon, `resources/icons/clinic-intake.ico`, from the app's SVG.

    .venv/bin/python installer/windows/make_icon.py           # rewrite the .ico
    .venv/bin/python installer/windows/make_icon.py --check   # exit 1 if it is out of date

Build-time only, and run by hand when the SVG changes: the result is committed, so a Windows
build machine needs no SVG renderer, and PyInstaller (the executables' icon) and Inno Setup
(Setup's and the uninstaller's icon) both read the same file.

Windows picks the icon size it needs for each place it draws one (16 px in a title bar, 20
and 24 px in the taskbar at 125 % and 150 % scaling, 32-64 px on the desktop and in
Explorer, 256 px for "large icons"), so every size is drawn from the SVG rather than scaled
from another size. Each size is stored PNG-encoded, which Windows Vista and later read.

Qt's own ICO writer stores one size only, so the container is written here with `struct`.
The bytes depend only on the SVG and on Qt's renderer and PNG encoder: no time stamps, no
file names. Qt's antialiasing takes different paths on different CPUs, though, so a fresh
drawing matches the committed one picture by picture rather than byte by byte (`differences`):
the same sizes, and no channel of any pixel further apart than TOLERANCE. `--check` and
tests/installer/test_windows_installer.py compare that way, so a changed SVG with a stale
.ico fails the tests on any machine, and an unchanged one passes on any machine.
"""

import argparse
import struct
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if not __package__:
    # Run by path, Python puts installer/windows/ on sys.path, not the repository root that
    # `installer.bundle_layout` needs. Imported as a module (the tests), the path is left alone.
    sys.path.insert(0, str(ROOT))

import clinic_app.gui  # noqa: E402, F401  (its PySide6 guard goes in before any Qt call)
from installer import bundle_layout  # noqa: E402

# isort: split
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
"""Pixel sizes in the .ico, smallest first: the ones Windows asks for at 100-200 % scaling."""

TOLERANCE = 8
"""How far (of 255) any channel of any pixel may be from a fresh drawing's for the .ico to be
up to date. Another CPU's antialiasing moves an edge pixel by a level or two; a changed
colour, shape or position moves some pixel by far more."""

_ICONDIR = struct.Struct("<HHH")
"""reserved (0), type (1 = icon), number of images."""
_ICONDIRENTRY = struct.Struct("<BBBBHHII")
"""width, height (0 means 256), palette size, reserved, colour planes, bits per pixel,
size of the image data, offset of the image data from the start of the file."""


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    """One size of the icon as PNG bytes, with its transparent corners kept (alpha)."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)  # transparent: the SVG's rounded corners must not come out black
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    # PNG stores straight (not premultiplied) alpha; converting here keeps Qt's encoder from
    # choosing on our behalf.
    image = image.convertToFormat(QImage.Format.Format_ARGB32)

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # QImageWriter rather than QImage.save: PySide6 6.12's stubs and runtime disagree on the
    # type of save()'s format argument, and the writer says why when it fails.
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise RuntimeError(f"Qt could not encode the {size} px icon as PNG: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def build_ico(images: Sequence[tuple[int, bytes]]) -> bytes:
    """An .ico file holding the given (size, PNG bytes) images, in the order given."""
    offset = _ICONDIR.size + _ICONDIRENTRY.size * len(images)
    directory = [_ICONDIR.pack(0, 1, len(images))]
    for size, png in images:
        if not 1 <= size <= 256:
            raise ValueError(f"an icon image must be 1-256 px, not {size}")
        stored = 0 if size == 256 else size  # one byte per side: 0 stands for 256
        directory.append(_ICONDIRENTRY.pack(stored, stored, 0, 0, 1, 32, len(png), offset))
        offset += len(png)
    return b"".join(directory) + b"".join(png for _, png in images)


def read_ico(data: bytes) -> list[tuple[int, bytes]]:
    """The (size, PNG bytes) images of an .ico that build_ico wrote, in their order."""
    _reserved, _type, count = _ICONDIR.unpack_from(data)
    images = []
    for index in range(count):
        entry = _ICONDIRENTRY.unpack_from(data, _ICONDIR.size + _ICONDIRENTRY.size * index)
        stored, length, offset = entry[0], entry[6], entry[7]
        images.append((stored or 256, data[offset : offset + length]))
    return images


def largest_difference(first: QImage, second: QImage) -> int:
    """The most any channel of any pixel differs (0-255) between two pictures of one size.

    Compared premultiplied, as they are seen on a background: a nearly transparent edge
    pixel's colour counts only as much as it shows.
    """
    if first.size() != second.size():
        raise ValueError(f"pictures of two sizes: {first.size()} and {second.size()}")
    premultiplied = QImage.Format.Format_ARGB32_Premultiplied
    # Each converted image is held while its bits are copied: constBits() does not keep the
    # image alive, and a temporary's pixels would be freed memory by then.
    converted = first.convertToFormat(premultiplied), second.convertToFormat(premultiplied)
    one, other = (bytes(image.constBits()) for image in converted)  # 32-bit rows: no padding
    return max(abs(a - b) for a, b in zip(one, other, strict=True))


def differences(ico: bytes, fresh: bytes, tolerance: int = TOLERANCE) -> list[str]:
    """How the pictures in `ico` differ from those in `fresh`; empty when they match."""
    have, want = read_ico(ico), read_ico(fresh)
    sizes = [size for size, _ in have]
    if sizes != [size for size, _ in want]:
        return [f"sizes {sizes}, not {[size for size, _ in want]}"]
    found = []
    for (size, png), (_, fresh_png) in zip(have, want, strict=True):
        image, drawn = QImage.fromData(png), QImage.fromData(fresh_png)
        if image.isNull() or image.size() != drawn.size():
            found.append(f"{size} px: not a {size} px picture")
            continue
        apart = largest_difference(image, drawn)
        if apart > tolerance:
            found.append(f"{size} px: a pixel is {apart} apart (at most {tolerance})")
    return found


def render_icon(svg: Path) -> bytes:
    """The whole .ico for `svg`. Needs a QGuiApplication (or QApplication) to exist."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("render_icon needs a QGuiApplication; main() creates one")
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG that Qt can draw")
    return build_ico([(size, render_png(renderer, size)) for size in SIZES])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Windows .ico from the app's SVG.")
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if the .ico is out of date"
    )
    args = parser.parse_args(argv)

    # Offscreen: drawing into an image needs no display, so this runs on a headless builder.
    app = QGuiApplication(["make_icon", "-platform", "offscreen"])
    icon = render_icon(ROOT / bundle_layout.ICON_SVG)
    del app

    target = ROOT / bundle_layout.ICON_WINDOWS
    if args.check:
        stale = differences(target.read_bytes(), icon) if target.is_file() else ["missing"]
        if not stale:
            print(f"{bundle_layout.ICON_WINDOWS} is up to date")
            return 0
        print(f"{bundle_layout.ICON_WINDOWS} is out of date ({'; '.join(stale)})")
        print(f"run {Path(__file__).name} to draw it again")
        return 1
    target.write_bytes(icon)
    print(f"wrote {bundle_layout.ICON_WINDOWS} ({len(icon)} bytes, sizes {SIZES})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
