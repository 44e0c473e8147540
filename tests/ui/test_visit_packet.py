"""The visit packet rendered to a PDF and read back: its parts are there."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from planner.domain.enums import Area
from planner.services import journal
from planner.services.plan import Plan
from planner.ui.journal.page import JournalPage
from planner.ui.journal.visit_packet import packet_html, save_pdf
from planner.ui.mainwindow import MainWindow
from tests.conftest import TODAY

MORNING = dt.datetime.combine(TODAY, dt.time(8))


def pdf_text(path: Path) -> tuple[str, int]:
    """The text of every page, and how many pictures the pages hold."""
    reader = PdfReader(path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    pictures = 0
    for page in reader.pages:
        objects = page["/Resources"].get("/XObject") or {}
        pictures += sum(
            1 for ref in objects.values() if ref.get_object().get("/Subtype") == "/Image"
        )
    # Ligatures ("ﬁ") come back as one character; NFKC splits them again.
    return " ".join(unicodedata.normalize("NFKC", text).split()), pictures


def test_the_packet_holds_questions_side_effects_chart_rest_mood_and_rides(
    qapp: object, demo_plan: Plan, tmp_path: Path
) -> None:
    visit = journal.journal_view(demo_plan, MORNING).coming()[0]
    assert visit.id is not None
    packet = journal.visit_packet(demo_plan, visit.id, MORNING)
    target = tmp_path / "packet.pdf"

    save_pdf(packet, target)

    text, pictures = pdf_text(target)
    assert "Visit packet: Chemotherapy, cycle 1" in text
    assert "Questions to ask" in text
    assert "Is the tingling in my fingers something to watch?" in text
    assert "Side effects since" in text
    assert "Nausea" in text and "Fatigue" in text and "Better after ginger tea." in text
    assert pictures >= 1  # the chart
    assert "Rest: 10.5 hours" in text and "Mood: 6 of 10" in text
    assert "There: pickup at" in text and "Back: pickup at" in text
    assert "not medical advice" in text


def test_user_text_is_escaped_in_the_packet(qapp: object, demo_plan: Plan) -> None:
    visit = journal.journal_view(demo_plan, MORNING).coming()[0]
    assert visit.id is not None
    packet = journal.visit_packet(demo_plan, visit.id, MORNING)
    from dataclasses import replace

    from planner.domain.model import Question

    tricky = replace(packet, questions=(Question("<b>bold</b> & more?", TODAY, id=1),))
    page = packet_html(tricky)
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; more?" in page
    assert "<b>bold</b>" not in page


def test_the_packet_is_saved_from_the_journal_page(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.show_area(Area.JOURNAL)
    page = window.pages[Area.JOURNAL]
    assert isinstance(page, JournalPage)
    dialog = page.open_packet()
    assert dialog.visit.count() > 0
    target = tmp_path / "from-window.pdf"
    assert dialog.save_to(target)
    assert "Saved to" in dialog.message.text()
    text, _ = pdf_text(target)
    assert "Questions to ask" in text and "Rides" in text
    assert not dialog.save_to(tmp_path / "missing" / "folder" / "x.pdf")
    assert "Not saved" in dialog.message.text()
    dialog.reject()
