"""Readable at 200% on a small screen: every dialog, opened the way the window opens it, at
100%, 150% and 200% text in a 1280x800 window, shows every control inside it at its width,
no label cut short, and is never larger than the screen (a tall form scrolls instead)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from planner.domain.enums import Area, LegDirection
from planner.services import lists
from planner.services.plan import Plan
from planner.ui.mainwindow import MainWindow
from tests.conftest import TODAY, TREATMENT
from tests.helpers.fitting import SIZES, cut_widgets
from tests.helpers.waiting import wait_until
from tests.ui.conftest import MakeWindow

CARDS = Path(__file__).parents[1] / "interop" / "cards"
CALENDARS = Path(__file__).parents[1] / "interop" / "calendars"

Opener = Callable[[MainWindow, Plan, Path], Any]


def page(window: MainWindow, area: Area) -> Any:
    window.show_area(area)
    return window.pages[area]


def helpers_tab(window: MainWindow, tab: str) -> Any:
    helpers = page(window, Area.HELPERS)
    helpers.tabs.setCurrentWidget(getattr(helpers, tab))
    return helpers


def an_appointment_of_a_course(window: MainWindow, plan: Plan) -> Any:
    appointments = page(window, Area.APPOINTMENTS)
    chosen = next(
        a for a in lists.appointments(plan) if a.cycle is not None and a.start.date() > TODAY
    )
    assert appointments.select_record(chosen.id)
    return appointments.delay_cycle()


def a_leg(window: MainWindow, plan: Plan, then: str) -> Any:
    rides = page(window, Area.RIDES)
    legs, appointments, _ = lists.legs(plan, since=TODAY)
    leg = next(
        leg
        for leg in legs
        if leg.direction is LegDirection.THERE
        and appointments[leg.appointment_id].start.date() == TREATMENT
    )
    assert rides.select_record(leg.id)
    return getattr(rides, then)()


def a_helper(window: MainWindow, plan: Plan) -> Any:
    helpers = helpers_tab(window, "helpers_tab")
    # The demo helper with the most usual times.
    chosen = max(lists.helpers(plan), key=lambda h: len(h.availability))
    helpers.helpers_tab.table.select_id(chosen.id)
    return helpers.edit()


def a_meal(window: MainWindow, plan: Plan) -> Any:
    freezer = page(window, Area.FREEZER)
    meal = next(m for m in lists.meals(plan) if m.portions_left > 0)
    assert freezer.select_record(meal.id)
    return freezer.take_out()


def a_stock_file(window: MainWindow, tmp_path: Path) -> Any:
    source = tmp_path / "stock.csv"
    source.write_text(
        "name,category,portions,frozen_on,use_by,tags\nBarley soup,,4,2026-03-01,,\n"
        "Broken,,many,2026-03-01,,\n",
        encoding="utf-8",
    )
    dialog = page(window, Area.FREEZER).preview_file(source)
    wait_until(lambda: dialog.preview is not None, "the file was never read", 10_000)
    return dialog


def a_calendar(window: MainWindow) -> Any:
    window.sharing.choose_open = lambda *_: CALENDARS / "google.ics"  # type: ignore[method-assign]
    dialog = window.sharing.import_calendar()
    assert dialog is not None
    wait_until(lambda: dialog.settled, "the file was never read", 10_000)
    return dialog


def a_journal_entry(window: MainWindow, plan: Plan) -> Any:
    journal = page(window, Area.JOURNAL)
    entry = max(lists.journal(plan), key=lambda e: len(e.note))
    assert journal.select_record(entry.id)
    return journal.edit_entry()


def a_question(window: MainWindow, plan: Plan) -> Any:
    journal = page(window, Area.JOURNAL)
    question = lists.questions(plan)[0]
    assert journal.questions.select_id(question.id)
    return journal.answer()


def an_alert(window: MainWindow, plan: Plan) -> Any:
    journal = page(window, Area.JOURNAL)
    entry = lists.journal(plan)[0]
    return journal.alert(entry)


OPENERS: dict[str, Opener] = {
    "appointment": lambda w, p, t: page(w, Area.APPOINTMENTS).add(),
    "course": lambda w, p, t: page(w, Area.APPOINTMENTS).plan_course(),
    "delay": lambda w, p, t: an_appointment_of_a_course(w, p),
    "driver": lambda w, p, t: a_leg(w, p, "plan_leg"),
    "place": lambda w, p, t: a_leg(w, p, "open_place"),
    "freezer meal": lambda w, p, t: page(w, Area.FREEZER).add(),
    "take out": lambda w, p, t: a_meal(w, p),
    "stock import": lambda w, p, t: a_stock_file(w, t),
    "new helper": lambda w, p, t: helpers_tab(w, "helpers_tab").add(),
    "helper": lambda w, p, t: a_helper(w, p),
    "task": lambda w, p, t: helpers_tab(w, "tasks_tab").add(),
    "contact": lambda w, p, t: helpers_tab(w, "contacts_tab").add(),
    "fill the hard days": lambda w, p, t: page(w, Area.HELPERS).fill_hard_days(),
    "vcard import": lambda w, p, t: page(w, Area.HELPERS).preview_vcard(
        CARDS / "phone-export-3.0.vcf"
    ),
    "support group": lambda w, p, t: page(w, Area.SUPPORT).add(),
    "journal entry": lambda w, p, t: a_journal_entry(w, p),
    "question": lambda w, p, t: page(w, Area.JOURNAL).ask(),
    "answer": lambda w, p, t: a_question(w, p),
    "alert": lambda w, p, t: an_alert(w, p),
    "visit packet": lambda w, p, t: page(w, Area.JOURNAL).open_packet(),
    "learned days": lambda w, p, t: page(w, Area.JOURNAL).learned_days(),
    "preferences": lambda w, p, t: w.open_preferences(),
    "profile": lambda w, p, t: w.patient_profile.open(),
    "connect": lambda w, p, t: w.connect_shared_plan(),
    "calendar import": lambda w, p, t: a_calendar(w),
}


def dialog_problems(dialog: QDialog) -> list[str]:
    """What a person could not read or reach in ``dialog``."""
    found = []
    free = dialog.screen().availableGeometry()
    frame = dialog.frameGeometry()
    if frame.width() > free.width() or frame.height() > free.height():
        found.append(f"the dialog is {frame.size()} on a screen of {free.size()}")
    return found + cut_widgets(dialog, dialog, tall=True)


@pytest.mark.parametrize("name", OPENERS)
def test_every_dialog_fits_a_1280_by_800_window(
    demo_plan: Plan, make_window: MakeWindow, qtbot: QtBot, tmp_path: Path, name: str
) -> None:
    window = make_window(demo_plan)
    window.resize(1280, 800)
    found = {}
    for percent in SIZES:
        window.text_size.set_percent(percent)
        dialog = OPENERS[name](window, demo_plan, tmp_path)
        assert isinstance(dialog, QDialog), f"{name} did not open"
        qtbot.wait_until(dialog.isVisible)
        QApplication.processEvents()
        if trouble := dialog_problems(dialog):
            found[percent] = trouble
        with qtbot.wait_signal(dialog.finished):
            dialog.reject()
        window.text_size.reset()
    assert found == {}
