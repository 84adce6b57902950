"""What a printed sheet or letter says, apart from how it is laid out.

The builders (`sheet.py`, `letter.py`) fill these plain records from an intake, its
assessment and the clinic's details; the renderer (`render.py`) only lays them out. Tests
can therefore check the wording without a PDF, and the PDF tests check that what was
said is what was printed.
"""

import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, get_args

if TYPE_CHECKING:  # the rules import pydantic, which the start-up path must not load
    from clinic_app.rules.model import Urgency

Paper = Literal["a4", "letter"]
PAPERS: tuple[Paper, ...] = get_args(Paper)
"""Every paper a sheet or letter is laid out for, read from the Literal: the one list that
the clinic's settings, the command line's --paper and the renderer's page sizes follow."""
PAPER_NAMES: dict[Paper, str] = {"a4": "A4", "letter": "Letter"}
"""Each paper as people name it: the settings page's choices, the command line's messages."""
if tuple(PAPER_NAMES) != PAPERS:
    raise AssertionError("PAPER_NAMES must name every paper of PAPERS, in its order")

DESTINATIONS = ("sports_medicine", "podiatrist", "gp", "emergency")
"""Where a clinician may refer: sports-medicine physician, podiatrist, GP, emergency."""
REFERRAL_URGENCIES = ("emergency", "urgent", "soon", "routine")
"""How soon a referral is, most urgent first: the rules' urgencies (rules-2027.md), then
routine, which only a clinician's decision gives. The decision dialog offers them in this
order and the letter words each one."""
EMERGENCY_DESTINATION = "emergency"
"""Where an emergency is referred unless the clinician chooses otherwise (rules-2027.md:
"destination emergency department by default")."""


def plain(text: str) -> str:
    """Text as it should be printed: composed (NFC), so "é" typed as e + accent prints as
    one letter in any font and is found by a search for "é"."""
    return unicodedata.normalize("NFC", text)


@dataclass(frozen=True)
class Letterhead:
    """The clinic's details from its settings; empty when no settings are at hand.

    `logo` is the clinic's picture as stored (PNG or JPEG bytes), or None. The renderer
    draws it when it can and leaves it out when it cannot: a damaged logo never stops a
    patient's sheet from printing.
    """

    name: str = ""
    address: str = ""
    phone: str = ""
    logo: bytes | None = field(default=None, repr=False)
    emergency_number: str = ""
    """Not printed in the letterhead itself: only in a care sheet's emergency box, which
    says "your local emergency number" when it is empty."""

    def printable(self) -> "Letterhead":
        """The same details as they should be printed (see `plain`)."""
        return Letterhead(
            plain(self.name),
            plain(self.address),
            plain(self.phone),
            self.logo,
            plain(self.emergency_number),
        )


@dataclass(frozen=True)
class Section:
    heading: str
    paragraphs: tuple[str, ...] = ()
    bullets: tuple[str, ...] = ()
    cautions: tuple[str, ...] = ()
    """Warnings that change the advice for this patient; printed in bold before the rest."""
    subheading: str = ""
    more_bullets: tuple[str, ...] = ()
    closing: tuple[str, ...] = ()

    def prose(self) -> tuple[str, ...]:
        return (
            *self.cautions,
            *self.paragraphs,
            *self.bullets,
            *self.more_bullets,
            *self.closing,
        )


@dataclass(frozen=True)
class ReferralBox:
    """A boxed notice: "see a clinician", present only when a referral flag fired, or
    "Get emergency care now", only when an emergency flag did (rule set 2027.1).

    The emergency box is printed above everything else, with `call` (the number to call)
    straight under its heading; it holds the emergency reasons only.
    """

    urgency: "Urgency"
    heading: str
    intro: str
    reasons: tuple[str, ...]
    rest: str
    call: str = ""
    """Only for an emergency: "Call 999 now, or go to the nearest emergency department."."""

    @property
    def emergency(self) -> bool:
        return self.urgency == "emergency"

    def prose(self) -> tuple[str, ...]:
        """The box's sentences in the order they are printed."""
        call = (self.call,) if self.call else ()
        return (self.heading + ".", *call, self.intro, *self.reasons, self.rest)


@dataclass(frozen=True)
class FootDrawing:
    side: str
    regions: tuple[str, ...]
    caption: str
    views: tuple[tuple[str, str], ...] = ()
    """(view name, label) in the sheet's language; a view left out keeps regions.json's."""


@dataclass(frozen=True)
class Footer:
    notice: str
    page_template: str
    """With {page} and {pages}: only the renderer knows how many pages there are."""
    printed: str
    rules: str


@dataclass(frozen=True)
class CareSheet:
    language: str
    letterhead: Letterhead
    title: str
    patient: str
    visit: str
    referral: ReferralBox | None
    where: Section
    drawing: FootDrawing
    relief: Section
    plan: Section
    help: Section
    footer: Footer
    emergency: ReferralBox | None = None
    """The "Get emergency care now" box; `referral` then holds the other reasons, if any."""

    def prose(self) -> tuple[str, ...]:
        """Every sentence written for the patient, in reading order (for reading-grade checks)."""
        return (
            *(self.emergency.prose() if self.emergency else ()),
            *(self.referral.prose() if self.referral else ()),
            *self.where.prose(),
            *self.relief.prose(),
            *self.plan.prose(),
            *self.help.prose(),
        )


@dataclass(frozen=True)
class LetterReason:
    title: str
    evidence: str
    source: str


@dataclass(frozen=True)
class ReferralLetter:
    language: str
    letterhead: Letterhead
    title: str
    date: str
    to: str
    patient_heading: str
    patient: tuple[str, ...]
    urgency_heading: str
    urgency: str
    reasons_heading: str
    reasons_intro: str
    reasons: tuple[LetterReason, ...]
    note: str
    details: tuple[Section, ...] = field(default=())
    closing: str = ""
    signed: str = ""
    signature: str = ""
    footer: Footer | None = None
    emergency: bool = False
    """The urgency is emergency: the renderer puts it, boxed, straight under the letterhead,
    where the receiving clinician reads it before anything else."""
