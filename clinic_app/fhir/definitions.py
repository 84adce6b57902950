"""The intake's questions as FHIR sees them, read off the intake format's own JSON Schema.

The Questionnaire, the reading of a QuestionnaireResponse and the Bundle's
QuestionnaireResponse all walk this one list, and the list is derived from the pydantic
models' schema (the `WithJsonSchema` beside each type in `intake.fields`), never retyped:
a field added to `clinic-intake/1` appears in the Questionnaire by itself, with its type,
range, choices and whether it is required.
"""

from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from clinic_app.intake import intake_json_schema

ItemType = Literal["group", "string", "text", "integer", "decimal", "date", "boolean", "choice"]

LONG_TEXT_FROM = 500
"""Text fields allowed at least this many characters are asked as `text` (several lines)."""


@dataclass(frozen=True)
class Question:
    """One item of the Questionnaire: a field of the document (or a group of them)."""

    link_id: str
    """The field's dotted path: `symptoms.pain_now`; inside the PSFS rows `measures.psfs.score`."""
    type: ItemType
    required: bool
    repeats: bool = False
    options: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    max_length: int | None = None
    children: tuple["Question", ...] = ()

    @property
    def name(self) -> str:
        """The field's own name, the last part of its path."""
        return self.link_id.rsplit(".", 1)[-1]


def _resolve(schema: dict[str, Any], definitions: dict[str, Any]) -> dict[str, Any]:
    reference = schema.get("$ref")
    if isinstance(reference, str):
        return dict(definitions[reference.rsplit("/", 1)[-1]])
    return schema


def _without_null(schema: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """The schema of the value, and whether null is also accepted."""
    options = schema.get("anyOf")
    if isinstance(options, list):
        kept = [option for option in options if option.get("type") != "null"]
        if len(kept) == 1:
            return {**kept[0], **{k: v for k, v in schema.items() if k != "anyOf"}}, True
    return schema, False


def _question(
    path: str, raw: dict[str, Any], required: bool, definitions: dict[str, Any]
) -> Question:
    schema, nullable = _without_null(_resolve(raw, definitions))
    required = required and not nullable and "default" not in schema
    kind = schema.get("type")
    if kind == "array":
        element = _resolve(schema["items"], definitions)
        if element.get("type") == "object":
            # A repeating group (the PSFS rows). Its items are not `required`: a patient who
            # skips the whole group must still be able to finish (fhir.md).
            rows = _members(path, element, definitions, inside_optional=True)
            return Question(path, "group", False, repeats=True, children=rows)
        at_least = int(schema.get("minItems", 0))
        return Question(
            path, "choice", required and at_least > 0, repeats=True, options=tuple(element["enum"])
        )
    if kind == "object":
        return Question(
            path, "group", required, children=_members(path, schema, definitions, not required)
        )
    if "enum" in schema:
        return Question(path, "choice", required, options=tuple(schema["enum"]))
    if kind == "string" and schema.get("format") == "date":
        return Question(path, "date", required)
    if kind == "string":
        longest = schema.get("maxLength")
        long_text = isinstance(longest, int) and longest >= LONG_TEXT_FROM
        return Question(path, "text" if long_text else "string", required, max_length=longest)
    if kind == "boolean":
        return Question(path, "boolean", False)  # false is an answer; absent is the default
    if kind in ("integer", "number"):
        return Question(
            path,
            "integer" if kind == "integer" else "decimal",
            required,
            minimum=schema.get("minimum"),
            maximum=schema.get("maximum"),
        )
    raise ValueError(f"{path}: the intake's schema has a type FHIR items do not cover: {schema}")


def _members(
    prefix: str, schema: dict[str, Any], definitions: dict[str, Any], inside_optional: bool
) -> tuple[Question, ...]:
    required = set(schema.get("required", ()))
    return tuple(
        _question(
            f"{prefix}.{name}" if prefix else name,
            raw,
            name in required and not inside_optional,
            definitions,
        )
        for name, raw in schema["properties"].items()
        if "const" not in raw  # `format`: not a question, written by the import
    )


@cache
def questions() -> tuple[Question, ...]:
    """The top-level items, in the document's own order (patient, visit_date, running…)."""
    schema = intake_json_schema()
    definitions: dict[str, Any] = dict(schema["$defs"])  # type: ignore[call-overload]
    return _members("", schema, definitions, inside_optional=False)


def every_question() -> dict[str, Question]:
    """Every item by its linkId, groups and their members alike."""
    found: dict[str, Question] = {}

    def walk(items: tuple[Question, ...]) -> None:
        for item in items:
            found[item.link_id] = item
            walk(item.children)

    walk(questions())
    return found
