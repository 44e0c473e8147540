"""Built-in symptom names and diet tags are shown in the user's language while the plan
keeps the English word, so the rules (a fever alerts) and the filters still find them;
words the user typed are shown and stored as typed.

A tiny German catalogue (only the "Symptoms" and "Tags" words) is compiled for these
tests, so they do not wait for the real catalogue's German.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from planner.domain.enums import Area, JournalKind
from planner.domain.freezer import BUILT_IN_TAGS, HARD_DAY_TAGS
from planner.domain.journal import DEFAULT_SYMPTOMS
from planner.domain.model import JournalEntry
from planner.services import journal, lists
from planner.services.plan import Plan
from planner.ui.freezer.labels import labels_html
from planner.ui.freezer.page import FreezerPage
from planner.ui.journal.alert import AlertDialog
from planner.ui.journal.entry_dialog import JournalEntryDialog
from planner.ui.journal.page import JournalPage
from planner.ui.journal.visit_packet import packet_html
from planner.ui.labels import symptom_key, symptom_label, tag_key, tag_keys, tag_label, tags_text
from planner.ui.mainwindow import MainWindow
from tests.conftest import TODAY
from tests.helpers import catalogues
from tests.ui.conftest import MakeWindow
from tests.ui.test_pseudo_translation import offenders
from tests.ui.test_pseudo_translation import pseudo as pseudo  # the fixture, used below

GERMAN = {
    "Symptoms": {
        "Nausea": "Übelkeit",
        "Fatigue": "Erschöpfung",
        "Mouth sores": "Wunde Stellen im Mund",
        "Fever": "Fieber",
    },
    "Tags": {
        "soft": "weich",
        "low-fibre": "ballaststoffarm",
        "vegetarian": "vegetarisch",
        "gluten-free": "glutenfrei",
    },
}


@pytest.fixture
def german_words(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """A catalogue holding a few symptoms and tags in German, installed for the test."""
    root = ET.Element("TS", version="2.1", language="de")
    for context, words in GERMAN.items():
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        for english, german in words.items():
            message = ET.SubElement(element, "message")
            ET.SubElement(message, "source").text = english
            ET.SubElement(message, "translation").text = german
    ts = tmp_path / "words.ts"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    translator = QTranslator(qapp)
    assert translator.load(str(catalogues.release(ts, tmp_path / "words.qm")))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def journal_page(window: MainWindow) -> JournalPage:
    window.show_area(Area.JOURNAL)
    return cast(JournalPage, window.pages[Area.JOURNAL])


def freezer_page(window: MainWindow) -> FreezerPage:
    window.show_area(Area.FREEZER)
    return cast(FreezerPage, window.pages[Area.FREEZER])


def noted_today(plan: Plan) -> list[tuple[str, int | None]]:
    return [
        (e.symptom, e.severity)
        for e in lists.journal(plan)
        if e.kind is JournalKind.SIDE_EFFECT and e.at.date() == TODAY
    ]


def save_side_effect(qtbot: QtBot, page: JournalPage, severity: int) -> None:
    page.entry.severity.setValue(severity)
    qtbot.keyClick(page.entry.severity, Qt.Key.Key_Return)


# ---------------------------------------------------------------------------- the words
def test_built_in_words_are_shown_in_german_and_read_back_as_their_key(
    german_words: None,
) -> None:
    assert symptom_label("Fever") == "Fieber"
    assert symptom_label("Tingling fingers") == "Tingling fingers"  # the user's own words
    assert symptom_key("fieber") == "Fever"
    assert symptom_key(" Wunde Stellen im Mund ", DEFAULT_SYMPTOMS) == "Mouth sores"
    assert symptom_key("Kribbeln") == "Kribbeln"
    assert tag_label("low-fibre") == "ballaststoffarm"
    assert tag_key("  Glutenfrei ") == "gluten-free"
    assert tag_keys("weich, Nut-free; vegetarisch") == {"soft", "nut-free", "vegetarian"}
    assert tags_text({"soft", "vegetarian", "spicy"}) == "spicy, vegetarisch, weich"
    assert set(BUILT_IN_TAGS) >= {tag_key(tag_label(tag)) for tag in BUILT_IN_TAGS}


def test_without_a_catalogue_the_words_are_the_english_ones() -> None:
    assert [symptom_label(name) for name in DEFAULT_SYMPTOMS] == list(DEFAULT_SYMPTOMS)
    assert symptom_key("Fever") == "Fever"
    assert tag_keys("Soft, low-fibre") == {"soft", "low-fibre"}


# ---------------------------------------------------------------------------- the journal
def test_the_entry_form_offers_german_names_and_saves_the_english_one(
    german_words: None, qtbot: QtBot, demo_plan: Plan, make_window: MakeWindow
) -> None:
    page = journal_page(make_window(demo_plan))
    box = page.entry.symptom
    offered = [box.itemText(n) for n in range(box.count())]
    assert "Übelkeit" in offered and "Fieber" in offered
    assert "Nausea" not in offered and "Fever" not in offered
    box.setCurrentIndex(box.findText("Übelkeit"))
    save_side_effect(qtbot, page, 4)
    assert noted_today(demo_plan) == [("Nausea", 4)]
    # The German name did not join the plan's list: the built-in one is offered once.
    offered = [box.itemText(n) for n in range(box.count())]
    assert offered.count("Übelkeit") == 1


def test_a_fever_typed_in_german_is_stored_in_english_and_still_alerts(
    german_words: None, qtbot: QtBot, demo_plan: Plan, make_window: MakeWindow
) -> None:
    page = journal_page(make_window(demo_plan))
    line = page.entry.symptom.lineEdit()
    assert line is not None
    line.setText("fieber")
    save_side_effect(qtbot, page, 1)
    assert noted_today(demo_plan) == [("Fever", 1)]
    alert = page.findChild(AlertDialog, "journalAlert")
    assert alert is not None and alert.isVisible()  # any fever alerts, whatever its severity
    heading = alert.findChild(QLabel, "alertHeading")
    assert heading is not None and "Fieber" in heading.text() and "Fever" not in heading.text()
    alert.reject()


def test_a_symptom_of_ones_own_is_saved_and_offered_as_typed(
    german_words: None, qtbot: QtBot, demo_plan: Plan, make_window: MakeWindow
) -> None:
    page = journal_page(make_window(demo_plan))
    line = page.entry.symptom.lineEdit()
    assert line is not None
    line.setText("Kribbeln in den Fingern")
    save_side_effect(qtbot, page, 2)
    assert noted_today(demo_plan) == [("Kribbeln in den Fingern", 2)]
    box = page.entry.symptom
    assert box.findText("Kribbeln in den Fingern") >= 0
    assert box.itemData(box.findText("Kribbeln in den Fingern")) == "Kribbeln in den Fingern"


def test_the_table_and_the_chart_show_the_german_name_of_an_english_symptom(
    german_words: None, demo_plan: Plan, make_window: MakeWindow
) -> None:
    page = journal_page(make_window(demo_plan))
    shown = [page.model.index(n, 2).data() for n in range(page.model.rowCount())]
    assert any(text.startswith("Übelkeit, ") for text in shown)
    assert not any(text.startswith("Nausea") for text in shown)

    chart = page.chart
    items = {
        chart.symptoms.item(n).data(Qt.ItemDataRole.UserRole): chart.symptoms.item(n).text()
        for n in range(chart.symptoms.count())
    }
    assert items["Nausea"] == "Übelkeit" and items["Fatigue"] == "Erschöpfung"
    chart.choose(["Nausea"])
    assert chart.chosen() == ["Nausea"]  # what is charted is the stored name
    assert chart.rows.rowCount() > 0
    assert {chart.rows.index(n, 1).data() for n in range(chart.rows.rowCount())} == {"Übelkeit"}


def test_editing_an_entry_shows_the_german_name_and_keeps_the_english_one(
    german_words: None, qtbot: QtBot, demo_plan: Plan, make_window: MakeWindow
) -> None:
    page = journal_page(make_window(demo_plan))
    nausea = next(e for e in lists.journal(demo_plan) if e.symptom == "Nausea")
    saved: list[JournalEntry] = []

    def save(entry: JournalEntry) -> str | None:
        saved.append(entry)
        return None

    dialog = JournalEntryDialog(nausea, DEFAULT_SYMPTOMS, save, page)
    assert dialog.fields.symptom.currentText() == "Übelkeit"
    with qtbot.wait_signal(dialog.finished):
        dialog.accept()
    assert [e.symptom for e in saved] == ["Nausea"]


def test_the_visit_packet_lists_side_effects_by_their_german_names(
    german_words: None, demo_plan: Plan
) -> None:
    morning = dt.datetime.combine(TODAY, dt.time(8))
    visit = journal.journal_view(demo_plan, morning).coming()[0]
    assert visit.id is not None
    packet = journal.visit_packet(demo_plan, visit.id, morning)
    assert any(e.symptom == "Fatigue" for e in packet.side_effects)
    page = packet_html(packet)
    assert "<td>Erschöpfung</td>" in page and "Erschöpfung: " in page
    assert "Fatigue" not in page


# ---------------------------------------------------------------------------- the freezer
def test_the_tag_filter_shows_german_and_filters_the_english_tags(
    german_words: None, demo_plan: Plan, make_window: MakeWindow
) -> None:
    page = freezer_page(make_window(demo_plan))
    box = page.tag_filter
    choices = [box.itemText(n) for n in range(box.count())]
    assert "vegetarisch" in choices and "weich" in choices and "vegetarian" not in choices
    box.setCurrentIndex(box.findText("vegetarisch"))
    assert box.currentData() == "vegetarian"
    shown = [page.model.row_value(n) for n in range(page.model.rowCount())]
    assert sorted(m.name for m in shown) == ["Red lentil dal", "Rice pudding", "Vegetable lasagne"]
    assert all("vegetarian" in m.tags for m in shown)
    headers = [page.model.headerData(n, Qt.Orientation.Horizontal) for n in range(10)]
    suits = headers.index("Suits")
    assert all("vegetarisch" in str(page.model.index(n, suits).data()) for n in range(3))
    assert "weich 12" in page.totals.text()
    printed = labels_html(shown)
    assert "vegetarisch" in printed and "vegetarian" not in printed


def test_the_meal_form_shows_german_tags_and_saves_english_ones(
    german_words: None, qtbot: QtBot, demo_plan: Plan, make_window: MakeWindow
) -> None:
    page = freezer_page(make_window(demo_plan))
    dialog = page.add()
    assert dialog.tag_boxes["soft"].text() == "weich"
    dialog.name.setText("Barley soup")
    dialog.portions.setValue(4)
    dialog.tag_boxes["soft"].setChecked(True)
    dialog.new_tags.setText("Glutenfrei, nut-free")
    with qtbot.wait_signal(dialog.finished):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    added = next(m for m in lists.meals(demo_plan) if m.name == "Barley soup")
    assert added.tags == {"soft", "gluten-free", "nut-free"}


def test_the_hard_day_tags_are_shown_in_german_and_kept_in_english(
    german_words: None, demo_plan: Plan, make_window: MakeWindow
) -> None:
    settings = freezer_page(make_window(demo_plan)).settings
    settings.show_settings({HARD_DAY_TAGS.key: "soft,low-fibre"})
    assert settings.tags.text() == "ballaststoffarm, weich"
    assert all(setting is not HARD_DAY_TAGS for setting, _ in settings.changes())
    settings.tags.setText("weich, vegetarisch")
    assert (HARD_DAY_TAGS, "soft, vegetarian") in settings.changes()


# ---------------------------------------------------------------------------- untranslated
def test_the_symptom_and_tag_choices_go_through_the_catalogue(
    pseudo: None, plan: Plan, make_window: MakeWindow
) -> None:
    window = make_window(plan)
    found: list[str] = []
    for area in (Area.JOURNAL, Area.FREEZER):
        window.show_area(area)
        found += offenders(window.stack.currentWidget())
    mine = [o for o in found if any(name in o for name in ("'entrySymptom'", "'filterTag'"))]
    assert mine == []
