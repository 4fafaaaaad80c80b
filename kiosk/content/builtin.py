"""The content of last resort, built into the code: when every content folder is broken, a
kiosk still shows something short and true that points the patient to the staff."""

from __future__ import annotations

from kiosk.content.model import Content, Faq, FaqItem, FaqTopic, Illustration, Page, References, Section, Site
from kiosk.session.choices import SOURCE_LANGUAGE
from kiosk.session.navigation import Screen


def builtin_content() -> Content:
    """Last resort when every content folder is broken: short, true, and points to the staff."""
    ill = Illustration("overview.svg", "Two people talking")
    note = (
        "Some of the information on this screen could not be loaded. "
        "Please ask the front desk for help, and talk with your doctor about your pain treatment options."
    )
    section = Section("help", "Information is not available right now", (note,))
    pages = {
        screen: Page(screen, title, title, "Talk with your doctor", ill, (section,))
        for screen, title in (
            (Screen.OVERVIEW, "Overview"),
            (Screen.NEUROSTIMULATORS, "Neurostimulators"),
            (Screen.DRUG_PUMPS, "Drug pumps"),
        )
    }
    return Content(
        site=Site(
            SOURCE_LANGUAGE,
            "built-in",
            "Treatment options for chronic pain",
            "This does not replace talking with your doctor.",
            note,
        ),
        pages=pages,
        faq=Faq(
            "Questions and answers",
            "Questions",
            "Ask your doctor",
            ill,
            (FaqItem("help", "Where can I learn more?", note, "help"),),
            (FaqTopic("help", "Getting help"),),
        ),
        references=References("References", "", ()),
        source="built-in",
    )
