"""Switching weeks cheaply: one read per kind of record, texts laid out once, and the page
laid out again only when the dates need another height."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from planner.domain.enums import AppointmentKind
from planner.domain.model import Appointment
from planner.services import early_week, week_reader
from planner.services import week as week_service
from planner.services.plan import Plan
from planner.ui.mainwindow import MainWindow
from planner.ui.week import days
from planner.ui.week import page as week_page
from planner.ui.week.model import WeekRow, week_rows
from planner.ui.week.page import KEPT_WEEKS, READ_AHEAD_AFTER_MS, READ_AHEAD_WEEKS, WeekPage
from planner.ui.workers import Job
from tests.conftest import TODAY


class LayoutRequests(QObject):
    """Counts the layout requests a widget receives."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def test_the_window_read_finds_what_each_read_alone_finds(demo_plan: Plan) -> None:
    with demo_plan.unit_of_work() as work:
        store = work.store
        for first in (TODAY - dt.timedelta(days=9), TODAY, TODAY + dt.timedelta(days=5)):
            last = first + dt.timedelta(days=13)
            window = store.reader().window(first, last, TODAY)
            in_window = store.appointments(first, last)
            assert window.appointments == tuple(store.hard_day_sources(first) + in_window)
            legs = store.legs_for([a.id for a in in_window if a.id is not None])
            assert sorted(window.legs, key=lambda leg: leg.id or 0) == sorted(
                legs, key=lambda leg: leg.id or 0
            )
            assert window.helpers == tuple(store.helpers())
            assert window.tasks == tuple(store.tasks(first, last))
            taken = store.portions_taken(first, last)
            assert window.meals == tuple(store.meals(in_stock_or={t.meal_id for t in taken}))
            assert window.journal == tuple(store.journal(first, last))
            assert window.groups == tuple(store.groups())
            assert window.settings == store.settings()
        assert window.appointments and window.legs and window.helpers  # the demo has them


def test_a_week_long_past_reads_the_answers_of_its_days_and_of_today(demo_plan: Plan) -> None:
    first = TODAY - dt.timedelta(weeks=30)
    with demo_plan.unit_of_work() as work:
        window = work.store.reader().window(first, first + dt.timedelta(days=6), TODAY)
    # Not the months between: only the days shown (and the day either side) and the days
    # around today, whose missed doses and reminders the rules look at.
    near = {TODAY + dt.timedelta(days=n) for n in (-1, 0, 1)}
    shown = {first + dt.timedelta(days=n) for n in range(-1, 8)}
    assert window.confirmations  # the demo answered doses yesterday and today
    assert all(c.due.date() in near | shown for c in window.confirmations)


def test_switching_back_shows_the_same_rows_as_reading_the_week_afresh(
    window: MainWindow,
) -> None:
    page = window.week_page
    page.next_week()
    page.previous_week()  # texts laid out the first time are used again
    assert page.week is not None
    assert page.day_list.rows() == week_rows(page.week, TODAY)
    width = page.day_list.row_width()
    for n, row in enumerate(page.day_list.rows()):
        layout = page.day_list.text_layout(n, width)
        assert layout.text() == (row.shown or row.text)
        assert page.day_list.row_height(n, width) >= layout.boundingRect().height()


def settle_layouts(page: QWidget) -> None:
    """Let ``page`` lay out whatever it had still to lay out (before counting requests)."""
    settled = LayoutRequests()
    page.installEventFilter(settled)
    for _ in range(20):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        before, settled.count = settled.count, 0
        if before == 0:
            break
    page.removeEventFilter(settled)


