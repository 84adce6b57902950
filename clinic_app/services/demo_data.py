"""Made-up patients, intakes and their courses of care, for demonstrations and for the
benchmarks.

Every record is synthetic: names come from short lists and everything else from a seeded
generator, so the same seed (and day) gives the same documents on any machine. Each
intake is a valid `clinic-intake/1` document, validated with `parse_intake`, assessed
under the clinic's own thresholds and stored exactly as `intakes.submit_in` stores a
submission (intake row, course, assessment, flags), so the queue, search and handouts
behave on it as on real records. About one intake in four carries a referral flag, which
keeps the clinicians' queue as full as a busy clinic's.

Each course then gets one to six follow-up visits (demo_follow_ups tells the story from
a generator of the course's own, so the intakes are the same whether or not follow-ups
are made), each validated with `parse_follow_up` and assessed and staged by
`followups.assess_visit`, the very call a submitted follow-up goes through, and stored
as `followups.submit_follow_up_in` stores one.

Speed matters more here than in the other services: the benchmarks fill a database with
200,000 intakes before measuring anything. So rows go in with Core `INSERT`s executed
many at a time, ids are assigned here instead of being fetched back row by row, and a
patient's details are derived from the seed and the patient's number rather than kept
in memory, so a run of millions (the command allows it) needs little more memory than a
run of hundreds.
"""

import hashlib
import json
import logging
import time
from array import array
from bisect import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate
from random import Random
from typing import Any, NamedTuple

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from clinic_app.followups import FollowUp, parse_follow_up
from clinic_app.intake import parse_intake
from clinic_app.rules.engine import assess
from clinic_app.rules.model import URGENCY_RANK
from clinic_app.rules.model import Assessment as RulesAssessment
from clinic_app.rules.settings import RuleSettings
from clinic_app.services import audit, clinic_settings
from clinic_app.services.demo_follow_ups import course_story
from clinic_app.services.followups import assess_visit, submitted_columns
from clinic_app.services.intakes import dump_document
from clinic_app.services.patients import name_key
from clinic_app.storage.database import Database
from clinic_app.storage.models import NO_URGENCY_RANK, Base

log = logging.getLogger(__name__)

ACTOR = "demo-data"
# Intakes per transaction: big enough that executemany dominates, small enough that a
# workstation waiting for the write lock meanwhile waits well under its busy timeout.
BATCH = 5_000
YEARS_OF_VISITS = 3
_BORN_FROM = date(1950, 1, 1).toordinal()
_BORN_DAYS = date(2008, 12, 31).toordinal() - _BORN_FROM + 1
_OPENS_AT_MINUTE = 8 * 60
_OPEN_MINUTES = 10 * 60
_SUNDAY = 6
_EVIDENCE_CACHE = 50_000  # distinct evidence lists kept encoded

_PATIENTS: Table = Base.metadata.tables["patients"]
_INTAKES: Table = Base.metadata.tables["intakes"]
_ASSESSMENTS: Table = Base.metadata.tables["assessments"]
_FLAGS: Table = Base.metadata.tables["flags"]
_COURSES: Table = Base.metadata.tables["courses"]
_FOLLOWUPS: Table = Base.metadata.tables["followups"]
# Parents first: an assessment may name a follow-up, a follow-up its course.
_TABLES = (_PATIENTS, _INTAKES, _COURSES, _FOLLOWUPS, _ASSESSMENTS, _FLAGS)

