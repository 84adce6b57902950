"""The value types of the intake document, each with the message a person needs.

Pydantic's own coercions are too lenient for a clinical record ("4" for a pain score,
1 for true, "2026-11-20T10:00" for a date) and its messages are written for
programmers. Each type here accepts only its exact JSON form and, when it refuses,
says what was expected and what was given, e.g. "must be between 0 and 10 (got 14)".
The JSON Schema of each type is declared beside it, so `clinic-intake schema`
describes exactly what is accepted.
"""

import json
import math
import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Annotated, Any, Literal, get_args

from pydantic import PlainSerializer, PlainValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

from clinic_app.languages import KNOWN_LANGUAGES

SHOWN_MAX = 40


def shown(value: object) -> str:
    """Render a given value the way it appeared in the JSON document, shortened."""
    if isinstance(value, date):
        text = value.isoformat()
    else:
        try:
            text = json.dumps(value, ensure_ascii=False)
        except (TypeError, ValueError):
            text = repr(value)
    return text if len(text) <= SHOWN_MAX else text[: SHOWN_MAX - 1] + "…"


def described(value: object) -> str:
    """What was given where an object was expected: "an object", "a list", or the value."""
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    return shown(value)


def refuse(message: str) -> PydanticCustomError:
    """A validation error whose message is already written for people."""
    # The message goes in as context, not as the template, so braces in a given
    # value can never be taken for placeholders.
    return PydanticCustomError("intake", "{detail}", {"detail": message})


def _number(low: float, high: float) -> Callable[[object], float]:
    def check(value: object) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise refuse(f"must be a number (got {shown(value)})")
        # A huge JSON integer cannot become a float; it is simply out of range.
        if (isinstance(value, float) and not math.isfinite(value)) or not low <= value <= high:
            raise refuse(f"must be between {low:g} and {high:g} (got {shown(value)})")
        return value

    return check


def _integer(low: int, high: int) -> Callable[[object], int]:
    def check(value: object) -> int:
        if type(value) is not int:
            raise refuse(f"must be a whole number (got {shown(value)})")
        if not low <= value <= high:
            raise refuse(f"must be between {low} and {high} (got {value})")
        return value

    return check


# Characters no one types into a form: C0 controls other than tab and line breaks, and
# lone UTF-16 surrogates (JSON can spell them; no file or database can store them).
_UNTYPEABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def _text(max_length: int, *, required: bool) -> Callable[[object], str]:
    def check(value: object) -> str:
        if not isinstance(value, str):
            raise refuse(f"must be text (got {shown(value)})")
        found = _UNTYPEABLE.search(value)
        if found:
            raise refuse(
                f"must not contain control characters (found U+{ord(found.group()):04X} "
                f"at character {found.start() + 1})"
            )
        text = value.strip()
        if required and not text:
            raise refuse("must not be empty")
        if len(text) > max_length:
            raise refuse(f"must be at most {max_length} characters (got {len(text)})")
        return text

    return check


_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")


def _email(value: object) -> str:
    text = _text(254, required=False)(value)
    if text and not _EMAIL.fullmatch(text):
        raise refuse(f"must look like an email address, name@example.org (got {shown(text)})")
    return text


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _date(value: object) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise refuse(f"must be a date written YYYY-MM-DD (got {shown(value)})")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise refuse(f"is not a real calendar date (got {shown(value)})") from None


def _flag(value: object) -> bool:
    if type(value) is not bool:
        raise refuse(f"must be true or false (got {shown(value)})")
    return value


def _choice(options: tuple[str, ...]) -> Callable[[object], str]:
    def check(value: object) -> str:
        if not isinstance(value, str) or value not in options:
            raise refuse(f"must be one of {', '.join(options)} (got {shown(value)})")
        return value

    return check


def _choices(options: tuple[str, ...], *, at_least: int = 0) -> Callable[[object], list[str]]:
    def check(value: object) -> list[str]:
        if not isinstance(value, list):
            raise refuse(f"must be a list (got {shown(value)})")
        seen: set[str] = set()
        for position, item in enumerate(value, start=1):
            if not isinstance(item, str) or item not in options:
                raise refuse(
                    f"item {position} must be one of {', '.join(options)} (got {shown(item)})"
                )
            if item in seen:
                raise refuse(f"must not repeat a value (got {shown(item)} twice)")
            seen.add(item)
        if len(value) < at_least:
            raise refuse(f"must hold at least {at_least} of {', '.join(options)} (got none)")
        return list(value)

    return check


