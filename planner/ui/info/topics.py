"""The information topics: Markdown files in ``resources/info/``, found and searched.

A translated topic lives in ``resources/info/<language>/`` under the English file's name; the
window's language is that of the default QLocale. A topic not yet written in that language is
read in English."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from planner.ui.areas import AREAS
from planner.ui.labels import language, translate
from planner.ui.resources import resource_folder


@dataclass(frozen=True)
class Topic:
    name: str
    title: str
    text: str
    """Markdown; for a missing or unreadable topic, a short message saying so."""
    readable: bool = True


def folder(language: str | None = None) -> Path:
    """The topics in ``language`` (two letters; the window's language when None):
    ``resources/info/<language>/`` when it exists, else ``resources/info/`` (English)."""
    english = resource_folder() / "info"
    code = window_language() if language is None else language
    translated = english / code
    if code.isascii() and code.isalpha() and translated.is_dir():
        return translated
    return english


def window_language() -> str:
    """The language the window speaks (planner.ui.labels.language), e.g. "de" for de_DE."""
    return language()


def _folders() -> tuple[Path, ...]:
    """Where a topic is looked for, first choice first: the window's language, then English."""
    here = folder()
    english = resource_folder() / "info"
    return (here, english) if here.parent == english else (here,)


BACKGROUND = (
    "salvage-therapy",
    "conditions",
    "forms-of-treatment",
    "side-effects",
    "fever-and-infection",
    "anti-nausea-medicines",
    "taking-medicines-on-time",
    "emergency-visit",
    "coping",
    "support-and-palliative-care",
    "outlook",
    "questions-for-the-doctor",
)
"""The topics about the treatment, in the order a newcomer would read them; the topics of the
planner's areas (named after each area) follow in the order of the areas."""


def names() -> list[str]:
    """Every topic there is, in reading order (see :data:`BACKGROUND`); a topic file the
    order does not know comes last."""
    try:
        found = {path.stem for place in _folders() for path in place.glob("*.md")}
    except OSError:
        return []
    areas = [entry.topic for entry in AREAS]
    order = {name: n for n, name in enumerate((*BACKGROUND, *areas))}
    return sorted(found, key=lambda name: (order.get(name, len(order)), name))


def is_background(name: str) -> bool:
    return name in BACKGROUND


def load(name: str) -> Topic:
    """The topic ``name`` in the window's language (else in English); a missing or broken
    file gives a topic that says so."""
    paths = [place / f"{name}.md" for place in _folders()]
    path = next((path for path in paths if path.is_file()), paths[0])
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return _problem(name, translate("Information", "There is no topic called “{name}”."))
    except (OSError, UnicodeDecodeError):
        return _problem(name, translate("Information", "The topic “{name}” could not be read."))
    first = text.lstrip().splitlines()[0] if text.strip() else ""
    title = first.lstrip("#").strip() if first.startswith("#") else name.replace("-", " ")
    return Topic(name, title, text)


def _problem(name: str, template: str) -> Topic:
    message = template.format(name=name)
    rest = translate(
        "Information", "The rest of Care Planner works as usual; choose another topic."
    )
    text = f"# {message}\n\n{rest}"
    return Topic(name, message, text, readable=False)


def search(query: str) -> list[Topic]:
    """Topics holding every word of ``query`` (in any case), best (title) matches first."""
    words = query.casefold().split()
    if not words:
        return []
    found = [topic for topic in map(load, names()) if topic.readable]
    hits = [t for t in found if all(word in t.text.casefold() for word in words)]
    return sorted(hits, key=lambda t: (not all(w in t.title.casefold() for w in words), t.title))
