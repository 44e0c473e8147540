"""Journal: side effects, rest and mood, newest first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from planner.domain.enums import Area, JournalKind
from planner.domain.model import JournalEntry
from planner.services import lists
from planner.ui.labels import date_time, tr, vocabulary
from planner.ui.models.rows import Column
from planner.ui.pages.base import PageContext
from planner.ui.pages.table import TablePage


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

    def columns(self) -> Sequence[Column[JournalEntry]]:
        return (
            Column(tr("When"), lambda e: date_time(e.at), key=lambda e: e.at),
            Column(tr("Kind"), lambda e: vocabulary(e.kind)),
            Column(tr("What"), what),
            Column(tr("Note"), lambda e: e.note),
        )

    def load(self) -> Sequence[JournalEntry]:
        return lists.journal(self.context.plan)