# Names from many places, some accented, so search and sorting meet real-world spelling.
FEMALE_NAMES = (
    "Maya", "Zoë", "Ngozi", "Amélie", "Sofia", "Aisha", "Chloé", "Ingrid", "Priya",
    "Hannah", "Mei", "Fatima", "Olga", "Renée", "Siobhán", "Yuki", "Chiamaka", "Lucía",
    "Emma", "Grace", "Ana", "Leila", "Marta", "Nina", "Thandiwe", "Camille", "Aoife",
    "Paula", "Rosa", "Jessica", "Ines", "Kateřina", "Linh", "Amara", "Sarah", "Julia",
)  # fmt: skip
MALE_NAMES = (
    "José", "Søren", "Liam", "Chinedu", "Mateo", "Ahmed", "Björn", "Noah", "Kenji",
    "Luca", "Tomás", "Oluwaseun", "Rahul", "Finn", "Jakub", "Pierre", "Mohammed", "Ethan",
    "Daniel", "Kwame", "Andrés", "Wei", "Gareth", "Samuel", "Ivan", "Ángel", "Hugo",
    "Minh", "David", "Lars", "Omar", "Kofi", "Javier", "Aleksander", "Tariq", "Joel",
)  # fmt: skip
# Roughly in order of how common each is in the made-up clinic: earlier names recur more.
LAST_NAMES = (
    "Smith", "Nguyen", "García", "Okafor", "Johnson", "Müller", "Kowalski", "Brown",
    "Martínez", "Okonkwo", "Jones", "Nguyễn", "Hernández", "Williams", "Pérez", "Taylor",
    "Wilson", "Smirnov", "Anderson", "Garza", "Thomas", "Rossi", "Moore", "Jackson",
    "Martin", "Lee", "Gardner", "Thompson", "White", "López", "Harris", "Clark", "Lewis",
    "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Hill",
    "Green", "Adams", "Baker", "Nelson", "Carter", "Mitchell", "Roberts", "Turner",
    "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Collins", "Stewart", "Sánchez",
    "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Peterson", "Reed", "Bailey",
    "Bell", "Gómez", "Kelly", "Howard", "Ward", "Cox", "Díaz", "Richardson", "Wood",
    "Watson", "Brooks", "Bennett", "Gray", "James", "Reyes", "Cruz", "Hughes", "Price",
    "Myers", "Long", "Foster", "Sanders", "Ross", "Morales", "Powell", "Sullivan", "Russell",
    "Ortiz", "Jenkins", "Gutiérrez", "Perry", "Butler", "Barnes", "Fisher", "Henderson",
    "Coleman", "Simmons", "Patterson", "Jordan", "Reynolds", "Hamilton", "Graham", "Kim",
    "González", "Alexander", "Ramos", "Wallace", "Griffin", "West", "Cole", "Hayes",
    "Chávez", "Gibson", "Bryant", "Ellis", "Stevens", "Murray", "Ford", "Marshall", "Owens",
    "McDonald", "Harrison", "Ruiz", "Kennedy", "Wells", "Álvarez", "Woods", "Mendoza",
    "Castillo", "Olson", "Webb", "Washington", "Tucker", "Freeman", "Burns", "Henry",
    "Vásquez", "Snyder", "Simpson", "Crawford", "Jiménez", "Porter", "Mason", "Shaw",
    "Okoye", "Adeyemi", "Nakamura", "Sato", "Tanaka", "Kaur", "Singh", "Patel", "Sharma",
    "Johansson", "Nielsen", "Andersen", "Søndergaard", "Lindqvist", "Dubois", "Lefèvre",
    "Novák", "Dvořák", "Horváth", "Nowak", "Wiśniewski", "O'Brien", "O'Connor", "Byrne",
    "Smythe", "Garrett", "van der Berg", "de la Cruz", "Ruiz-Tagle", "Mensah", "Boateng",
    "Chen", "Wang", "Li", "Zhang", "Liu", "Park", "Choi", "Tran", "Pham", "Haddad",
)  # fmt: skip
_LAST_WEIGHTS = tuple(accumulate(1.0 / (rank + 8) for rank in range(len(LAST_NAMES))))
_FIRST_KEYS = {name: name_key(name) for name in FEMALE_NAMES + MALE_NAMES}
_LAST_KEYS = {name: name_key(name) for name in LAST_NAMES}

