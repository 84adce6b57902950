"""What the patient-entry tests share: a real PNG signature, a kiosk's entry, row counts."""

import struct
import zlib
from datetime import UTC, datetime
from typing import Any

from intake_documents import document
from sqlalchemy import text

from clinic_app.services import kiosk_settings, patient_entries
from clinic_app.services.actor import Actor
from clinic_app.storage.database import Database

ADMIN = Actor(name="ada", role="admin")
KIOSK = "Waiting room"
STARTED = datetime(2026, 12, 3, 9, 30, tzinfo=UTC)


def png_signature(width: int = 3, height: int = 2) -> bytes:
    """A real PNG (greyscale, one dark stroke): what the kiosk's signature pad sends."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(
        b"\x00" + bytes([0 if x == y else 255 for x in range(width)]) for y in range(height)
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def patients_answers(overrides: dict[str, object] | None = None) -> dict[str, Any]:
    """A patient's own entry: the test baseline with the patient's name."""
    return document(
        {"patient.first_name": "Rosa", "patient.last_name": "Delgado", **(overrides or {})}
    )


def consent(database: Database, language: str = "en") -> int:
    return kiosk_settings.publish_consent(
        database, ADMIN, language, "I agree that the clinic keeps my answers."
    ).consent_text_id


def finished_entry(
    database: Database, overrides: dict[str, object] | None = None, *, language: str = "en"
) -> patient_entries.EntryAdded:
    return patient_entries.add_entry(
        database,
        source=KIOSK,
        language=language,
        document=patients_answers(overrides),
        finished=True,
        started_at=STARTED,
        consent_text_id=consent(database, language),
        signature=png_signature(),
    )


def count(database: Database, table: str) -> int:
    with database.reading() as session:
        return int(session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