def _schema(**schema: Any) -> WithJsonSchema:
    return WithJsonSchema(schema)


# --- Enumerations. The Literal is the type; the tuple is read off it, never retyped. ---

FormatName = Literal["clinic-intake/1"]
FORMATS: tuple[str, ...] = get_args(FormatName)

SexName = Literal["female", "male", "other", "unspecified"]
DistanceUnitName = Literal["km", "mi"]
RecentChangeName = Literal["distance", "intensity", "hills", "surface", "shoes", "race"]
SurfaceName = Literal["road", "concrete", "trail", "track", "treadmill", "grass", "sand"]
SideName = Literal["left", "right", "both"]
RegionName = Literal[
    "heel",
    "arch",
    "ball_of_foot",
    "toes",
    "big_toe_joint",
    "top_of_foot",
    "outer_midfoot",
    "inner_midfoot",
    "achilles",
    "ankle",
]
PainCharacterName = Literal[
    "aching", "sore", "sharp", "stabbing", "burning", "throbbing", "shooting"
]
SwellingName = Literal["none", "mild", "significant"]
WeightBearingName = Literal["normal", "painful", "difficult", "unable"]
InjuryName = Literal["none", "twist", "fall", "impact", "pop"]
FootColourName = Literal["normal", "pale", "blue", "mottled"]

SEXES: tuple[str, ...] = get_args(SexName)
DISTANCE_UNITS: tuple[str, ...] = get_args(DistanceUnitName)
RECENT_CHANGES: tuple[str, ...] = get_args(RecentChangeName)
SURFACES: tuple[str, ...] = get_args(SurfaceName)
SIDES: tuple[str, ...] = get_args(SideName)
REGIONS: tuple[str, ...] = get_args(RegionName)
PAIN_CHARACTERS: tuple[str, ...] = get_args(PainCharacterName)
SWELLINGS: tuple[str, ...] = get_args(SwellingName)
WEIGHT_BEARINGS: tuple[str, ...] = get_args(WeightBearingName)
INJURIES: tuple[str, ...] = get_args(InjuryName)
FOOT_COLOURS: tuple[str, ...] = get_args(FootColourName)


def _format(value: object) -> str:
    if value not in FORMATS:
        raise refuse(
            f"unsupported format (got {shown(value)}); this version reads {', '.join(FORMATS)}"
        )
    return str(value)


def _enum(options: tuple[str, ...]) -> WithJsonSchema:
    return _schema(type="string", enum=list(options))


def _enum_list(options: tuple[str, ...], *, at_least: int = 0) -> WithJsonSchema:
    schema: dict[str, Any] = {
        "type": "array",
        "items": {"type": "string", "enum": list(options)},
        "uniqueItems": True,
    }
    if at_least:
        schema["minItems"] = at_least
    return WithJsonSchema(schema)


# --- The annotated types the models use. ---

Format = Annotated[FormatName, PlainValidator(_format), _schema(type="string", const=FORMATS[0])]
Name = Annotated[
    str,
    PlainValidator(_text(100, required=True)),
    _schema(type="string", minLength=1, maxLength=100),
]
ShortText = Annotated[
    str, PlainValidator(_text(40, required=False)), _schema(type="string", maxLength=40)
]
Email = Annotated[str, PlainValidator(_email), _schema(type="string", maxLength=254)]
HistoryText = Annotated[
    str, PlainValidator(_text(2000, required=False)), _schema(type="string", maxLength=2000)
]
Notes = Annotated[
    str, PlainValidator(_text(5000, required=False)), _schema(type="string", maxLength=5000)
]
IsoDate = Annotated[
    date,
    PlainValidator(_date),
    # Explicit, because pydantic's inferred serializer for a plain-validated date warns.
    PlainSerializer(date.isoformat, return_type=str, when_used="json"),
    _schema(type="string", format="date"),
]
Flag = Annotated[bool, PlainValidator(_flag), _schema(type="boolean")]


def _as_written(value: float) -> float:
    return value