# (value, how often it is ticked)
_SURFACES = (
    ("road", 0.7),
    ("trail", 0.25),
    ("treadmill", 0.15),
    ("track", 0.1),
    ("grass", 0.1),
    ("concrete", 0.1),
    ("sand", 0.02),
)
_CHANGES = (("intensity", 0.12), ("hills", 0.08), ("surface", 0.06), ("shoes", 0.1), ("race", 0.08))
_MEDICATIONS = ("", "", "", "", "", "ibuprofen when needed", "levothyroxine", "metformin")
_ALLERGIES = ("", "", "", "", "none known", "penicillin", "sticking plasters")
_NOTES = (
    "",
    "",
    "",
    "",
    "",
    "Training for a half marathon.",
    "Club runner; track session on Tuesdays.",
    "Started running this year.",
    "Marathon in six weeks.",
    "Runs a 5 km most Saturdays.",
)


@dataclass(frozen=True)
class DemoSummary:
    """What was added: patients, intakes, and how many of the intakes need a review; the
    follow-up visits of their courses, how many of those need a review, and how many
    courses a clinician has closed."""

    patients: int
    intakes: int
    referrals: int
    follow_ups: int = 0
    follow_ups_for_review: int = 0
    closed_courses: int = 0


class _Identity(NamedTuple):
    first_name: str
    last_name: str
    date_of_birth: date
    sex: str
    phone: str
    email: str | None


@dataclass(frozen=True)
class _Presentation:
    """One kind of complaint runners bring: where it hurts, and how it tends to go.

    The rates are per intake of this kind; with the kinds' weights they set how often
    each referral rule fires over the whole clinic (on about a quarter of intakes).
    """

    weight: float
    regions: tuple[str, ...]
    extra_regions: tuple[str, ...]
    characters: tuple[str, ...]
    pain: tuple[int, int]
    onset_days: tuple[int, int]
    morning_pain: float = 0.05
    tender: float = 0.01
    numb: float = 0.01
    sharp: float = 0.02
    injuries: tuple[tuple[str, float], ...] = ()
    swelling: tuple[float, float] = (0.08, 0.005)  # mild, significant
    walking: tuple[float, float] = (0.01, 0.002)  # difficult, unable
    not_improving: float = 0.07
    worse_with_activity: float = 0.025
    night_pain: float = 0.01
    more_distance: float = 0.1


_PRESENTATIONS = (
    _Presentation(  # plantar heel pain
        0.27, ("heel",), ("arch",), ("aching", "sore"), (2, 6), (5, 150), morning_pain=0.8,
    ),
    _Presentation(  # Achilles tendon
        0.15, ("achilles",), ("heel", "ankle"), ("aching", "sore", "burning"), (2, 6),
        (5, 120), injuries=(("pop", 0.03),),
    ),
    _Presentation(  # forefoot, sometimes a nerve
        0.14, ("ball_of_foot",), ("toes", "big_toe_joint"), ("burning", "shooting", "aching"),
        (2, 6), (7, 120), numb=0.12,
    ),
    _Presentation(  # bone stress after more running
        0.07, ("top_of_foot",), ("inner_midfoot", "outer_midfoot", "ball_of_foot"),
        ("aching", "throbbing"), (3, 7), (7, 60), tender=0.35, sharp=0.1,
        worse_with_activity=0.15, night_pain=0.06, more_distance=0.6,
    ),
    _Presentation(  # a turned ankle
        0.08, ("ankle",), ("outer_midfoot", "top_of_foot"), ("throbbing", "aching"), (3, 8),
        (0, 4), tender=0.2, sharp=0.3, injuries=(("twist", 0.8), ("fall", 0.08)),
        swelling=(0.6, 0.12), walking=(0.15, 0.05),
    ),
    _Presentation(  # general soreness from training
        0.29, ("arch",), ("top_of_foot", "toes", "heel"), ("sore", "aching"), (1, 4), (1, 30),
    ),
)  # fmt: skip
_PRESENTATION_WEIGHTS = tuple(accumulate(kind.weight for kind in _PRESENTATIONS))


