"""The content of every language, with the fallback chain that keeps a kiosk showing something true.

One loader for the kiosk, ``--self-test`` and ``--version``: a language's content comes from IT's
content folder if it validates, else from the bundled content, else (English only) from the short
built-in notice. Only the starting language is read before the first frame; the others are read
on first use (the kiosk reads them just after its first frame, so a switch never waits).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from kiosk.content.cache import load_cached
from kiosk.content.languages import discover_languages
from kiosk.content.model import Content
from kiosk.content.review import review_warning
from kiosk.content.schema import COMPARE_FILE, DEFAULT_EMERGENCY_NUMBER, ContentError, ContentProblem
from kiosk.files.resources import content_root
from kiosk.session.choices import BUILT_IN_LANGUAGE, SOURCE_LANGUAGE, Language

log = logging.getLogger(__name__)


class ContentLibrary:
    def __init__(
        self,
        custom_root: Path | None = None,
        bundled_root: Path | None = None,
        emergency_number: str = DEFAULT_EMERGENCY_NUMBER,
    ) -> None:
        self.custom_root = custom_root
        self.bundled_root = bundled_root or content_root()
        #: The clinic's emergency number, written into the safety text where it says {emergency_number}.
        self.emergency_number = emergency_number
        if custom_root and not custom_root.is_dir():
            log.error("content folder %s does not exist; showing the bundled content", custom_root)
        #: Languages with a content folder, English first (it is the fallback of last resort).
        self.languages: tuple[Language, ...] = discover_languages(custom_root, self.bundled_root) or (
            BUILT_IN_LANGUAGE,
        )
        self.problems: list[ContentProblem] = []
        self._loaded: dict[Language, Content | None] = {}

    @classmethod
    def of(cls, contents: dict[Language, Content]) -> ContentLibrary:
        """A library of content already in memory (tests, the self-test's own folder)."""
        library = cls()
        library.languages = tuple(contents)
        library._loaded = dict(contents)
        return library

    def folders(self, language: Language) -> list[Path]:
        """Where to look, best first: IT's content folder, then the content bundled with the app."""
        folders = [self.custom_root / language.code] if self.custom_root else []
        folders.append(self.bundled_root / language.code)
        return [f for f in folders if f.is_dir()]

    def content(self, language: Language) -> Content | None:
        """That language's content, read on first use; None when no folder of it validates
        (then the language is not offered; English always has at least the built-in notice)."""
        if language not in self._loaded:
            self._loaded[language] = self._load(language)
        return self._loaded[language]

    def load_all(self) -> None:
        for language in self.languages:
            self.content(language)

    def loaded(self) -> dict[Language, Content]:
        """The languages read so far whose content is shown (monitoring reads their versions)."""
        return {lang: content for lang, content in self._loaded.items() if content is not None}

    def origin(self, content: Content) -> str:
        """Where shown content came from, in one word: IT's ``folder``, ``bundled`` or ``built-in``."""
        if content.source == "built-in":
            return "built-in"
        if self.custom_root and Path(content.source).is_relative_to(self.custom_root):
            return "folder"
        return "bundled"

    def language(self, code: str) -> Language | None:
        return next((lang for lang in self.languages if lang.code == code), None)

    def offered(self) -> tuple[Language, ...]:
        """Languages a patient can choose: those not yet read, and those that read well."""
        return tuple(lang for lang in self.languages if self._loaded.get(lang, True) is not None)

    def _load(self, language: Language) -> Content | None:
        content, problems = load_cached(
            language.code, self.folders(language), self.emergency_number, load_with_fallback
        )
        self.problems += problems
        if content.source == "built-in" and language.code != SOURCE_LANGUAGE:
            log.error("no valid %s content: that language is not offered", language.code)
            return None
        if content.source != "built-in":
            for warning in (
                review_warning(content.site.review, language.code, date.today()),
                comparison_warning(content),
            ):
                if warning:
                    log.warning("%s", warning)
        english = next((c for lang, c in self._loaded.items() if lang.code == SOURCE_LANGUAGE), None)
        if language.code != SOURCE_LANGUAGE and english is not None and english.source != "built-in":
            from kiosk.content.checks import parity_problems  # after the first frame: not for the start

            for problem in parity_problems(english, content):
                log.error("content differs between languages: %s", problem)
        return content


def comparison_warning(content: Content) -> str:
    """Why a patient is offered no "Compare the two" with this content ("" when they are)."""
    if content.compare.rows or content.source == "built-in":
        return ""
    return f'{content.source}: no {COMPARE_FILE}, so "Compare the two" is not offered with this content'


def load_with_fallback(
    folders: Iterable[Path], emergency_number: str = DEFAULT_EMERGENCY_NUMBER
) -> tuple[Content, list[ContentProblem]]:
    """First folder that validates wins; each one that does not is logged with all its problems.
    Ends with content built into the code, so a kiosk always has something true to show."""
    # The reader and the built-in notice are imported only when content is read, not from the cache.
    from kiosk.content.builtin import builtin_content
    from kiosk.content.reader import load_content

    problems: list[ContentProblem] = []
    for folder in folders:
        try:
            return load_content(folder, emergency_number=emergency_number), problems
        except ContentError as exc:
            problems.extend(exc.problems)
            log.error("content in %s has %d problem(s); trying the next source", folder, len(exc.problems))
            for problem in exc.problems:
                log.error("content problem: %s/%s", folder, problem)
        except Exception as exc:  # a checker's bug on strange content must not skip the fallback
            log.exception("content in %s could not be checked; trying the next source", folder)
            problems.append(ContentProblem(str(folder), "", f"could not be checked ({type(exc).__name__}: {exc})"))
    log.error("no valid content folder; showing the built-in minimal content")
    return builtin_content(), problems
