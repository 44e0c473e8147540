"""The days of the week in one list view: a card per day, painted row by row.

One view over a :class:`WeekModel`, painted by a delegate with ``QTextLayout``: switching
weeks resets one model and lays out the rows of one view, where a widget per day and a
pair of rich-text labels per item cost a hundred widgets' layout and paint. Every row
(heading, hard-day note, item) is a row that keyboard and screen-reader users move to.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QFocusEvent,
    QFont,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from planner.domain.week import Week, WeekItem
from planner.ui import theme
from planner.ui.labels import translate
from planner.ui.scaled_style import MIN_HEIGHT
from planner.ui.week.model import ROW_ROLE, RowKind, WeekModel, WeekRow

Index = QModelIndex | QPersistentModelIndex

CARD_GAP = 8
"""Pixels between two days' cards."""
CARD_INSET = 2
"""Pixels between a card and the sides of the view."""
CARD_PADDING = 8
"""Pixels inside a card, around its rows."""
RADIUS = 6
ROW_PADDING = 3
"""Pixels above and below a row's text, inside its selection."""
MEASURED_KEPT = 4096
"""Texts kept laid out (a week has about 250 rows, most said in other weeks too)."""
WIDTHS_KEPT = 4
"""Layouts kept of one text, for as many widths its lines break differently at."""
HARD_DAY_BAR = 4
"""The width of a note's bar on the left (the hard-day and infection-risk notes)."""
NOTE_BANDS = {
    RowKind.HARD_DAY: ("hard_day_background", "hard_day_accent", "hard_day_text"),
    RowKind.RISK: ("risk_background", "risk_accent", "risk_text"),
}
"""The rows that are a note about the day, on a band of their own: the theme's names of
the colours of its band, bar and text (planner/ui/theme.py; the words say what it is, and
the risk note has an icon)."""

STATE_SELECTED = QStyle.StateFlag.State_Selected
STATE_HOVER = QStyle.StateFlag.State_MouseOver
PANEL = QStyle.PrimitiveElement.PE_PanelItemViewItem
TOP_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
TEXT = QPalette.ColorRole.Text
HIGHLIGHTED_TEXT = QPalette.ColorRole.HighlightedText


def _bold(start: int, length: int) -> QTextLayout.FormatRange:
    bold = QTextLayout.FormatRange()
    bold.start = start
    bold.length = length
    bold.format = QTextCharFormat()
    bold.format.setFontWeight(QFont.Weight.Bold)
    return bold


def shown_text(row: WeekRow) -> tuple[str, list[QTextLayout.FormatRange]]:
    """What a row shows, and which part of it is bold (worked out with the rows, once)."""
    start, length = row.bold
    return row.shown or row.text, [_bold(start, length)] if length else []


def text_layout(row: WeekRow, font: QFont, width: int) -> QTextLayout:
    """The row's text laid out in lines of at most ``width`` pixels."""
    text, formats = shown_text(row)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.setFormats(formats)
    layout.beginLayout()
    top = 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(max(width, 1))
        line.setPosition(QPointF(0, top))
        top += line.height()
    layout.endLayout()
    return layout


class Measured(NamedTuple):
    """A text laid out, its height, and the widths it stays laid out the same at (a tuple:
    a crowded week makes some 130 at each switch)."""

    layout: QTextLayout
    height: int
    narrowest: float
    """Its widest line: at a width under it, a line breaks elsewhere."""
    widest: float
    """The width it was laid out at; any width at all for a text of one line."""

    def fits(self, width: int) -> bool:
        return self.narrowest <= width <= self.widest


def measured(row: WeekRow, font: QFont, width: int, line_height: int) -> Measured:
    """The row's text laid out at ``width`` (at least ``line_height`` high), with the widths
    the same lines hold at. Its lines would break in the same places at any width from its
    widest line up to ``width`` (a wider line would not have fitted, and none is longer),
    at any width above for a single line. Right-to-left text is drawn from the right edge
    of the width it was laid out at: it is kept for that width only."""
    layout = text_layout(row, font, width)
    height = max(round(layout.boundingRect().height()), line_height)
    if _right_to_left(row.shown or row.text):
        return Measured(layout, height, width, width)
    lines = layout.lineCount()
    narrowest = max((layout.lineAt(n).naturalTextWidth() for n in range(lines)), default=0.0)
    return Measured(layout, height, narrowest, math.inf if lines == 1 else width)


def _right_to_left(text: str) -> bool:
    return not text.isascii() and RIGHT_TO_LEFT.search(text) is not None


