"""Reminders in the window: the bar, Open and Dismiss, shown once, and the reminder time
as a preference."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from planner.domain.appointment_reminders import REMINDER_TIME
from planner.domain.enums import AppointmentKind, Area
from planner.domain.model import Appointment
from planner.services import settings as plan_settings
from planner.services.plan import Plan
from planner.services.reminders import reminders_due
from planner.ui import settings
from planner.ui.labels import date_time
from planner.ui.mainwindow import REMINDERS_AFTER_MS, MainWindow
from planner.ui.reminders import LAST_CHECKED, SHOWN, ReminderBar, ReminderClock, away_heading
from tests.conftest import NOW, TODAY, Moment
from tests.helpers.tray import TrayIcons
from tests.ui.conftest import MakeWindow

TOMORROW = TODAY + dt.timedelta(days=1)
YESTERDAY = TODAY - dt.timedelta(days=1)


def add_scan(plan: Plan) -> int:
    with plan.unit_of_work() as work:
        scan_id = work.store.add(
            Appointment(
                AppointmentKind.SCAN,
                "MRI of the spine",
                dt.datetime.combine(TOMORROW, dt.time(8, 30)),
                location="Imaging, level 2",
            )
        )
        work.commit()
    return scan_id


class Clock:
    def __init__(self, moment: dt.datetime) -> None:
        self.moment = moment

    def __call__(self) -> dt.datetime:
        return self.moment


def test_the_reminder_shows_the_evening_before_once_and_opens_the_appointment(
    plan: Plan, make_window: MakeWindow, qtbot: QtBot
) -> None:
    scan_id = add_scan(plan)
    window = make_window(plan)
    clock = Clock(dt.datetime.combine(TODAY, dt.time(17, 59, 30)))
    reminders = ReminderClock(plan, window.reminder_bar, now=clock, parent=window)
    bar = window.reminder_bar

    assert reminders.check() == []
    assert bar.isHidden()
    # The next look is at the start of the next minute, not in a busy loop.
    # (a coarse timer: within 5%)
    assert reminders.timer.isActive() and 28_000 <= reminders.timer.remainingTime() <= 32_000

    clock.moment = dt.datetime.combine(TODAY, dt.time(18))
    assert len(reminders.check()) == 1
    assert bar.isVisible()
    assert bar.title.text() == "Tomorrow: MRI of the spine"
    assert "Where: Imaging, level 2" in bar.text.text()
    assert reminders.check() == []  # shown once

    with qtbot.waitSignal(bar.open_requested):
        bar.open_button.click()
    assert bar.isHidden()
    assert window.current_area() is Area.APPOINTMENTS
    assert window.pages[Area.APPOINTMENTS].table.selected_id() == scan_id  # type: ignore[attr-defined]

    # Shown keys are kept in the settings: a restarted window does not show it again.
    again = ReminderClock(plan, ReminderBar(window), now=clock, parent=window)
    assert again.check() == []
    # ... under one-way names: the settings file never says what the reminder was about.
    stored = settings.settings()
    stored.sync()
    text = Path(stored.fileName()).read_text()
    (reminder,) = reminders_due(plan, clock.moment)
    assert reminder.key not in text and "MRI" not in text and "appointment" not in text
    names = stored.value(SHOWN)
    (name,) = names if isinstance(names, list) else [names]
    assert re.fullmatch("[0-9a-f]{32}", str(name))


@pytest.mark.parametrize(
    "pinned_moment",
    [Moment("yesterday-noon", dt.datetime.combine(YESTERDAY, dt.time(12)))],
    indirect=True,
)
def test_reminders_due_while_nothing_ran_are_shown_at_the_next_start_once(
    plan: Plan, make_window: MakeWindow, qtbot: QtBot
) -> None:
    with plan.unit_of_work() as work:
        work.store.add(
            Appointment(
                AppointmentKind.SCAN,
                "CT scan",
                dt.datetime.combine(TODAY, dt.time(14)),
                location="Imaging",
            )
        )
        work.commit()
    # Yesterday at noon the program ran: nothing was due yet (the reminder is due at 18:00).
    earlier = make_window(plan)
    assert earlier.reminder_clock.check() == []
    earlier.close()

    # Nothing runs until this morning at 10:00; then the program starts (in the tray).
    plan.clock.move_to(NOW)
    icons = TrayIcons()
    window = make_window(plan, tray_icon=icons)
    shown = window.reminder_clock.check()

    bar = window.reminder_bar
    assert [r.title for r in shown] == ["Tomorrow: CT scan"]
    assert bar.isVisible() and bar.heading.isVisible()
    assert bar.heading.text() == "While you were away (due yesterday at 18:00)"
    assert bar.title.text() == "Tomorrow: CT scan"
    assert "While you were away" in bar.accessibleDescription()
    assert icons.icon.messages == [("While you were away", "Tomorrow: CT scan")]
    bar.dismiss_button.click()
    assert bar.isHidden()
    window.close()

    # The start after that shows it no more.
    plan.clock.move_to(NOW + dt.timedelta(hours=1))
    again = make_window(plan)
    assert again.reminder_clock.check() == []
    assert again.reminder_bar.isHidden()


def test_a_reminder_due_while_the_window_was_open_has_no_away_heading(
    plan: Plan, make_window: MakeWindow
) -> None:
    add_scan(plan)
    window = make_window(plan)
    clock = Clock(dt.datetime.combine(TODAY, dt.time(17, 59)))
    reminders = ReminderClock(plan, window.reminder_bar, now=clock, parent=window)
    assert reminders.check() == []
    clock.moment = dt.datetime.combine(TODAY, dt.time(18))
    assert len(reminders.check()) == 1
    assert window.reminder_bar.heading.isHidden()


def test_an_unreadable_last_look_is_no_look(plan: Plan, make_window: MakeWindow) -> None:
    from planner.ui import settings

    add_scan(plan)
    settings.settings().setValue(LAST_CHECKED, "the day before yesterday")
    window = make_window(plan)
    clock = Clock(dt.datetime.combine(TODAY, dt.time(18, 30)))
    reminders = ReminderClock(plan, window.reminder_bar, now=clock, parent=window)
    assert len(reminders.check()) == 1  # due now, shown as usual
    assert window.reminder_bar.heading.isHidden()
    assert settings.settings().value(LAST_CHECKED) == "2026-03-11T18:30:00"


def test_the_away_heading_says_the_day_relative_to_now() -> None:
    now = dt.datetime.combine(TODAY, dt.time(10))
    assert away_heading(now.replace(hour=7, minute=5), now) == (
        "While you were away (due today at 07:05)"
    )
    three_days_ago = now - dt.timedelta(days=3)
    assert away_heading(three_days_ago, now) == (
        f"While you were away (due {date_time(three_days_ago)})"
    )


def test_dismiss_shows_the_next_reminder(qtbot: QtBot) -> None:
    from planner.domain.gaps import Fix
    from planner.domain.reminders import Reminder

    bar = ReminderBar()
    qtbot.addWidget(bar)
    bar.show()
    when = dt.datetime.combine(TODAY, dt.time(18))
    for n in (1, 2):
        bar.add(Reminder(f"k{n}", when, f"Title {n}", "text", Fix(Area.FREEZER, n, "Open")))
    bar.add(Reminder("k1", when, "Title 1", "text", Fix(Area.FREEZER, 1, "Open")))

    assert bar.title.text() == "Title 1" and "1 more" in bar.more.text()
    bar.dismiss_button.click()
    assert bar.title.text() == "Title 2" and bar.more.isHidden()
    bar.dismiss_button.click()
    assert bar.isHidden()


def test_the_reminder_time_is_a_preference(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    dialog = window.open_preferences()
    editor = dialog.findChild(type(dialog._rows[0][1]), "preferenceReminderTime")
    assert editor is not None and editor.time() == QTime(18, 0)

    editor.setTime(QTime(20, 15))
    with qtbot.waitSignal(dialog.finished):
        dialog.ok.click()

    assert plan_settings.read_setting(demo_plan, REMINDER_TIME) == dt.time(20, 15)
    assert "Preferences saved" in window.statusBar().currentMessage()


def test_the_window_first_asks_a_moment_after_start(demo_plan: Plan, qtbot: QtBot) -> None:
    window = MainWindow(demo_plan)
    qtbot.add_widget(window)

    # Nothing is asked while the window is being built: the first check waits a moment.
    timer = window.reminder_clock.timer
    assert timer.isActive() and timer.interval() == REMINDERS_AFTER_MS <= 3000
    assert window.reminder_bar.isHidden()


def test_a_preference_the_setting_cannot_hold_is_named_and_not_saved(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit

    from planner.domain.settings import int_setting
    from planner.ui.dialogs.preferences import Preference, PreferencesDialog

    portions = int_setting("test.portions", 2, 0, 20)
    saved: list[object] = []
    dialog = PreferencesDialog(
        {},
        lambda changes: saved.append(changes) or True,
        preferences=[Preference("&Portions:", portions, "preferencePortions")],
    )
    qtbot.addWidget(dialog)
    dialog.show()
    editor = dialog.findChild(QLineEdit, "preferencePortions")
    assert editor is not None and editor.text() == "2"
    error = dialog.findChild(QLabel, "preferencePortionsError")

    editor.setText("25")
    assert error.isVisible() and "from 0 to 20" in error.text()
    assert not dialog.ok.isEnabled()
    dialog.accept()
    assert saved == [] and dialog.isVisible()

    editor.setText("4")
    with qtbot.waitSignal(dialog.finished):
        dialog.ok.click()
    assert saved == [[(portions, 4)]]


def test_the_plan_s_time_zone_is_set_in_preferences_and_a_wrong_one_is_refused(
    qtbot: QtBot,
) -> None:
    from PySide6.QtWidgets import QLineEdit

    from planner.domain.sharing import TIME_ZONE
    from planner.ui.dialogs.preferences import PreferencesDialog

    saved: list[object] = []
    dialog = PreferencesDialog({}, lambda changes: saved.append(changes) or True)
    qtbot.addWidget(dialog)
    dialog.show()
    zone = dialog.findChild(QLineEdit, "preferenceTimeZone")
    assert zone is not None and zone.text() == ""

    zone.setText("Mars/Olympus")
    assert not dialog.ok.isEnabled()

    zone.setText("Europe/Berlin")
    with qtbot.waitSignal(dialog.finished):
        dialog.ok.click()
    assert saved == [[(TIME_ZONE, "Europe/Berlin")]]