# Kept as written on the way out (48 stays 48, not 48.0), so export matches import.
_NUMBER_AS_WRITTEN = PlainSerializer(_as_written, return_type=Any, when_used="json")

WeeklyDistance = Annotated[
    float,
    PlainValidator(_number(0, 400)),
    _NUMBER_AS_WRITTEN,
    _schema(type="number", minimum=0, maximum=400),
]
YearsRunning = Annotated[
    float,
    PlainValidator(_number(0, 80)),
    _NUMBER_AS_WRITTEN,
    _schema(type="number", minimum=0, maximum=80),
]
ShoeDistance = Annotated[
    float,
    PlainValidator(_number(0, 5000)),
    _NUMBER_AS_WRITTEN,
    _schema(type="number", minimum=0, maximum=5000),
]
ShoePairs = Annotated[
    int, PlainValidator(_integer(1, 10)), _schema(type="integer", minimum=1, maximum=10)
]
PainScore = Annotated[
    int, PlainValidator(_integer(0, 10)), _schema(type="integer", minimum=0, maximum=10)
]
SelfCareDays = Annotated[
    int, PlainValidator(_integer(0, 365)), _schema(type="integer", minimum=0, maximum=365)
]
StiffnessMinutes = Annotated[
    int, PlainValidator(_integer(0, 1440)), _schema(type="integer", minimum=0, maximum=1440)
]

# Outcome measures (follow-ups.md): the totals the clinician scored, never the items of a
# licensed questionnaire (LEFS, FAAM).
PSFS_ACTIVITY_MAX = 80
PSFS_MAX_ACTIVITIES = 5
PsfsActivityText = Annotated[
    str,
    PlainValidator(_text(PSFS_ACTIVITY_MAX, required=True)),
    _schema(type="string", minLength=1, maxLength=PSFS_ACTIVITY_MAX),
]
PsfsScore = Annotated[
    int, PlainValidator(_integer(0, 10)), _schema(type="integer", minimum=0, maximum=10)
]
LefsTotal = Annotated[
    int, PlainValidator(_integer(0, 80)), _schema(type="integer", minimum=0, maximum=80)
]
FaamPercent = Annotated[
    float,
    PlainValidator(_number(0, 100)),
    _NUMBER_AS_WRITTEN,
    _schema(type="number", minimum=0, maximum=100),
]

Sex = Annotated[SexName, PlainValidator(_choice(SEXES)), _enum(SEXES)]
DistanceUnit = Annotated[
    DistanceUnitName, PlainValidator(_choice(DISTANCE_UNITS)), _enum(DISTANCE_UNITS)
]
Side = Annotated[SideName, PlainValidator(_choice(SIDES)), _enum(SIDES)]
Swelling = Annotated[SwellingName, PlainValidator(_choice(SWELLINGS)), _enum(SWELLINGS)]
WeightBearing = Annotated[
    WeightBearingName, PlainValidator(_choice(WEIGHT_BEARINGS)), _enum(WEIGHT_BEARINGS)
]
Injury = Annotated[InjuryName, PlainValidator(_choice(INJURIES)), _enum(INJURIES)]
FootColour = Annotated[FootColourName, PlainValidator(_choice(FOOT_COLOURS)), _enum(FOOT_COLOURS)]
# The patient's language (languages.md): exactly one of the app's one list of tags, spelt
# as listed. Unlike `--language` on the command line, a document is matched exactly, as
# every other choice of the format is ("Female" is not "female"), so what is stored is
# always the tag itself.
Language = Annotated[str, PlainValidator(_choice(KNOWN_LANGUAGES)), _enum(KNOWN_LANGUAGES)]
RecentChanges = Annotated[
    list[RecentChangeName], PlainValidator(_choices(RECENT_CHANGES)), _enum_list(RECENT_CHANGES)
]
Surfaces = Annotated[list[SurfaceName], PlainValidator(_choices(SURFACES)), _enum_list(SURFACES)]
Locations = Annotated[
    list[RegionName],
    PlainValidator(_choices(REGIONS, at_least=1)),
    _enum_list(REGIONS, at_least=1),
]
PainCharacters = Annotated[
    list[PainCharacterName], PlainValidator(_choices(PAIN_CHARACTERS)), _enum_list(PAIN_CHARACTERS)
]