RIGHT_TO_LEFT = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff"
    "\u200f\u202b\u202e\u2067]"
)
"""The letters of the scripts written from right to left (Hebrew, Arabic, Syriac, Thaana,
N'Ko and the like), and the marks that turn text that way (found at C's speed: a week's
rows hold dashes, ticks and circles, so most are not plain ASCII)."""


def height_with(row: WeekRow, text: int) -> int:
    """The height of ``row`` with ``text`` pixels of text: padded above and below, at least
    :data:`MIN_HEIGHT`, and the edge of its day's card at its top or bottom."""
    height = max(text + 2 * ROW_PADDING, MIN_HEIGHT)
    if row.first:
        height += CARD_GAP + CARD_PADDING
    if row.last:
        height += CARD_PADDING
    return height


def top_of(content: QRect, text: int) -> int:
    """Where a row's first line of text starts: its ``text`` pixels high in the middle of
    the row (a row is at least :data:`MIN_HEIGHT` high, whatever its text)."""
    spare = content.height() - text - 2 * ROW_PADDING
    return content.top() + ROW_PADDING + max(spare, 0) // 2


class DayDelegate(QStyledItemDelegate):
    """Paints a row of a :class:`DayList`: its slice of the day's card, then its text."""

    def __init__(self, view: DayList) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self._view.row_width()
        return QSize(width, self._view.row_height_at(index.row(), width))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = index.data(ROW_ROLE)
        if not isinstance(row, WeekRow):
            return
        view = self._view
        rect: QRect = option.rect
        palette: QPalette = option.palette
        state = option.state
        painter.save()
        self._paint_card(painter, row, rect, palette)
        content = view.content_rect(row, rect)
        if state & (STATE_SELECTED | STATE_HOVER):
            panel = QStyleOptionViewItem(option)
            panel.rect = content
            view.style().drawPrimitive(PANEL, panel, painter, view)
        selected = bool(state & STATE_SELECTED)
        text_color = palette.color(HIGHLIGHTED_TEXT if selected else TEXT)
        left = content.left() + ROW_PADDING
        top = top_of(content, view.text_height(index.row(), rect.width()))
        colours = NOTE_BANDS.get(row.kind)
        if colours is not None:
            background, accent, note_text = (theme.current().colour(n) for n in colours)
            band = content.adjusted(0, 1, 0, -1)
            if not selected:
                painter.fillRect(band, background)
                text_color = note_text
            painter.fillRect(band.adjusted(0, 0, HARD_DAY_BAR - band.width(), 0), accent)
            left += HARD_DAY_BAR + ROW_PADDING
        if row.kind is RowKind.RISK:
            size = view.icon_size()
            painter.drawPixmap(left, top, view.risk_icon())
            left += size + ROW_PADDING
        painter.setPen(text_color)
        if row.item is not None:
            painter.setFont(option.font)
            time_rect = QRect(left, top, view.time_width(), content.height())
            painter.drawText(time_rect, TOP_LEFT, row.when)
            left += view.time_width()
        view.text_layout(index.row(), rect.width()).draw(painter, QPointF(left, top))
        painter.restore()

    @staticmethod
    def _paint_card(painter: QPainter, row: WeekRow, rect: QRect, palette: QPalette) -> None:
        """This row's slice of its day's card: the whole card for the first and last rows
        (clipped to the row, so only their corners show), plain sides for the others."""
        border = 3 if row.today else 1
        colours = theme.current()
        color = colours.colour("today" if row.today else "card_border")
        card_colour = colours.colour("card")
        card = QRect(rect).adjusted(CARD_INSET, 0, -CARD_INSET, 0)
        if not (row.first or row.last):
            painter.fillRect(card, color)
            painter.fillRect(card.adjusted(border, 0, -border, 0), card_colour)
            return
        overhang = 2 * RADIUS + 4
        whole = QRectF(card).adjusted(
            0, CARD_GAP if row.first else -overhang, 0, 0 if row.last else overhang
        )
        half = border / 2
        painter.setClipRect(rect)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(color, border))
        painter.setBrush(card_colour)
        painter.drawRoundedRect(whole.adjusted(half, half, -half, -half), RADIUS, RADIUS)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, on=False)
        painter.setClipping(False)


