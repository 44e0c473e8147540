"""Helpers: the people who help, and the professionals to call."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from PySide6.QtWidgets import QLabel, QWidget

from planner.domain.enums import Area
from planner.domain.model import Availability, Contact, Helper
from planner.services import lists
from planner.ui.labels import time_of_day, tr, vocabulary, weekday_short
from planner.ui.models.rows import Column, RowsModel
from planner.ui.pages.base import PageContext
from planner.ui.pages.table import TablePage
from planner.ui.widgets.rowsview import RowsView


def availability_text(windows: Sequence[Availability]) -> str:
    """E.g. "Mon, Tue, Wed 08:00 to 18:00; Sat 10:00 to 12:00", with en dashes."""
    if not windows:
        return tr("Ask")
    ordered = sorted(windows, key=lambda w: (w.start, w.end, w.weekday))
    parts = []
    for (start, end), same in groupby(ordered, key=lambda w: (w.start, w.end)):
        days = ", ".join(weekday_short(w.weekday) for w in same)
        parts.append(
            tr("{days} {start}\N{EN DASH}{end}").format(
                days=days, start=time_of_day(start), end=time_of_day(end)
            )
        )
    return "; ".join(parts)


def capabilities_text(helper: Helper) -> str:
    return ", ".join(sorted(vocabulary(c) for c in helper.capabilities))


class HelpersPage(TablePage[Helper]):
    area = Area.HELPERS
    table_name = "helperTable"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            tr("Family and friends who help, what they can do and when they are free."),
            tr("Helpers"),
            parent=parent,
        )
        self.contact_model: RowsModel[Contact] = RowsModel(self.contact_columns(), self)
        self.contact_model.setObjectName("contactTableModel")
        heading = QLabel(f"<h3>{tr('Care team and contacts')}</h3>", self)
        heading.setObjectName("contactHeading")
        self.contacts = RowsView(
            self.contact_model, "contactTable", tr("Care team and contacts"), self
        )
        heading.setBuddy(self.contacts)
        self.body.addWidget(heading)
        self.body.addWidget(self.contacts, 1)

    def columns(self) -> Sequence[Column[Helper]]:
        return (
            Column(tr("Name"), lambda h: h.name),
            Column(tr("Can help with"), capabilities_text),
            Column(tr("Usually free"), lambda h: availability_text(h.availability)),
            Column(tr("Phone"), lambda h: h.phone),
            Column(tr("Email"), lambda h: h.email),
            Column(tr("Notes"), lambda h: h.notes),
        )

    def contact_columns(self) -> Sequence[Column[Contact]]:
        return (
            Column(tr("Name"), lambda c: c.name),
            Column(tr("Role"), lambda c: vocabulary(c.role)),
            Column(tr("Organisation"), lambda c: c.organisation),
            Column(tr("Phone"), lambda c: c.phone),
            Column(tr("Email"), lambda c: c.email),
            Column(tr("Notes"), lambda c: c.notes),
        )

    def load(self) -> Sequence[Helper]:
        return lists.helpers(self.context.plan)

    def refresh(self) -> None:
        first = self.contact_model.rowCount() == 0
        super().refresh()
        self.contact_model.set_rows(lists.contacts(self.context.plan))
        if first:
            self.contacts.fit_columns()
