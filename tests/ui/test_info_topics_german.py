"""The information topics in German: one for every English topic, with the same links, read
when the window speaks German, and English for a topic not written in German yet."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from PySide6.QtCore import QLocale, QUrl
from pytestqt.qtbot import QtBot

from planner.domain.enums import Area
from planner.ui.info import topics
from planner.ui.info.links import ACTION_SCHEME, ACTIONS, TOPIC_SCHEME
from planner.ui.mainwindow import MainWindow

INFO = Path(__file__).resolve().parents[2] / "resources" / "info"
GERMAN = INFO / "de"
LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")
NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
DISCLAIMER = (
    "Dies ist eine Hilfe beim Planen, keine medizinische Beratung. Ihr Behandlungsteam entscheidet."
)


def english_names() -> list[str]:
    return sorted(path.stem for path in INFO.glob("*.md"))


def english(name: str) -> str:
    return (INFO / f"{name}.md").read_text(encoding="utf-8")


def german(name: str) -> str:
    return (GERMAN / f"{name}.md").read_text(encoding="utf-8")


def destinations(markdown: str) -> Counter[str]:
    """Where the links lead: a topic link as written; an action by its name, and whether it
    offers a question (the question itself is written in the topic's language)."""
    found: Counter[str] = Counter()
    for _, target in LINK.findall(markdown):
        parts = urlsplit(target)
        if parts.scheme == ACTION_SCHEME:
            offers = "text" in parse_qs(parts.query)
            found[f"{ACTION_SCHEME}:{parts.path}{' with a question' if offers else ''}"] += 1
        else:
            found[target] += 1
    return found


def questions_offered(markdown: str) -> list[str]:
    return [
        parse_qs(urlsplit(target).query)["text"][0]
        for _, target in LINK.findall(markdown)
        if target.startswith(f"{ACTION_SCHEME}:") and "text" in parse_qs(urlsplit(target).query)
    ]


def headings(markdown: str) -> list[int]:
    """The level of each heading, in order."""
    return [len(m[1]) for m in re.finditer(r"^(#+) ", markdown, re.MULTILINE)]


def numbers(markdown: str) -> set[str]:
    """The numbers a reader sees (not those inside link targets), with a decimal comma."""
    seen = LINK.sub(r"\1", markdown)
    return {number.replace(".", ",") for number in NUMBER.findall(seen)}


@pytest.fixture
def in_german() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def in_english() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


# ---------------------------------------------------------------- the German files


def test_there_are_english_topics_to_compare_with() -> None:
    assert len(english_names()) >= 20


@pytest.mark.parametrize("name", english_names())
def test_every_topic_is_written_in_german_with_the_same_links(name: str) -> None:
    assert (GERMAN / f"{name}.md").is_file(), f"no German {name}.md"
    assert destinations(german(name)) == destinations(english(name))
    for text, target in LINK.findall(german(name)):
        assert text.strip(), f"{name}: a link without text to {target}"
        parts = urlsplit(target)
        if parts.scheme == TOPIC_SCHEME:
            assert (GERMAN / f"{parts.path}.md").is_file(), f"{name}: no German {target}"
        else:
            assert parts.scheme == ACTION_SCHEME and parts.path in ACTIONS, target


@pytest.mark.parametrize("name", english_names())
def test_a_german_topic_keeps_the_shape_and_the_numbers(name: str) -> None:
    text = german(name)
    assert text.startswith("# ") and text.splitlines()[0][2:].strip()
    assert headings(text) == headings(english(name))
    paragraphs = re.split(r"\n\s*\n", text.strip())
    assert paragraphs[-1] == DISCLAIMER and text.endswith(DISCLAIMER + "\n")
    if re.split(r"\n\s*\n", english(name).strip())[-2].startswith("More: "):
        assert paragraphs[-2].startswith("Mehr dazu: ")
    assert numbers(text) == numbers(english(name)), "a number was changed, dropped or added"


@pytest.mark.parametrize("name", english_names())
def test_a_german_topic_offers_its_questions_in_german(name: str) -> None:
    offered = questions_offered(german(name))
    assert len(offered) == len(questions_offered(english(name)))
    assert not set(offered) & set(questions_offered(english(name)))
    assert all(question.endswith("?") for question in offered)


def test_the_starter_questions_add_what_they_say() -> None:
    found = 0
    for line in german("questions-for-the-doctor").splitlines():
        match = re.fullmatch(r"- (.+\?) \[Als Frage notieren\]\((action:add-question\?.+)\)", line)
        if match:
            question, target = match.groups()
            assert target == f"action:add-question?text={quote(question, safe='')}"
            found += 1
    assert found == 8


def test_the_fever_advice_keeps_its_numbers_and_its_caution() -> None:
    text = " ".join(german("fever-and-infection").split())
    for words in (
        "38,3 °C (101 °F) oder höher",
        "auch nur ein einziges Mal",
        "38,0 °C (100,4 °F) oder höher",
        "eine Stunde lang",
        "zwei Messungen im Abstand von einer Stunde",
        "7 bis 14 Tage",
        "sofort die 24-Stunden-Nummer Ihres Behandlungsteams an",
        "nie bis zum Morgen",
        "Paracetamol",
    ):
        assert words in text, words
    # No emergency number the English does not give.
    assert "112" not in text and "112" not in german("emergency-visit")


# ---------------------------------------------------------------- choosing the language


def test_the_window_language_chooses_the_folder(in_german: None) -> None:
    assert topics.window_language() == "de"
    assert topics.folder() == GERMAN
    assert topics.folder("en") == INFO
    assert topics.folder("xx") == INFO
    assert topics.folder("..") == INFO


def test_german_topics_are_read_and_searched_in_german(in_german: None) -> None:
    topic = topics.load("fever-and-infection")
    assert topic.readable and topic.text == german("fever-and-infection")
    assert topic.title == "Fieber und Infektionen während der Behandlung"
    assert topics.names() == sorted(english_names(), key=topics.names().index)
    assert set(topics.names()) == set(english_names())

    found = topics.search("Notaufnahme")
    assert "emergency-visit" in [t.name for t in found]
    assert all("Notaufnahme" in t.text for t in found)
    assert topics.search("fieber")[0].name == "fever-and-infection"  # the title's match first
    assert not topics.search("shivery")  # the English texts are not searched


def test_english_topics_when_the_window_speaks_english(in_english: None) -> None:
    assert topics.folder() == INFO
    assert topics.load("fever-and-infection").text == english("fever-and-infection")
    assert [t.name for t in topics.search("shivery")] == ["fever-and-infection"]
    assert not topics.search("Notaufnahme")


def test_a_topic_not_written_in_german_is_read_in_english(
    in_german: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "info" / "de").mkdir(parents=True)
    (tmp_path / "info" / "rides.md").write_text("# Rides\n\nAsk a helper to drive.\n")
    (tmp_path / "info" / "freezer.md").write_text("# Freezer\n\nMeals for later.\n")
    (tmp_path / "info" / "de" / "freezer.md").write_text("# Tiefkühlfach\n\nEssen für später.\n")
    monkeypatch.setattr(topics, "resource_folder", lambda: tmp_path)

    assert topics.folder() == tmp_path / "info" / "de"
    assert topics.load("freezer").title == "Tiefkühlfach"
    rides = topics.load("rides")
    assert rides.readable and rides.title == "Rides"  # English, for this topic only
    assert not topics.load("journal").readable  # in neither language: says so
    assert set(topics.names()) == {"rides", "freezer"}
    assert [t.name for t in topics.search("helper")] == ["rides"]
    assert [t.name for t in topics.search("später")] == ["freezer"]
    assert not topics.search("Meals")  # the English freezer topic is not read


def test_the_information_pane_speaks_german(
    in_german: None, window: MainWindow, qtbot: QtBot
) -> None:
    pane = window.info_pane
    titles = [pane.chooser.itemText(n) for n in range(pane.chooser.count())]
    assert "Fieber und Infektionen während der Behandlung" in titles
    window.show_area(Area.RIDES)
    assert pane.browser.toPlainText().splitlines()[0] == "Fahrten"
    assert "Fahrt planen" in pane.browser.toPlainText()

    # A starter question's link offers the question in German, umlauts and all.
    target = next(
        target
        for _, target in LINK.findall(german("questions-for-the-doctor"))
        if "Palliativversorgung" in target
    )
    with qtbot.wait_signal(pane.action_requested) as offered:
        pane.follow(QUrl(target))
    action, question = offered.args or (None, "")
    assert action is ACTIONS["add-question"]
    assert question == "Könnte Palliativversorgung mir und meiner Familie helfen?"
