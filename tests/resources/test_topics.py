"""The information topics in ``resources/info/``: form, links, facts and reading level.

The topics grow from a source text about salvage therapy that is not part of the project.
These tests never read it: the facts it holds are listed below as keyword groups written for
the project, and each group must turn up in some topic.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

import pytest

from planner.domain.enums import Area
from planner.ui.info.links import ACTION_SCHEME, ACTIONS, TOPIC_SCHEME

INFO = Path(__file__).resolve().parents[2] / "resources" / "info"
DISCLAIMER = "This is planning help, not medical advice. Your care team decides."
LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")

MAX_WORDS_PER_SENTENCE = 15
MAX_GRADE = 8

# Each coping tip and the action that carries it out.
COPING_ACTIONS = {
    "rest": "log-rest",
    "follow the diet advice": "ask-about-diet",
    "stock ready and freezer meals": "add-freezer-meals",
    "let people help with meals, errands, cleaning, company": "ask-for-help",
    "a ride there and back": "plan-ride",
    "join a support group": "find-support-group",
    "ask about local support and meetups": "who-to-call",
    "a social worker sets up meals and rides": "ask-social-worker",
    "ask about palliative care": "ask-about-palliative-care",
}

# Every fact of the source, as keywords that must all appear in one topic (case ignored).
FACTS: list[tuple[str, tuple[str, ...]]] = [
    # What it is
    ("given after standard treatment fails", ("salvage therapy", "first-line", "standard")),
    ("also called rescue therapy", ("rescue therapy",)),
    ("not one drug, a broad name", ("not one drug", "broad name")),
    ("also for people who could not take earlier treatment", ("could not take",)),
    ("mostly heard for cancer and HIV", ("most", "cancer and hiv")),
    ("can be used for any illness", ("any illness",)),
    ("last line of defence for worsening illness", ("last line of defence", "getting worse")),
    # Forms
    ("form depends on the person, illness and health", ("depends", "health as a whole")),
    ("medicines, chemotherapy, radiation, surgery", ("new medicines", "radiation", "surgery")),
    ("more rounds of chemotherapy or radiation", ("rounds of chemotherapy", "rounds of radiation")),
    ("trials and experimental medicines count", ("clinical trial", "experimental", "count")),
    ("experimental means still under test", ("experimental medicine", "still testing")),
    ("surgery to remove a tumour that spread or returned", ("tumour", "came back or spread")),
    ("the doctor explains the plan", ("doctor will take you through your plan",)),
    ("80-year-old with heart disease", ("lymphoma", "80 years old", "heart disease")),
    ("25-year-old with nothing else", ("lymphoma", "25", "no other health problems")),
    # Cancer
    ("chemotherapy first for most cancers", ("most kinds of cancer", "chemotherapy comes first")),
    ("chemotherapy is drugs proven against cancer", ("mix of drugs", "against cancer")),
    ("salvage when standard chemotherapy fails", ("standard chemotherapy stops working",)),
    ("different drugs from the earlier rounds", ("next rounds", "other drugs")),
    ("the drugs depend on the case", ("depends on your case",)),
    ("doctors may go beyond the usual plans", ("not part of the usual cancer plans",)),
    ("doctors may point to a trial", ("point you to a clinical trial",)),
    # HIV
    ("antiretrovirals are the first treatment", ("hiv", "first treated", "antiretroviral")),
    ("the virus comes back despite them", ("virus comes back", "while a person takes them")),
    ("that means the virus resists", ("resists",)),
    ("salvage when they cannot hold it down", ("no longer hold", "resistant virus")),
    ("goal: stop the resistant virus spreading", ("resistant virus from spreading",)),
    # Kidneys
    ("end-stage kidney disease, ESRD", ("end-stage kidney disease", "renal", "esrd")),
    ("when dialysis stops helping", ("dialysis stops helping",)),
    # Side effects
    ("side effects depend on the treatment", ("side effects depend on the treatment",)),
    ("many forms, many side effects", ("many forms", "vary a lot")),
    ("experimental medicine and surgery differ", ("medicine and an operation", "risks")),
    ("usually more side effects than before", ("more side effects than earlier treatment",)),
    ("the medicines are harsher", ("harsher",)),
    ("stronger after-treatment side effects", ("after each treatment may be", "stronger")),
    ("more time to recover", ("more time to recover",)),
    ("the doctor says what to expect", ("doctor will tell you what side effects",)),
    ("be ready with questions", ("come with", "questions")),
    ("understand every side effect and risk", ("understand each side effect and risk",)),
    # Coping
    ("it can feel overwhelming", ("too much",)),
    ("it can feel discouraging", ("discouraged",)),
    ("care for yourself and seek support", ("look after yourself", "reach out for support")),
    ("rest", ("rest as much as you need",)),
    ("follow diet advice", ("what to eat or avoid", "follow that advice")),
    ("stock ready or freezer meals", ("ready meals", "freezer meals", "days you feel")),
    ("loved ones help", ("family, friends and others who love you", "let them")),
    ("with meals, errands, cleaning, company", ("cook", "errands", "clean", "company")),
    ("a ride there and back", ("ride there and back",)),
    ("weak, nauseous or dizzy afterwards", ("weak", "dizzy", "nauseous")),
    ("support group online or in person", ("support group", "in person", "online")),
    ("ask doctor, nurse, social worker", ("your doctor, a nurse or a social worker",)),
    ("about local organisations and meetups", ("local support organisations", "meetups")),
    ("social worker sets up meals and rides", ("social worker can help", "meals", "rides")),
    ("ask about a palliative-care referral", ("referral", "palliative care")),
    ("palliative care eases symptoms and discomfort", ("palliative", "symptoms and discomfort")),
    ("emotional, social and spiritual support", ("emotional, social and", "spiritual support")),
    ("for the patient and the family", ("palliative", "you and for your family")),
    # Outlook
    ("outlook depends on the illness", ("how things go after salvage therapy", "each illness")),
    ("five-year survival is lower", ("five-year", "survival", "always lower")),
    ("because other treatments failed", ("earlier treatments have not worked",)),
    ("the illness is aggressive and hard to treat", ("aggressive", "hard to treat")),
    ("remission is still possible", ("remission",)),
    ("severe symptoms may go", ("get rid of severe symptoms",)),
    ("hard to predict", ("hard to know ahead of time",)),
    ("may not improve", ("may not make the illness better",)),
    ("trials have unknown results", ("experimental medicines", "not known yet")),
    ("the doctor speaks of likely outcomes", ("what is likely in your case",)),
    ("options, their risks and outcomes", ("options", "risks of each", "turn out")),
]


def topic_paths() -> list[Path]:
    return sorted(INFO.glob("*.md"))


@cache
def source(name: str) -> str:
    return (INFO / f"{name}.md").read_text(encoding="utf-8")


def names() -> list[str]:
    return [path.stem for path in topic_paths()]


def links(name: str) -> list[tuple[str, str]]:
    """``(text, target)`` for each Markdown link in the topic."""
    return LINK.findall(source(name))


def targets(name: str, scheme: str) -> Iterator[str]:
    for _, target in links(name):
        parts = urlsplit(target)
        if parts.scheme == scheme:
            yield parts.path


# ---------------------------------------------------------------- plain text and reading level


def plain_text(markdown: str) -> str:
    """The words a reader sees, one sentence ending per heading, list item and paragraph."""
    return " ".join(sentence_like(LINK.sub(r"\1", block)) for block in blocks(markdown))


def prose(markdown: str) -> str:
    """The running text only: no headings, no action buttons, no "More:" line of links."""

    def link_text(link: re.Match[str]) -> str:
        return "" if link[2].startswith(f"{ACTION_SCHEME}:") else link[1]

    found = (LINK.sub(link_text, block) for block in blocks(markdown, prose_only=True))
    return " ".join(sentence_like(block) for block in found if re.search(r"[A-Za-z0-9]", block))


def blocks(markdown: str, *, prose_only: bool = False) -> Iterator[str]:
    """Headings, list items, paragraphs and ``·``-separated links, without block markers.

    ``prose_only`` leaves out the headings and the closing "More:" line of topic links.
    """
    for paragraph in re.split(r"\n\s*\n", markdown.strip()):
        if prose_only and paragraph.startswith("More:"):
            continue
        for item in re.split(r"\n(?=\s*(?:[-*+]|\d+\.)\s)", paragraph.strip()):
            if prose_only and item.startswith("#"):
                continue
            item = re.sub(r"^\s*(?:#+|[-*+]|\d+\.)\s+", "", item)
            for piece in item.split("\u00b7"):
                if piece.strip():
                    yield " ".join(piece.split())


def sentence_like(text: str) -> str:
    """``text`` without emphasis marks, ending as a sentence."""
    text = re.sub(r"[*_`]", "", text).strip()
    return text if text.endswith((".", "?", "!")) else text + "."


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.?!])\s+", text) if words(s)]


def words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9']+(?:-[A-Za-z0-9']+)*", text)


def syllables(word: str) -> int:
    """Vowel groups, less a silent final e; each part of a hyphenated word counts."""
    total = 0
    for part in word.lower().split("-"):
        letters = re.sub(r"[^a-z]", "", part)
        count = len(re.findall(r"[aeiouy]+", letters))
        if letters.endswith("e") and not letters.endswith(("le", "ee")) and count > 1:
            count -= 1
        total += max(1, count)
    return total


def reading_level(markdown: str) -> tuple[float, float]:
    """Average words per sentence and the Flesch-Kincaid grade."""
    found = sentences(prose(markdown))
    all_words = [word for sentence in found for word in words(sentence)]
    per_sentence = len(all_words) / len(found)
    per_word = sum(syllables(word) for word in all_words) / len(all_words)
    return per_sentence, 0.39 * per_sentence + 11.8 * per_word - 15.59


def test_the_reading_helpers_count_as_expected() -> None:
    assert [syllables(w) for w in ("rest", "ride", "little", "freezer", "five-year")] == [
        1,
        1,
        2,
        2,
        2,
    ]
    markdown = "# Title\n\nOne: two. [Plan a ride](action:plan-ride) · [Log](action:x)\n"
    assert sentences(plain_text(markdown)) == ["Title.", "One: two.", "Plan a ride.", "Log."]
    markdown += "\n- See [Rides](topic:rides)\n- [Go](action:x)\n\n"
    markdown += "More: [Rides](topic:rides) · [Freezer](topic:freezer)\n"
    assert sentences(prose(markdown)) == ["One: two.", "See Rides."]


# ---------------------------------------------------------------- tests


def test_there_are_topics_for_every_area_and_the_subject() -> None:
    expected = {area.value for area in Area} | {
        "salvage-therapy",
        "forms-of-treatment",
        "conditions",
        "side-effects",
        "coping",
        "support-and-palliative-care",
        "outlook",
        "questions-for-the-doctor",
    }
    assert expected <= set(names())


@pytest.mark.parametrize("name", names())
def test_a_topic_has_a_title_and_ends_with_the_disclaimer(name: str) -> None:
    text = source(name)
    assert text.startswith("# ") and text.splitlines()[0][2:].strip()
    assert text.endswith(DISCLAIMER + "\n")
    assert re.split(r"\n\s*\n", text.strip())[-1] == DISCLAIMER


@pytest.mark.parametrize("name", [area.value for area in Area])
def test_an_area_topic_ends_with_links_to_more_topics(name: str) -> None:
    paragraphs = re.split(r"\n\s*\n", source(name).strip())
    more = paragraphs[-2]
    assert more.startswith("More: ")
    assert LINK.findall(more)
    assert all(target.startswith(f"{TOPIC_SCHEME}:") for _, target in LINK.findall(more))
    assert list(targets(name, ACTION_SCHEME)), "an area topic offers its tips as actions"


@pytest.mark.parametrize("name", names())
def test_every_link_goes_somewhere(name: str) -> None:
    assert links(name)
    for text, target in links(name):
        assert text.strip(), f"{name}: a link without text to {target}"
        parts = urlsplit(target)
        if parts.scheme == TOPIC_SCHEME:
            assert (INFO / f"{parts.path}.md").is_file(), f"{name}: no topic {target}"
        elif parts.scheme == ACTION_SCHEME:
            assert parts.path in ACTIONS, f"{name}: no action {target}"
        else:
            assert parts.scheme == "https" and parts.netloc, f"{name}: bad link {target}"


def test_every_topic_can_be_reached_from_an_area() -> None:
    reached = {area.value for area in Area}
    todo = list(reached)
    while todo:
        for target in targets(todo.pop(), TOPIC_SCHEME):
            if target not in reached:
                reached.add(target)
                todo.append(target)
    assert set(names()) <= reached, f"not linked from anywhere: {set(names()) - reached}"


def test_every_topic_but_the_areas_is_linked_from_another_topic() -> None:
    linked = {t for name in names() for t in targets(name, TOPIC_SCHEME) if t != name}
    assert set(names()) - {area.value for area in Area} <= linked


def test_every_action_but_adding_an_appointment_is_linked() -> None:
    linked = {target for name in names() for target in targets(name, ACTION_SCHEME)}
    assert set(ACTIONS) - {"add-appointment"} <= linked


@pytest.mark.parametrize(("tip", "action"), COPING_ACTIONS.items())
def test_each_coping_tip_links_to_its_action(tip: str, action: str) -> None:
    assert action in ACTIONS
    assert action in set(targets("coping", ACTION_SCHEME)), f"coping.md lacks {tip}"


def test_the_starter_questions_add_themselves_in_one_click() -> None:
    text = source("questions-for-the-doctor")
    questions = []
    for line in text.splitlines():
        match = re.fullmatch(r"- (.+\?) \[Add to my questions\]\((action:add-question\?.+)\)", line)
        if match:
            question, target = match.groups()
            query = parse_qs(urlsplit(target).query)
            assert query["text"] == [question]
            assert target == f"action:add-question?text={quote(question, safe='')}"
            questions.append(question.lower())
    starters = ["look like", "side effects", "recover", "get bad", "trial", "palliative"]
    for starter in starters:
        assert any(starter in question for question in questions), starter


@pytest.mark.parametrize(("fact", "keywords"), FACTS, ids=[fact for fact, _ in FACTS])
def test_every_fact_appears_in_some_topic(fact: str, keywords: tuple[str, ...]) -> None:
    found = [
        name
        for name in names()
        if all(keyword in plain_text(source(name)).lower() for keyword in keywords)
    ]
    assert found, f"no topic tells: {fact} {keywords}"


@pytest.mark.parametrize("name", names())
def test_a_topic_reads_at_a_plain_level(name: str) -> None:
    per_sentence, grade = reading_level(source(name))
    numbers = f"{name}: {per_sentence:.1f} words a sentence, grade {grade:.1f}"
    assert per_sentence <= MAX_WORDS_PER_SENTENCE, numbers
    assert grade <= MAX_GRADE, numbers
