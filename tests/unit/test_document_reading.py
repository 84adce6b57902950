"""Reading intake documents from real files and standard input, and refusing what is not one."""

import io
import json
import os
import sys
from pathlib import Path

import pytest
from intake_documents import document

from clinic_app.intake import DocumentUnreadable, parse_document_text, parse_intake, read_document


def _written(tmp_path: Path, content: bytes, name: str = "intake.json") -> str:
    path = tmp_path / name
    path.write_bytes(content)
    return str(path)


def _feed_stdin(monkeypatch: pytest.MonkeyPatch, content: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(content), encoding="utf-8"))


# --- What is read ---


def test_a_valid_file_gives_its_object(tmp_path: Path) -> None:
    given = document({"notes": "Läuft 30 km — seit März"})
    source = _written(tmp_path, json.dumps(given, ensure_ascii=False).encode("utf-8"))

    read = read_document(source)

    assert read == given
    assert parse_intake(read).notes == "Läuft 30 km — seit März"


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    given = document()
    source = _written(tmp_path, b"\xef\xbb\xbf" + json.dumps(given).encode("utf-8"))

    assert read_document(source) == given


def test_a_dash_reads_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    given = document({"patient.first_name": "Zoë"})
    _feed_stdin(monkeypatch, json.dumps(given, ensure_ascii=False).encode("utf-8"))

    assert read_document("-") == given


def test_standard_input_with_a_byte_order_mark_is_accepted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    given = document()
    _feed_stdin(monkeypatch, b"\xef\xbb\xbf" + json.dumps(given).encode("utf-8"))

    assert read_document("-") == given


# --- What is refused, each naming the file ---


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    source = str(tmp_path / "absent.json")

    with pytest.raises(DocumentUnreadable) as refused:
        read_document(source)

    assert str(refused.value).startswith(f"{source}: ")
    assert "no such file" in str(refused.value)


def test_a_directory_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "intake.json"
    folder.mkdir()

    with pytest.raises(DocumentUnreadable) as refused:
        read_document(str(folder))

    assert str(refused.value).startswith(f"{folder}: ")
    assert "directory" in str(refused.value)


def test_an_unreadable_file_is_named(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("running as root, which can read a file whatever its permissions")
    source = _written(tmp_path, json.dumps(document()).encode("utf-8"))
    os.chmod(source, 0)
    try:
        with pytest.raises(DocumentUnreadable) as refused:
            read_document(source)
    finally:
        os.chmod(source, 0o600)

    assert str(refused.value).startswith(f"{source}: ")
    assert "permission" in str(refused.value)


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        pytest.param(b'{"notes": "caf\xe9"}', "UTF-8", id="latin-1 byte"),
        pytest.param(b'{"notes": "\xff\xfe"}', "UTF-8", id="invalid utf-8 bytes"),
        pytest.param("{}".encode("utf-16"), "UTF-8", id="utf-16"),
        pytest.param(b"", "JSON", id="empty file"),
        pytest.param(b"   \n", "JSON", id="only whitespace"),
        pytest.param(b'{"format": "clinic-intake/1", "patient": {', "JSON", id="truncated"),
        pytest.param(b"format: clinic-intake/1\n", "JSON", id="yaml, not json"),
        pytest.param(b'{"a": 1} {"b": 2}', "JSON", id="two objects"),
        pytest.param(b"[]", "JSON object", id="a list"),
        pytest.param(b'[{"format": "clinic-intake/1"}]', "JSON object", id="object in a list"),
        pytest.param(b'"clinic-intake/1"', "JSON object", id="a string"),
        pytest.param(b"42", "JSON object", id="a number"),
        pytest.param(b"null", "JSON object", id="null"),
        pytest.param(b"true", "JSON object", id="true"),
        pytest.param(b'{"notes": "a", "notes": "b"}', "'notes'", id="repeated key"),
        pytest.param(
            b'{"running": {"weekly_distance": 1, "weekly_distance": 2}}',
            "'weekly_distance'",
            id="repeated nested key",
        ),
        pytest.param(b'{"running": {"weekly_distance": NaN}}', "NaN", id="NaN"),
        pytest.param(b'{"running": {"weekly_distance": Infinity}}', "Infinity", id="Infinity"),
        pytest.param(
            b'{"running": {"weekly_distance": -Infinity}}', "Infinity", id="minus Infinity"
        ),
    ],
)
def test_a_file_that_is_not_one_json_object_is_named(
    tmp_path: Path, content: bytes, fragment: str
) -> None:
    source = _written(tmp_path, content)

    with pytest.raises(DocumentUnreadable) as refused:
        read_document(source)

    assert str(refused.value).startswith(f"{source}: ")
    assert fragment in str(refused.value)


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"\xff{}", id="not utf-8"),
        pytest.param(b'{"a": ', id="not json"),
        pytest.param(b"[]", id="not an object"),
    ],
)
def test_unreadable_standard_input_is_named(
    monkeypatch: pytest.MonkeyPatch, content: bytes
) -> None:
    _feed_stdin(monkeypatch, content)

    with pytest.raises(DocumentUnreadable) as refused:
        read_document("-")

    assert str(refused.value).startswith("stdin: ")


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        pytest.param('{"a": 1', "JSON", id="truncated"),
        pytest.param('{"a": 1, "a": 1}', "'a'", id="repeated key"),
        pytest.param('{"a": NaN}', "NaN", id="NaN"),
        pytest.param('{"a": Infinity}', "Infinity", id="Infinity"),
        pytest.param("[1, 2]", "JSON object", id="a list"),
        pytest.param('"x"', "JSON object", id="a string"),
        pytest.param("3.5", "JSON object", id="a number"),
        pytest.param("null", "JSON object", id="null"),
    ],
)
def test_text_that_is_not_one_json_object_is_named(text: str, fragment: str) -> None:
    with pytest.raises(DocumentUnreadable) as refused:
        parse_document_text(text, "upload.json")

    assert str(refused.value).startswith("upload.json: ")
    assert fragment in str(refused.value)


def test_a_number_too_long_for_python_is_refused_naming_the_file(tmp_path: Path) -> None:
    """JSON sets no limit on digits, but Python refuses to convert more than 4300 of them."""
    source = _written(tmp_path, b'{"running": {"weekly_distance": 1' + b"0" * 5000 + b"}}")

    with pytest.raises(DocumentUnreadable) as refused:
        read_document(source)

    assert str(refused.value).startswith(f"{source}: ")
