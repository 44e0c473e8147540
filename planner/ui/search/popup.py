"""The search results under the search field: a list grouped by kind, over the page, in the
window itself (not a window of its own), so that it never takes the keyboard from the field
and a screen reader finds it where it is."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QRect, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.search import Found, FoundKind, Results
from planner.ui.labels import translate
from planner.ui.search.model import HIT_ROLE, MORE_ROLE, ResultsModel

MOST_OF_WINDOW = 0.6
"""The results take at most this share of the window's height; more rows scroll."""
WIDTH_IN_LETTERS = 60
"""The width of "Nothing found"; results are as wide as their longest line (within the
window)."""


class ResultsPopup(QFrame):
    """The results list, placed under ``field`` in ``window`` whenever it is shown.

    Signals:
        chosen(object): a hit was chosen (Enter, or a double click): its ``Found``.
        more_wanted(object): the "show more" row of a kind was chosen: the ``Kind``.
        left(bool): back to the field: Escape in the list (True: the results close), or Up
            from its first row (False).
    """

    chosen = Signal(object)
    more_wanted = Signal(object)
    left = Signal(bool)

    def __init__(self, field: QLineEdit, window: QWidget) -> None:
        super().__init__(window)
        self.field = field
        self.setObjectName("searchResultsPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.model = ResultsModel(self)
        self.model.setObjectName("searchResultsModel")
        self.view = QListView(self)
        self.view.setObjectName("searchResults")
        self.view.setAccessibleName(translate("Search", "Search results"))
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformItemSizes(True)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.activated.connect(self._activated)
        self.view.installEventFilter(self)
        self.nothing = QLabel(self)
        self.nothing.setObjectName("searchNothing")
        self.nothing.setWordWrap(True)
        self.nothing.setMargin(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.nothing)
        layout.addWidget(self.view)
        window.installEventFilter(self)  # it moves with the window's size
        self.hide()

    @property
    def results(self) -> Results:
        return self.model.results

    def show_results(self, results: Results) -> None:
        """Show ``results`` (or that nothing was found) under the field."""
        self.model.set_results(results)
        empty = results.empty
        self.nothing.setText(
            translate("Search", "Nothing found for “{term}”.").format(term=results.term.strip())
            if empty
            else ""
        )
        self.nothing.setVisible(empty)
        self.view.setVisible(not empty)
        self.view.setCurrentIndex(self.model.first_choice())
        self.place()
        self.show()
        self.raise_()

    def place(self) -> None:
        """Under the field, as wide as a readable line, as tall as the rows (within the
        window)."""
        window = self.parentWidget()
        if window is None:
            return
        corner = self.field.mapTo(window, QPoint(0, self.field.height()))
        shown = self.model.rowCount() if self.view.isVisibleTo(self) else 0
        letters = self.fontMetrics().averageCharWidth() * WIDTH_IN_LETTERS
        if shown:
            scroll = self.view.verticalScrollBar().sizeHint().width()
            margins = scroll + 2 * self.view.frameWidth() + 16
            letters = self.model.widest(self.view.fontMetrics()) + margins
        width = min(max(self.field.width(), letters), window.width() - 8)
        left = max(4, min(corner.x(), window.width() - width - 4))
        room = int(window.height() * MOST_OF_WINDOW)
        if shown:
            # Rows are one line each, all as tall (uniformItemSizes).
            wanted = shown * self.view.sizeHintForRow(0) + 2 * self.view.frameWidth() + 4
        else:
            wanted = self.nothing.heightForWidth(width) + 4
        self.setGeometry(QRect(left, corner.y() + 2, width, max(min(wanted, room), 0)))

    def current(self) -> Found | None:
        hit = self.view.currentIndex().data(HIT_ROLE)
        return hit if isinstance(hit, Found) else None

    def choose_current(self) -> bool:
        """Open the row chosen (the first hit when none is); whether there was one."""
        index = self.view.currentIndex()
        if not index.isValid():
            index = self.model.first_choice()
        if not index.isValid():
            return False
        self._activated(index)
        return True

    def enter(self, *, last: bool = False) -> None:
        """Put the keyboard in the list, on its first (or last) row that can be chosen."""
        if not self.isVisible() or not self.view.isVisible():
            return
        index = self.model.first_choice()
        if last:
            index = self.model.index(self.model.rowCount() - 1, 0)
        self.view.setCurrentIndex(index)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if isinstance(hit, Found):
            self.chosen.emit(hit)
            return
        group = index.data(MORE_ROLE)
        if isinstance(group, FoundKind):
            self.more_wanted.emit(group.kind)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            if self.isVisible():
                self.place()
            return False
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key_in_list(event)
        return False

    def _key_in_list(self, event: QKeyEvent) -> bool:
        key = event.key()
        first = self.model.first_choice()
        if key == Qt.Key.Key_Escape:
            self.left.emit(True)
            return True
        if key == Qt.Key.Key_Up and self.view.currentIndex().row() <= first.row():
            self.left.emit(False)
            return True
        text = event.text()
        if (
            text
            and text.isprintable()
            and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        ):
            # Typing goes on in the field, wherever the keyboard was.
            self.field.setFocus(Qt.FocusReason.OtherFocusReason)
            self.field.insert(text)
            return True
        return False
