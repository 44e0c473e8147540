"""The week's list of days: made once and shown again for each week, never stale."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from typing import TypeVar

import hypothesis.strategies as st
import pytest
from hypothesis import given, settings
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from planner.services import week as week_service
from planner.services.plan import Plan
from planner.ui.labels import time_of_day
from planner.ui.mainwindow import MainWindow
from planner.ui.week.days import DayList, shown_text
from planner.ui.week.gaps_model import GapModel
from planner.ui.week.model import RowKind, WeekModel, WeekRow, week_rows
from tests.conftest import TODAY
from tests.ui.conftest import MakeWindow

T = TypeVar("T")

EMPTY_WEEK = TODAY - dt.timedelta(weeks=10)  # before the demo month


def expected_rows(window: MainWindow, day: dt.date) -> tuple[WeekRow, ...]:
    return week_rows(week_service.coming_days(window.plan, day), TODAY)


def gap_messages(window: MainWindow) -> list[str]:
    model = window.week_page.gaps.model
    return [model.gap(row).message for row in range(model.rowCount())]


def test_the_week_model_passes_the_model_tester(
    qtmodeltester: ModelTester, window: MainWindow
) -> None:
    model = WeekModel()
    week = window.week_page.week
    assert week is not None
    model.set_week(week, TODAY)
    qtmodeltester.check(model)
    assert not model.set_week(week, TODAY)  # the same week again: no reset


def test_many_switches_show_the_right_week(window: MainWindow) -> None:
    page = window.week_page
    for _ in range(6):
        page.next_week()
        assert page.day_list.rows() == expected_rows(window, page.day)
    for _ in range(9):
        page.previous_week()
        assert page.day_list.rows() == expected_rows(window, page.day)
    page.show_today()
    assert page.day_list.rows() == expected_rows(window, TODAY)


def test_an_empty_week_between_busy_ones_leaves_nothing_behind(window: MainWindow) -> None:
    page = window.week_page
    busy = page.day_list.rows()
    gaps = gap_messages(window)
    buttons = [page.gaps.fix_button(row).text() for row in range(len(gaps))]
    assert any(row.kind is RowKind.ITEM for row in busy) and gaps

    page.show_week(EMPTY_WEEK)
    assert [row.kind for row in page.day_list.rows()] == [RowKind.HEADING, RowKind.NOTHING] * 7
    assert gap_messages(window) == []
    assert page.gaps.all_clear.isVisibleTo(window)
    assert not page.gaps.view.isVisibleTo(window)

    page.show_today()
    assert page.day_list.rows() == busy
    assert gap_messages(window) == gaps
    assert [page.gaps.fix_button(row).text() for row in range(len(gaps))] == buttons
    assert not page.gaps.all_clear.isVisibleTo(window)


def test_gap_rows_change_in_place() -> None:
    """Rows that stay keep their fix buttons: the model changes them, never resets."""
    model = GapModel()
    resets: list[None] = []
    model.modelReset.connect(lambda: resets.append(None))
    from planner.domain.enums import Area
    from planner.domain.gaps import Fix, Gap

    def gap(n: int) -> Gap:
        return Gap("k", TODAY, f"Missing {n}.", Fix(Area.RIDES, n, "Confirm the driver"))

    model.set_gaps([gap(1), gap(2), gap(3)])
    model.set_gaps([gap(4)])
    model.set_gaps([gap(4), gap(5)])
    assert [model.gap(row).message for row in range(model.rowCount())] == [
        "Missing 4.",
        "Missing 5.",
    ]
    # The row kept says the new gap too, in every role.
    assert model.index(0, 0).data() == "Missing 4."
    assert model.index(0, 1).data(Qt.ItemDataRole.AccessibleTextRole).startswith("Missing 4.")
    assert not resets

    # Rows that come are added at once, said once: a view lays itself out at each signal.
    inserted: list[tuple[int, int]] = []
    changed: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.dataChanged.connect(lambda top, bottom: changed.append((top.row(), bottom.row())))
    model.set_gaps([gap(n) for n in range(4, 10)])
    assert inserted == [(2, 5)] and changed == [(2, 5)]
    assert [model.index(row, 0).data() for row in range(6)] == [
        f"Missing {n}." for n in range(4, 10)
    ]
    assert model.index(5, 1).data() == "Confirm the driver"
    assert model.index(5, 1).data(Qt.ItemDataRole.AccessibleTextRole).startswith("Missing 9.")
    assert model.index(5, 0).flags() & Qt.ItemFlag.ItemIsEditable == Qt.ItemFlag.NoItemFlags


def test_an_item_shows_its_title_in_bold_with_type_and_detail(window: MainWindow) -> None:
    ride = next(
        row
        for row in window.week_page.day_list.rows()
        if row.item is not None and row.item.title == "Ride to Chemotherapy, cycle 1"
    )
    text, formats = shown_text(ride)
    assert text == "Ride: Ride to Chemotherapy, cycle 1 \N{EN DASH} Sam Keller (confirmed)"
    (bold,) = formats
    assert text[bold.start : bold.start + bold.length] == "Ride to Chemotherapy, cycle 1"
    assert bold.format.fontWeight() > 400
    # Its time, drawn in a column of its own, is the locale's time of its start.
    assert ride.item is not None
    assert ride.when == time_of_day(ride.item.start) and ride.when in ride.text


@pytest.mark.parametrize("percent", [100, 200])
def test_rows_fit_their_text_at_every_text_size(
    window: MainWindow, percent: int, qtbot: QtBot
) -> None:
    window.text_size.set_percent(percent)
    try:
        check_rows_fit(window, percent, qtbot)
    finally:
        window.text_size.reset()  # as found: the size is saved, and later windows start at it


def check_rows_fit(window: MainWindow, percent: int, qtbot: QtBot) -> None:
    days = window.week_page.day_list
    days.doItemsLayout()
    settled(days, qtbot)
    width = days.row_width()
    one_line = days.fontMetrics().height()
    for n, row in enumerate(days.rows()):
        layout = days.text_layout(n, width)
        lines = [layout.lineAt(i) for i in range(layout.lineCount())]
        # Every line within the row's text width, all lines inside the row's height.
        assert max(line.naturalTextWidth() for line in lines) <= days.text_width(row, width)
        assert days.row_height(n, width) >= layout.boundingRect().height() >= one_line * 0.9
        rect = days.visualRect(days.model().index(n, 0))
        assert rect.height() == days.row_height(n, width)
    if percent == 200:  # long items wrap rather than run out of their card
        assert max(days.text_layout(n, width).lineCount() for n in range(len(days.rows()))) > 1


def test_the_days_are_reached_and_read_by_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    days = window.week_page.day_list
    days.setFocus(Qt.FocusReason.TabFocusReason)
    assert days.hasFocus()
    days.setCurrentIndex(days.model().index(0, 0))
    qtbot.keyClick(days, Qt.Key.Key_Down)
    current = days.currentIndex()
    assert current.row() == 1
    assert days.selectionModel().isSelected(current)
    assert current.data(Qt.ItemDataRole.AccessibleTextRole) == days.rows()[1].text
    window.area_list.setFocus()
    assert not days.selectionModel().hasSelection()  # no highlight left behind


def test_gaps_shown_again_are_not_said_again_unless_in_another_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The weeks around the one shown list most of the same gaps: each is put into words
    once (in the language it is said in), not at every switch."""
    from planner.domain.enums import Area
    from planner.domain.gaps import Fix, Gap
    from planner.ui.week import gaps_model

    said: list[str] = []  # the gaps' words (the fixes' are said with them)
    speaking = ["en"]

    def say(words: str) -> str:
        if words.startswith("Missing"):
            said.append(words)
        return words

    monkeypatch.setattr(gaps_model, "say", say)
    monkeypatch.setattr(gaps_model, "language", lambda: speaking[0], raising=False)

    def gap(n: int) -> Gap:
        return Gap("k", TODAY, f"Missing {n}.", Fix(Area.RIDES, n, "Confirm the driver"))

    model = GapModel()
    model.set_gaps([gap(1), gap(2)])
    model.set_gaps([gap(3)])
    assert said == ["Missing 1.", "Missing 2.", "Missing 3."]

    model.set_gaps([gap(1), gap(2)])  # the first week again
    assert said == ["Missing 1.", "Missing 2.", "Missing 3."]
    assert [model.index(row, 0).data() for row in range(2)] == ["Missing 1.", "Missing 2."]

    speaking[0] = "de"
    model.set_gaps([gap(3)])
    assert said[3:] == ["Missing 3."]


