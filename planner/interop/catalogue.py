"""The translation catalogues read without Qt, for the command line.

The window loads the compiled catalogue (``.qm``) with Qt's translator; the command line,
which knows no Qt, reads the kept catalogue (``resources/translations/care-planner_<lang>.ts``,
the file ``pyside6-lupdate`` maintains) for the same translations.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from planner import resource_folder

FOLDER = resource_folder() / "translations"
LANGUAGES = ("en", "de")
"""The languages Care Planner speaks; English is the source text and needs no catalogue."""


def catalogue_path(language: str, suffix: str = ".ts") -> Path:
    return FOLDER / f"care-planner_{language}{suffix}"


@cache
def catalogue(language: str) -> dict[tuple[str, str], tuple[str, ...]]:
    """(context, English) -> the finished translation's forms, for ``language``.

    Empty for English, for a language without a catalogue and for an unreadable file:
    the reader then sees English, never an error."""
    path = catalogue_path(language)
    if language == "en" or not path.is_file():
        return {}
    import xml.etree.ElementTree as ET

    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}
    found: dict[tuple[str, str], tuple[str, ...]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if source is None or translation is None or translation.get("type"):
                continue  # unfinished, obsolete or vanished: English is shown
            forms = [form.text or "" for form in translation.iter("numerusform")]
            found[(name, source)] = tuple(forms) if forms else (translation.text or "",)
    return found


def lookup_in(language: str, context: str, text: str, n: int) -> str:
    """``text``'s translation into ``language`` (the plural form for ``n``), else ``text``."""
    forms = catalogue(language).get((context, text))
    if not forms:
        return text
    if len(forms) > 1 and n >= 0:
        # German and English: the first form for one, the second for any other count.
        return forms[0] if n == 1 else forms[1]
    return forms[0]
