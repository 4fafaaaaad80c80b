"""What the kiosk says: the content of each language, from its TOML files to what Listen reads.

``schema`` (files, field limits, problems), ``model`` (frozen dataclasses), ``reader`` (TOML into the
model), ``checks`` (citations, terms, translations), ``builtin`` (the content of last resort),
``languages`` (which languages there are: one folder each, described by its language.toml),
``library`` (the content in use per language and its fallback chain), ``cache`` (validated content
kept between starts), ``markup`` (citations and
glossary words in the text), ``review`` (the clinical review record), ``review_sheet`` (the printable
page a clinician signs), ``read_aloud`` and ``take_home`` (texts for Listen and the QR codes),
``readability`` and ``validate`` (``--validate-content``), ``test_languages`` (two test languages
made from the English text, for tests and screenshots).

May import ``kiosk.session`` (the screens and languages content is written for) and ``kiosk.files``.
"""