class DayList(QListView):
    """The seven days of a week, each a card: heading, hard-day note, items.

    Up and Down move row by row (a day's heading, its notes, each item); Ctrl+Up and
    Ctrl+Down, or Page Up and Page Down, move to the previous or next day's heading; Enter
    (or a double click) opens the chosen item in its area. The chosen row is drawn
    selected, and a screen reader reads it as it is reached (the model's accessible text).

    Signals:
        item_opened(WeekItem): the user asked to open an item in its area.
    """

    item_opened = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekDays")
        self.setAccessibleName(translate("Week", "Days of the week"))
        self.setAccessibleDescription(
            translate(
                "Week",
                "Up and Down move item by item, Page Up and Page Down day by day; "
                "Enter opens the item in its area.",
            )
        )
        self._viewport = self.viewport()  # asked for on every row: kept, not looked up
        self._viewport.setObjectName("dayList")
        # The cards are the colour of a list (Base); around them, the window's.
        self._viewport.setBackgroundRole(QPalette.ColorRole.Window)
        self.week_model = WeekModel(self)
        self.setModel(self.week_model)
        self.setItemDelegate(DayDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._measured: dict[tuple[str, tuple[int, int]], list[Measured]] = {}
        """Each text laid out, at the widths it was asked at: kept across weeks (most rows
        say what rows of other weeks said) and widths (the window's first frame lays the
        week out as it is shown, and again as its scroll bars settle a few pixels
        narrower), forgotten when the font changes."""
        self._text_heights: dict[tuple[str, tuple[int, int], int], int] = {}
        """The height of each text at each width of text it was measured at (a week's
        rows are measured by it at each switch: most said what rows of other weeks said)."""
        self._heights: tuple[int, list[int]] | None = None
        """The week's row heights at a row width, by row."""
        self._guessing = True
        """Whether the rows below the first screen are given a height of one line: until
        the list is first painted (see :meth:`row_height_at`)."""
        self._guessed: set[int] = set()
        """The rows whose heights in :attr:`_heights` are guessed."""
        self._time_width: int | None = None
        self._icon_size: int | None = None
        self._risk_icon: QPixmap | None = None
        self.week_model.modelReset.connect(self._forget_sizes)
        self.week_model.modelReset.connect(self._keep_a_current_row)
        self.previous_day_action = self._key_action(
            "previousDayAction",
            translate("Week", "Previous day"),
            self.previous_day,
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Up),
            QKeySequence(Qt.Key.Key_PageUp),
        )
        self.next_day_action = self._key_action(
            "nextDayAction",
            translate("Week", "Next day"),
            self.next_day,
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Down),
            QKeySequence(Qt.Key.Key_PageDown),
        )
        self.open_action = self._key_action(
            "openItemAction",
            translate("Week", "Open the chosen item in its area"),
            self.open_current,
            QKeySequence(Qt.Key.Key_Return),
            QKeySequence(Qt.Key.Key_Enter),
        )
        self.activated.connect(self._open_index)  # a double click (Enter is the action's)

    def set_week(self, week: Week, today: dt.date, rows: tuple[WeekRow, ...] | None = None) -> None:
        """Show ``week`` (``rows``: its rows, when worked out beforehand)."""
        if self.week_model.set_week(week, today, rows):
            self.scrollToTop()
            if self.isVisible():
                # Now rather than on the view's timer: the week is painted once, laid out.
                self.executeDelayedItemsLayout()
            # A list not shown yet (the window's start) is laid out as it is shown, at its
            # width then: measuring a crowded week's 250 rows at the width of a window not
            # yet arranged (about 100 pixels) was work thrown away.

    def rows(self) -> tuple[WeekRow, ...]:
        return self.week_model.rows()

    # -- sizes ---------------------------------------------------------------------------
    def row_width(self) -> int:
        return self._viewport.width()

    def time_width(self) -> int:
        """The width of the time column: the week's longest time, and a gap."""
        if self._time_width is None:
            self._time_width = self._time_width_of(self.rows())
        return self._time_width

    def _time_width_of(self, rows: tuple[WeekRow, ...]) -> int:
        metrics = self.fontMetrics()
        times = {r.when for r in rows if r.item is not None}
        longest = max((metrics.horizontalAdvance(t) for t in times), default=0)
        return longest + 2 * metrics.averageCharWidth()

    def icon_size(self) -> int:
        """The risk note's icon: as tall as a line of text."""
        if self._icon_size is None:
            self._icon_size = self.fontMetrics().height()
        return self._icon_size

    def risk_icon(self) -> QPixmap:
        if self._risk_icon is None:
            size = self.icon_size()
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self._risk_icon = icon.pixmap(QSize(size, size), self.devicePixelRatioF())
        return self._risk_icon

    def content_rect(self, row: WeekRow, rect: QRect) -> QRect:
        """The part of a row's rectangle inside its card's padding."""
        inset = CARD_INSET + CARD_PADDING
        top = CARD_GAP + CARD_PADDING if row.first else 0
        return rect.adjusted(inset, top, -inset, -CARD_PADDING if row.last else 0)

    def text_width(self, row: WeekRow, width: int, time_width: int | None = None) -> int:
        """The width left to the text of ``row`` in a row ``width`` pixels wide (beside a
        time column ``time_width`` pixels wide: the shown week's, when not given)."""
        text = width - 2 * (CARD_INSET + CARD_PADDING) - 2 * ROW_PADDING
        if row.kind in NOTE_BANDS:
            text -= HARD_DAY_BAR + ROW_PADDING
        if row.kind is RowKind.RISK:
            text -= self.icon_size() + ROW_PADDING
        if row.item is not None:
            text -= self.time_width() if time_width is None else time_width
        return text

    def _measure(self, row: int, width: int) -> Measured:
        """The laid-out text of ``row`` in a row ``width`` pixels wide, and its height."""
        return self._measure_row(self.week_model.row(row), width)

    def _measure_row(
        self, shown: WeekRow, width: int, font: QFont | None = None, text_width: int | None = None
    ) -> Measured:
        """The laid-out text of ``shown`` in a row ``width`` pixels wide (``font``: the
        list's, when already at hand; ``text_width``: the room for its text, when worked
        out), and its height."""
        if text_width is None:
            text_width = self.text_width(shown, width)
        key = (shown.shown or shown.text, shown.bold)
        kept = self._measured.get(key)
        if kept is None:
            if len(self._measured) >= MEASURED_KEPT:
                self._measured.clear()  # other weeks came and went
            kept = self._measured[key] = []
        for found in kept:
            if found.narrowest <= text_width <= found.widest:  # found.fits, inline
                return found
        if len(kept) >= WIDTHS_KEPT:
            del kept[0]  # the window was made wider and narrower many times
        found = measured(shown, font or self.font(), text_width, self.fontMetrics().height())
        kept.append(found)
        return found

    def text_layout(self, row: int, width: int) -> QTextLayout:
        """The laid-out text of ``row`` in a row ``width`` pixels wide (kept for reuse)."""
        return self._measure(row, width).layout

    def text_height(self, row: int, width: int) -> int:
        """The height of the text of ``row`` in a row ``width`` pixels wide."""
        return self._measure(row, width).height

    def row_height(self, row: int, width: int, *, text: int | None = None) -> int:
        """The height of ``row`` in a row ``width`` pixels wide, its text ``text`` pixels
        high (laid out and measured when not given)."""
        shown = self.week_model.row(row)
        if text is None:
            text = self.text_height(row, width)
        return height_with(shown, text)

    def row_height_at(self, row: int, width: int) -> int:
        """The height of ``row`` in a row ``width`` pixels wide, worked out once a week
        and width (the view asks for each row's size hint on every layout).

        Until the list is first painted (the window's first frame), a row below the first
        screen is guessed one line high: Qt's list lays out every row of a week to show
        its first screen, and laying out the text of a crowded week's 250 rows was most of
        the list's share of the first frame. Every row the list can show at once is
        measured (a row is at least :data:`MIN_HEIGHT` high: the rows from the screen's
        height down start below it); the others are measured just after the first frame,
        and laid out again if a guess was wrong (:meth:`_settle`). Later weeks are
        measured whole at once: a week switch would otherwise be laid out and painted
        twice."""
        if self._heights is None or self._heights[0] != width:
            self._heights = (width, self._all_heights(width))
        return self._heights[1][row]

    def _all_heights(self, width: int) -> list[int]:
        """The height of every row in a row ``width`` pixels wide, in one pass (Qt asks for
        them all, one call each: one pass over the rows costs less than 250 calls down),
        those guessed until the first frame noted in :attr:`_guessed`."""
        rows = self.week_model.rows()
        sight = self._rows_in_sight() if self._guessing else len(rows)
        self._guessed = set(range(sight, len(rows)))
        return self._heights_of(rows, width, sight, self.time_width())

    def measure_ahead(self, rows: tuple[WeekRow, ...]) -> None:
        """Lay out the texts of ``rows`` (a week the page may show next) at the list's
        width now, so that showing them lays out no text anew."""
        if self.painted:  # the first frame measures its own rows first
            self._heights_of(rows, self.row_width(), len(rows), self._time_width_of(rows))

    def _heights_of(
        self, rows: tuple[WeekRow, ...], width: int, sight: int, time_width: int
    ) -> list[int]:
        """The heights of ``rows`` in a row ``width`` pixels wide, beside a time column
        ``time_width`` wide: those from ``sight`` on guessed one line high."""
        font, line = self.font(), self.fontMetrics().height()
        if len(self._text_heights) >= MEASURED_KEPT:
            self._text_heights.clear()
        known = self._text_heights
        widths: dict[RowKind, int] = {}  # a row's kind decides its text's width
        heights = []
        for n, shown in enumerate(rows):
            if n < sight:
                text_width = widths.get(shown.kind)
                if text_width is None:
                    text_width = widths[shown.kind] = self.text_width(shown, width, time_width)
                key = (shown.shown or shown.text, shown.bold, text_width)
                text = known.get(key)
                if text is None:
                    measured = self._measure_row(shown, width, font, text_width)
                    text = known[key] = measured.height
            else:
                text = line
            heights.append(height_with(shown, text))
        return heights

    @property
    def painted(self) -> bool:
        """Whether the list has been painted (the window's first frame is drawn)."""
        return not self._guessing

    def _rows_in_sight(self) -> int:
        """How many rows from the top the list can show at most: the view's height, or
        the screen's if taller (the view may not have its final height yet), in rows of
        the least height, when the list is scrolled to the top; all of them when not."""
        if self.verticalScrollBar().value() != 0:
            return self.week_model.rowCount()
        screen = self.screen()
        tallest = max(self._viewport.height(), screen.availableGeometry().height() if screen else 0)
        return math.ceil(tallest / MIN_HEIGHT)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._guessing:
            self._guessing = False
            if self._guessed:
                QTimer.singleShot(0, self, self._settle)

    def _settle(self) -> None:
        """Measure the rows guessed before the list was first painted, and lay it out again
        if any is not one line high."""
        if self._heights is None or not self._guessed:
            return
        width, heights = self._heights
        changed = False
        for row in sorted(self._guessed):
            if row < self.week_model.rowCount():
                measured = self.row_height(row, width)
                changed = changed or measured != heights[row]
                heights[row] = measured
        self._guessed = set()
        if changed:
            self.scheduleDelayedItemsLayout()

    def _forget_sizes(self) -> None:
        """A new week: its rows' heights and time column are measured again (the texts
        laid out before are kept)."""
        self._heights = None
        self._guessed = set()
        self._time_width = None

    def _forget_text(self) -> None:
        """Another font: every text is laid out again."""
        self._forget_sizes()
        self._measured.clear()
        self._text_heights.clear()
        self._icon_size = None
        self._risk_icon = None  # drawn as tall as a line of the new text

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._forget_text()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # rows are as tall as their text at the width

    # -- focus ---------------------------------------------------------------------------
    # A row is selected only while the list has the focus: the selection says where the
    # keyboard is, and is not left behind as a highlight nobody asked for.
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        current = self.currentIndex()
        if current.isValid():
            self.selectionModel().select(current, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.clearSelection()

    # -- the keyboard --------------------------------------------------------------------
    def _key_action(
        self, name: str, text: str, slot: Callable[[], object], *keys: QKeySequence
    ) -> QAction:
        """An action of the list's own keys, working while the list has the focus (and so
        listed in Help > Keyboard shortcuts under the coming days)."""
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts(list(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _keep_a_current_row(self) -> None:
        """A new week keeps the keyboard in the list: on its first row, chosen."""
        if self.hasFocus() and self.week_model.rowCount():
            self.setCurrentIndex(self.week_model.index(0))

    def day_starts(self) -> list[int]:
        """The rows of the days' headings."""
        return [n for n, row in enumerate(self.rows()) if row.kind is RowKind.HEADING]

    def _go_to(self, row: int) -> None:
        index = self.week_model.index(row)
        self.setCurrentIndex(index)  # selects it too (one row at a time), and says it
        self.scrollTo(index)

    @Slot()
    def previous_day(self) -> None:
        """To the heading of the day before the chosen row's day (or of its own day, from
        one of its items)."""
        current = self.currentIndex().row()
        before = [n for n in self.day_starts() if n < current]
        if before:
            self._go_to(before[-1])
        elif self.week_model.rowCount():
            self._go_to(0)

    @Slot()
    def next_day(self) -> None:
        """To the heading of the day after the chosen row's day."""
        current = self.currentIndex().row()
        after = [n for n in self.day_starts() if n > current]
        if after:
            self._go_to(after[0])

    def current_item(self) -> WeekItem | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        return self.week_model.row(index.row()).item

    @Slot()
    def open_current(self) -> None:
        """Enter: open the chosen item in its area (a heading or a note opens nothing)."""
        item = self.current_item()
        if item is not None:
            self.item_opened.emit(item)

    @Slot(QModelIndex)
    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.setCurrentIndex(index)
            self.open_current()