def generate(
    database: Database,
    *,
    patients: int,
    intakes: int,
    seed: int = 1,
    today: date | None = None,
) -> DemoSummary:
    """Add `patients` made-up patients and `intakes` submitted, assessed intakes.

    Visits fall on working days (Monday to Saturday) over the three years up to `today`,
    evenly spread and in id order, as if the clinic had used the app all along. Every
    patient has at least one intake when there are enough; returning patients come back
    to their own record. Each batch of intakes is committed on its own, so other
    workstations are never locked out for long; ids continue after the highest in use.
    """
    if patients < 0 or intakes < 0:
        raise ValueError("the numbers of patients and intakes must not be negative")
    if intakes and not patients:
        raise ValueError("intakes need at least one patient to belong to")
    today = today or date.today()
    if today.year < 2012:
        raise ValueError("demo visits must be dated after 2011 (patients are born up to 2008)")
    started = time.perf_counter()
    settings = clinic_settings.load(database).rule_settings()
    writer = _Writer(database, settings, Random(seed), seed, today)
    plan = _Plan(writer.random, patients, intakes, _working_days(today))
    for count in _chunks(intakes, BATCH):
        with database.writing() as session:
            writer.start(session)
            for _ in range(count):
                number, moment = plan.next_visit()
                writer.add_intake(number, moment)
            writer.finish(session)
    # Patients beyond those the visits brought in are registered today, without a visit.
    opened = datetime.combine(today, datetime.min.time(), UTC)
    for count in _chunks(patients - writer.patients, BATCH):
        with database.writing() as session:
            writer.start(session)
            for _ in range(count):
                writer.add_patient(opened)
            writer.finish(session)
    summary = DemoSummary(
        writer.patients,
        intakes,
        writer.referrals,
        writer.follow_ups,
        writer.follow_ups_for_review,
        writer.closed_courses,
    )
    with database.writing() as session:
        counts = {
            "patients": summary.patients,
            "intakes": summary.intakes,
            "referrals": summary.referrals,
            "follow_ups": summary.follow_ups,
            "follow_ups_for_review": summary.follow_ups_for_review,
            "closed_courses": summary.closed_courses,
            "seed": seed,
        }
        audit.record(session, ACTOR, "demo_data.generated", detail=json.dumps(counts))
    log.info(
        "demo data: %d patients, %d intakes (%d with referral flags) and %d follow-ups in %.1f s",
        summary.patients,
        summary.intakes,
        summary.referrals,
        summary.follow_ups,
        time.perf_counter() - started,
    )
    return summary


def _chunks(total: int, size: int) -> Iterator[int]:
    for start in range(0, total, size):
        yield min(size, total - start)


def _working_days(today: date) -> list[date]:
    """Monday to Saturday, over the last three years up to and including `today`."""
    first = today - timedelta(days=round(365.25 * YEARS_OF_VISITS))
    days = (first + timedelta(days=offset) for offset in range((today - first).days + 1))
    return [day for day in days if day.weekday() != _SUNDAY]


