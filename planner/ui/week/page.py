"""The coming days: today and the six days after it (or seven from a chosen day), and what
is still to arrange in the next weeks."""

from __future__ import annotations

import datetime as dt
import threading
import time
from typing import NamedTuple

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QWidget,
)

from planner.domain.changes import Kind
from planner.domain.enums import Area
from planner.domain.week import ItemType, Week, WeekItem, days_looked_ahead
from planner.services import early_week, team, week_reader
from planner.services import week as week_service
from planner.services.getting_started import Step
from planner.services.plan import Plan
from planner.ui.labels import long_date, translate
from planner.ui.pages.base import AreaPage, PageContext
from planner.ui.week.checklist import Checklist
from planner.ui.week.days import DayList
from planner.ui.week.gaps import GapPanel
from planner.ui.week.model import WeekRow, week_rows
from planner.ui.workers import Job

ITEM_KINDS = {
    ItemType.APPOINTMENT: Kind.APPOINTMENT,
    ItemType.RIDE: Kind.RIDE_LEG,
    # A meal item is a thaw (its id a meal's) or portions taken (theirs): the Freezer is
    # shown as a whole rather than the wrong meal chosen.
    ItemType.MEAL: Kind.PORTIONS_TAKEN,
    ItemType.TASK: Kind.TASK,
    ItemType.MEETING: Kind.GROUP,
    ItemType.JOURNAL: Kind.JOURNAL_ENTRY,
    ItemType.DOSE: Kind.DOSE,
}
"""The kind of record each item of a day is, for the window to open it in its area."""
WIDE_ENOUGH = 110
"""Page width, in average characters, from which the gaps sit beside the days."""
READ_AHEAD_AFTER_MS = 50
"""How long after a week is shown the weeks around it are read: once it is painted, while
the person looks at it (a click sooner than that reads its week itself)."""
READ_AHEAD_WEEKS = 4
"""Weeks read ahead the way the person last moved (and one the other way): someone who has
looked at a week often goes through the month after it at a click a moment."""
KEPT_WEEKS = 12
"""The most weeks kept (read ahead, or shown and left): clicks back to back keep each week
left until the next look, when those not around the week shown go."""
READ_AGAIN_AFTER_MS = 45_000
"""When the weeks read ahead are read again while the person keeps looking, before they
go out of date (:data:`planner.services.week.AHEAD_FRESH`): a click after a long look at
a week still finds the next read."""
JOIN_SECONDS = 0.05
"""The longest a click waits for the second process's read of its week, under way since
before the click (it takes some 20 ms for a crowded coming week), rather than read the week
itself: past that, the second process is busy with more than this week."""
SHOWN_DAYS = dt.timedelta(days=7)


class Prepared(NamedTuple):
    """A week read ahead, and its rows worked out."""

    ahead: week_service.Ahead
    rows: tuple[WeekRow, ...] | None
    """``None`` until worked out, their texts laid out, once the person stops clicking
    (see ``WeekPage._prepare``)."""


class ReadAhead:
    """A read ahead under way on the thread pool: the week, the changes seen when it was
    asked for (see ``WeekPage._changes``), and once done what it found. A click on the
    week it reads may wait for it rather than read the week again (see
    ``WeekPage._joined``)."""

    def __init__(self, first: dt.date, changes: int) -> None:
        self.first = first
        self.changes = changes
        self.found: week_service.Ahead | None = None
        self.done = threading.Event()
        self.taken = False
        """A click showed what it found before its arrival reached the page."""


