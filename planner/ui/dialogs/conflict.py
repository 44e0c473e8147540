"""When a save is refused because someone else changed the record first: what they changed,
field by field, and the person's choice of whose values to keep."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.services.conflicts import Conflict
from planner.ui.labels import date_time, short_date, translate


class Choice(Enum):
    THEIRS = "theirs"
    MINE = "mine"
    CANCEL = "cancel"


def field_label(name: str) -> str:
    """A column's name as a person reads it ("duration_minutes" -> "Duration (minutes)")."""
    if name.endswith("_minutes"):
        return translate("Dialogs", "{what} (minutes)").format(
            what=field_label(name.removesuffix("_minutes"))
        )
    if name.endswith("_id"):
        name = name.removesuffix("_id")
    return name.replace("_", " ").capitalize()


def shown(value: Any) -> str:
    if value is None or value == "":
        return translate("Dialogs", "(empty)")
    if isinstance(value, bool):
        return translate("Dialogs", "yes") if value else translate("Dialogs", "no")
    if isinstance(value, dt.datetime):
        return date_time(value)
    if isinstance(value, dt.date):
        return short_date(value)
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value)


class ConflictDialog(QDialog):
    """Shows what someone else changed and asks: use theirs, put mine on top, or go back."""

    def __init__(
        self, conflict: Conflict, mine: dict[str, Any], what: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.choice = Choice.CANCEL
        self.setObjectName("conflictDialog")
        title = translate("Dialogs", "Changed by someone else")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        who = conflict.who or translate("Dialogs", "Someone else")
        if conflict.removed:
            text = translate(
                "Dialogs", "{who} removed this {what} while you were editing it."
            ).format(who=who, what=what)
        else:
            text = translate(
                "Dialogs",
                "{who} changed this {what} while you were editing it. Nothing of yours is "
                "saved yet. Choose whose values to keep.",
            ).format(who=who, what=what)
        intro = QLabel(text, self)
        intro.setObjectName("conflictText")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(len(conflict.fields), 4, self)
        self.table.setObjectName("conflictTable")
        self.table.setAccessibleName(translate("Dialogs", "What was changed"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("Dialogs", "Field"),
                translate("Dialogs", "Before"),
                translate("Dialogs", "Theirs"),
                translate("Dialogs", "Yours"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, change in enumerate(conflict.fields):
            yours = mine.get(change.field, change.before)
            cells = [
                field_label(change.field),
                shown(change.before),
                translate("Dialogs", "{value} ({who}, {at})").format(
                    value=shown(change.now),
                    who=change.who or translate("Dialogs", "someone"),
                    at=date_time(change.at),
                ),
                shown(yours),
            ]
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(cell))
        self._fit_table()
        if not conflict.fields:
            self.table.hide()
        buttons = QDialogButtonBox(self)
        self.theirs_button = QPushButton(translate("Dialogs", "Use &theirs"), self)
        self.theirs_button.setObjectName("useTheirsButton")
        self.mine_button = QPushButton(translate("Dialogs", "Put &mine on top"), self)
        self.mine_button.setObjectName("putMineOnTopButton")
        self.mine_button.setEnabled(not conflict.removed)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("conflictCancelButton")
        cancel.setText(translate("Dialogs", "&Back to editing"))
        buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.mine_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.theirs_button.clicked.connect(lambda: self._choose(Choice.THEIRS))
        self.mine_button.clicked.connect(lambda: self._choose(Choice.MINE))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        cancel.setDefault(True)

    def _fit_table(self) -> None:
        """Show every cell whole: the table as wide and tall as its contents, within the
        screen (it scrolls beyond that)."""
        table = self.table
        table.setWordWrap(True)
        table.resizeColumnsToContents()
        screen = self.screen().availableGeometry()
        widest = max(200, screen.width() // 5)
        for column in range(table.columnCount()):
            table.setColumnWidth(column, min(table.columnWidth(column), widest))
        table.resizeRowsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        frame = 2 * table.frameWidth()
        width = sum(table.columnWidth(c) for c in range(table.columnCount())) + frame
        height = table.horizontalHeader().height() + frame
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setMinimumWidth(min(width, screen.width() * 9 // 10))
        table.setMinimumHeight(min(height, screen.height() // 2))

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()


def ask(conflict: Conflict, mine: dict[str, Any], what: str, parent: QWidget | None) -> Choice:
    """Ask the person (a modal dialog: the save waits for the answer)."""
    dialog = ConflictDialog(conflict, mine, what, parent)
    dialog.exec()
    choice = dialog.choice
    dialog.deleteLater()
    return choice
