"""Every word the window shows goes through the translation layer.

A pseudo-catalogue wraps each text of the German catalogue in ⟦ ⟧; with it installed,
any word on a page, in a menu, a header, a tip or an accessible name that is not inside
the brackets reached the screen without being translated, and is named here.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QLocale, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from planner.domain.enums import Area
from planner.interop.catalogue import catalogue_path
from planner.services import journal, lists, rides, sheets
from planner.services.emergency import emergency_sheet
from planner.services.plan import Plan
from planner.ui.helpers import packet as helper_page
from planner.ui.journal import visit_packet as visit_page
from planner.ui.print import emergency as emergency_page
from planner.ui.print import fridge_sheet
from planner.ui.rides import card as ride_card
from tests.helpers import catalogues
from tests.ui.conftest import MakeWindow
from tests.ui.test_accessible_names import DIALOGS

OPEN, CLOSE = "⟦", "⟧"
WORD = re.compile(r"[A-Za-z]{2,}")
TAG = re.compile(r"<[^>]+>|&[a-z]+;")
KEYS = re.compile(
    r"\b(Ctrl|Shift|Alt|Meta|Esc|Del|Delete|Enter|Return|PgUp|PgDown|Home|End|Tab|Backspace|Space|Ins|F\d+)\b"
)
"""Key names in a shortcut (Qt's native text names them in English here)."""
NOT_WORDS = {
    "topicChooser": "the topics are files, one per language (test_info_topics_german.py)",
    "planLocation": "the tip is the plan file's path",
    "placeName": "the place's name as it was typed",
    "answerQuestion": "the question as it was noted",
    "alertContacts": "the care team's names and numbers as they were typed",
    "groupLink": "an example web address",
    "learnedSummary": "it names the logged cycles by their appointments' titles",
}
"""Widgets whose text is not a text of the program, and why."""
QT_OWN = {
    "OK",
    "Cancel",
    "Close",
    "Save",
    "Yes",
    "No",
    "&OK",
    "&Cancel",
    "&Close",
    "&Save",
    "&Yes",
    "&No",
}
"""Qt's own standard buttons (translated by Qt's catalogue, not ours)."""


@pytest.fixture
def pseudo(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    root = ET.parse(catalogue_path("de")).getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.clear()
        forms = list(translation.iter("numerusform"))
        for form in forms or [translation]:
            form.text = f"{OPEN}{source}{CLOSE}"
    ts = tmp_path / "pseudo.ts"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    translator = QTranslator(qapp)
    assert translator.load(str(catalogues.release(ts, tmp_path / "pseudo.qm")))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def untranslated(text: str) -> str:
    """What is left of ``text`` outside the brackets (markup, dates and Qt's words out)."""
    text = TAG.sub(" ", text)
    depth, kept = 0, []
    for char in text:
        if char == OPEN:
            depth += 1
        elif char == CLOSE:
            depth = max(depth - 1, 0)
        elif depth == 0:
            kept.append(char)
    rest = KEYS.sub(" ", "".join(kept))
    locale = QLocale()
    names = set()
    for number in range(1, 13):
        for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            names.add(locale.monthName(number, form))
            if number <= 7:
                names.add(locale.dayName(number, form))
    return " ".join(word for word in WORD.findall(rest) if word not in names)


def texts_of(widget: QWidget, *, data: bool = True) -> Iterator[tuple[str, str]]:
    """(what, text) for each text ``widget`` shows or tells a screen reader; without
    ``data``, not the choices and rows (a plan's records, in the words they were typed)."""
    if isinstance(widget, QDateTimeEdit | QAbstractSpinBox):
        return  # its text is a value in the locale's format
    yield "accessible name", widget.accessibleName()
    yield "tip", widget.toolTip()
    if isinstance(widget, QLabel):
        yield "label", widget.text()
    elif isinstance(widget, QAbstractButton) and widget.text() not in QT_OWN:
        yield "button", widget.text()
    elif isinstance(widget, QGroupBox):
        yield "group", widget.title()
    elif isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText()
    elif isinstance(widget, QComboBox) and data:
        for row in range(widget.count()):
            yield "choice", widget.itemText(row)
    elif isinstance(widget, QTabBar):
        for tab in range(widget.count()):
            yield "tab", widget.tabText(tab)
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        root = QModelIndex()
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
        for column in range(columns):
            yield "header", str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for row in range(min(model.rowCount(root), 40) if data else 0):
            for column in range(columns):
                yield "row", str(model.index(row, column).data() or "")
    elif isinstance(widget, QMenu):
        yield "menu", widget.title()
    for action in widget.actions():
        yield "action", action.text()
        yield "action tip", action.toolTip()


def offenders(top: QWidget, *, data: bool = True) -> list[str]:
    found = set()
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) and not isinstance(widget, QMenu):
            continue
        if widget.objectName().split("_")[0] in NOT_WORDS:
            continue
        for what, text in texts_of(widget, data=data):
            if text and (left := untranslated(text)):
                found.add(f"{type(widget).__name__} {widget.objectName()!r} {what}: {left!r}")
    return sorted(found)


def test_every_page_and_menu_of_an_empty_plan_is_translated(
    pseudo: None, plan: Plan, make_window: MakeWindow
) -> None:
    window = make_window(plan)
    found = offenders(window)
    for area in Area:
        window.show_area(area)
        found += [f"{area}: {o}" for o in offenders(window.stack.currentWidget())]
    assert found == []


@pytest.mark.parametrize("name", DIALOGS)
def test_every_dialog_is_translated(
    pseudo: None, demo_plan: Plan, make_window: MakeWindow, qtbot: QtBot, tmp_path: Path, name: str
) -> None:
    window = make_window(demo_plan)
    dialog = DIALOGS[name](window, demo_plan, tmp_path)
    assert isinstance(dialog, QDialog), f"{name} did not open"
    qtbot.wait_until(dialog.isVisible)
    found = offenders(dialog, data=False)
    with qtbot.wait_signal(dialog.finished):
        dialog.reject()
    assert found == []


DATA_COLUMNS = ("name", "title", "location", "address", "place", "unit", "strength", "tag")
DATA_COLUMNS += ("clinician", "phone", "symptom", "purpose", "prescriber", "pharmacy", "role")
DATA_COLUMNS += ("instructions", "note", "access", "allerg", "condition", "diagnos", "text")


def data_words(path: Path) -> set[str]:
    """The words of the plan's own names, titles and places (its data, in the words they
    were typed), which a printout shows as they are."""
    found: set[str] = set()
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as database:
        tables = [
            row[0] for row in database.execute("select name from sqlite_master where type='table'")
        ]
        for table in tables:
            columns = [
                row[1]
                for row in database.execute(f'pragma table_info("{table}")')
                if any(part in row[1] for part in DATA_COLUMNS)
            ]
            for column in columns:
                for (value,) in database.execute(f'select "{column}" from "{table}"'):
                    if isinstance(value, str):
                        found.update(WORD.findall(value))
        for (value,) in database.execute("select value from setting"):  # the profile's
            if isinstance(value, str) and len(value) < 80:
                found.update(WORD.findall(value))
    return found


def test_every_printout_is_translated(
    pseudo: None, demo_plan: Plan, plan_path: Path, today: dt.date
) -> None:
    legs, _, _ = lists.legs(demo_plan, since=today)
    leg_id = next(leg.id for leg in legs if leg.id is not None and leg.driver_id is not None)
    morning = dt.datetime.combine(today, dt.time(8))
    visit = journal.journal_view(demo_plan, morning).coming()[0]
    assert visit.id is not None
    pages = {
        "fridge sheet": fridge_sheet.sheet_html(sheets.week_sheet(demo_plan, today)),
        "emergency sheet": emergency_page.sheet_html(emergency_sheet(demo_plan)),
        "helper packet": helper_page.packet_html(sheets.helper_packet(demo_plan, "Sam Keller")),
        "ride card": ride_card.card_html(rides.leg_details(demo_plan, leg_id)),
        "visit packet": visit_page.packet_html(journal.visit_packet(demo_plan, visit.id, morning)),
    }
    data = data_words(plan_path)
    left = {
        name: rest
        for name, page in pages.items()
        if (rest := " ".join(w for w in untranslated(page).split() if w not in data))
    }
    assert left == {}
