"""The Activity panel: who changed what in the plan, newest first, as the changes arrive
(made in this window or anywhere else). It narrows to one person or one area; Enter or a
double-click opens a line's record. Lines that came since the user last looked say "New"
and are bold, and View > Activity counts them while the panel is out of sight.

Where the user last looked (the newest change then) is kept per plan in the window's
settings; looking at the panel moves it on.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import Area
from planner.services.changes import Changes
from planner.services.plan import Plan
from planner.services.watch import last_seq
from planner.ui import settings
from planner.ui.areas import area_title
from planner.ui.labels import translate
from planner.ui.loading import Loader, loading_text
from planner.ui.widgets.side_dock import SideDock

if TYPE_CHECKING:
    from planner.services.activity_list import Entry
    from planner.ui.models.activity import ActivityModel

SHORTCUT = "Ctrl+Shift+U"
COUNT_AFTER_MS = 1500
"""The first count of what is new, this long after start (the first paint comes first)."""
MOST_SHOWN = 99
"""A larger count of new lines reads "99+"."""


class SpacedLines(QStyledItemDelegate):
    """Half a line of room around each entry, so the sentences read apart at any size."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + option.fontMetrics.height() // 2)


class _Body(QWidget):
    """The panel's filters and list of changes."""

    def __init__(self, panel: ActivityPanel, plan: Plan) -> None:
        from planner.domain.activity import AREAS
        from planner.ui.dialogs.fields import caption_for
        from planner.ui.models.activity import ActivityModel

        super().__init__(panel)
        self.setObjectName("activityBody")
        self.person = QComboBox(self)
        self.person.addItem(translate("Widgets", "Everyone"), None)
        self.area = QComboBox(self)
        self.area.addItem(translate("Widgets", "All areas"), None)
        for area in AREAS:
            self.area.addItem(area_title(area), area.value)
        filters = QFormLayout()
        filters.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        filters.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        whose = caption_for(
            self,
            translate("Widgets", "&Person:"),
            self.person,
            "activityPerson",
            translate("Widgets", "Show the changes of"),
        )
        filters.addRow(whose, self.person)
        where = caption_for(
            self,
            translate("Widgets", "A&rea:"),
            self.area,
            "activityArea",
            translate("Widgets", "Show the changes in"),
        )
        filters.addRow(where, self.area)

        self.model = ActivityModel(lambda: plan.clock.today(), panel)
        self.model.setObjectName("activityModel")
        self.view = QTableView(self)
        self.view.setObjectName("activityList")
        self.view.setAccessibleName(translate("Widgets", "Recent changes, newest first"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setItemDelegate(SpacedLines(self.view))
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.horizontalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        # Rows as tall as their wrapped sentence, measured again when the width changes.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self)
        self.empty.setObjectName("activityEmpty")
        self.empty.setWordWrap(True)
        self.empty.hide()  # until the list is read and has nothing to show
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)


class ActivityPanel(SideDock):
    """A dock listing the plan's recent changes in words.

    Signals:
        open_requested(Kind, object): the user chose a line; open its record (kind, key).
    """

    open_requested = Signal(object, object)

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(translate("Widgets", "Activity"), "activityPanel", parent)
        self.plan = plan
        self.toggleViewAction().setObjectName("actionToggleActivity")
        self._body: _Body | None = None
        """The filters and the list, made when first asked for (at start the panel is
        hidden, most often for the whole run: its widgets and modules wait)."""

        self.view_action = QAction(translate("Widgets", "&Activity"), self)
        self.view_action.setObjectName("actionActivity")
        self.view_action.setShortcut(QKeySequence(SHORTCUT))
        self.view_action.triggered.connect(self.show_panel)

        self._seen_mark: int | None = None
        """The newest change when the user last looked, read when first asked for."""
        self._marked_after = 0  # lines after this one are bold while shown (set as shown)
        self._new = 0
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(0)  # a burst of changes reads the list once
        self._reload.timeout.connect(self._look)
        # On a shared plan the list and the count are read off the window's thread.
        self.loader = Loader(plan, self)
        self.loader.waiting_changed.connect(self._waiting)
        self.loader.failed.connect(self._unreadable)
        self._counter = Loader(plan, self)
        # The count after start is off the window's thread on a plan file too: it is no
        # hurry, and its first read of the change log imports the database toolkit (about
        # 120 ms, during which the window answered nothing).
        self._counter.in_background = True
        self.visibilityChanged.connect(self._visibility_changed)
        QTimer.singleShot(COUNT_AFTER_MS, self, self.count_news)
        self._show_count()

    # -- the filters and the list, made when first asked for ----------------------------
    def _made(self) -> _Body:
        if self._body is None:
            body = self._body = _Body(self, self.plan)
            body.person.currentIndexChanged.connect(self._reload.start)
            body.area.currentIndexChanged.connect(self._reload.start)
            body.view.activated.connect(self._open)
            self.setWidget(body)
            if self.isVisible():
                body.show()  # now, not a moment later: the panel is never drawn empty
        return self._body

    @property
    def person(self) -> QComboBox:
        return self._made().person

    @property
    def area(self) -> QComboBox:
        return self._made().area

    @property
    def model(self) -> ActivityModel:
        return self._made().model

    @property
    def view(self) -> QTableView:
        return self._made().view

    @property
    def empty(self) -> QLabel:
        return self._made().empty

    # -- what is shown -------------------------------------------------------------------
    @property
    def new_count(self) -> int:
        """How many lines came since the user last looked (0 while the panel is shown)."""
        return self._new

    def chosen_person(self) -> str | None:
        value = self.person.currentData()
        return value if isinstance(value, str) else None

    def chosen_area(self) -> Area | None:
        value = self.area.currentData()
        return Area(value) if isinstance(value, str) else None

    def refresh(self, *, looked: bool = False) -> None:
        """Read the list afresh (with the filters chosen) and the people to filter by;
        ``looked``: the user sees the list, so what it holds is no longer new."""
        from planner.services import activity_list

        plan, person, area = self.plan, self.chosen_person(), self.chosen_area()

        def read() -> tuple[list[Entry], list[str], int | None]:
            return (
                activity_list.recent(plan, who=person, area=area),
                activity_list.authors(plan),
                last_seq(plan) if looked else None,
            )

        self.loader.load(read, lambda found: self._show_list(found, person, area))

    def _show_list(
        self,
        found: tuple[list[Entry], list[str], int | None],
        person: str | None,
        area: Area | None,
    ) -> None:
        entries, people, newest = found
        self._offer_people(people)
        current = self.view.currentIndex()
        kept = self.model.entry(current.row()).line.seq if current.isValid() else None
        self.model.set_entries(entries, self._marked_after, self.plan.author)
        self._select(kept)
        if entries:
            self._say("")
        elif person is None and area is None:
            self._say(
                translate("Widgets", "No changes yet: what anyone adds or changes shows here.")
            )
        else:
            self._say(translate("Widgets", "No recent changes match the person and area chosen."))
        if newest is not None:
            self._mark_seen(newest)

    @Slot(bool)
    def _waiting(self, waiting: bool) -> None:
        if waiting and self.model.rowCount() == 0:
            self._say(loading_text())

    @Slot(str)
    def _unreadable(self, _reason: str) -> None:
        self._say(
            translate(
                "Widgets", "The list of changes cannot be read just now; it tries again soon."
            )
        )

    def _select(self, seq: int | None) -> None:
        """Select the line of change ``seq`` again (the list was read afresh); the first
        line when the keyboard is in the list without one."""
        rows = [n for n, entry in enumerate(self.model.entries()) if entry.line.seq == seq]
        if not rows and self.view.hasFocus() and self.model.rowCount():
            rows = [0]
        if rows:
            self.view.setCurrentIndex(self.model.index(rows[0], 0))

    def _offer_people(self, people: list[str]) -> None:
        chosen = self.chosen_person()
        shown = [self.person.itemData(n) for n in range(1, self.person.count())]
        if chosen is not None and chosen not in people:
            people = sorted([*people, chosen], key=str.casefold)
        if shown == people:
            return
        self.person.blockSignals(True)
        while self.person.count() > 1:
            self.person.removeItem(1)
        for name in people:
            self.person.addItem(name, name)
        self.person.setCurrentIndex(max(self.person.findData(chosen), 0))
        self.person.blockSignals(False)

    def _say(self, text: str) -> None:
        self.empty.setText(text)
        self.empty.setAccessibleName(text)
        self.empty.setVisible(bool(text))
        self.view.setVisible(self.model.rowCount() > 0)

    # -- new since the user last looked --------------------------------------------------
    @cached_property
    def _key(self) -> str:
        return settings.plan_key(settings.ACTIVITY_SEEN, self.plan.location)

    @property
    def _seen(self) -> int:
        if self._seen_mark is None:
            self._seen_mark = self._stored_mark()
        return self._seen_mark

    def _stored_mark(self) -> int:
        value = settings.settings().value(self._key, 0)
        try:
            return max(int(str(value)), 0)
        except ValueError:
            return 0

    @Slot()
    def count_news(self) -> None:
        """Count the lines that came since the user last looked (once, after start)."""
        if self.isVisible() or not self.window().isVisible():
            return  # in sight (nothing is new then), or the window closed meanwhile
        from planner.services import activity_list

        plan, seen, me = self.plan, self._seen, self.plan.author
        self._counter.load(lambda: activity_list.news(plan, seen, me), self._counted)

    def _counted(self, new: int) -> None:
        if self.isVisible():
            return  # shown meanwhile: nothing is new then
        self._new = new
        self._show_count()

    def _show_count(self) -> None:
        count = f"{MOST_SHOWN}+" if self._new > MOST_SHOWN else str(self._new)
        if self._new:
            title = translate("Widgets", "Activity ({count} new)").format(count=count)
            self.view_action.setText(
                translate("Widgets", "&Activity ({count} new)").format(count=count)
            )
        else:
            title = translate("Widgets", "Activity")
            self.view_action.setText(translate("Widgets", "&Activity"))
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.view_action.setToolTip(f"{title} ({SHORTCUT})")

    def _mark_seen(self, newest: int) -> None:
        if newest > self._seen:
            self._seen_mark = newest
            settings.settings().setValue(self._key, newest)
        if self._new:
            self._new = 0
            self._show_count()

    @Slot(object)
    def plan_changed(self, changes: Changes) -> None:
        """Changes made here or elsewhere: read the list again while shown; count the new
        lines while not."""
        if self.isVisible():
            self._reload.start()
            return
        from planner.services import activity_list

        year = self.plan.clock.today().year
        self._new += activity_list.new_lines(changes.records, self._seen, self.plan.author, year)
        self._show_count()

    @Slot(bool)
    def _visibility_changed(self, visible: bool) -> None:
        if visible:
            self._made()  # its first showing: the list is there as the panel is drawn
            # What came since the last look stays bold while the panel is in sight.
            self._marked_after = self._seen
            self._reload.start()

    @Slot()
    def _look(self) -> None:
        if not self.isVisible():
            return
        self.refresh(looked=True)

    # -- actions -------------------------------------------------------------------------
    @Slot()
    def show_panel(self) -> None:
        """Show the panel in front and put the keyboard in its list."""
        self.show()
        self.raise_()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            self._select(None)

    @Slot(QModelIndex)
    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            kind, key = self.model.entry(index.row()).opens
            self.open_requested.emit(kind, key)