def test_new_dates_of_the_same_height_do_not_lay_the_page_out_again(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = window.week_page
    line, label = page.range_line, page.range_label
    # The wider dates first: a line never asks again for a width it has had.
    label.setText("Wednesday, 8 April 2026 to Tuesday, 14 April 2026")
    settle_layouts(page)
    counter = LayoutRequests()
    page.installEventFilter(counter)
    line.set_text("Wednesday, 1 April 2026 to Tuesday, 7 April 2026")
    for _ in range(3):  # the label's request, then any the line passes on
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    assert label.text().startswith("Wednesday, 1 April")
    assert counter.count == 0
    assert line.height() >= label.heightForWidth(line.width())

    # Dates that need more lines than there is room for make room for themselves.
    line.set_text(" ".join(["Wednesday, 8 April 2026 to Tuesday, 14 April 2026"] * 8))
    qtbot.wait_until(lambda: line.height() >= label.heightForWidth(line.width()))
    assert label.height() == line.height()
    page.removeEventFilter(counter)


def test_dates_on_fewer_lines_than_before_keep_the_room_and_the_page_as_it_is(
    window: MainWindow, qtbot: QtBot
) -> None:
    """A narrow page's dates wrap to more lines one week than the next (the months' names
    differ): the room made for the most stays, rather than the page being laid out and
    painted anew at every switch."""
    page = window.week_page
    line, label = page.range_line, page.range_label
    window.show()
    long_dates = " ".join(["Wednesday, 30 September 2026 to Tuesday, 6 October 2026"] * 4)
    line.set_text(long_dates)
    qtbot.wait_until(lambda: line.height() >= label.heightForWidth(line.width()))
    settle_layouts(page)
    room = line.height()
    counter = LayoutRequests()
    page.installEventFilter(counter)
    line.set_text("Wednesday, 1 April 2026 to Tuesday, 7 April 2026")
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    page.removeEventFilter(counter)
    assert label.heightForWidth(line.width()) < room  # fewer lines now
    assert counter.count == 0 and line.height() == room


def read_ahead_done(page: WeekPage, qtbot: QtBot) -> None:
    """Let the page read the weeks beside the one shown, as it does while a person looks."""
    qtbot.wait_until(lambda: not page.reading_ahead)


def note_reads_ahead(monkeypatch: pytest.MonkeyPatch, note: Callable[[dt.date], object]) -> None:
    """Call ``note`` with the first day of each week read ahead from now on, as it is read
    (off the window's thread; a click's own read goes on unnoted)."""
    read_ahead = week_service.read_ahead

    def noted(plan: Plan, first: dt.date) -> week_service.Ahead:
        if threading.current_thread() is not threading.main_thread():
            note(first)
        return read_ahead(plan, first)

    monkeypatch.setattr(week_service, "read_ahead", noted)


def note_reads_at_the_click(
    monkeypatch: pytest.MonkeyPatch, note: Callable[[dt.date], object]
) -> None:
    """Call ``note`` with the first day of each week the page reads on the window's thread
    from now on (a click that found nothing read ahead)."""
    read_ahead, read = week_service.read_ahead, early_week.read

    def noted_ahead(plan: Plan, first: dt.date) -> week_service.Ahead:
        if threading.current_thread() is threading.main_thread():
            note(first)
        return read_ahead(plan, first)

    def noted(plan: Plan, first: dt.date, *args: Any, **kwargs: Any) -> Any:
        note(first)
        return read(plan, first, *args, **kwargs)

    monkeypatch.setattr(week_service, "read_ahead", noted_ahead)
    monkeypatch.setattr(early_week, "read", noted)


def read_nothing_at_the_click(monkeypatch: pytest.MonkeyPatch, why: str) -> None:
    """From now on, a week read on the window's thread fails the test, saying ``why``."""

    def refused(first: dt.date) -> None:
        raise AssertionError(why)

    note_reads_at_the_click(monkeypatch, refused)


def note_laid_out(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the rows the day list lays out from now on, as it lays them out."""
    laid_out: list[str] = []
    measured = days.measured

    def counted(row: WeekRow, *args: Any) -> days.Measured:
        laid_out.append(row.text)
        return measured(row, *args)

    monkeypatch.setattr(days, "measured", counted)
    return laid_out


def hold_reads_ahead(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, list[Job]]:
    """From now on, each read ahead waits (off the window's thread) until the event
    returned is set; the jobs the page makes for them are listed as they are made."""
    release = threading.Event()
    note_reads_ahead(monkeypatch, lambda _first: release.wait(10))
    made: list[Job] = []

    class NotedJob(Job):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            made.append(self)

    monkeypatch.setattr(week_page, "Job", NotedJob)
    return release, made


def test_a_week_looked_at_has_the_next_read_ahead_and_shown_without_reading(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.week_page
    read_ahead_done(page, qtbot)
    expected = week_service.coming_days(window.plan, TODAY + dt.timedelta(days=7))
    laid_out = note_laid_out(monkeypatch)
    read_nothing_at_the_click(monkeypatch, "the week should have been read ahead")
    page.next_week()
    assert page.week == expected
    assert page.day_list.rows() == week_rows(expected, TODAY)
    assert laid_out == []  # its texts were laid out ahead too
    width = page.day_list.row_width()
    for n in range(len(page.day_list.rows())):
        assert page.day_list.row_height(n, width) >= page.day_list.text_height(n, width)

    # And back: the week before it was read ahead meanwhile as well.
    read_ahead_done(page, qtbot)
    page.previous_week()
    assert page.day == TODAY and page.week is not None
    assert page.week.days[0].date == TODAY


def test_a_change_saved_after_the_read_ahead_is_in_the_week_shown(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = window.week_page
    read_ahead_done(page, qtbot)
    at = dt.datetime.combine(TODAY + dt.timedelta(days=9), dt.time(16))
    with window.plan.unit_of_work() as work:
        work.store.add(Appointment(AppointmentKind.SCAN, "Scan saved meanwhile", at))
        work.commit()
    page.next_week()
    assert any(item.title == "Scan saved meanwhile" for day in page.week.days for item in day.items)
    assert any("Scan saved meanwhile" in row.text for row in page.day_list.rows())


def test_a_week_read_ahead_a_long_look_ago_is_read_again(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.week_page
    read_ahead_done(page, qtbot)
    clock = window.plan.clock
    clock.move_to(clock.now() + week_service.AHEAD_FRESH + dt.timedelta(minutes=1))
    reads: list[dt.date] = []
    note_reads_at_the_click(monkeypatch, reads.append)
    page.next_week()
    assert reads == [TODAY + dt.timedelta(days=7)]


def test_the_window_s_first_frame_comes_before_any_week_is_read_ahead(
    demo_plan: Plan, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(demo_plan, ask_profile=False)  # made, its week read, not shown yet
    qtbot.addWidget(window)
    page = window.week_page
    painted_when_read: list[bool] = []
    note_reads_ahead(monkeypatch, lambda _first: painted_when_read.append(page.day_list.painted))
    qtbot.wait(2 * READ_AHEAD_AFTER_MS)  # a start slower than the wait for a look
    window.show()
    read_ahead_done(page, qtbot)
    # The week after, the week before, and the weeks after those.
    assert painted_when_read == [True] * (READ_AHEAD_WEEKS + 1)


def test_weeks_are_read_ahead_off_the_window_s_thread(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crowded plan's coming week takes some 25 ms to work out: the window's thread stays
    free for the person's clicks and keys meanwhile."""
    page = window.week_page
    read_ahead_done(page, qtbot)
    threads: list[bool] = []
    note_reads_ahead(
        monkeypatch,
        lambda _first: threads.append(threading.current_thread() is threading.main_thread()),
    )
    page.next_week()
    read_ahead_done(page, qtbot)
    # The week now furthest ahead, and the week read as the window opened (not kept).
    assert threads == [False, False]
    page.next_week()
    assert page.day == TODAY + dt.timedelta(days=14)


def test_a_read_ahead_that_fails_leaves_the_click_to_read_the_week(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.week_page
    read_ahead_done(page, qtbot)

    def broken(plan: Plan, first: dt.date) -> week_service.Ahead:
        raise OSError("the disk went away")

    monkeypatch.setattr(week_service, "read_ahead", broken)
    page.next_week()  # read ahead before the failure: shown
    read_ahead_done(page, qtbot)  # the week after it fails quietly
    monkeypatch.undo()
    page.next_week()  # read now, as without reading ahead
    assert page.week is not None
    assert page.week.days[0].date == TODAY + dt.timedelta(days=14)


def test_the_week_left_is_kept_and_going_back_reads_nothing(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.week_page
    read_ahead_done(page, qtbot)
    page.next_week()  # read ahead: the week it leaves (read as the window opened) is not
    read_ahead_done(page, qtbot)
    read: list[dt.date] = []
    note_reads_ahead(monkeypatch, read.append)
    page.next_week()
    shown = page.week
    read_ahead_done(page, qtbot)
    # Only the week furthest ahead: the one before was shown just now.
    assert read == [TODAY + dt.timedelta(days=7 * (READ_AHEAD_WEEKS + 2))]

    read_nothing_at_the_click(monkeypatch, "the week left should have been kept")
    page.previous_week()
    assert page.week == week_service.coming_days(window.plan, TODAY + dt.timedelta(days=7))
    page.next_week()
    assert page.week is shown


def test_the_week_the_person_moves_towards_is_read_ahead_first(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.week_page
    read_ahead_done(page, qtbot)
    read: list[dt.date] = []
    note_reads_ahead(monkeypatch, read.append)
    page.previous_week()
    read_ahead_done(page, qtbot)
    # Back first, then the week left, then further back.
    back = [TODAY - dt.timedelta(days=7 * n) for n in range(2, READ_AHEAD_WEEKS + 2)]
    assert read == [back[0], TODAY, *back[1:]]
    read.clear()
    page.next_week()
    page.next_week()  # the week after today, read when the window opened: not read again
    read_ahead_done(page, qtbot)
    assert read[0] == TODAY + dt.timedelta(days=14)


def test_a_look_reads_the_weeks_after_it_ahead_and_clicks_through_them_read_nothing(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.week_page
    read_ahead_done(page, qtbot)
    coming = [TODAY + dt.timedelta(days=7 * n) for n in range(1, READ_AHEAD_WEEKS + 1)]
    expected = [week_service.coming_days(window.plan, first) for first in coming]

    read_nothing_at_the_click(monkeypatch, "the week should have been read ahead")
    for week in expected:  # back to back: no moment to read between the clicks
        page.next_week()
        assert page.week == week


def test_the_weeks_read_ahead_are_read_again_while_the_person_keeps_looking(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.week_page
    read_ahead_done(page, qtbot)
    monkeypatch.setattr(week_page, "READ_AGAIN_AFTER_MS", 10)  # a long look, made short
    read: list[dt.date] = []
    note_reads_ahead(monkeypatch, read.append)
    page.next_week()
    round_of_reads = READ_AHEAD_WEEKS + 1
    qtbot.wait_until(lambda: len(read) >= round_of_reads)
    clock = window.plan.clock
    looked_from = clock.now()
    clock.move_to(looked_from + week_service.AHEAD_FRESH * 3 / 4)
    since = len(read)
    qtbot.wait_until(lambda: len(read) >= since + 2 * round_of_reads)  # read again since
    monkeypatch.setattr(week_page, "READ_AGAIN_AFTER_MS", 10**7)
    read_ahead_done(page, qtbot)
    # Out of date, had they been read only as the look began.
    clock.move_to(looked_from + week_service.AHEAD_FRESH * 3 / 2)
    expected = week_service.coming_days(window.plan, TODAY + dt.timedelta(days=14))

    read_nothing_at_the_click(monkeypatch, "the week should have been read again ahead")
    page.next_week()
    assert page.week == expected


def test_a_click_while_a_week_is_read_ahead_holds_the_next_read_until_the_next_look(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read on the thread pool and the window's own work take turns: while the person
    clicks on, the reads ahead wait."""
    page = window.week_page
    read_ahead_done(page, qtbot)
    release, made = hold_reads_ahead(monkeypatch)
    page.next_week()
    qtbot.wait_until(lambda: len(made) == 1)  # a read ahead on its way, held
    monkeypatch.setattr(week_page, "READ_AHEAD_AFTER_MS", 10**7)  # the next look: not yet
    page.next_week()
    with qtbot.wait_signal(made[0].ended):
        release.set()
    assert len(made) == 1
    assert page.reading_ahead  # the others wait for the look


def test_weeks_read_again_are_kept_until_their_new_read_arrives(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.week_page
    read_ahead_done(page, qtbot)
    release = threading.Event()
    read: list[dt.date] = []

    def held(first: dt.date) -> None:
        read.append(first)
        if len(read) > 2:  # the reads once all are read: held
            release.wait(10)

    note_reads_ahead(monkeypatch, held)
    monkeypatch.setattr(week_page, "READ_AGAIN_AFTER_MS", 0)
    try:
        page.next_week()  # the weeks around it read, then read again at once
        qtbot.wait_until(lambda: len(read) == 3)  # the weeks not read before, then again
        expected = week_service.coming_days(window.plan, TODAY + dt.timedelta(days=14))

        read_nothing_at_the_click(monkeypatch, "the week read before should still be shown")
        page.next_week()
        assert page.week == expected
    finally:
        release.set()
        monkeypatch.setattr(week_page, "READ_AGAIN_AFTER_MS", 10**7)
        read_ahead_done(page, qtbot)


def test_the_days_from_today_are_read_ahead_for_the_today_button(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.week_page
    page.show_week(TODAY - dt.timedelta(days=7 * 10))  # browsed far back
    read_ahead_done(page, qtbot)
    expected = week_service.coming_days(window.plan, TODAY)

    read_nothing_at_the_click(monkeypatch, "the days from today should have been read ahead")
    page.show_today()
    assert page.week == expected
    assert page.day_list.rows() == week_rows(expected, TODAY)


def test_a_week_read_at_the_click_is_kept_and_going_back_to_it_reads_nothing(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.week_page
    read_ahead_done(page, qtbot)
    page.refresh()  # as after a change: nothing read ahead any more
    read: list[dt.date] = []
    note_reads_at_the_click(monkeypatch, read.append)
    page.next_week()
    page.next_week()  # back to back: each read at the click
    assert read == [TODAY + dt.timedelta(days=7), TODAY + dt.timedelta(days=14)]
    read_nothing_at_the_click(monkeypatch, "the week read a moment ago should have been kept")
    page.previous_week()
    assert page.week == week_service.coming_days(window.plan, TODAY + dt.timedelta(days=7))


def test_clicks_on_and_on_keep_the_nearest_weeks_left_and_no_more(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.week_page
    read_ahead_done(page, qtbot)
    for _ in range(2 * KEPT_WEEKS):  # back to back: no look between
        page.previous_week()
    read: list[dt.date] = []
    note_reads_at_the_click(monkeypatch, read.append)
    for _ in range(2 * KEPT_WEEKS):
        page.next_week()
    assert page.day == TODAY
    # The weeks left nearest the furthest one were kept; the others are read again (and
    # the week the window opened on, read with its steps, was not kept).
    assert read == [TODAY - dt.timedelta(days=7 * n) for n in range(KEPT_WEEKS - 1, -1, -1)]


def test_clicks_on_and_on_keep_the_days_from_today_for_the_today_button(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """However far the person clicks, the days from today read ahead stay kept: dropped as
    the furthest, they were read again at each click (the most crowded week of all), and
    the Today button read them once more."""
    page = window.week_page
    page.previous_week()
    read_ahead_done(page, qtbot)  # the days from today among the weeks read ahead
    for _ in range(2 * KEPT_WEEKS):  # back to back: no look between
        page.previous_week()
    read_nothing_at_the_click(monkeypatch, "the days from today should have been kept")
    page.show_today()
    assert page.week == week_service.coming_days(window.plan, TODAY)


def saved_and_shown_again(window: MainWindow, title: str, day: dt.date) -> None:
    """Save an appointment on ``day`` and let the week page take the change in, as the
    window does after each save."""
    at = dt.datetime.combine(day, dt.time(15))
    with window.plan.unit_of_work() as work:
        work.store.add(Appointment(AppointmentKind.SCAN, title, at))
        work.commit()
    window.week_page.refresh()


def test_a_read_ahead_asked_for_before_a_change_is_asked_for_again(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read under way when a change is saved reads the plan as it was: it is not kept,
    and the week is read ahead again, so the click after the change still reads nothing."""
    page = window.week_page
    read_ahead_done(page, qtbot)
    page.next_week()  # the weeks further on are read ahead next
    held, release = threading.Event(), threading.Event()

    def hold(_first: dt.date) -> None:
        if not release.is_set():
            held.set()
            release.wait(10)

    note_reads_ahead(monkeypatch, hold)
    qtbot.wait_until(held.is_set)  # a read ahead under way, of the plan before the change
    saved_and_shown_again(window, "Scan saved during a read", TODAY + dt.timedelta(days=15))
    release.set()
    read_ahead_done(page, qtbot)

    read_nothing_at_the_click(monkeypatch, "the week should have been read again ahead")
    page.next_week()
    assert page.week == week_service.coming_days(window.plan, TODAY + dt.timedelta(days=14))
    assert any("Scan saved during a read" in row.text for row in page.day_list.rows())
    monkeypatch.undo()  # the window's own look at the change comes later: it reads again


def test_after_a_change_the_second_process_reads_the_next_week_as_this_one_is_read_here(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, reading_aside: None
) -> None:
    """With a second process reading ahead, a change has the week the person goes to next
    asked of it before the window reads the week it shows: the two are read at once, and
    a click soon after finds the next week read."""
    page = window.week_page
    page.next_week()
    read_ahead_done(page, qtbot)
    reader = week_reader.reader_for(window.plan)
    assert reader is not None and reader.working
    order: list[str] = []
    asked: list[week_page.ReadAhead] = []

    class NotedRead(week_page.ReadAhead):
        def __init__(self, first: dt.date, changes: int) -> None:
            super().__init__(first, changes)
            order.append(f"asked aside {first}")
            asked.append(self)

    monkeypatch.setattr(week_page, "ReadAhead", NotedRead)
    note_reads_at_the_click(monkeypatch, lambda first: order.append(f"read here {first}"))
    next_week = TODAY + dt.timedelta(days=14)
    saved_and_shown_again(window, "Scan saved before the click", next_week + dt.timedelta(days=1))
    assert order == [f"asked aside {next_week}", f"read here {TODAY + dt.timedelta(days=7)}"]

    # The click comes before the read has reached the page: it takes what the second
    # process read rather than read the week again.
    assert asked[0].done.wait(10)
    read_nothing_at_the_click(monkeypatch, "the click should have taken the read under way")
    page.next_week()
    assert page.week == week_service.coming_days(window.plan, next_week)
    assert any("Scan saved before the click" in row.text for row in page.day_list.rows())
    monkeypatch.undo()  # the window's own look at the change comes later: it reads again


def test_a_week_read_ahead_is_laid_out_once_the_person_stops_clicking(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A week arriving from a read ahead while the person clicks from week to week is kept
    as read; its rows are worked out and their texts laid out once they stop (from the
    second process weeks arrive between clicks). A click on it before then works them
    out."""
    page = window.week_page
    read_ahead_done(page, qtbot)
    release, made = hold_reads_ahead(monkeypatch)
    laid_out = note_laid_out(monkeypatch)
    page.next_week()
    qtbot.wait_until(lambda: len(made) == 1)  # the week now furthest ahead, held
    laid_out.clear()
    monkeypatch.setattr(week_page, "READ_AHEAD_AFTER_MS", 10**7)  # the person clicks on
    with qtbot.wait_signal(made[0].ended):
        release.set()
    assert laid_out == []  # arrived and kept, not laid out yet

    # The week read as the window opened was not kept: it was the one read ahead, held.
    read_nothing_at_the_click(monkeypatch, "the week arrived should have been kept")
    page.previous_week()
    assert page.week == week_service.coming_days(window.plan, TODAY)
    assert page.day_list.rows() == week_rows(page.week, TODAY)
