"""The week's gaps, each with a button that opens the place to fix it."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.gaps import Gap
from planner.ui.labels import translate
from planner.ui.permissions import organisers_only
from planner.ui.scaled_style import MIN_HEIGHT, measured_by_base_style
from planner.ui.week.gaps_model import FIX_COLUMN, MESSAGE_COLUMN, GapModel

QWIDGETSIZE_MAX = (1 << 24) - 1
"""Qt's largest widget size (a widget's maximum size unless one is set)."""
ROWS_IN_VIEW = 5
"""Gaps kept in view above the days when the page is narrow (large text)."""
FIRST_SHOWN = 20
"""Gaps listed at first, the most urgent: about two screens of the list at the window's
first size; the others wait behind "Show all" (a list of hundreds helps nobody decide what
to do first, and each row costs its button and is laid out again at every week shown:
with 50, a crowded week took half again as long to show)."""
FIRST_BUTTONS = 12
"""Rows given their fix button with the rows in a list already shown (another week), more
than a screen shows (about nine at the window's first size); the others get theirs once the
list is painted (a button is two widgets to make and style). A list not shown yet sees
which rows are in sight as it shows."""
SPARE_ROWS = 2
"""Rows past those in sight given their button as a list first shows."""
SHOWN_UNPAINTED_MS = 200
"""When a list shown but not painted (scrolled out of sight) makes its other buttons."""
HEIGHTS_KEPT = 4096
"""Rows' heights kept, for as many rows of words, buttons and widths."""


class GapTable(QTableView):
    """The gaps' table, which measures a row once for what it shows.

    Its rows are as tall as their wrapped words (the vertical header resizes them to their
    contents), and Qt measures every row again at each layout of the table: a week switch
    lays it out three or four times. A row's height follows from its words, its fix
    button (and whether it has it yet), the columns' widths and the font; each is kept
    for those."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[tuple[object, ...], int] = {}

    def sizeHintForRow(self, row: int) -> int:
        model = self.model()
        fix = model.index(row, FIX_COLUMN)
        key = (
            model.index(row, MESSAGE_COLUMN).data(),
            fix.data(),
            self.indexWidget(fix) is not None,
            self.columnWidth(MESSAGE_COLUMN),
            self.columnWidth(FIX_COLUMN),
            self.viewport().width(),
        )
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) >= HEIGHTS_KEPT:
                self._heights.clear()
            height = self._heights[key] = self.measure_row(row)
        return height

    @contextmanager
    def laid_out_at_once(self) -> Iterator[None]:
        """Change the rows inside, then lay them out at once, not on the view's timers,
        so that the list is painted once.

        A row whose words take another height tells the view so as it changes, and the
        view paints it again on a timer of its own, after the frame that already showed
        it at its new height (a second paint of the list at nearly every week shown).
        Here the rows take their heights without telling, and the view then places its
        buttons and scroll bar and paints once."""
        header = self.verticalHeader()
        quiet = header.blockSignals(True)
        try:
            yield
        finally:
            header.blockSignals(quiet)
        self.doItemsLayout()  # its geometries, the buttons' among them, and a paint

    def measure_row(self, row: int) -> int:
        """The height Qt gives ``row`` for what it shows now."""
        return super().sizeHintForRow(row)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()  # the same words take another height
        super().changeEvent(event)


def kept_at(widget: QWidget, size: QSize) -> bool:
    """Give ``widget`` the fixed ``size``; whether it had another. A widget of fixed size
    asks its parent for no layout when its words change (see :class:`ShowAllButton`)."""
    if widget.minimumSize() == size and widget.maximumSize() == size:
        return False
    widget.setFixedSize(size)
    return True


class ShowAllButton(QPushButton):
    """ "Show all 163 (the first 20 are listed)": its words change with nearly every week,
    and a new text asks the whole page for another layout, one level up at each turn of
    the event loop, which then paints the gap list again. Kept at the size its words take
    (a widget of fixed size asks its parent for no layout), it asks only when that size
    changes."""

    def set_words(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)
        self._fit()

    def _fit(self) -> None:
        kept_at(self, self.sizeHint())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()  # the same words take another size


class FixButton(QPushButton):
    """A row's fix button; it knows its row, which changes when a kept button is given
    another (see :class:`KeptButtons`)."""

    row = 0


class KeptButtons(QStyledItemDelegate):
    """Keeps the fix buttons of rows that go, for the rows that come next, rather than
    letting the view delete them: a week without gaps empties the list, and the next week
    with some would make every button again (two widgets, a layout and their style each;
    going from last week to this week took twice as long as the other way)."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.kept: list[QWidget] = []
        """Button holders hidden in the view, to give to rows again (the last first)."""

    def destroyEditor(self, editor: QWidget, index: QModelIndex | object) -> None:
        if editor.objectName() == "fixButtonHolder" and len(self.kept) < FIRST_SHOWN:
            editor.hide()
            self.kept.append(editor)
            return
        super().destroyEditor(editor, index)  # type: ignore[arg-type]


class GapPanel(QWidget):
    """Lists the gaps of the coming days; a button (or Enter on a row) asks for its fix.

    Signals:
        fix_requested(Gap): the user chose to fix this gap.
    """

    fix_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gapPanel")
        self.setAccessibleName(translate("Week", "Still to arrange"))
        self.model = GapModel(self)
        self.model.setObjectName("gapModel")
        self.may_fix: Callable[[Gap], bool] = lambda _: True
        """Whether the login can carry out a gap's fix; one it cannot is greyed, saying why."""
        self.heading = heading = QLabel(
            ("<h3>" + html.escape(translate("Week", "Still to arrange")) + "</h3>"), self
        )
        heading.setObjectName("gapHeading")
        self.all_clear = QLabel(self)
        self.all_clear.setObjectName("allClear")
        self.all_clear.setWordWrap(True)
        self.view = GapTable(self)
        self.view.setObjectName("gapList")
        self.view.setAccessibleName(translate("Week", "Still to arrange"))
        self.view.setModel(self.model)
        self._kept = KeptButtons(self.view)
        self.view.setItemDelegate(self._kept)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab reaches the fix buttons in the rows
        self.view.setWordWrap(True)
        self.view.setShowGrid(False)
        self.view.verticalHeader().hide()
        # Rows as tall as their wrapped text, measured again whenever the width changes.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(MESSAGE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FIX_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        measured_by_base_style(self.view)  # its rows are measured often: no Python in it
        self.show_all = ShowAllButton(self)
        self.show_all.setObjectName("showAllGaps")
        self.show_all.setAccessibleName(translate("Week", "Show all"))
        self.show_all.clicked.connect(self._show_all)
        self.show_all.hide()
        self._gaps: tuple[Gap, ...] = ()
        self._all_shown = False
        self._buttons = 0
        """The rows from the top that have their fix button (the others get theirs next)."""
        self._button_size = QSize()
        """The size of every fix button: the largest their words have needed (see
        :meth:`_fit_buttons`)."""
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.timeout.connect(self._fit_buttons_anew)
        self._more_buttons = QTimer(self)
        self._more_buttons.setSingleShot(True)
        self._more_buttons.timeout.connect(self._add_pending_buttons)
        self.view.activated.connect(self._row_activated)
        self.model.rowsInserted.connect(self._add_buttons)
        self.model.rowsRemoved.connect(self._rows_removed)
        self.model.dataChanged.connect(self._gaps_changed)
        heading.setBuddy(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.all_clear)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.show_all, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()  # keeps the heading at the top while the list is hidden
        self._rows_changed()

    def set_gaps(self, gaps: tuple[Gap, ...], nothing_missing: str) -> None:
        """Show ``gaps``; ``nothing_missing`` is what an empty list says."""
        self.all_clear.setText(nothing_missing)
        self.all_clear.setAccessibleName(nothing_missing)
        self._gaps = gaps
        self._show_gaps()

    def _show_gaps(self) -> None:
        gaps = self._gaps
        hidden = 0 if self._all_shown else max(len(gaps) - FIRST_SHOWN, 0)
        with self.view.laid_out_at_once():
            self.model.set_gaps(gaps[: len(gaps) - hidden])
        if hidden:
            text = translate("Week", "Show all {count} (the first {shown} are listed)").format(
                count=len(gaps), shown=FIRST_SHOWN
            )
            self.show_all.set_words(text)
        self.show_all.setVisible(bool(hidden))

    @Slot()
    def _show_all(self) -> None:
        """List every gap, now and as the days shown change."""
        self._all_shown = True
        self._show_gaps()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def wanted_height(self, rows: int = ROWS_IN_VIEW) -> int:
        """The height that shows the heading and the first ``rows`` gaps in full (or the
        "nothing missing" line)."""
        layout = self.layout()
        spacing = max(layout.spacing(), 0) if layout is not None else 0
        height = self.heading.sizeHint().height() + spacing
        if self.model.rowCount() == 0:
            width = max(self.width(), 1)
            return height + self.all_clear.heightForWidth(width)
        self.view.resizeRowsToContents()
        shown = min(rows, self.model.rowCount())
        height += self.view.horizontalHeader().height() + 2 * self.view.frameWidth()
        return height + sum(self.view.rowHeight(row) for row in range(shown))

    def fix_button(self, row: int) -> QPushButton:
        self._add_pending_buttons()  # a row's button is there when asked for
        return self._button(row)

    def _button(self, row: int) -> QPushButton:
        holder = self.view.indexWidget(self.model.index(row, FIX_COLUMN))
        button = holder.findChild(QPushButton, "fixButton")
        assert isinstance(button, QPushButton)
        return button

    @Slot(QModelIndex, int, int)
    def _add_buttons(self, parent: QModelIndex, first: int, last: int) -> None:
        """Rows came at the end: the first screen's get their buttons now, the rest next.
        A list not shown yet (the window's at start) gives its buttons to the rows in sight
        as it shows, and to the others once it is painted."""
        if self.isVisible():
            self._make_buttons(first, min(last, FIRST_BUTTONS - 1))
            if self._buttons < self.model.rowCount():
                self._more_buttons.start(0)
        self._rows_changed()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._buttons < self.model.rowCount():
            self._make_buttons(self._buttons, self._rows_in_sight() - 1)
        if self._buttons < self.model.rowCount() and not self._more_buttons.isActive():
            # Shown but not painted (out of sight in a scrolled page): made a moment later.
            self._more_buttons.start(SHOWN_UNPAINTED_MS)

    def _rows_in_sight(self) -> int:
        """How many rows from the top the list shows as it is laid out now, and
        :data:`SPARE_ROWS` more (the window's layout may yet settle a little)."""
        rows = self.model.rowCount()
        bottom = self.view.rowAt(self.view.viewport().height() - 1)
        return min(rows if bottom < 0 else bottom + 1 + SPARE_ROWS, rows)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._buttons < self.model.rowCount():
            self._more_buttons.start(0)  # once this frame is drawn

    @Slot()
    def _add_pending_buttons(self) -> None:
        self._more_buttons.stop()
        self._make_buttons(self._buttons, self.model.rowCount() - 1)

    def _make_buttons(self, first: int, last: int) -> None:
        if first > last:
            return
        for row in range(first, last + 1):
            holder = self._kept.kept.pop() if self._kept.kept else self._make_holder()
            button = holder.findChild(FixButton, "fixButton")
            assert button is not None
            button.row = row
            self.view.setIndexWidget(self.model.index(row, FIX_COLUMN), holder)
            if row > 0:  # Tab goes from row to row, whenever a row's button was made
                QWidget.setTabOrder(self._button(row - 1), button)
        self._buttons = last + 1
        self._label_buttons(first, last)

    def _make_holder(self) -> QWidget:
        """A fix button in its holder, which keeps it its natural height, centred in a
        tall row."""
        holder = QWidget(self.view)
        holder.setObjectName("fixButtonHolder")
        button = FixButton(holder)
        button.setObjectName("fixButton")
        # The view's style (see measured_by_base_style) leaves its height to it.
        button.setMinimumHeight(MIN_HEIGHT)
        button.clicked.connect(lambda _=False: self._fix(button.row))
        box = QVBoxLayout(holder)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        return holder

    @Slot(QModelIndex, QModelIndex)
    def _gaps_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        self._label_buttons(top_left.row(), min(bottom_right.row(), self._buttons - 1))

    def _label_buttons(self, first: int, last: int) -> None:
        labelled = []
        for row in range(first, last + 1):
            said, action = self.model.said(row)
            button = self._button(row)
            button.setText(action)
            button.setAccessibleName(
                translate("Week", "{action}: {message}").format(action=action, message=said)
            )
            may = self.may_fix(self.model.gap(row))
            button.setEnabled(may)
            button.setToolTip(said if may else f"{said}\n{organisers_only()}")
            labelled.append(button)
        self._fit_buttons(labelled)

    def _fit_buttons(self, labelled: list[QPushButton]) -> None:
        """Give every fix button one size, the largest their words have needed (a column
        of buttons alike). A button of fixed size asks its row for no layout when its words
        change; one that did made the list lay out and paint its rows a second time at
        nearly every week shown, the rows' fixes differing from week to week. The size
        grows when new words need more room and is worked out anew for another font or
        style."""
        wanted = self._button_size.expandedTo(QSize(0, MIN_HEIGHT))  # (see _make_holder)
        for button in labelled:
            wanted = wanted.expandedTo(button.sizeHint())
        grown = wanted != self._button_size
        self._button_size = wanted
        resized = False
        for button in self._all_buttons() if grown else labelled:
            if kept_at(button, wanted):
                holder = button.parentWidget()
                box = holder.layout() if holder is not None else None
                assert box is not None
                box.invalidate()  # it keeps its size until told (a fixed size tells none)
                resized = True
        if resized:
            self.view.resizeColumnToContents(FIX_COLUMN)  # nor does the column hear of it

    def _all_buttons(self) -> list[QPushButton]:
        """The fix buttons made, those kept for later rows among them."""
        return self.view.findChildren(QPushButton, "fixButton")

    @Slot()
    def _fit_buttons_anew(self) -> None:
        self._button_size = QSize()
        shown = [self._button(row) for row in range(self._buttons)]
        for button in self._all_buttons():
            button.setMinimumSize(0, MIN_HEIGHT)  # its words' own size, to measure
            button.setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX)
        self._fit_buttons(shown)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            # Once the buttons have theirs too (a style reaches each widget in turn).
            self._refit.start(0)

    @Slot()
    def _rows_removed(self) -> None:
        self._buttons = min(self._buttons, self.model.rowCount())
        self._rows_changed()

    @Slot()
    def _rows_changed(self) -> None:
        empty = self.model.rowCount() == 0
        self.all_clear.setVisible(empty)
        self.view.setVisible(not empty)

    def _fix(self, row: int) -> None:
        self.fix_requested.emit(self.model.gap(row))

    @Slot(QModelIndex)
    def _row_activated(self, index: QModelIndex) -> None:
        if self.may_fix(self.model.gap(index.row())):
            self.fix_requested.emit(self.model.gap(index.row()))
