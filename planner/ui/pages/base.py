"""What every area page has: its area, a heading, refresh() and select_record()."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.changes import Kind
from planner.domain.enums import Area
from planner.services.plan import Plan
from planner.ui.areas import area_title
from planner.ui.labels import translate
from planner.ui.loading import Loader, loading_text
from planner.ui.loading import say as say_in_window
from planner.ui.operations import Operations
from planner.ui.widgets.flow import FlowLayout

VISIT_PACKET = "visit-packet"
"""The action a page asks of the Journal: the visit packet of an appointment (by id)."""
T = TypeVar("T")


def not_listed() -> str:
    """What the window says when a record asked for is not among the rows shown."""
    return translate(
        "Pages", "That record is not in the list: it was removed, or its date is not shown."
    )


@dataclass(frozen=True)
class PageContext:
    """What pages share: the plan, the operations that change it, and its clock."""

    plan: Plan
    operations: Operations

    def today(self) -> dt.date:
        return self.plan.clock.today()

    def now(self) -> dt.datetime:
        return self.plan.clock.now()


class AreaPage(QWidget):
    """A page of the window showing one area of the plan.

    Signals:
        action_requested(Area, str, object): another area should carry out the named action
            (with an argument such as a record id); the window opens it and passes it on.
    """

    area: Area
    shows: frozenset[Kind] = frozenset(Kind)
    """The kinds of data this page shows: a change to any of them refreshes it."""
    record_kind: Kind | None = None
    """The kind of data whose records :meth:`select_record` selects."""
    action_requested = Signal(object, str, object)

    def __init__(self, context: PageContext, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName(f"{self.area.value}Page")
        self.setAccessibleName(area_title(self.area))
        self.heading = QLabel(f"<h2>{html.escape(area_title(self.area))}</h2>", self)
        self.heading.setObjectName("pageHeading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.intro = QLabel(intro, self)
        self.intro.setObjectName("pageIntro")
        self.intro.setWordWrap(True)
        # On a shared plan a slow read says so beside the heading; the page stays usable.
        self.loading_note = QLabel(loading_text(), self)
        self.loading_note.setObjectName("loadingNote")
        self.loading_note.hide()
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading)
        heading_row.addWidget(self.loading_note, 0, Qt.AlignmentFlag.AlignBottom)
        heading_row.addStretch(1)
        self.body = QVBoxLayout(self)
        self.body.addLayout(heading_row)
        self.body.addWidget(self.intro)
        self.loader = Loader(context.plan, self)
        self.loader.waiting_changed.connect(self.loading_note.setVisible)
        self.loader.failed.connect(self.say)
        # The actions that change the plan: a disabled group keeps every one of them off,
        # however the page enables them as rows are chosen.
        self.edits = QActionGroup(self)
        self.edits.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)

    def say(self, text: str) -> None:
        """A short note in the window's status bar (for eight seconds, and gone once another
        area is shown): what an action did, or why it did nothing."""
        say_in_window(self, text)

    def record_actions(
        self,
        record: str,
        add: Callable[[], object],
        edit: Callable[[], object],
        delete: Callable[[], object],
    ) -> tuple[QAction, QAction, QAction]:
        """Add (Ctrl+N), Edit (Ctrl+E) and Delete (the Delete key, only where the focus is
        in the page's table or buttons, never in text being typed), named after ``record``
        (e.g. "Meal": ``actionAddMeal``)."""
        adding = self.page_action(
            f"actionAdd{record}", translate("Pages", "&Add…"), add, QKeySequence("Ctrl+N")
        )
        editing = self.page_action(
            f"actionEdit{record}", translate("Pages", "&Edit…"), edit, QKeySequence("Ctrl+E")
        )
        deleting = self.page_action(
            f"actionDelete{record}",
            translate("Pages", "&Delete…"),
            delete,
            QKeySequence(QKeySequence.StandardKey.Delete),
        )
        deleting.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return adding, editing, deleting

    def button_row(self, *actions: QAction) -> FlowLayout:
        """A row of text buttons for ``actions``, left-aligned, wrapping onto more lines when
        the page is narrow (large text); each button is named after its action (a second
        button for one action gets a "2")."""
        row = FlowLayout()
        for action in actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            name = action.objectName().replace("action", "button")
            button.setObjectName(name if self.findChild(QToolButton, name) is None else f"{name}2")
            button.setAccessibleName(action.iconText())
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            row.addWidget(button)
        return row

    def page_action(
        self,
        name: str,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence,
        tip: str | None = None,
        *,
        changes_plan: bool = True,
    ) -> QAction:
        """An action of this page whose shortcut works while the page is shown.

        ``tip`` (translated already) may name ``{what}`` (the action's text) and ``{keys}``
        (its shortcut); without one it is the action's text and its keys.
        An action that ``changes_plan`` stays off on a read-only plan (:attr:`edits`),
        whatever the page's own enabling says.
        """
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
        if tip is None:
            tip = translate("Pages", "{what} ({keys})")
        described = tip.format(what=action.iconText(), keys=keys)
        action.setToolTip(described)
        action.setStatusTip(described)
        action.triggered.connect(slot)
        self.addAction(action)
        if changes_plan:
            self.edits.addAction(action)
            if self.context.plan.read_only:
                self.edits.setEnabled(False)
                action.setToolTip(
                    f"{described} " + translate("Pages", "(off: this plan is open read-only)")
                )
        return action

    def refresh(self) -> None:
        """Read the plan again and show it (through :meth:`fetch`)."""
        raise NotImplementedError

    def fetch(self, read: Callable[[], T], show: Callable[[T], object]) -> None:
        """Show what ``read`` reads: at once on a plan file; on a shared plan once it
        arrives from the thread pool, so ``read`` touches no widget (see ui/loading.py)."""
        self.loader.load(read, show)

    def after_load(self, action: Callable[[], object]) -> None:
        """Run ``action`` once the rows on their way are shown (at once when none are)."""
        self.loader.after_load(action)

    def select_record(self, record_id: int | None) -> bool:
        """Select and show the record ``record_id``; ``False`` when it is not on this page.
        While the rows are on their way (a shared plan), once they are shown: ``True``
        meanwhile, and the status bar says so if it is not among them."""
        return self._when_shown(lambda: self.select_shown(record_id))

    def open_record(self, kind: Kind, key: int | str) -> bool:
        """Show the record ``key`` of ``kind`` (a line of the Activity panel names it);
        ``False`` when the page lists such records but not this one (it was removed, or
        lies outside what the page shows). Other kinds the page shows as a whole. While
        the rows are on their way, as :meth:`select_record`."""
        return self._when_shown(lambda: self.open_shown(kind, key))

    def select_shown(self, record_id: int | None) -> bool:
        """Select the record ``record_id`` among the rows shown; ``False`` when it is not
        one of them."""
        return False

    def open_shown(self, kind: Kind, key: int | str) -> bool:
        """Show the record ``key`` of ``kind`` among the rows shown (see :meth:`open_record`)."""
        if kind is not self.record_kind:
            return True
        return isinstance(key, int) and self.select_shown(key)

    def _when_shown(self, find: Callable[[], bool]) -> bool:
        if not self.loader.loading:
            return find()

        def later() -> None:
            if not find():
                self.say(not_listed())

        self.after_load(later)
        return True
