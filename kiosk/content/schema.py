"""The content schema: which files a language folder holds, how long each kind of text may be,
and the problems a check reports.

Content is data written by people who are not programmers, so nothing here stops at the first
mistake: every problem carries its file and key path, the validator prints them all, and the
running kiosk falls back to content that is known to be good.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.session.navigation import Screen

#: One file per screen; the file name is the screen id, so there is nothing to keep in sync.
PAGE_FILES: dict[Screen, str] = {
    Screen.OVERVIEW: "overview.toml",
    Screen.NEUROSTIMULATORS: "neurostimulators.toml",
    Screen.DRUG_PUMPS: "drug_pumps.toml",
}
FAQ_FILE = "faq.toml"
REFERENCES_FILE = "references.toml"
SITE_FILE = "site.toml"
GLOSSARY_FILE = "glossary.toml"
#: The two therapies side by side, row by row ("Compare the two").
COMPARE_FILE = "compare.toml"
ALL_FILES = (SITE_FILE, *PAGE_FILES.values(), FAQ_FILE, REFERENCES_FILE, GLOSSARY_FILE, COMPARE_FILE)
#: A content root holds one folder per language and this one, for the illustrations.
IMAGES_FOLDER = "images"

#: The scenes each therapy's "How it works" animation can draw (ui/qml/Kiosk/StimulatorMotion.qml,
#: PumpMotion.qml); a ``[[how_it_works.steps]]`` entry names one and gives its caption.
MOTION_SCENES: dict[Screen, tuple[str, ...]] = {
    Screen.NEUROSTIMULATORS: ("pain-signal", "pulses", "signal-changed", "relief"),
    Screen.DRUG_PUMPS: ("pump-to-fluid", "pill", "small-dose"),
}
HOW_IT_WORKS = "how_it_works"

#: Medical text says "call {emergency_number}" and the loader puts the clinic's number in
#: (clinic.toml or kiosk.toml ``emergency_number``), so a clinic abroad never edits safety text.
EMERGENCY_NUMBER_TOKEN = "{emergency_number}"
DEFAULT_EMERGENCY_NUMBER = "911"

#: The longest plain text (markup removed, number filled in) each kind of field may hold. A
#: runaway paste is an error naming its file and key, never a screen that takes seconds to lay out;
#: the limits leave about half again the room the longest bundled text of each kind needs.
MAX_CHARS: dict[str, int] = {
    "id": 60,
    "language": 10,
    "content_version": 40,
    "app_title": 80,
    "disclaimer_short": 100,
    "disclaimer": 500,
    "reviewed_by": 120,
    "title": 60,
    "short_title": 20,
    "subtitle": 120,
    "heading": 80,
    "chip": 30,
    "paragraph": 600,
    "bullet": 320,
    "alt": 300,
    "image": 120,
    "topic": 30,
    "question": 160,
    "answer": 500,
    "term": 40,
    "definition": 300,
    "authors": 300,
    "ref_title": 300,
    "journal": 120,
    "volume": 20,
    "pages": 30,
    "doi": 100,
    "what_it_found": 400,
    "funded_by": 240,
    "caption": 220,
    "motion_description": 300,
    "column": 30,
    "row_heading": 60,
    "cell": 360,
}


@dataclass(frozen=True)
class ContentProblem:
    file: str
    location: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.location}" if self.location else self.file
        return f"{where}: {self.message}"


class ContentError(Exception):
    def __init__(self, problems: list[ContentProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