def test_a_long_list_of_gaps_shows_the_first_and_all_on_request(qtbot: QtBot) -> None:
    from planner.domain.enums import Area
    from planner.domain.gaps import Fix, Gap
    from planner.ui.week.gaps import FIRST_SHOWN, GapPanel

    panel = GapPanel()
    qtbot.add_widget(panel)
    panel.show()
    many = tuple(
        Gap("ride_unconfirmed", TODAY, f"Ride {n} not confirmed", Fix(Area.RIDES, n, "Confirm"))
        for n in range(FIRST_SHOWN + 12)
    )
    panel.set_gaps(many, "Nothing missing.")

    assert panel.model.rowCount() == FIRST_SHOWN
    assert panel.show_all.isVisible()
    assert (
        panel.show_all.text() == f"Show all {FIRST_SHOWN + 12} (the first {FIRST_SHOWN} are listed)"
    )
    assert panel.fix_button(FIRST_SHOWN - 1).text() == "Confirm"

    panel.show_all.click()

    assert panel.model.rowCount() == FIRST_SHOWN + 12
    assert panel.model.gap(FIRST_SHOWN + 11).message == f"Ride {FIRST_SHOWN + 11} not confirmed"
    assert not panel.show_all.isVisible()
    panel.set_gaps(many[:3], "Nothing missing.")
    assert panel.model.rowCount() == 3 and not panel.show_all.isVisible()