class _Plan:
    """Which patient comes to which visit, visit after visit in time order.

    A visit brings a new patient with the probability that leaves exactly enough visits
    for the patients still to come, so every patient is seen when intakes >= patients.
    Returning patients are mostly recent ones (follow-ups), sometimes anyone seen before.
    """

    def __init__(self, random: Random, patients: int, intakes: int, days: list[date]) -> None:
        self._random = random
        self._patients = patients
        self._intakes = intakes
        self._days = days
        self._visit = 0
        self._seen = 0

    def next_visit(self) -> tuple[int, datetime]:
        """The patient's number (0 for the run's first patient) and the visit's moment."""
        random, visit, seen = self._random, self._visit, self._seen
        remaining = self._intakes - visit
        unseen = self._patients - seen
        if seen == 0 or (unseen and random.random() * remaining < unseen):
            number = seen
            self._seen += 1
        elif random.random() < 0.6:
            number = seen - 1 - int(random.random() * min(seen, 200))
        else:
            number = int(random.random() * seen)
        self._visit += 1
        position = visit * len(self._days) / self._intakes
        day = self._days[int(position)]
        minute = _OPENS_AT_MINUTE + int((position % 1) * _OPEN_MINUTES)
        moment = datetime(day.year, day.month, day.day, minute // 60, minute % 60, tzinfo=UTC)
        return number, moment


class _Writer:
    """Builds one batch's rows, then writes them with one INSERT per table."""

    def __init__(
        self, database: Database, settings: RuleSettings, random: Random, seed: int, today: date
    ):
        self.random = random
        self.patients = 0  # patients added so far; the next one's number
        self.referrals = 0
        self.follow_ups = 0
        self.follow_ups_for_review = 0
        self.closed_courses = 0
        self._today = today
        self._database = database
        self._settings = settings
        self._settings_json = json.dumps(settings.to_json())
        self._seed = seed
        self._patient_ids = array("q")  # the id given to each patient number
        # Patient numbers count on from the ids already in use, so a second run with the
        # same seed adds other people rather than namesakes of the first run's.
        self._first_number: int | None = None
        self._next = dict.fromkeys((table.name for table in _TABLES), 1)
        self._rows: dict[str, list[dict[str, Any]]] = {}
        self._evidence: dict[tuple[str, ...], str] = {}

    def start(self, session: Session) -> None:
        """Begin a batch: ids continue after the highest in use, whoever added it."""
        for table in _TABLES:
            highest = session.scalar(select(func.max(table.c.id))) or 0
            self._next[table.name] = max(self._next[table.name], highest + 1)
        if self._first_number is None:
            self._first_number = self._next["patients"] - 1
        self._rows = {name: [] for name in self._next}

    def finish(self, session: Session) -> None:
        """Insert the batch's rows, parents first, and keep PostgreSQL's sequences ahead."""
        for table in _TABLES:
            rows = self._rows[table.name]
            if not rows:
                continue
            session.execute(insert(table), rows)
            if not self._database.is_sqlite:
                session.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"(SELECT MAX(id) FROM {table.name}))"
                    )
                )
        self._rows = {}

    def add_patient(self, moment: datetime, identity: _Identity | None = None) -> int:
        """Register the next patient, first seen at `moment`; returns their id."""
        patient_id = self._take("patients")
        identity = identity or self._identity(self.patients)
        self._patient_ids.append(patient_id)
        self.patients += 1
        self._rows["patients"].append(
            {
                "id": patient_id,
                "clinic_number": _clinic_number(patient_id),
                "first_name": identity.first_name,
                "last_name": identity.last_name,
                "first_key": _FIRST_KEYS[identity.first_name],
                "last_key": _LAST_KEYS[identity.last_name],
                "date_of_birth": identity.date_of_birth,
                "sex": identity.sex,
                "phone": identity.phone,
                "email": identity.email,
                "version": 1,
                "created_at": moment,
                "updated_at": moment,
                "updated_by": ACTOR,
            }
        )
        return patient_id

    def add_intake(self, number: int, moment: datetime) -> None:
        """One visit of patient `number`: the document, its assessment and its flags, then
        the course it starts with that course's follow-up visits."""
        identity = self._identity(number)
        if number == self.patients:
            patient_id = self.add_patient(moment, identity)
        else:
            patient_id = self._patient_ids[number]
        document = _document(self.random, identity, _clinic_number(patient_id), moment.date())
        intake_id = self._take("intakes")
        # The course's own generator: the intakes do not depend on their follow-ups.
        story = course_story(Random(f"{self._seed}:{intake_id}"), document, self._today)
        if story.baseline is not None:
            document["measures"] = story.baseline
        intake = parse_intake(document)
        assessment = assess(intake, self._settings)
        referral = any(flag.kind == "referral" for flag in assessment.flags)
        urgency = assessment.highest_urgency
        self._rows["intakes"].append(
            {
                "id": intake_id,
                "patient_id": patient_id,
                "visit_date": moment.date(),
                "status": "submitted",
                "document": dump_document(document),
                "highest_urgency": urgency,
                "urgency_rank": URGENCY_RANK.get(urgency or "", NO_URGENCY_RANK),
                "review_status": "unreviewed" if referral else "none",
                "version": 1,
                "created_at": moment,
                "created_by": ACTOR,
                "updated_at": moment,
                "updated_by": ACTOR,
                "submitted_at": moment,
            }
        )
        course_id = self._take("courses")
        course: dict[str, Any] = {
            "id": course_id,
            "patient_id": patient_id,
            "intake_id": intake_id,
            "started_on": moment.date(),
            "status": "open",
            "closed_at": None,  # every row of one INSERT names the same columns
            "closed_by": None,
            "close_reason": "",
            "version": 1,
            "created_at": moment,
        }
        self._rows["courses"].append(course)
        self._add_assessment(intake_id, None, assessment, moment)
        self.referrals += referral

        earlier: list[FollowUp] = []
        stage: int | None = None  # the stored stage of the latest visit that had one
        for stored in story.follow_ups:
            follow_up = parse_follow_up(stored)
            assessed, plan = assess_visit(
                intake, earlier, follow_up, self._settings, earlier_stage=stage
            )
            at = datetime.combine(follow_up.visit_date, moment.timetz())
            followup_id = self._take("followups")
            self._rows["followups"].append(
                {
                    "id": followup_id,
                    "course_id": course_id,
                    "document": dump_document(stored),
                    **submitted_columns(follow_up, assessed, plan),
                    "version": 1,
                    "created_at": at,
                    "created_by": ACTOR,
                    "updated_at": at,
                    "updated_by": ACTOR,
                    "submitted_at": at,
                }
            )
            self._add_assessment(intake_id, followup_id, assessed, at)
            earlier.append(follow_up)
            stage = plan.stage if plan.stage is not None else stage
            self.follow_ups += 1
            self.follow_ups_for_review += assessed.referral_recommended
        if story.close_reason is not None and earlier:
            course["status"] = "closed"
            course["closed_at"] = datetime.combine(earlier[-1].visit_date, moment.timetz())
            course["closed_by"] = ACTOR
            course["close_reason"] = story.close_reason
            course["version"] = 2
            self.closed_courses += 1

    def _add_assessment(
        self,
        intake_id: int,
        followup_id: int | None,
        assessment: RulesAssessment,
        moment: datetime,
    ) -> None:
        """The assessment and flag rows, as intakes.store_assessment writes them."""
        assessment_id = self._take("assessments")
        self._rows["assessments"].append(
            {
                "id": assessment_id,
                "intake_id": intake_id,
                "followup_id": followup_id,
                "rules_version": assessment.rules_version,
                "settings": self._settings_json,
                "referral_recommended": assessment.referral_recommended,
                "highest_urgency": assessment.highest_urgency,
                "assessed_at": moment,
            }
        )
        self._rows["flags"].extend(
            {
                "id": self._take("flags"),
                "assessment_id": assessment_id,
                "position": position,
                "code": flag.code,
                "kind": flag.kind,
                "urgency": flag.urgency,
                "title": flag.title,
                "action": flag.action,
                "source": flag.source,
                "evidence": self._evidence_json(flag.evidence),
                "clinician_only": flag.clinician_only,
            }
            for position, flag in enumerate(assessment.flags)
        )

    def _identity(self, number: int) -> _Identity:
        return _identity(self._seed, (self._first_number or 0) + number)

    def _evidence_json(self, evidence: tuple[str, ...]) -> str:
        """The evidence as submit_in stores it; most of it recurs, so it is encoded once."""
        stored = self._evidence.get(evidence)
        if stored is None:
            stored = json.dumps(list(evidence), ensure_ascii=True)
            if len(self._evidence) < _EVIDENCE_CACHE:
                self._evidence[evidence] = stored
        return stored

    def _take(self, table: str) -> int:
        taken = self._next[table]
        self._next[table] = taken + 1
        return taken


