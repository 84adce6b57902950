"""What a patient's own answers hold: whether an entry is empty, the name typed, and the
corrections the desk made to them. Pure (no database), so the kiosk, the desk's check and
the review pane read an entry the same way.
"""

from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple

ANSWER_SECTIONS = ("running", "symptoms", "history")
"""Where a patient's answers are; an entry with none of them answered is empty."""


class Correction(NamedTuple):
    """One answer the desk changed: where, what the patient said, what the desk recorded
    (None where one of them gave no answer)."""

    path: str
    patient_said: object
    desk_recorded: object


def corrections(
    patient_document: Mapping[str, Any], desk_document: Mapping[str, Any]
) -> tuple[Correction, ...]:
    """Each answer that differs between the patient's document and the desk's, by dotted
    field path, in the patient's order of fields (answers only the desk gave, after).
    A list (the foot map's places, say) is one answer."""
    said = dict(_leaves(patient_document, ""))
    recorded = dict(_leaves(desk_document, ""))
    paths = list(said) + [path for path in recorded if path not in said]
    return tuple(
        Correction(path, said.get(path), recorded.get(path))
        for path in paths
        if _comparable(said.get(path)) != _comparable(recorded.get(path))
    )


def _leaves(document: Mapping[str, Any], prefix: str) -> Iterator[tuple[str, object]]:
    for key, value in document.items():
        path = f"{prefix}{key}"
        if isinstance(value, Mapping):
            yield from _leaves(value, f"{path}.")
        else:
            yield path, value


def _comparable(value: object) -> object:
    """An answer as compared: blank text is no answer; True is not 1."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return (type(value) is bool, value)


def empty_because(document: Mapping[str, Any]) -> str | None:
    """Why an entry is empty (no name, no date of birth, or not one question answered),
    or None when it holds something for the desk to check."""
    section = patient_section(document)
    named = any(_given(section.get(name)) for name in ("first_name", "last_name"))
    born = _given(section.get("date_of_birth"))
    if not named or not born:
        missing = " and no ".join(
            what for what, given in (("name", named), ("date of birth", born)) if not given
        )
        return f"it gives no {missing}"
    if not any(_answered(document.get(name)) for name in ANSWER_SECTIONS):
        return "none of the questions is answered"
    return None


def patient_section(document: Mapping[str, Any]) -> Mapping[str, Any]:
    section = document.get("patient")
    return section if isinstance(section, Mapping) else {}


def typed_name(section: Mapping[str, Any]) -> str:
    parts = [section.get(name) for name in ("first_name", "last_name")]
    return " ".join(part.strip() for part in parts if isinstance(part, str) and part.strip())


def _given(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _answered(section: object) -> bool:
    """Whether a section holds any answer: text, a number, a choice or a true box (a false
    box is what an untouched form sends)."""
    if not isinstance(section, Mapping):
        return False
    return any(_answer_given(value) for value in section.values())


def _answer_given(value: object) -> bool:
    if isinstance(value, bool | list | Mapping):
        return bool(value)
    if isinstance(value, str):
        return bool(value.strip())
    return isinstance(value, int | float)