class Counted(QObject):
    """An event filter that counts the events of one type its widgets receive."""

    def __init__(self, kind: QEvent.Type) -> None:
        super().__init__()
        self.kind = kind
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.count += event.type() == self.kind
        return False


def test_show_all_s_new_count_lays_nothing_out_again_unless_it_takes_more_room(
    qtbot: QtBot,
) -> None:
    """Its words change with nearly every week; a new text asked the whole page for
    another layout (and a second paint of the list) although it took the same room."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from planner.domain.enums import Area
    from planner.domain.gaps import Fix, Gap
    from planner.ui.week.gaps import FIRST_SHOWN, GapPanel

    def gaps(count: int) -> tuple[Gap, ...]:
        return tuple(
            Gap("k", TODAY, f"Ride {n} not confirmed", Fix(Area.RIDES, n, "Confirm"))
            for n in range(count)
        )

    panel = GapPanel()
    qtbot.add_widget(panel)
    panel.show()
    panel.set_gaps(gaps(FIRST_SHOWN + 11), "Nothing missing.")
    assert panel.show_all.isVisible()
    panel.fix_button(FIRST_SHOWN - 1)  # every row's button made
    requests = Counted(QEvent.Type.LayoutRequest)
    panel.installEventFilter(requests)
    QCoreApplication.sendPostedEvents()  # what the first list asked for is done

    requests.count = 0
    panel.set_gaps(gaps(FIRST_SHOWN + 12), "Nothing missing.")  # "Show all 32", as wide
    QCoreApplication.sendPostedEvents()
    assert requests.count == 0
    assert (
        panel.show_all.text() == f"Show all {FIRST_SHOWN + 12} (the first {FIRST_SHOWN} are listed)"
    )

    panel.set_gaps(gaps(FIRST_SHOWN + 100), "Nothing missing.")  # a digit more: wider
    QCoreApplication.sendPostedEvents()
    assert requests.count > 0
    assert panel.show_all.size() == panel.show_all.sizeHint()


def test_show_all_fits_its_words_again_in_a_larger_font(qtbot: QtBot) -> None:
    from planner.ui.week.gaps import ShowAllButton

    button = ShowAllButton()
    qtbot.add_widget(button)
    button.set_words("Show all 163 (the first 20 are listed)")
    small = button.size()
    assert small == button.sizeHint()

    larger = QFont(button.font())
    larger.setPixelSize(3 * QFontMetrics(larger).height())
    button.setFont(larger)

    assert button.width() > small.width() and button.height() > small.height()
    assert button.size() == button.sizeHint()


def test_another_week_s_gaps_are_painted_once_each_button_in_its_row(qtbot: QtBot) -> None:
    """Rows that took another height, and fixes said in other words, had the list painted
    a second time after the frame that showed them: the view heard of each change on its
    own and laid the list out again on a timer."""
    from PySide6.QtCore import QEvent, QPoint, QRect

    from planner.domain.enums import Area
    from planner.domain.gaps import Fix, Gap
    from planner.ui.week.gaps import FIRST_SHOWN, FIX_COLUMN, GapPanel

    def gaps(words: str, fixes: tuple[str, ...]) -> tuple[Gap, ...]:
        return tuple(
            Gap("k", TODAY, f"Ride {n} {words * (n % 3)}", Fix(Area.RIDES, n, fixes[n % 3]))
            for n in range(FIRST_SHOWN)
        )

    panel = GapPanel()
    qtbot.add_widget(panel)
    panel.resize(420, 600)  # a list longer than that, as a crowded week's (scrolled)
    panel.show()
    fixes = ("Find a driver", "Confirm the driver", "Check the times")
    panel.set_gaps(gaps("is not confirmed yet. ", fixes), "Nothing missing.")
    panel.set_gaps(gaps("", fixes[::-1]), "Nothing missing.")  # every fix's words met once
    panel.fix_button(FIRST_SHOWN - 1)  # every row's button made
    frames = Counted(QEvent.Type.UpdateRequest)  # a frame drawn, painting what changed
    panel.installEventFilter(frames)

    def drawn() -> int:
        """The frames drawn until the window asks for no more."""
        frames.count, before = 0, -1
        while frames.count != before:
            before = frames.count
            for _ in range(3):
                QCoreApplication.processEvents()
        return frames.count

    drawn()  # what was asked before
    longer = "has no driver yet, and the day comes near: ask someone soon. " * 2  # more lines
    panel.set_gaps(gaps(longer, fixes[1:] + fixes[:1]), "Nothing missing.")
    assert drawn() == 1
    assert panel.view.verticalScrollBar().isVisible()

    buttons = [panel.fix_button(row) for row in range(FIRST_SHOWN)]
    assert len({b.size().toTuple() for b in buttons}) == 1  # a column of buttons alike
    assert all(b.width() >= b.sizeHint().width() for b in buttons)  # each word shown
    for row, button in enumerate(buttons):
        cell = panel.view.visualRect(panel.model.index(row, FIX_COLUMN))
        placed = QRect(button.mapTo(panel.view.viewport(), QPoint(0, 0)), button.size())
        assert cell.contains(placed), row


def test_at_larger_text_the_gap_list_s_buttons_fit_their_words_again(
    window: MainWindow, qtbot: QtBot
) -> None:
    """The fix buttons are one size, the largest their words need: worked out again
    when the text size changes, though no gap does."""
    panel = window.week_page.gaps
    rows = panel.model.rowCount()
    assert rows >= 1
    buttons = [panel.fix_button(row) for row in range(rows)]
    small = buttons[0].height()
    window.text_size.set_percent(200)
    try:
        qtbot.wait_until(lambda: buttons[0].height() > small)
        assert len({b.size().toTuple() for b in buttons}) == 1
        assert all(b.size() == b.size().expandedTo(b.sizeHint()) for b in buttons)
    finally:
        window.text_size.reset()  # as found: the size is saved, and later windows start at it


def test_the_first_screen_of_gaps_has_its_buttons_at_once_and_the_rest_just_after(
    qtbot: QtBot,
) -> None:
    """Each fix button is two widgets to make and style: those a screen shows come with the
    list, the others in the moments after (without being asked), and Tab goes from each
    row's button to the next one's whichever came first."""
    from planner.domain.enums import Area
    from planner.domain.gaps import Fix, Gap
    from planner.ui.week.gaps import FIRST_BUTTONS, FIRST_SHOWN, GapPanel

    panel = GapPanel()
    qtbot.add_widget(panel)
    panel.show()
    many = tuple(
        Gap("ride_unconfirmed", TODAY, f"Ride {n} not confirmed", Fix(Area.RIDES, n, "Confirm"))
        for n in range(FIRST_SHOWN)
    )
    panel.set_gaps(many, "Nothing missing.")
    QLineEdit(panel).show()  # made between a screen's buttons and the others (a window's)

    def made() -> int:
        return len(panel.view.findChildren(QPushButton, "fixButton"))

    assert made() == FIRST_BUTTONS < FIRST_SHOWN
    qtbot.wait_until(lambda: made() == FIRST_SHOWN)
    buttons = [panel.fix_button(row) for row in range(FIRST_SHOWN)]
    assert [b.accessibleName() for b in buttons[-2:]] == [
        f"Confirm: Ride {n} not confirmed" for n in (FIRST_SHOWN - 2, FIRST_SHOWN - 1)
    ]

    def tab_from(widget: QWidget) -> QWidget:
        found = widget.nextInFocusChain()
        while not (found.focusPolicy() & Qt.FocusPolicy.TabFocus and found.isVisible()):
            found = found.nextInFocusChain()
        return found

    assert [tab_from(b) for b in buttons[:-1]] == buttons[1:]


def test_a_list_emptied_keeps_its_fix_buttons_for_the_next_rows(qtbot: QtBot) -> None:
    """A week without gaps empties the list; the next week's rows get the same buttons
    back, each saying and fixing its new row's gap, rather than new ones."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from planner.domain.enums import Area
    from planner.domain.gaps import Fix, Gap
    from planner.ui.week.gaps import FIRST_SHOWN, GapPanel

    def gaps(word: str, count: int) -> tuple[Gap, ...]:
        return tuple(
            Gap("k", TODAY, f"{word} {n} not confirmed", Fix(Area.RIDES, n, f"{word} {n}"))
            for n in range(count)
        )

    panel = GapPanel()
    qtbot.add_widget(panel)
    panel.show()

    def made() -> list[QPushButton]:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return panel.view.findChildren(QPushButton, "fixButton")

    panel.set_gaps(gaps("Ride", 5), "Nothing missing.")
    first = [panel.fix_button(row) for row in range(5)]
    panel.set_gaps((), "Nothing missing.")
    assert panel.model.rowCount() == 0 and not any(b.isVisible() for b in made())

    panel.set_gaps(gaps("Meal", 3), "Nothing missing.")
    again = [panel.fix_button(row) for row in range(3)]
    assert set(again) <= set(first) and len(made()) == 5
    assert [b.text() for b in again] == ["Meal 0", "Meal 1", "Meal 2"]
    assert all(b.isVisible() for b in again)
    with qtbot.wait_signal(panel.fix_requested) as asked:
        again[2].click()
    assert asked.args == [panel.model.gap(2)]

    panel.set_gaps(gaps("Ride", FIRST_SHOWN + 5), "Nothing missing.")
    panel.show_all.click()
    panel.fix_button(FIRST_SHOWN + 4)  # every row's button made
    panel.set_gaps((), "Nothing missing.")
    assert len(made()) == FIRST_SHOWN  # a list once shown all keeps no more than a first screen


