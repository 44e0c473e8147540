"""File > Import calendar… and Export calendar…: reading off the window's thread, the
preview with editable kinds, cancel, hostile files, and what gets saved."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path

import icalendar
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from planner.domain.enums import AppointmentKind
from planner.interop.ics_import import CalendarRead
from planner.services import calendar
from planner.services.plan import Plan
from planner.services.settings import change_setting
from planner.ui.appointments.calendar_import import CalendarImportDialog
from planner.ui.mainwindow import MainWindow
from tests.helpers.waiting import wait_until
from tests.ui.conftest import MakeWindow

CORPUS = Path(__file__).parent.parent / "interop" / "calendars"


def open_import(window: MainWindow, path: Path, qtbot: QtBot) -> CalendarImportDialog:
    window.sharing.choose_open = lambda *_: path
    dialog = window.sharing.import_calendar()
    assert dialog is not None
    wait_until(lambda: dialog.settled, "the background work never finished", 10000)
    return dialog


def stored(plan: Plan) -> list[tuple[str, AppointmentKind]]:
    with plan.unit_of_work() as work:
        return [(a.title, a.kind) for a in work.store.appointments()]


def test_preview_lists_the_events_and_import_saves_them_with_the_kind_chosen(
    plan: Plan, make_window: MakeWindow, qtbot: QtBot
) -> None:
    change_setting(plan, calendar.TIME_ZONE, "Europe/London")
    window = make_window(plan)
    dialog = open_import(window, CORPUS / "apple.ics", qtbot)
    wait_until(lambda: dialog.model.rowCount() == 1, "the background work never finished", 10_000)
    assert dialog.table.isVisible() and not dialog.progress.isVisible()
    assert dialog.model.index(0, 2).data() == "Scan"
    assert "Added as new" in str(dialog.model.index(0, 3).data())
    assert dialog.ok.isEnabled() and "1" in dialog.ok.text()
    assert dialog.selected_rows() == [0]  # the first row is selected for the kind
    index = dialog.kind.findData(AppointmentKind.CONSULTATION.value)
    dialog.kind.setCurrentIndex(index)
    dialog.kind.activated.emit(index)
    assert dialog.model.index(0, 2).data() == AppointmentKind.CONSULTATION.label
    with qtbot.wait_signal(dialog.finished):
        dialog.ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert stored(plan) == [("CT scan \N{EN DASH} chest and abdomen", AppointmentKind.CONSULTATION)]
    assert "1 appointments added" in window.statusBar().currentMessage()


def test_a_second_import_shows_updates_not_new_events(
    plan: Plan, make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window(plan)
    first = open_import(window, CORPUS / "outlook.ics", qtbot)
    wait_until(lambda: first.model.rowCount() == 2, "the background work never finished", 10_000)
    with qtbot.wait_signal(first.finished):
        first.ok.click()
    again = open_import(window, CORPUS / "outlook.ics", qtbot)
    wait_until(lambda: again.model.rowCount() == 2, "the background work never finished", 10_000)
    texts = [str(again.model.index(n, 3).data()) for n in range(2)]
    assert any("Updates the one already in the plan" in t for t in texts)
    assert any("Cancelled in the calendar" in t for t in texts)
    with qtbot.wait_signal(again.finished):
        again.ok.click()
    assert len(stored(plan)) == 2


def test_unreadable_events_are_listed_with_why_and_the_rest_can_be_imported(
    plan: Plan, make_window: MakeWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "mixed.ics"
    path.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
        b"BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Bloods\r\nDTSTART:20260316T090000\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:Forever\r\nDTSTART:20260316T090000\r\n"
        b"RRULE:FREQ=DAILY;INTERVAL=0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    window = make_window(plan)
    dialog = open_import(window, path, qtbot)
    wait_until(lambda: dialog.model.rowCount() == 1, "the background work never finished", 10_000)
    assert dialog.problems.isVisible()
    assert "Forever" in dialog.problems.text() and "interval" in dialog.problems.text()
    assert "Events that cannot be read: 1" in dialog.summary.text()
    with qtbot.wait_signal(dialog.finished):
        dialog.reject()
    assert stored(plan) == []


def test_a_file_that_is_no_calendar_says_why_and_offers_only_close(
    plan: Plan, make_window: MakeWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "photo.ics"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe\x81")
    window = make_window(plan)
    dialog = open_import(window, path, qtbot)
    assert "Nothing was imported" in dialog.summary.text()
    assert not dialog.ok.isEnabled()
    assert dialog.cancel_button.text() == "Close"
    with qtbot.wait_signal(dialog.finished):
        dialog.cancel_button.click()
    assert stored(plan) == []


def test_cancel_stops_the_reading_and_closes_with_nothing_saved(plan: Plan, qtbot: QtBot) -> None:
    started = threading.Event()

    def endless(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
        started.set()
        done = 0
        while not cancelled():
            done += 1
            progress(done % 100, 100)
            threading.Event().wait(0.001)  # a slow file, read step by step
        raise RuntimeError("stopped")

    def never(_: CalendarRead) -> calendar.ImportPreview:
        raise AssertionError("a cancelled read is never previewed")

    # Not handed to qtbot: the dialog deletes itself once closed, which is part of the test.
    dialog = CalendarImportDialog("big.ics", endless, never, lambda _: True)
    dialog.show()
    wait_until(started.is_set, "the background work never finished", 10_000)
    wait_until(
        lambda: dialog.progress.maximum() == 100, "the background work never finished", 10_000
    )
    finished: list[int] = []
    dialog.finished.connect(finished.append)
    dialog.cancel_button.click()
    assert dialog.summary.text() == "Stopping…"  # the dialog waits for the work to stop
    wait_until(lambda: finished, "the background work never finished", 10_000)
    assert finished == [QDialog.DialogCode.Rejected.value]
    QThreadPool.globalInstance().waitForDone(5000)
    assert stored(plan) == []


def test_export_calendar_writes_the_file_the_user_chose(
    demo_plan: Plan, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window(demo_plan)
    target = tmp_path / "family.ics"
    window.sharing.choose_save = lambda *_: target
    assert window.sharing.export_calendar() == target
    events = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert len(events) > 5
    assert f"Wrote {len(events)} events" in window.statusBar().currentMessage()


def test_the_file_menu_offers_both_calendar_actions(plan: Plan, make_window: MakeWindow) -> None:
    window = make_window(plan)
    menu = window.menuBar().findChild(type(window.menuBar().actions()[0].menu()), "menuFile")
    names = [a.objectName() for a in menu.actions()]
    assert "actionImportCalendar" in names and "actionExportCalendar" in names
    for action in (window.sharing.action_import_calendar, window.sharing.action_export_calendar):
        assert action.text().replace("&", "").endswith("…")


def test_render_preview_at_normal_and_double_text_size(
    plan: Plan, make_window: MakeWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(plan)
    for percent in (100, 200):
        window.text_size.set_percent(percent)
        dialog = open_import(window, CORPUS / "google.ics", qtbot)
        wait_until(
            lambda d=dialog: d.model.rowCount() == 5, "the background work never finished", 10_000
        )
        dialog.resize(dialog.sizeHint())
        image = dialog.grab()
        assert image.save(str(tmp_path / f"calendar-import-{percent}.png"))
        assert image.width() > 300
        with qtbot.wait_signal(dialog.finished):
            dialog.reject()
    window.text_size.set_percent(100)
    _ = dt
