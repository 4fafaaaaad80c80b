"""The clinical review record each language's content carries, and whether its review is overdue.

Medical text on a waiting-room screen is only as safe as its last review by a clinician, so every
``site.toml`` says who reviewed it, when, and when the next review is due. Content that nobody has
reviewed says so (an empty ``reviewed_by``) instead of pretending; both that and a passed due date
are warnings for IT and the staff, never a reason to stop showing the content.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

#: What staff and the review sheet read when ``reviewed_by`` is empty.
NOT_REVIEWED = "not yet reviewed by a clinician"


@dataclass(frozen=True)
class ReviewRecord:
    reviewed_by: str = ""
    reviewed_on: date | None = None
    review_due: date | None = None

    @property
    def reviewed(self) -> bool:
        return bool(self.reviewed_by)

    def describe(self) -> str:
        """One line for the staff panel, the log and the review sheet."""
        due = f"; next review due {self.review_due.isoformat()}" if self.review_due else ""
        if not self.reviewed:
            return f"{NOT_REVIEWED.capitalize()}{due}"
        on = f" on {self.reviewed_on.isoformat()}" if self.reviewed_on else ""
        return f"Reviewed by {self.reviewed_by}{on}{due}"


def review_overdue(record: ReviewRecord, today: date) -> bool:
    """True once ``review_due`` has passed (the due day itself is still in time)."""
    return record.review_due is not None and today > record.review_due


def review_warning(record: ReviewRecord, language: str, today: date) -> str | None:
    """The warning to log or print for this language's content, or None when its review is
    current. Content nobody has reviewed is reported too, since a clinic should not rely on it."""
    if review_overdue(record, today):
        assert record.review_due is not None
        who = f"last reviewed by {record.reviewed_by}" if record.reviewed else NOT_REVIEWED
        return f"{language}: clinical review is overdue (due {record.review_due.isoformat()}; {who})"
    if not record.reviewed:
        return f"{language}: content {NOT_REVIEWED}; have the clinic's clinician review it (--review-sheet)"
    return None