class RangeLine(QWidget):
    """Holds the label of the days shown ("Wednesday, 11 March 2026 to ..."), wrapped to
    its width, and asks the page for another layout only when the label needs more room
    than it has had at this width: the width, the lines and the least width of the
    longest dates seen are kept (a narrow page's dates take three lines one week and four
    the next, as the months' names are shorter or longer).

    A label asks its parent's layout to work out the whole page again (and the page's
    scroll area to repaint) on every new text; here, a new text is just painted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekRangeLine")
        self.label = QLabel(self)
        self.label.setObjectName("weekRange")  # bold through the style sheet
        self.label.setWordWrap(True)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._font = ""
        self._widest = 0
        """The widest the label has wanted to be (its size hint follows the text)."""
        self._least = QSize()
        """The largest of the label's least sizes."""
        self._tallest = (0, 0)
        """A width the line had, and the most height the label has wanted at it."""

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self._relayout_if_needed()  # now, and also while hidden (no layout request then)

    def sizeHint(self) -> QSize:
        width = max(self._widest, self.label.sizeHint().width())
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return self.label.minimumSizeHint().expandedTo(self._least)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self.label.heightForWidth(width)
        kept_width, tallest = self._tallest
        return max(height, tallest) if width == kept_width else height

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.label.setGeometry(self.rect())
        if event.size().width() != self._tallest[0]:
            self._tallest = (event.size().width(), self.label.heightForWidth(self.width()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._relayout_if_needed()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # the label's text or font changed
            self._relayout_if_needed()
            return True
        return super().event(event)

    def _relayout_if_needed(self) -> None:
        font = self.label.font().key()
        if font != self._font:  # another text size or theme: everything is measured anew
            self._font, self._widest, self._least = font, 0, QSize()
            self._tallest = (0, 0)
        wide = self.label.sizeHint().width()
        least = self.label.minimumSizeHint().expandedTo(self._least)
        width, tallest = self._tallest
        height = self.label.heightForWidth(self.width())
        if self.width() != width or wide > self._widest or least != self._least or height > tallest:
            self._widest = max(self._widest, wide)
            self._least = least
            self._tallest = (self.width(), max(height, tallest if self.width() == width else 0))
            self.updateGeometry()


class WeekPage(AreaPage):
    """Shows seven days from :attr:`day` (today at first); Alt+Left and Alt+Right move by
    seven days.

    Signals:
        fix_requested(Gap): the user pressed a gap's fix button.
        record_requested(Kind, int): the user opened an item of a day (Enter or a double
            click): its area should show it.
        area_requested(Area): the user chose a getting-started step.
    """

    area = Area.WEEK
    fix_requested = Signal(object)
    record_requested = Signal(object, object)
    area_requested = Signal(object)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            translate("Week", "Today and the six days after it, and what is still to arrange."),
            parent,
        )
        self.day = context.today()
        self.week: Week | None = None
        self._steps: list[Step] = []
        self._steps_wanted = True
        """The getting-started steps are to be read again with the next week read."""
        self.range_line = RangeLine(self)
        self.range_label = self.range_line.label
        self.previous_button = self._button(
            "previousWeekButton",
            translate("Week", "Previous 7 days"),
            Qt.Key.Key_Left,
            self.previous_week,
        )
        self.today_button = self._button(
            "todayButton", translate("Week", "Today"), None, self.show_today
        )
        self.next_button = self._button(
            "nextWeekButton", translate("Week", "Next 7 days"), Qt.Key.Key_Right, self.next_week
        )
        self._week_buttons = QHBoxLayout()
        for button in (self.previous_button, self.today_button, self.next_button):
            self._week_buttons.addWidget(button)
        self._bar = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        """The dates and the buttons beside them; the buttons under the dates when the
        dates would take more than two lines beside them (large text, a narrow window)."""
        self._bar.addWidget(self.range_line, 1)
        self._bar.addLayout(self._week_buttons)
        self.body.addLayout(self._bar)
        self._longest_range: tuple[str, int] = ("", 0)
        """The font (its key) and the width, on one line, of the longest dates it shows."""

        self.getting_started = Checklist(self)
        self.getting_started.area_requested.connect(self.area_requested)
        self.body.addWidget(self.getting_started)

        self.day_list = DayList(self)
        self.day_list.item_opened.connect(self.open_item)

        self.gaps = GapPanel(self)
        self.gaps.may_fix = team.permissions(context.plan).may_fix
        self.gaps.fix_requested.connect(self.fix_requested)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("weekSplitter")
        self.splitter.setChildrenCollapsible(False)
        self._shared: tuple[list[int], list[int]] | None = None
        """The heights last asked of the splitter (gaps above the days), and those it gave."""
        self.body.addWidget(self.splitter, 1)
        self._arrange()
        self._ahead: dict[dt.date, Prepared] = {}
        """The weeks around the one shown, read while the person looks at it."""
        self._ahead_timer = QTimer(self)
        self._ahead_timer.setSingleShot(True)
        self._ahead_timer.timeout.connect(self._read_ahead)
        self._again_timer = QTimer(self)
        self._again_timer.setSingleShot(True)
        self._again_timer.timeout.connect(self._read_again)
        self._prepare_timer = QTimer(self)
        self._prepare_timer.setSingleShot(True)
        self._prepare_timer.timeout.connect(self._prepare)
        self._clicked_at = -float("inf")
        """When the person last moved to another week (``time.monotonic``)."""
        self._again: set[dt.date] = set()
        """Weeks read ahead a while ago, to read again (see :meth:`_read_again`)."""
        self._ahead_job: Job | None = None
        """The read ahead on its way, off the window's thread."""
        self._ahead_read: ReadAhead | None = None
        """What that read is reading, and what it found once done."""
        self._changes = 0
        """Changes to the plan seen so far: a read ahead asked for before the last one is
        out of date when it arrives."""
        self._heading = SHOWN_DAYS
        """The way the person last moved: the week that way is read ahead first."""
        self._shown_ahead: Prepared | None = None
        """The week shown, when it was read ahead: kept among those read ahead once the
        page moves on (going back a week reads nothing)."""

    def _button(self, name: str, text: str, key: Qt.Key | None, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        if key is not None:
            # An action with the shortcut, so it works wherever the focus is on this page.
            shortcut = QKeySequence(Qt.Modifier.ALT | key)
            action = QAction(text, self)
            action.setObjectName(name.replace("Button", "Action"))
            action.setShortcut(shortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            button.setToolTip(
                translate("Week", "{what} ({shortcut})").format(
                    what=text, shortcut=shortcut.toString(QKeySequence.SequenceFormat.NativeText)
                )
            )
        return button

    @Slot(object)
    def open_item(self, item: WeekItem) -> None:
        """Ask for ``item`` to be shown in its area (its record chosen where the area lists
        such records)."""
        self.record_requested.emit(ITEM_KINDS[item.type], item.id)

    # -- layout --------------------------------------------------------------------------
    def _arrange(self) -> None:
        """Gaps beside the days when there is room for both; above them at large text. The
        buttons beside the dates, or under them when the dates would take more than two
        lines beside them."""
        self._arrange_bar()
        narrow = self.width() < WIDE_ENOUGH * self.fontMetrics().averageCharWidth()
        wanted = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self.splitter.count() == 2 and self.splitter.orientation() == wanted:
            return
        self.splitter.setOrientation(wanted)
        first, second = (self.gaps, self.day_list) if narrow else (self.day_list, self.gaps)
        self.splitter.insertWidget(0, first)
        self.splitter.insertWidget(1, second)
        self._share_height()

    def _arrange_bar(self) -> None:
        margins = self.body.contentsMargins()
        beside = (
            self.width()
            - margins.left()
            - margins.right()
            - self._week_buttons.sizeHint().width()
            - max(self._bar.spacing(), 0)
        )
        # Two lines take a little more than half the one line (words wrap whole).
        under = beside * 2 < self._longest_range_width() * 1.1
        wanted = QBoxLayout.Direction.TopToBottom if under else QBoxLayout.Direction.LeftToRight
        if self._bar.direction() != wanted:
            self._bar.setDirection(wanted)
            self._bar.setAlignment(
                self._week_buttons, Qt.AlignmentFlag.AlignLeft if under else Qt.AlignmentFlag(0)
            )

    def _longest_range_width(self) -> int:
        """The width, on one line, of the longest dates the page may show in its font: a
        week that runs into the next month, from each month of the year."""
        font = self.range_label.font().key()
        if self._longest_range[0] != font:
            metrics = self.range_label.fontMetrics()
            widest = max(
                metrics.horizontalAdvance(_range_text(dt.date(2026, month, 25)))
                for month in range(1, 13)
            )
            self._longest_range = (font, widest)
        return self._longest_range[1]

    def _share_height(self, *, new_gaps: bool = False) -> None:
        """Beside the days, 3 : 2 of the width; above them (large text), as much height as
        five gaps in full take, the rest to the days. With ``new_gaps`` (another week
        shown), only the height above the days is looked at again: beside them, the
        widths stay as they are (as the user may have dragged them)."""
        horizontal = self.splitter.orientation() == Qt.Orientation.Horizontal
        if horizontal and new_gaps:
            return
        if horizontal:
            self.splitter.setSizes([3000, 2000])  # proportions; Qt scales them
            return
        # The height the two share: the splitter's, less its handle's between them (sizes
        # asked past it are scaled down, and the gaps lost a pixel).
        whole = max(self.splitter.height() - self.splitter.handleWidth(), 1)
        gaps = min(self.gaps.wanted_height(), whole * 2 // 3)
        asked = [gaps, max(whole - gaps, 1)]
        if self._shared == (asked, self.splitter.sizes()):
            return  # as they are: asked again, the splitter would lay out and paint anew
        self.splitter.setSizes(asked)
        self._shared = (asked, self.splitter.sizes())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()
        self._share_height()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._arrange()

    # -- showing a week ------------------------------------------------------------------
    def show_week(self, day: dt.date) -> None:
        """Show the seven days from ``day``. Moving between them changes no record, so the
        getting-started checklist (a question about the whole plan) stays as it is."""
        self._heading = -SHOWN_DAYS if day < self.day else SHOWN_DAYS
        self.day = day
        self._clicked_at = time.monotonic()
        self._show_week()

    @Slot()
    def show_today(self) -> None:
        self.show_week(self.context.today())

    @Slot()
    def previous_week(self) -> None:
        self.show_week(self.day - SHOWN_DAYS)

    @Slot()
    def next_week(self) -> None:
        self.show_week(self.day + SHOWN_DAYS)

    def refresh(self) -> None:
        self._steps_wanted = True
        self._show_week()

    def _show_week(self) -> None:
        """Read the week from :attr:`day` with its gaps (and the steps, when wanted), and
        show them; a newer week asked for meanwhile supersedes this one. A week read
        ahead is shown at once if it is still what a read would find; one read here is
        kept as one read ahead is."""
        plan, day, today = self.context.plan, self.day, self.context.today()
        steps = self._steps_wanted
        self._ahead_timer.stop()
        self._again_timer.stop()
        ahead = self._ahead.pop(day, None)
        left, self._shown_ahead = self._shown_ahead, None
        if steps:
            self._ahead.clear()  # the plan changed, or this is the first read
            self._changes += 1
            if self._reads_aside():
                # The second process reads the weeks around while this thread reads and
                # shows this one: a click right after the change finds the next one read.
                self._read_ahead()
        else:
            if left is not None and left.ahead.first != day:
                self._ahead.setdefault(left.ahead.first, left)  # a week back, it is beside
                if len(self._ahead) > KEPT_WEEKS:  # clicks on and on: the furthest go
                    # (but the days from today, for the Today button: read again and again
                    # as the person clicks on, the most crowded week held up the others)
                    by_distance = sorted(
                        self._ahead, key=lambda first: (first != today, abs(first - day))
                    )
                    for first in by_distance[KEPT_WEEKS:]:
                        del self._ahead[first]
            if ahead is None:
                ahead = self._joined(day)
            if ahead is not None and week_service.still_current(plan, ahead.ahead):
                self._show_read((None, ahead.ahead.week), ahead.rows)
                self._shown_ahead = Prepared(ahead.ahead, self.day_list.rows())
                return
            if not self.loader.in_background:
                # Read as a week read ahead is: kept once the page moves on, so that going
                # back to it reads nothing. (A shared plan's are not kept: whether one is
                # still current is a question to its server, not for the window's thread.)
                self.fetch(lambda: week_service.read_ahead(plan, day), self._show_kept)
                return

        def read() -> tuple[list[Step] | None, Week]:
            # At start, worked out meanwhile by a copy of the process, when it could be.
            early = early_week.take(plan, day) if steps else None
            return early or early_week.read(plan, day, today, steps=steps)

        self.fetch(read, self._show_read)

    def _show_kept(self, ahead: week_service.Ahead) -> None:
        """Show a week read at the click, kept as if read ahead once the page moves on."""
        self._shown_ahead = Prepared(ahead, week_rows(ahead.week, ahead.now.date()))
        self._show_read((None, ahead.week), self._shown_ahead.rows)

    def _show_read(
        self, read: tuple[list[Step] | None, Week], rows: tuple[WeekRow, ...] | None = None
    ) -> None:
        steps, week = read
        today = self.context.today()
        if steps is not None:
            self._steps, self._steps_wanted = steps, False
            self.getting_started.set_steps(steps)
        self.week = week
        first = week.days[0].date
        self.range_line.set_text(_range_text(first))
        self.today_button.setEnabled(first != today)
        self.day_list.set_week(week, today, rows)
        self.gaps.set_gaps(week.gaps, self._nothing_missing(week, today))
        self._share_height(new_gaps=True)
        if not self.loader.in_background:  # a shared plan's weeks are not read ahead
            self._ahead_timer.start(0 if self._reads_aside() else READ_AHEAD_AFTER_MS)
        if self._prepare_timer.isActive():  # the weeks arrived meanwhile: once clicks stop
            self._prepare_timer.start(READ_AHEAD_AFTER_MS)

    # -- reading ahead -------------------------------------------------------------------
    @property
    def reading_ahead(self) -> bool:
        """Whether the weeks around the one shown are still to be read ahead."""
        return (
            self._ahead_timer.isActive()
            or self._ahead_job is not None
            or self._prepare_timer.isActive()
        )

    def _reads_aside(self) -> bool:
        """Whether a second process reads ahead (see :mod:`planner.services.week_reader`):
        its reads take nothing from this thread's work but taking them back, so they start
        as soon as a week is shown and go on between clicks."""
        reader = week_reader.reader_for(self.context.plan)
        return reader is not None and reader.working

    def _near(self) -> list[dt.date]:
        """The weeks to have read ahead, the first to read first: the one the person last
        moved towards, the one the other way, then :data:`READ_AHEAD_WEEKS` in all the
        way they move; and the days from today, for the Today button, when they are not
        among those or shown."""
        on, back = self.day + self._heading, self.day - self._heading
        further = [self.day + n * self._heading for n in range(2, READ_AHEAD_WEEKS + 1)]
        near = [on, back, *further]
        today = self.context.today()
        return near if today in near or today == self.day else [*near, today]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.week is not None and not self.loader.in_background:
            self._ahead_timer.start(READ_AHEAD_AFTER_MS)  # it stopped while hidden

    @Slot()
    def _read_ahead(self) -> None:
        """Read the weeks around the one shown that are not read yet (see :meth:`_near`):
        off the window's thread, which stays free for the person's clicks and keys (a
        crowded plan's coming week takes some 20 ms to work out), by the second process
        where there is one (:meth:`_reads_aside`); one at a time. Once all are read, they
        are read again before they go out of date."""
        near = self._near()
        if not self._reads_aside():  # a look: the weeks kept on the way go (see KEPT_WEEKS)
            self._ahead = {day: found for day, found in self._ahead.items() if day in near}
        self._again &= self._ahead.keys()
        wanted = [day for day in near if day not in self._ahead or day in self._again]
        if not self.isVisible() or self._ahead_job is not None:
            return
        if not wanted:
            self._again_timer.start(READ_AGAIN_AFTER_MS)
            return
        plan, day, now = self.context.plan, wanted[0], self.context.now()
        reader = week_reader.reader_for(plan)
        under_way = ReadAhead(day, self._changes)

        def read(_progress: object, _cancelled: object) -> ReadAhead:
            aside = reader.read_ahead(day, now) if reader is not None else None
            under_way.found = aside or _read_quietly(plan, day)
            under_way.done.set()
            return under_way

        # Not a child of the page: the page may go while the read still ends.
        job = Job(read)
        job.succeeded.connect(self._read_ahead_arrived)
        self._ahead_job, self._ahead_read = job, under_way
        job.start()

    def _joined(self, day: dt.date) -> Prepared | None:
        """The week from ``day`` as the read ahead under way finds it, when that read is
        the second process's, of this week and since the last change: waited for up to
        :data:`JOIN_SECONDS` (``None`` otherwise, and the week is read here)."""
        under_way = self._ahead_read
        if (
            under_way is None
            or under_way.first != day
            or under_way.changes != self._changes
            or not self._reads_aside()
            or not under_way.done.wait(JOIN_SECONDS)
            or under_way.found is None
        ):
            return None
        under_way.taken = True
        found = under_way.found
        return Prepared(found, week_rows(found.week, found.now.date()))

    @Slot(object)
    def _read_ahead_arrived(self, read: ReadAhead) -> None:
        """Keep a week read ahead, its rows worked out and their texts laid out, if it is
        still among those around the one shown, no change came since it was asked for and
        no click showed it already; then read the next (see :meth:`_read_on`)."""
        self._ahead_job = self._ahead_read = None
        ahead = read.found
        if read.changes != self._changes or read.taken:  # out of date, or shown already
            self._read_on()
            return
        if ahead is None:
            return  # the plan cannot be read now: a click on the button reads and says so
        self._again.discard(ahead.first)
        if ahead.first in self._near():
            self._ahead[ahead.first] = Prepared(ahead, None)
            if time.monotonic() - self._clicked_at < READ_AHEAD_AFTER_MS / 1000:
                self._prepare_timer.start(READ_AHEAD_AFTER_MS)  # clicks go on: later
            else:
                self._prepare()
        self._read_on()

    @Slot()
    def _prepare(self) -> None:
        """Work out the rows of a week read ahead and lay out their texts, one week a turn
        of the event loop: as it arrives, but not while the person clicks from week to
        week (from the second process weeks arrive between clicks, and a crowded week's
        rows made a click some 5 ms slower), then once they have stopped. A click puts
        this off (:meth:`_show_read`); a week shown before it is prepared has its rows
        worked out then."""
        for first, found in self._ahead.items():
            if found.rows is None:
                rows = week_rows(found.ahead.week, found.ahead.now.date())
                self.day_list.measure_ahead(rows)
                self._ahead[first] = Prepared(found.ahead, rows)
                self._prepare_timer.start(0)  # the next, if any, on the next turn
                return

    def _read_on(self) -> None:
        """Read the next week ahead, unless the person clicked meanwhile and the reads take
        turns with this thread: they go on once the person looks again."""
        if not self._ahead_timer.isActive() or self._reads_aside():
            self._read_ahead()

    @Slot()
    def _read_again(self) -> None:
        """The person still looks at the week: read the weeks around it again before they
        go out of date, each kept until its new read arrives (a click meanwhile still finds
        it). Not while the window is minimised: it looks again later."""
        if self.window().isMinimized():
            self._again_timer.start(READ_AGAIN_AFTER_MS)
            return
        self._again = set(self._ahead)
        self._read_ahead()

    def _nothing_missing(self, week: Week, today: dt.date) -> str:
        """What the gap list says when it is empty, true to what was looked at."""
        if any(step.key == "appointment" and not step.done for step in self._steps):
            return translate(
                "Week",
                "Nothing is planned for the coming days yet. The steps above start the "
                "plan: add the next appointment first.",
            )
        ahead = days_looked_ahead(week, today)
        if ahead is not None:
            return translate("Week", "Nothing missing in the next {count} days.").format(
                count=ahead
            )
        if week.gaps_until is None:
            return translate("Week", "These days are over; nothing is left to arrange in them.")
        return translate("Week", "Nothing missing in these seven days.")


def _range_text(first: dt.date) -> str:
    """The seven days from ``first``, as the line above them says them."""
    last = first + SHOWN_DAYS - dt.timedelta(days=1)
    return translate("Week", "{first} to {last}").format(
        first=long_date(first), last=long_date(last)
    )


def _read_quietly(plan: Plan, day: dt.date) -> week_service.Ahead | None:
    """The coming days from ``day`` read ahead, or ``None`` when they cannot be read (the
    plan closing as the window does, a file gone): a click reads them again and says why."""
    try:
        return week_service.read_ahead(plan, day)
    except Exception:  # nothing is lost: the week is read again when asked for
        return None
