"""A resources folder where every known language has a handout text file, for tests of which
language a printout is chosen in.

The Spanish and Chinese texts are written on another branch; until they are in, a test that
asks for a Spanish care sheet would fail on the missing file rather than on the choice it is
about. Here each language whose file is missing gets a stand-in: English sentences under the
missing language's name. A language whose real file exists is used as it is. Everything else
in the folder is the real one, linked. Once every language has its file, the real folder
itself is used.
"""

import shutil
from pathlib import Path

import pytest

from clinic_app import languages, paths
from clinic_app.handouts import text


def every_language_printable(request: pytest.FixtureRequest, *, copy: bool = False) -> Path:
    """The resources folder, for one test, in which every known language can be printed:
    the real one when it already has every language's file (and no `copy` is asked for),
    else a copy with stand-ins; the texts read meanwhile are forgotten when the test ends.
    """
    real = paths.resources_dir()
    missing = [
        tag
        for tag in languages.KNOWN_LANGUAGES
        if not (real / "handouts" / f"{tag}.toml").is_file()
    ]
    if not missing and not copy:
        return real
    monkeypatch: pytest.MonkeyPatch = request.getfixturevalue("monkeypatch")
    tmp_path: Path = request.getfixturevalue("tmp_path")
    copied = tmp_path / "resources"
    copied.mkdir()
    for entry in real.iterdir():
        if entry.name != "handouts":
            (copied / entry.name).symlink_to(entry)
    handouts = copied / "handouts"
    handouts.mkdir()
    for entry in (real / "handouts").iterdir():
        (handouts / entry.name).symlink_to(entry)
    for tag in missing:
        shutil.copyfile(real / "handouts" / f"{languages.ENGLISH}.toml", handouts / f"{tag}.toml")
    monkeypatch.setattr(paths, "resources_dir", lambda: copied)
    _forget_texts_read()
    request.addfinalizer(_forget_texts_read)  # so later tests read the real files again
    return copied


def _forget_texts_read() -> None:
    text.handout_text.cache_clear()
    languages.review_of.cache_clear()
