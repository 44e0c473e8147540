"""Journal: side effects, rest and mood, newest first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from planner.domain.enums import Area, JournalKind
from planner.domain.model import JournalEntry, Question
from planner.services import lists
from planner.ui.labels import date_time, long_date, tr, vocabulary
from planner.ui.models.rows import Column, RowsModel
from planner.ui.pages.base import PageContext
from planner.ui.pages.table import TablePage
from planner.ui.widgets.rowsview import RowsView


def what(entry: JournalEntry) -> str:
    if entry.kind is JournalKind.SIDE_EFFECT:
        return tr("{symptom}, severity {severity} of 10").format(
            symptom=entry.symptom, severity=entry.severity
        )
    if entry.kind is JournalKind.REST:
        return tr("{hours:g} hours of rest").format(hours=entry.hours or 0)
    return tr("Mood {mood} of 10").format(mood=entry.mood)


class JournalPage(TablePage[JournalEntry]):
    area = Area.JOURNAL
    table_name = "journalTable"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            tr("Side effects, rest and mood as you noted them; bring them to your appointments."),
            tr("Journal entries"),
            sort_order=Qt.SortOrder.DescendingOrder,
            parent=parent,
        )
        self.question_model: RowsModel[Question] = RowsModel(self.question_columns(), self)
        self.question_model.setObjectName("questionTableModel")
        heading = QLabel(f"<h3>{tr('Questions for the doctor')}</h3>", self)
        heading.setObjectName("questionHeading")
        self.questions = RowsView(
            self.question_model, "questionTable", tr("Questions for the doctor"), self
        )
        heading.setBuddy(self.questions)
        self.body.addWidget(heading)
        self.body.addWidget(self.questions, 1)

    def columns(self) -> Sequence[Column[JournalEntry]]:
        return (
            Column(tr("When"), lambda e: date_time(e.at), key=lambda e: e.at),
            Column(tr("Kind"), lambda e: vocabulary(e.kind)),
            Column(tr("What"), what),
            Column(tr("Note"), lambda e: e.note),
        )

    def question_columns(self) -> Sequence[Column[Question]]:
        return (
            Column(tr("Noted on"), lambda q: long_date(q.asked_on), key=lambda q: q.asked_on),
            Column(tr("Question"), lambda q: q.text),
            Column(tr("Answer"), lambda q: q.answer or tr("Not answered yet")),
        )

    def load(self) -> Sequence[JournalEntry]:
        return lists.journal(self.context.plan)

    def refresh(self) -> None:
        first = self.question_model.rowCount() == 0
        super().refresh()
        self.question_model.set_rows(lists.questions(self.context.plan))
        if first:
            self.questions.fit_columns()
