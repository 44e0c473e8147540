"""The information topics: Markdown files in ``resources/info/``, found and searched."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from planner.ui.areas import AREAS
from planner.ui.resources import resource_folder


@dataclass(frozen=True)
class Topic:
    name: str
    title: str
    text: str
    """Markdown; for a missing or unreadable topic, a short message saying so."""
    readable: bool = True


def folder() -> Path:
    return resource_folder() / "info"


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
        found = {path.stem for path in folder().glob("*.md")}
    except OSError:
        return []
    areas = [entry.topic for entry in AREAS]
    order = {name: n for n, name in enumerate((*BACKGROUND, *areas))}
    return sorted(found, key=lambda name: (order.get(name, len(order)), name))


def is_background(name: str) -> bool:
    return name in BACKGROUND


def load(name: str) -> Topic:
    """The topic ``name``; a missing or broken file gives a topic that says so."""
    path = folder() / f"{name}.md"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return _problem(name, f"There is no topic called “{name}”.")
    except (OSError, UnicodeDecodeError):
        return _problem(name, f"The topic “{name}” could not be read.")
    first = text.lstrip().splitlines()[0] if text.strip() else ""
    title = first.lstrip("#").strip() if first.startswith("#") else name.replace("-", " ")
    return Topic(name, title, text)


def _problem(name: str, message: str) -> Topic:
    text = f"# {message}\n\nThe rest of Care Planner works as usual; choose another topic."
    return Topic(name, message, text, readable=False)


def search(query: str) -> list[Topic]:
    """Topics holding every word of ``query`` (in any case), best (title) matches first."""
    words = query.casefold().split()
    if not words:
        return []
    found = [topic for topic in map(load, names()) if topic.readable]
    hits = [t for t in found if all(word in t.text.casefold() for word in words)]
    return sorted(hits, key=lambda t: (not all(w in t.title.casefold() for w in words), t.title))