def test_a_list_of_gaps_made_before_it_shows_makes_its_other_buttons_after_its_first_frame(
    qtbot: QtBot,
) -> None:
    """The window's list gets its gaps before the window shows: as it shows, the rows in
    sight get their buttons, and the rows below once the list's first frame is drawn."""
    from PySide6.QtCore import QEvent, QObject

    from planner.domain.enums import Area
    from planner.domain.gaps import Fix, Gap
    from planner.ui.week.gaps import FIRST_SHOWN, GapPanel

    panel = GapPanel()
    qtbot.add_widget(panel)
    many = tuple(
        Gap("ride_unconfirmed", TODAY, f"Ride {n} not confirmed", Fix(Area.RIDES, n, "Confirm"))
        for n in range(FIRST_SHOWN)
    )
    panel.set_gaps(many, "Nothing missing.")

    def made() -> int:
        return len(panel.view.findChildren(QPushButton, "fixButton"))

    assert made() == 0
    at_first_frame: list[tuple[int, int]] = []

    class FirstFrame(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not at_first_frame:
                view = panel.view
                in_sight = view.rowAt(view.viewport().height() - 1) + 1
                at_first_frame.append((in_sight, made()))
            return False

    watcher = FirstFrame(panel)
    panel.installEventFilter(watcher)
    panel.resize(600, 400)
    panel.show()
    qtbot.wait_until(lambda: made() == FIRST_SHOWN)
    (in_sight, buttons), *_ = at_first_frame
    assert 0 < in_sight <= buttons < FIRST_SHOWN


def test_the_list_of_gaps_is_measured_without_the_python_style(qtbot: QtBot) -> None:
    """Sizing the gaps' wrapped rows asks the style thousands of questions: at a scaled
    text size the list and its headers ask the platform's style itself, not ScaledStyle's
    Python, and its rows and fix buttons still keep the least height other lists have."""
    from planner.domain.enums import Area
    from planner.domain.gaps import Fix, Gap
    from planner.ui.scaled_style import MIN_HEIGHT, ScaledStyle, scale_controls
    from planner.ui.week.gaps import GapPanel

    scale_controls(200)  # as the window's text size does
    try:
        panel = GapPanel()
        qtbot.add_widget(panel)
        panel.resize(900, 600)
        panel.show()
        gaps = tuple(
            Gap("ride_unconfirmed", TODAY, f"Ride {n} not confirmed", Fix(Area.RIDES, n, "Go"))
            for n in range(3)
        )
        panel.set_gaps(gaps, "Nothing missing.")
        panel.view.resizeRowsToContents()

        window_style = panel.heading.style()  # ScaledStyle, or the style sheet's over it
        assert panel.show_all.style() is window_style
        for measured in (panel.view, panel.view.horizontalHeader()):
            assert measured.style() is not window_style
            assert not isinstance(measured.style(), ScaledStyle)
        assert min(panel.view.rowHeight(row) for row in range(3)) >= MIN_HEIGHT
        assert panel.fix_button(0).height() >= MIN_HEIGHT
    finally:
        scale_controls(100)


def widths_laid_out(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The widths the week's texts are laid out at from now on, one for each text."""
    from planner.ui.week import days as days_module

    widths: list[int] = []
    lay_out = days_module.text_layout

    def counted(row: WeekRow, font: object, width: int) -> object:
        widths.append(width)
        return lay_out(row, font, width)  # type: ignore[arg-type]

    monkeypatch.setattr(days_module, "text_layout", counted)
    return widths


def at_next_frame(
    window: MainWindow, qtbot: QtBot, size: tuple[int, int], seen: Callable[[], T]
) -> T:
    """What ``seen`` finds just after the window's next frame is drawn whole, the window
    resized to ``size`` and shown."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    found: list[T] = []

    class NextFrame(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                # After this event the frame's widgets are drawn; then the timer runs.
                QTimer.singleShot(0, lambda: found.append(seen()))
            return False

    watcher = NextFrame(window)
    window.installEventFilter(watcher)
    window.resize(*size)
    window.show()
    qtbot.wait_until(lambda: bool(found))
    return found[0]


def settled(days: DayList, qtbot: QtBot) -> None:
    """Wait until every row of the list is as tall as its text at the list's width (which
    may still change as the window settles), each row just below the one before: the rows
    below the first screen are measured once the week is painted, and laid out again."""

    def laid_out() -> bool:
        rects = [days.visualRect(days.model().index(n, 0)) for n in range(len(days.rows()))]
        width = days.row_width()
        return all(
            rect.height() == days.row_height(n, width) for n, rect in enumerate(rects)
        ) and all(below.top() == above.bottom() + 1 for above, below in itertools.pairwise(rects))

    days.viewport().repaint()
    qtbot.wait_until(laid_out)


def crowd_the_week(plan: Plan, *, long_at_the_end: bool = False) -> None:
    """120 appointments more in the coming days; with ``long_at_the_end``, three more with
    titles long enough to wrap, in the evening of the week's last day."""
    from planner.domain.enums import AppointmentKind
    from planner.domain.model import Appointment
    from planner.services.appointments import add_appointment

    for n in range(120):
        start = dt.datetime.combine(TODAY + dt.timedelta(days=n % 7), dt.time(7 + n % 12))
        add_appointment(plan, Appointment(AppointmentKind.SCAN, f"Scan {n}", start))
    for n in range(3 if long_at_the_end else 0):
        title = f"Scan {n} " + "at the far end of the long corridor, " * 5
        start = dt.datetime.combine(TODAY + dt.timedelta(days=6), dt.time(20, n))
        add_appointment(plan, Appointment(AppointmentKind.SCAN, title, start))


def test_the_window_s_first_frame_shows_the_week_s_days(
    demo_plan: Plan, make_window: MakeWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first frame the window draws shows the coming days' first rows, not an empty
    list that fills in a moment later (as it did while a crowded week's rows were laid out
    in batches)."""
    from planner.ui.week.days import DayDelegate

    crowd_the_week(demo_plan)  # its rows laid out in more than four batches, were they so
    painted: list[int] = []
    paint = DayDelegate.paint

    def counted(self: DayDelegate, painter: object, option: object, index: object) -> None:
        painted.append(index.row())  # type: ignore[attr-defined]
        paint(self, painter, option, index)  # type: ignore[arg-type]

    monkeypatch.setattr(DayDelegate, "paint", counted)  # before the window is made
    window = make_window(demo_plan)
    rows = at_next_frame(window, qtbot, (1280, 800), lambda: list(painted))

    days = window.week_page.day_list
    assert len(days.rows()) > 150
    assert rows and min(rows) == 0
    bottom = max(days.visualRect(days.model().index(n, 0)).bottom() for n in rows)
    assert bottom >= days.viewport().height() - 1 or max(rows) == len(days.rows()) - 1


def test_the_first_frame_measures_the_rows_of_its_first_screen_and_the_rest_after_it(
    demo_plan: Plan, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt's list lays out every row of a week to show its first screen: for the window's
    first frame, the rows below it are given one line, then measured just after it, and the
    list is laid out again where that was wrong (long titles on the week's last day wrap)."""
    crowd_the_week(demo_plan, long_at_the_end=True)
    widths = widths_laid_out(monkeypatch)
    window = MainWindow(demo_plan, ask_profile=False)  # made, not shown yet
    qtbot.addWidget(window)
    laid_out = at_next_frame(window, qtbot, (900, 700), lambda: len(widths))
    days = window.week_page.day_list
    rows = days.rows()
    assert len(rows) > 150
    assert laid_out < len(rows) / 4  # the first screen's rows, not all

    settled(days, qtbot)
    width = days.row_width()
    assert len(widths) >= len({row.shown or row.text for row in rows})  # all, now
    long_rows = [n for n, row in enumerate(rows) if "corridor" in (row.shown or row.text)]
    assert len(long_rows) == 3 and min(long_rows) > len(rows) / 2
    for n in long_rows:
        assert days.text_layout(n, width).lineCount() > 1


def test_a_week_switch_measures_the_whole_week_at_once(window: MainWindow) -> None:
    """Only the first frame waits for rows below the first screen: a week switched to is
    laid out once, every row as tall as its text (not laid out and painted twice)."""
    crowd_the_week(window.plan, long_at_the_end=True)
    page = window.week_page
    days = page.day_list

    page.next_week()
    page.previous_week()  # the crowded week again

    width = days.row_width()
    rects = [days.visualRect(days.model().index(n, 0)) for n in range(len(days.rows()))]
    assert len(rects) > 150
    assert [rect.height() for rect in rects] == [
        days.row_height(n, width) for n in range(len(rects))
    ]
    assert all(below.top() == above.bottom() + 1 for above, below in itertools.pairwise(rects))
    assert max(days.text_layout(n, width).lineCount() for n in range(len(rects))) > 1


def test_another_font_measures_every_row_again(window: MainWindow, qtbot: QtBot) -> None:
    """The heights kept of the texts measured are forgotten with the font they were
    measured in: a row whose text keeps its width (a day's heading) grows with it too."""
    days = window.week_page.day_list
    window.show()
    settled(days, qtbot)
    headings = [n for n, row in enumerate(days.rows()) if row.kind is RowKind.HEADING]
    before = days.visualRect(days.model().index(headings[0], 0)).height()
    font = days.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    days.setFont(font)
    days.doItemsLayout()
    settled(days, qtbot)
    assert days.visualRect(days.model().index(headings[0], 0)).height() > before


def test_the_days_are_laid_out_once_the_window_is_shown_not_before(
    demo_plan: Plan, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A window being made gets its week while it is not yet arranged (its list of days
    about 100 pixels wide): the rows are measured as the window is shown, at its width,
    not also before at a width nobody sees."""

    crowd_the_week(demo_plan)
    widths = widths_laid_out(monkeypatch)
    window = MainWindow(demo_plan, ask_profile=False)  # made, not shown yet
    qtbot.addWidget(window)
    days = window.week_page.day_list
    assert len(days.rows()) > 150
    assert widths == []  # the week is there, nothing measured yet

    window.resize(1280, 800)
    window.show()
    qtbot.wait_exposed(window)
    qtbot.wait_until(lambda: days.visualRect(days.model().index(0, 0)).height() > 0)
    assert widths
    assert min(widths) > days.row_width() // 2  # at the width of the window shown


WORDS = st.sampled_from(
    [
        "Ride",
        "to",
        "Radiotherapy",
        "session",
        "–",
        "Eva",
        "Brandt",
        "(done)",
        "City",
        "Hospital,",
        "Oncology",
        "Day",
        "Unit,",
        "3rd",
        "floor",
        "Überweisung",
        "Ärztin",
        "Chemotherapy,",
        "day",
        "8,",
        "W" * 40,
        "שלום",
        "مرحبا",
    ]
)


@settings(max_examples=150, deadline=None)
@given(
    words=st.lists(WORDS, min_size=1, max_size=30),
    bold=st.integers(0, 12),
    first=st.integers(20, 600),
    then=st.integers(20, 600),
)
def test_a_text_laid_out_at_one_width_is_kept_only_where_its_lines_break_the_same(
    qapp: object, words: list[str], bold: int, first: int, then: int
) -> None:
    """The days are laid out as the window shows, and again as its scroll bars settle a
    few pixels narrower: a text's layout is used again at another width only where a fresh
    one would break its lines in the same places."""

    from planner.domain.week import Day
    from planner.ui.week.days import measured, text_layout

    text = " ".join(words)
    row = WeekRow(RowKind.ITEM, Day(TODAY, ()), text, shown=text, bold=(0, min(bold, len(text))))
    font = QFont()
    kept = measured(row, font, first, 10)

    def breaks(layout: object) -> list[tuple[int, int]]:
        lines = [layout.lineAt(n) for n in range(layout.lineCount())]  # type: ignore[attr-defined]
        return [(line.textStart(), line.textLength()) for line in lines]

    assert breaks(kept.layout) == breaks(text_layout(row, font, first))
    if kept.fits(then):
        fresh = text_layout(row, font, then)
        assert breaks(kept.layout) == breaks(fresh)
        assert kept.height == max(round(fresh.boundingRect().height()), 10)


def test_a_few_pixels_narrower_the_week_keeps_most_of_its_laid_out_texts(
    demo_plan: Plan, make_window: MakeWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:

    crowd_the_week(demo_plan)
    window = make_window(demo_plan)
    window.resize(1280, 800)
    days = window.week_page.day_list
    qtbot.wait_until(lambda: days.visualRect(days.model().index(0, 0)).height() > 0)
    laid_out = widths_laid_out(monkeypatch)
    width = days.row_width()
    window.resize(window.width() - 3, window.height())
    qtbot.wait_until(lambda: days.row_width() < width)
    last = days.model().index(len(days.rows()) - 1, 0)
    qtbot.wait_until(lambda: days.visualRect(last).height() > 0)
    texts = {row.shown or row.text for row in days.rows()}
    assert len(texts) > 100
    assert len(laid_out) < len(texts) / 4


def test_every_letter_written_right_to_left_is_found_so() -> None:
    """A right-to-left text is drawn from the right edge of its width: its layout is kept
    for that width only (see the test above)."""
    import unicodedata

    from planner.ui.week.days import RIGHT_TO_LEFT

    written_so = [
        chr(code)
        for code in range(0x110000)
        if unicodedata.bidirectional(chr(code)) in ("R", "AL", "AN", "RLE", "RLO", "RLI")
    ]
    assert len(written_so) > 1000
    assert [char for char in written_so if not RIGHT_TO_LEFT.match(char)] == []
    assert RIGHT_TO_LEFT.search("Ride to Radiotherapy – Eva Brandt ✓ Überweisung") is None


def test_a_gap_row_is_measured_once_for_what_it_shows(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt measures every row of the gaps' table at each of its layouts, several a week
    switch: a row is measured again only when its words, button, widths or font change,
    and is always as tall as Qt would make it."""
    from PySide6.QtWidgets import QTableView

    from planner.domain.enums import Area
    from planner.domain.gaps import Fix, Gap
    from planner.ui.week import gaps as gaps_module

    measured: list[int] = []

    class Counted(gaps_module.GapTable):
        def measure_row(self, row: int) -> int:
            measured.append(row)
            return super().measure_row(row)

    monkeypatch.setattr(gaps_module, "GapTable", Counted)
    panel = gaps_module.GapPanel()
    qtbot.add_widget(panel)
    panel.resize(500, 600)
    panel.show()

    def week(first: int) -> tuple[Gap, ...]:
        return tuple(
            Gap("k", TODAY, f"Ride {n} " + "is not confirmed yet " * (4 * (n % 4)), fix(n))
            for n in range(first, first + 12)
        )

    def fix(n: int) -> Fix:
        return Fix(Area.RIDES, n, "Confirm the driver" if n % 2 else "Find a driver")

    def settled() -> None:
        panel.view.doItemsLayout()
        qtbot.wait_until(lambda: not panel._more_buttons.isActive())
        panel.view.doItemsLayout()

    def as_qt_measures() -> None:
        view = panel.view
        for row in range(panel.model.rowCount()):
            assert view.rowHeight(row) == QTableView.sizeHintForRow(view, row)
        assert len({view.rowHeight(row) for row in range(panel.model.rowCount())}) > 1

    for first in (0, 100, 0):
        panel.set_gaps(week(first), "Nothing missing.")
        settled()
        as_qt_measures()
    measured.clear()
    for _ in range(3):  # laid out again as a week switch does: nothing new to measure
        panel.view.doItemsLayout()
    panel.set_gaps(week(100), "Nothing missing.")
    settled()
    assert measured == []

    panel.resize(380, 600)  # narrower: the words wrap anew
    settled()
    as_qt_measures()
    font = panel.view.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    panel.view.setFont(font)
    settled()
    as_qt_measures()
