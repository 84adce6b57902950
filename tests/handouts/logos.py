"""Clinic logos for the tests: real PNG and JPEG pictures, made in memory, and how to find
the pictures a PDF carries.

Pillow is there with ReportLab (which reads pictures through it), so the tests make their
pictures with it rather than keeping binary files in the repository.
"""

import io

import pypdf
from PIL import Image
from pypdf.generic import ContentStream, DictionaryObject, NameObject

from clinic_app.handouts.render import LOGO_HEIGHT


def picture(width: int = 300, height: int = 120, *, kind: str = "PNG") -> bytes:
    """A logo of `width` × `height` pixels: a blue block with a white band (not one colour,
    so an encoder cannot make it trivially small)."""
    image = Image.new("RGB", (width, height), (20, 90, 160))
    for x in range(width):
        for y in range(height // 3, height // 2):
            image.putpixel((x, y), (255, 255, 255))
    output = io.BytesIO()
    image.save(output, kind)
    return output.getvalue()


def images_on_pages(pdf: bytes) -> list[int]:
    """How many pictures (image XObjects) each page of `pdf` names in its resources."""
    counts = []
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        resources = page.get("/Resources")
        objects = resources.get_object().get("/XObject") if resources is not None else None
        if objects is None:
            counts.append(0)
            continue
        found = objects.get_object()
        assert isinstance(found, DictionaryObject)
        counts.append(
            sum(
                1
                for reference in found.values()
                if reference.get_object().get("/Subtype") == NameObject("/Image")
            )
        )
    return counts


def drawn_image_heights(pdf: bytes) -> list[float]:
    """The height, in points, each picture on the first page is drawn at.

    ReportLab draws a picture as `q w 0 0 h x y cm /Name Do Q`: the `cm` just before
    each `Do` carries its size on the page.
    """
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    page = reader.pages[0]
    heights: list[float] = []
    last_matrix: list[float] = []
    for operands, operator in ContentStream(page.get_contents(), reader).operations:
        if operator == b"cm":
            last_matrix = [float(value) for value in operands]
        elif operator == b"Do" and last_matrix:
            heights.append(last_matrix[3])
    return heights


LOGO_POINTS = float(LOGO_HEIGHT)
"""The height every logo is drawn at, in points (15 mm)."""
