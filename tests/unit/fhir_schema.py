"""Structural validation of FHIR R4 resources against the official JSON Schema (vendored in
tests/data/fhir/). One validator per resource type, built once: the schema is 3 MB."""

import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft6Validator

SCHEMA = Path(__file__).resolve().parents[1] / "data" / "fhir" / "fhir.schema.json"


@cache
def _definitions() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return dict(schema["definitions"])


@cache
def _validator(resource_type: str) -> Draft6Validator:
    definitions = _definitions()
    assert resource_type in definitions, f"{resource_type} is not a FHIR R4 resource"
    return Draft6Validator({"$ref": f"#/definitions/{resource_type}", "definitions": definitions})


def schema_problems(resource: dict[str, Any]) -> list[str]:
    """Where `resource` breaks the R4 schema, one line per problem; [] when valid."""
    validator = _validator(str(resource.get("resourceType")))
    return [
        f"{'/'.join(str(part) for part in error.absolute_path)}: {error.message[:300]}"
        for error in validator.iter_errors(resource)
    ]


def assert_valid(resource: dict[str, Any]) -> None:
    problems = schema_problems(resource)
    assert not problems, "\n".join(problems)