def _clinic_number(patient_id: int) -> str:
    return f"P-{patient_id:06d}"


def _identity(seed: int, number: int) -> _Identity:
    """Patient `number`'s made-up details, the same every time they are asked for.

    Drawn from a hash of the seed and the number rather than from the shared generator,
    so nothing about earlier patients has to be remembered to describe them again.
    """
    digest = hashlib.blake2b(f"{seed}:{number}".encode(), digest_size=16).digest()
    bits = int.from_bytes(digest, "little")
    bits, roll = divmod(bits, 100)
    sex = (
        "female" if roll < 48 else "male" if roll < 96 else "other" if roll < 98 else "unspecified"
    )
    names = MALE_NAMES if sex == "male" or (sex != "female" and roll % 2) else FEMALE_NAMES
    bits, first = divmod(bits, len(names))
    bits, last = divmod(bits, 1 << 20)
    last_name = LAST_NAMES[bisect(_LAST_WEIGHTS, last / (1 << 20) * _LAST_WEIGHTS[-1])]
    bits, early = divmod(bits, _BORN_DAYS)
    bits, late = divmod(bits, _BORN_DAYS)
    born = date.fromordinal(_BORN_FROM + (early + late) // 2)  # most runners are mid-life
    bits, phone = divmod(bits, 100)
    first_name = names[first]
    email = None
    if bits % 3 == 0:
        local = f"{_FIRST_KEYS[first_name]}.{_LAST_KEYS[last_name]}{phone}"
        email = local.encode("ascii", "ignore").decode().replace(" ", "").replace("'", "")
        email += "@example.org"
    return _Identity(first_name, last_name, born, sex, f"555-01{phone:02d}", email)


def _document(
    random: Random, patient: _Identity, clinic_number: str, visit: date
) -> dict[str, Any]:
    """One intake document as the desk would submit it for this patient and visit.

    Optional answers are left out when the form would leave them at their defaults, as
    an imported document may; every value is within the format's ranges.
    """
    chance = random.random
    kind = _PRESENTATIONS[bisect(_PRESENTATION_WEIGHTS, chance() * _PRESENTATION_WEIGHTS[-1])]
    km = chance() >= 0.15
    usual = 10 + chance() * 60 if km else 6 + chance() * 37
    roll = chance()
    if roll < kind.more_distance * 0.5:
        factor = 1.1 + chance() * 0.5  # built up too fast
    elif roll < 0.85:
        factor = 0.8 + chance() * 0.3
    else:
        factor = 0.2 + chance() * 0.6  # cut back because of the pain
    weekly = round(usual * factor) if chance() < 0.7 else round(usual * factor, 1)
    running: dict[str, Any] = {
        "distance_unit": "km" if km else "mi",
        "weekly_distance": weekly,
    }
    if chance() < 0.85:
        running["previous_weekly_distance"] = round(usual)
    if chance() < 0.8:
        running["years_running"] = int(chance() * 25) + 1
    changes = ["distance"] if factor > 1.1 and chance() < 0.7 else []
    changes += [change for change, rate in _CHANGES if chance() < rate]
    running["recent_changes"] = changes
    running["surfaces"] = [surface for surface, rate in _SURFACES if chance() < rate] or ["road"]
    if chance() < 0.75:
        running["shoe_distance"] = int(chance() * (1000 if km else 620))
    if chance() < 0.8:
        running["shoe_pairs_in_rotation"] = 1 + int(chance() * chance() * 4)
    for name, rate in (
        ("shoe_fit_problems", 0.06),
        ("shoe_cushioning_worn", 0.1),
        ("uses_orthotics", 0.1),
        ("cross_training", 0.4),
    ):
        if chance() < rate:
            running[name] = True
    if chance() < 0.6:
        running["stretches_after_running"] = chance() < 0.6

    locations = [kind.regions[0]]
    locations += [region for region in kind.extra_regions if chance() < 0.25]
    pain_now = kind.pain[0] + int(chance() * (kind.pain[1] - kind.pain[0] + 1))
    characters = [character for character in kind.characters if chance() < 0.5]
    if chance() < kind.sharp:
        characters.append("sharp" if chance() < 0.7 else "stabbing")
    side = chance()
    symptoms: dict[str, Any] = {
        "side": "left" if side < 0.45 else "right" if side < 0.9 else "both",
        "locations": locations,
    }
    days = kind.onset_days[0] + int(chance() * (kind.onset_days[1] - kind.onset_days[0] + 1))
    if chance() < 0.9:
        symptoms["onset_date"] = (visit - timedelta(days=days)).isoformat()
    symptoms["pain_now"] = pain_now
    if chance() < 0.8:
        symptoms["pain_worst"] = min(10, pain_now + int(chance() * 4))
    symptoms["pain_character"] = characters
    for name, rate in (
        ("pain_localized", 0.3),
        ("bone_point_tenderness", kind.tender),
        ("numbness_or_tingling", kind.numb),
    ):
        if chance() < rate:
            symptoms[name] = True
    roll = chance()
    if roll < kind.swelling[1]:
        symptoms["swelling"] = "significant"
    elif roll < kind.swelling[0] + kind.swelling[1]:
        symptoms["swelling"] = "mild"
    fever = chance() < 0.004
    for name, rate in (("redness", 0.6 if fever else 0.01), ("warmth", 0.6 if fever else 0.03)):
        if chance() < rate:
            symptoms[name] = True
    if fever:
        symptoms["fever"] = True
    roll = chance()
    unable, difficult = kind.walking[1], kind.walking[0] + kind.walking[1]
    if roll < unable:
        symptoms["weight_bearing"] = "unable"
    elif roll < difficult:
        symptoms["weight_bearing"] = "difficult"
    elif roll < difficult + 0.15:
        symptoms["weight_bearing"] = "painful"
    for name, rate in (
        ("worse_with_activity", kind.worse_with_activity),
        ("night_pain", kind.night_pain),
        ("first_step_morning_pain", kind.morning_pain),
    ):
        if chance() < rate:
            symptoms[name] = True
    if chance() < 0.5:
        symptoms["self_care_days"] = int(chance() * min(days, 60))
    roll = chance()
    if roll < kind.not_improving:
        symptoms["improving"] = False if roll < kind.not_improving * 0.6 else None
    elif roll < 0.97:
        symptoms["improving"] = True
    roll = chance()
    for injury, rate in kind.injuries:
        if roll < rate:
            symptoms["injury"] = injury
            break
        roll -= rate

    history: dict[str, Any] = {}
    female = patient.sex == "female"
    for name, rate in (
        ("previous_stress_fracture", 0.04),
        ("diabetes", 0.03),
        ("peripheral_neuropathy", 0.01),
        ("low_bone_density", 0.03),
        ("irregular_periods", 0.05 if female else 0.0),
        ("restricted_eating", 0.03),
    ):
        if chance() < rate:
            history[name] = True
    history["medications"] = _MEDICATIONS[int(chance() * len(_MEDICATIONS))]
    history["allergies"] = _ALLERGIES[int(chance() * len(_ALLERGIES))]
    return {
        "format": "clinic-intake/1",
        "patient": {
            "first_name": patient.first_name,
            "last_name": patient.last_name,
            "date_of_birth": patient.date_of_birth.isoformat(),
            "sex": patient.sex,
            "phone": patient.phone,
            "email": patient.email,
            "clinic_number": clinic_number,
        },
        "visit_date": visit.isoformat(),
        "running": running,
        "symptoms": symptoms,
        "history": history,
        "notes": _NOTES[int(chance() * len(_NOTES))],
    }
