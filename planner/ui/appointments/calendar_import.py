"""Importing a calendar file: read off the window's thread with progress and cancel, then a
preview where each event's kind can be corrected before anything is saved."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import AppointmentKind
from planner.interop.ics_import import CalendarRead, ImportedEvent
from planner.services.calendar import ImportPreview, PreviewItem
from planner.ui.dialogs.buttons import save_buttons
from planner.ui.labels import date_time, say, short_date, translate, vocabulary
from planner.ui.models.rows import Column, RowsModel
from planner.ui.widgets.rowsview import RowsView
from planner.ui.workers import Job, Work

Match = Callable[[CalendarRead], ImportPreview]
Accept = Callable[[list[ImportedEvent]], bool]


@dataclass(frozen=True)
class PreviewRow:
    number: int
    item: PreviewItem
    kind: AppointmentKind

    @property
    def id(self) -> int:
        return self.number


def when(row: PreviewRow) -> str:
    event = row.item.event
    if event.all_day:
        return translate("Appointments", "{day}, all day").format(
            day=short_date(event.start.date())
        )
    return date_time(event.start)


def what_happens(row: PreviewRow) -> str:
    """In words with a sign, never by colour alone."""
    if row.item.event.cancelled:
        prefix = "❌ " + translate("Appointments", "Cancelled in the calendar")
        return prefix + (
            ("; " + translate("Appointments", "updates the plan")) if row.item.existing_id else ""
        )
    if row.item.existing_id is not None:
        return "↻ " + translate("Appointments", "Updates the one already in the plan")
    return "✔ " + translate("Appointments", "Added as new")


class CalendarImportDialog(QDialog):
    """Reads the file with ``read`` on the thread pool, shows what ``match`` makes of it,
    and hands the events (with the kinds chosen) to ``accept`` on Import."""

    def __init__(
        self,
        file_name: str,
        read: Work,
        match: Match,
        accept: Accept,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._match = match
        self._accept = accept
        self.settled = False
        """Whether the file has been read (or found unreadable) and the dialog shows it."""
        title = translate("Appointments", "Import calendar {file}").format(file=file_name)
        self.setObjectName("calendarImportDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        self.summary = QLabel(
            translate("Appointments", "Reading {file}…").format(file=file_name), self
        )
        self.summary.setObjectName("calendarSummary")
        self.summary.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("calendarProgress")
        self.progress.setAccessibleName(translate("Appointments", "Reading the calendar"))
        self.progress.setRange(0, 0)  # busy until the first report

        self.model: RowsModel[PreviewRow] = RowsModel(
            (
                Column(translate("Appointments", "When"), when, key=lambda r: r.item.event.start),
                Column(translate("Appointments", "Title"), lambda r: r.item.event.title),
                Column(translate("Appointments", "Kind"), lambda r: vocabulary(r.kind)),
                Column(translate("Appointments", "What happens"), what_happens),
                Column(translate("Appointments", "Where"), lambda r: r.item.event.location),
            ),
            self,
        )
        self.model.setObjectName("calendarPreviewModel")
        self.table = RowsView(
            self.model, "calendarPreview", translate("Appointments", "Events in the file"), self
        )
        self.table.setSelectionMode(RowsView.SelectionMode.ExtendedSelection)
        width = self.fontMetrics().averageCharWidth()
        self.table.setMinimumSize(width * 100, self.fontMetrics().lineSpacing() * 12)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.kind = QComboBox(self)
        self.kind.setObjectName("calendarKind")
        self.kind.setAccessibleName(translate("Appointments", "Kind of the selected events"))
        for kind in AppointmentKind:
            self.kind.addItem(vocabulary(kind), kind.value)
        self.kind.activated.connect(self._kind_chosen)
        kind_label = QLabel(translate("Appointments", "&Kind of the selected events:"), self)
        kind_label.setBuddy(self.kind)
        kind_row = QHBoxLayout()
        kind_row.addWidget(kind_label)
        kind_row.addWidget(self.kind, 1)

        self.problems = QLabel(self)
        self.problems.setObjectName("calendarProblems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.setAccessibleName(translate("Appointments", "Events not imported"))
        self.problems.hide()

        self.buttons = save_buttons(self, "calendar", translate("Appointments", "Import"))
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("Appointments", "&Import"))
        self.ok.setEnabled(False)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addLayout(kind_row)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self._set_preview_visible(False)

        self.job = Job(read)
        self.job.progressed.connect(self._progressed)
        self.job.succeeded.connect(self._read)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(super().reject)
        self.job.start()

    # -- reading -------------------------------------------------------------------------
    @Slot(int, int)
    def _progressed(self, done: int, whole: int) -> None:
        self.progress.setRange(0, max(whole, 1))
        self.progress.setValue(done)

    @Slot(object)
    def _read(self, found: CalendarRead) -> None:
        self.show_preview(self._match(found))

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.settled = True
        self.progress.hide()
        self.summary.setText(message)
        self.summary.setAccessibleName(message)
        self.cancel_button.setText(translate("Appointments", "Close"))

    def show_preview(self, preview: ImportPreview) -> None:
        rows = [PreviewRow(n, item, item.event.kind) for n, item in enumerate(preview.items)]
        self.model.set_rows(rows)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.fit_columns()
        updates = sum(1 for item in preview.items if item.existing_id is not None)
        parts = [
            translate(
                "Appointments",
                "{count} appointments can be imported ({new} new, {updates} updated).",
            ).format(count=len(rows), new=len(rows) - updates, updates=updates)
        ]
        if preview.unreadable:
            parts.append(
                translate(
                    "Appointments", "Events that cannot be read: {count} (see why below)."
                ).format(count=len(preview.unreadable))
            )
        if preview.outside:
            parts.append(
                translate(
                    "Appointments",
                    "{count} are left out: outside the coming year, or not appointments.",
                ).format(count=preview.outside)
            )
        self.summary.setText(" ".join(parts))
        self.summary.setAccessibleName(self.summary.text())
        problems = "\n".join(
            f"\N{WARNING SIGN} {p.event}: {say(p.message)}" for p in preview.unreadable
        )
        self.problems.setText(problems)
        self.problems.setAccessibleDescription(problems)
        self.problems.setVisible(bool(problems))
        self.progress.hide()
        self._set_preview_visible(True)
        self.ok.setText(
            translate("Appointments", "&Import {count} appointments").format(count=len(rows))
        )
        self.ok.setAccessibleName(self.ok.text().replace("&", ""))
        self.ok.setEnabled(bool(rows))
        self.settled = True
        if rows:
            # Not selectRow: it heeds whatever modifier keys are down at that moment.
            flags = QItemSelectionModel.SelectionFlag
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0), flags.ClearAndSelect | flags.Rows
            )
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_preview_visible(self, visible: bool) -> None:
        self.table.setVisible(visible)
        self.kind.setEnabled(visible)

    # -- the kinds -----------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, *_: object) -> None:
        rows = self.selected_rows()
        if rows:
            self.kind.setCurrentIndex(self.kind.findData(self.model.row_value(rows[0]).kind.value))

    @Slot(int)
    def _kind_chosen(self, index: int) -> None:
        self.set_kind(AppointmentKind(self.kind.itemData(index)))

    def set_kind(self, kind: AppointmentKind) -> None:
        """Give the selected events ``kind``; they stay selected."""
        rows = [self.model.row_value(n) for n in range(self.model.rowCount())]
        numbers = {rows[n].number for n in self.selected_rows()}
        self.model.set_rows(
            [dataclasses.replace(r, kind=kind) if r.number in numbers else r for r in rows]
        )
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        selection.clearSelection()
        for number in sorted(numbers):
            row = self.model.row_of(number)
            if row is not None:
                selection.select(self.model.index(row, 0), flags.Select | flags.Rows)

    def events(self) -> list[ImportedEvent]:
        """The events as they will be imported, with the kinds chosen."""
        rows = sorted(
            (self.model.row_value(n) for n in range(self.model.rowCount())),
            key=lambda r: r.number,
        )
        return [dataclasses.replace(r.item.event, kind=r.kind) for r in rows]

    # -- closing -------------------------------------------------------------------------
    def accept(self) -> None:
        if self._accept(self.events()):
            super().accept()

    def reject(self) -> None:
        if self.job.running:
            self.job.cancel()  # the dialog closes when the work has stopped
            self.summary.setText(translate("Appointments", "Stopping…"))
            self.cancel_button.setEnabled(False)
            return
        super().reject()
