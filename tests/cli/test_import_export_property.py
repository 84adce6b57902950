"""Property: `clinic-intake import` then `export` gives back every document exactly (same
keys in the same order, numbers as written, strings untouched), over varied valid documents,
each batch in a fresh SQLite file. The same on PostgreSQL, over a fixed set, is in
tests/storage/test_transfer_commands.py.
"""

import io
import json
import tempfile
from collections import Counter
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from intake_strategies import valid_documents

from clinic_app.cli.main import main
from clinic_app.intake import parse_intake


def clinic_intake(*args: str) -> tuple[int, str, str]:
    """`main([...])` with its output captured (no function-scoped fixture under @given)."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def exact(value: object) -> str:
    """A document as text with its key order and number types (48 vs 48.0) kept."""
    return json.dumps(value, ensure_ascii=False, sort_keys=False)


@settings(max_examples=30)
@given(
    batch=st.lists(valid_documents(), min_size=1, max_size=4),
    indent=st.sampled_from((None, 2)),
    ascii_only=st.booleans(),
)
def test_import_then_export_gives_back_each_document_exactly(
    batch: list[dict[str, Any]], indent: int | None, ascii_only: bool
) -> None:
    for value in batch:
        parse_intake(value)  # the generator makes valid documents only (raises otherwise)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        url = f"sqlite:///{root / 'clinic.sqlite3'}"
        (root / "in").mkdir()
        for n, value in enumerate(batch):
            text = json.dumps(value, indent=indent, ensure_ascii=ascii_only)
            (root / "in" / f"{n}.json").write_text(text, encoding="utf-8")

        code, out, err = clinic_intake("--db", url, "import", str(root / "in"))
        assert (code, err) == (0, "")
        assert out.startswith(f"imported {len(batch)} intake")
        code, out, err = clinic_intake("--db", url, "export", "-o", str(root / "out"))
        assert (code, err) == (0, "")

        written = [
            json.loads(path.read_text(encoding="utf-8")) for path in (root / "out").iterdir()
        ]
        assert Counter(map(exact, written)) == Counter(map(exact, batch))
