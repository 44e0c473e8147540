"""The window's search: a field in a toolbar (Ctrl+F from anywhere) that searches the whole
plan as the user types and lists what it finds under the field, grouped by kind.

Each search runs off the window's thread, one at a time: while one runs, the newest text
waits and runs next, and the results of a text that is no longer in the field are dropped.
So fast typing never queues searches up, and slow typing is answered at once (a fixed
pause after each key would add its length to every answer).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QToolBar,
    QToolButton,
    QWidget,
)

from planner.domain.changes import Kind
from planner.domain.search import Found, Results, words
from planner.services.changes import Changes
from planner.services.plan import Plan
from planner.services.search import search
from planner.ui.labels import translate
from planner.ui.loading import say
from planner.ui.workers import Job

if TYPE_CHECKING:
    from planner.ui.search.popup import ResultsPopup

Wanted = tuple[str, frozenset[Kind]]
"""What a search is for: the text in the field, and the kinds the user asked more of."""


class SearchBar(QToolBar):
    """The search toolbar of ``window``, with its results under the field.

    Signals:
        open_requested(Kind, object): a hit was chosen; open its record (kind, id).
        results_shown(object): the results for the text in the field are shown
            (``Results``; also when nothing was found).
    """

    open_requested = Signal(object, object)
    results_shown = Signal(object)

    def __init__(self, plan: Plan, window: QMainWindow) -> None:
        super().__init__(translate("Search", "Search"), window)
        self.plan = plan
        self.setObjectName("searchToolBar")
        self.setMovable(False)
        self.toggleViewAction().setObjectName("actionToggleSearchBar")
        self.field = QLineEdit(self)
        self.field.setObjectName("searchField")
        self.field.setAccessibleName(translate("Search", "Search the plan"))
        self.field.setPlaceholderText(translate("Search", "Search the plan (Ctrl+F)"))
        self.field.setToolTip(
            translate(
                "Search", "Appointments, rides, people, meals, groups, journal notes and questions"
            )
        )
        self.field.setClearButtonEnabled(True)
        _name_clear_button(self.field)
        self._fit_field()
        self.addWidget(self.field)
        self._window = window
        self._popup: ResultsPopup | None = None
        self.find_action = QAction(translate("Search", "&Find…"), window)
        self.find_action.setObjectName("actionFind")
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.find_action.triggered.connect(self.focus_field)
        window.addAction(self.find_action)

        # One search at a time, on a thread of its own (never behind a long check).
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._job: Job | None = None
        self._wanted: Wanted | None = None
        self._running: Wanted | None = None
        self._again = False
        """The plan changed while a search ran: run it again once it ends."""
        self._expanded: set[Kind] = set()
        self.field.textChanged.connect(self._typed)
        self.field.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    @property
    def popup(self) -> ResultsPopup:
        """The results under the field, made when first needed (not before the window's
        first paint)."""
        if self._popup is None:
            from planner.ui.search.popup import ResultsPopup

            self._popup = popup = ResultsPopup(self.field, self._window)
            popup.chosen.connect(self._chosen)
            popup.more_wanted.connect(self._more)
            popup.left.connect(self._back_to_field)
        return self._popup

    def _shown(self) -> bool:
        """Whether the results are on show."""
        return self._popup is not None and self._popup.isVisible()

    # -- searching -----------------------------------------------------------------------
    @Slot()
    def focus_field(self) -> None:
        """Ctrl+F: the keyboard in the field, its text chosen (typing replaces it), and
        its results shown again."""
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        if not self._shown():
            self._search()

    @Slot(str)
    def _typed(self, _text: str) -> None:
        self._expanded.clear()
        self._search()

    def _search(self) -> None:
        term = self.field.text()
        if not words(term):
            self._wanted = None
            if self._popup is not None:
                self._popup.hide()
            return
        self._wanted = (term, frozenset(self._expanded))
        if self._job is None:
            self._start(self._wanted)

    def _start(self, wanted: Wanted) -> None:
        plan = self.plan
        term, expanded = wanted
        job = Job(lambda _progress, _cancelled: (wanted, search(plan, term, expanded=expanded)))
        job.succeeded.connect(self._arrived)
        job.failed.connect(self._failed)
        job.ended.connect(self._ended)
        self._job, self._running = job, wanted
        job.start(self._pool)

    @Slot(object)
    def _arrived(self, outcome: tuple[Wanted, Results]) -> None:
        wanted, results = outcome
        if wanted != self._wanted:
            return  # the field holds another text now: these results are out of date
        self.popup.show_results(results)
        self.results_shown.emit(results)

    @Slot(str)
    def _failed(self, text: str) -> None:
        say(self, text)

    @Slot()
    def _ended(self) -> None:
        finished, self._job, self._running = self._running, None, None
        again, self._again = self._again, False
        if self._wanted is not None and (again or self._wanted != finished):
            # The newest text, typed (or the plan changed) while that search ran.
            self._start(self._wanted)

    @Slot(object)
    def plan_changed(self, _changes: Changes) -> None:
        """The plan changed: results on show are read again (and shown where they are)."""
        if not self._shown() or self._wanted is None:
            return
        if self._job is None:
            self._start(self._wanted)
        else:
            self._again = True

    # -- choosing ------------------------------------------------------------------------
    @Slot(object)
    def _chosen(self, hit: Found) -> None:
        self.popup.hide()
        self.open_requested.emit(hit.kind, hit.id)

    @Slot(object)
    def _more(self, kind: Kind) -> None:
        self._expanded.add(kind)
        self._search()

    @Slot(bool)
    def _back_to_field(self, closing: bool) -> None:
        if closing:
            self.popup.hide()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(QWidget, QWidget)
    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        # Leaving the field and its results (not the window) puts the results away.
        if new is None or not self._shown():
            return
        if new is not self.field and not self.popup.isAncestorOf(new):
            self.popup.hide()

    def _fit_field(self) -> None:
        """Wide enough for the hint and a few words at the current text size."""
        metrics = self.field.fontMetrics()
        hint = (
            metrics.horizontalAdvance(self.field.placeholderText()) + 6 * metrics.averageCharWidth()
        )
        self.field.setMinimumWidth(max(hint, metrics.averageCharWidth() * 24))
        self.field.setMaximumWidth(max(hint, metrics.averageCharWidth() * 48))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.FontChange:
            self._fit_field()  # larger text: the field grows with it
            return False
        if watched is not self.field or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key, shown = event.key(), self._shown()
        if key == Qt.Key.Key_Escape and shown:
            self.popup.hide()
            return True
        if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and shown:
            self.popup.enter()
            return True
        if key == Qt.Key.Key_Up and shown:
            self.popup.enter(last=True)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and shown:
            self.popup.choose_current()
            return True
        return False


def _name_clear_button(field: QLineEdit) -> None:
    """The field's clear button (Qt's own action and button) named for screen readers."""
    clear = translate("Search", "Clear the search")
    for action in field.findChildren(QAction):
        if not action.text():
            action.setText(clear)
    for button in field.findChildren(QToolButton):
        button.setObjectName("searchClearButton")
        button.setAccessibleName(clear)
