"""Medicines: today's doses to answer, the medicine list with stock and refills, and how
well each medicine was taken.

Three tabs: Today (each dose with its state by icon and text; Taken, Skipped… with a
reason, Later, or ask a helper to give it; medicines taken as needed noted when taken),
Medicines (add, edit, delete; a CSV list in and out) and Adherence (per week and per
treatment cycle, "must not miss" medicines against the 95% line). Every answer is one
step Edit > Undo takes back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.changes import Kind
from planner.domain.doses import LINE_PERCENT, Answer
from planner.domain.enums import Area
from planner.domain.medicines import AsNeeded, Medicine, amount_text
from planner.domain.model import Helper
from planner.services import lists, medicine_files, medicines, team
from planner.services.medicines import DoseView, PeriodAdherence
from planner.services.plan import Plan
from planner.ui import messages, theme
from planner.ui.dialogs.csv_import import ChooseFile, choose_csv_file, write_csv
from planner.ui.labels import in_sentence, long_date, translate
from planner.ui.medicines.commands import MedicineActions
from planner.ui.medicines.dose_dialogs import HelperDialog, SkipDialog
from planner.ui.medicines.medicine_dialog import MedicineDialog, blank_medicine
from planner.ui.medicines.medicine_import import MedicineImportDialog
from planner.ui.medicines.model import (
    AdherenceRow,
    AdherenceRows,
    DoseRow,
    DoseRows,
    MedicineRow,
    MedicineRows,
    Shown,
    line_text,
    period_text,
)
from planner.ui.models.rows import ROW_ROLE, Column, RowsModel
from planner.ui.operations import Refused
from planner.ui.pages.base import AreaPage, PageContext
from planner.ui.permissions import for_organisers, organisers_only
from planner.ui.widgets.changed_meanwhile import watch_record
from planner.ui.widgets.rowsview import RowsView

TODAY_TAB, MEDICINES_TAB, ADHERENCE_TAB = range(3)
ADD_MEDICINE = "add-medicine"
"""The information pane's action: the form for a new medicine."""


def choose_csv(parent: QWidget, suggested: str, save: bool) -> Path | None:
    return choose_csv_file(
        parent,
        suggested,
        save,
        open_title=translate("Medicines", "Import a medicine list"),
        save_title=translate("Medicines", "Export the medicine list"),
    )


@dataclass(frozen=True)
class MedicinesOverview:
    """What the page shows, read in one go."""

    today: dt.date
    now: dt.datetime
    doses: tuple[DoseView, ...]
    medicines: tuple[Medicine, ...]
    runs_out: dict[int, dt.date]
    courses: dict[int, str]
    adherence: tuple[PeriodAdherence, ...]
    helpers: tuple[Helper, ...]


def read_overview(plan: Plan, now: dt.datetime) -> MedicinesOverview:
    today = now.date()
    return MedicinesOverview(
        today,
        now,
        tuple(medicines.doses(plan, today, today)),
        tuple(medicines.medicines(plan)),
        medicines.runs_out(plan),
        medicines.courses(plan),
        tuple(medicines.adherence_by_period(plan)),
        tuple(lists.helpers(plan)),
    )


class MedicinesPage(AreaPage):
    area = Area.MEDICINES
    shows = frozenset({Kind.MEDICINE, Kind.DOSE, Kind.COURSE, Kind.APPOINTMENT, Kind.SETTING})
    record_kind = Kind.MEDICINE

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            translate(
                "Medicines",
                "Today's doses, the medicine list with its stock, and how well each medicine "
                "is being taken. The care team's instructions come first.",
            ),
            parent,
        )
        self.medicine_actions = MedicineActions(context.operations)
        self.choose_file: ChooseFile = choose_csv
        self.shown: MedicinesOverview | None = None
        style = self.style()
        warning = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        critical = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        fine = style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        waiting = style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload)
        later = theme.recoloured(style.standardIcon(QStyle.StandardPixmap.SP_MediaPause))
        skipped = style.standardIcon(QStyle.StandardPixmap.SP_DialogNoButton)
        ahead = theme.recoloured(style.standardIcon(QStyle.StandardPixmap.SP_ArrowRight))
        self._warning_icon = warning

        # -- actions --------------------------------------------------------------------
        self.taken_action = self._action(
            "actionDoseTaken", translate("Medicines", "&Taken"), self.taken, "Ctrl+Shift+T"
        )
        self.skipped_action = self._action(
            "actionDoseSkipped", translate("Medicines", "S&kipped…"), self.skipped, "Ctrl+Shift+K"
        )
        self.later_action = self._action(
            "actionDoseLater", translate("Medicines", "&Later"), self.later, "Ctrl+Shift+L"
        )
        self.helper_action = self._action(
            "actionGiveDose",
            translate("Medicines", "Ask a &helper to give this dose…"),
            self.ask_helper,
            "Ctrl+Shift+H",
        )
        self.taken_now_action = self._action(
            "actionTakenNow", translate("Medicines", "Taken &now"), self.taken_now, "Ctrl+Shift+A"
        )
        self.add_action, self.edit_action, self.delete_action = self.record_actions(
            "Medicine", self.add, self.edit, self.delete
        )
        self.import_action = self._action(
            "actionImportMedicines",
            translate("Medicines", "&Import CSV…"),
            self.import_list,
            "Ctrl+Shift+I",
        )
        self.export_action = self._action(
            "actionExportMedicines",
            translate("Medicines", "E&xport CSV…"),
            self.export_list,
            "Ctrl+Shift+E",
            changes_plan=False,
        )

        # -- tabs -----------------------------------------------------------------------
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("medicinesTabs")
        self.tabs.setAccessibleName(translate("Medicines", "Medicines views"))
        self.tabs.addTab(self._today_tab(), translate("Medicines", "T&oday"))
        self.tabs.addTab(self._medicines_tab(), translate("Medicines", "&Medicines"))
        self.tabs.addTab(self._adherence_tab(), translate("Medicines", "A&dherence"))
        self.body.addWidget(self.tabs, 1)
        self.dose_model.icons = {
            Shown.UPCOMING: ahead,
            Shown.DUE: waiting,
            Shown.TAKEN: fine,
            Shown.SKIPPED: skipped,
            Shown.LATER: later,
            Shown.MISSED: critical,
        }
        self.model.icons = {
            True: warning,
            False: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }
        self.adherence_model.icons = {True: warning, False: fine}

        self.dose_table.selectionModel().selectionChanged.connect(self._update_actions)
        self.dose_model.modelReset.connect(self._update_actions)
        self.needed_table.selectionModel().selectionChanged.connect(self._update_actions)
        self.needed_model.modelReset.connect(self._update_actions)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.table.activated.connect(self._activated)
        # The Delete key deletes where the keyboard is: in the list of medicines, never from
        # another tab, where the row chosen with the keyboard is not one of them.
        self.removeAction(self.delete_action)
        self.table.addAction(self.delete_action)
        self.may_edit = for_organisers(self.edits, team.permissions(context.plan))
        self._update_actions()

    # -- building ------------------------------------------------------------------------
    def _action(
        self,
        name: str,
        text: str,
        slot: Callable[[], object],
        keys: str,
        *,
        changes_plan: bool = True,
    ) -> QAction:
        return self.page_action(name, text, slot, QKeySequence(keys), changes_plan=changes_plan)

    def _label(self, name: str, parent: QWidget, text: str = "") -> QLabel:
        label = QLabel(text, parent)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return label

    def _today_tab(self) -> QWidget:
        tab = QWidget(self)
        tab.setObjectName("medicinesToday")
        tab.setAccessibleName(translate("Medicines", "Today"))
        self.day_label = self._label("todayHeading", tab)
        self.dose_model = DoseRows(self)
        self.dose_model.setObjectName("doseTableModel")
        self.dose_table = RowsView(
            self.dose_model, "doseTable", translate("Medicines", "Today's doses"), tab
        )
        self.dose_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.no_doses = self._label(
            "noDoses", tab, translate("Medicines", "No doses are planned for today.")
        )
        self.no_doses.hide()
        needed_caption = self._label(
            "asNeededHeading",
            tab,
            translate("Medicines", "Taken as needed: note each dose when it is taken."),
        )
        needed_columns: list[Column[MedicineRow]] = [
            Column(
                translate("Medicines", "Medicine"),
                lambda r: " ".join(p for p in (r.medicine.name, r.medicine.strength) if p),
            ),
            Column(
                translate("Medicines", "Amount"),
                lambda r: amount_text(r.medicine.dose, r.medicine.unit),
            ),
            Column(translate("Medicines", "Limits"), _limits_text),
        ]
        self.needed_model: RowsModel[MedicineRow] = RowsModel(needed_columns, self)
        self.needed_model.setObjectName("asNeededModel")
        self.needed_table = RowsView(
            self.needed_model,
            "asNeededTable",
            translate("Medicines", "Medicines taken as needed"),
            tab,
        )
        self.needed_table.setMaximumHeight(self.fontMetrics().height() * 9)
        self.refusal = self._label("asNeededRefusal", tab)
        self.refusal.hide()
        self.needed_caption = needed_caption
        layout = QVBoxLayout(tab)
        layout.addWidget(self.day_label)
        layout.addWidget(self.dose_table, 3)
        layout.addWidget(self.no_doses)
        layout.addLayout(
            self.button_row(
                self.taken_action, self.skipped_action, self.later_action, self.helper_action
            )
        )
        layout.addWidget(needed_caption)
        layout.addWidget(self.needed_table, 1)
        self.taken_now_row = QWidget(tab)
        self.taken_now_row.setObjectName("takenNowRow")
        self.taken_now_row.setLayout(self.button_row(self.taken_now_action))
        layout.addWidget(self.taken_now_row)
        layout.addWidget(self.refusal)
        return tab

    def _medicines_tab(self) -> QWidget:
        tab = QWidget(self)
        tab.setObjectName("medicinesList")
        tab.setAccessibleName(translate("Medicines", "Medicines"))
        self.model = MedicineRows(self.context.today, self)
        self.model.setObjectName("medicineTableModel")
        self.table = RowsView(self.model, "medicineTable", translate("Medicines", "Medicines"), tab)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.no_medicines = self._label(
            "noMedicines",
            tab,
            translate(
                "Medicines",
                "No medicines yet. Add each one with its dose and times (Add…), or import a list.",
            ),
        )
        self.no_medicines.hide()
        layout = QVBoxLayout(tab)
        layout.addLayout(
            self.button_row(
                self.add_action,
                self.edit_action,
                self.delete_action,
                self.import_action,
                self.export_action,
            )
        )
        layout.addWidget(self.no_medicines)
        layout.addWidget(self.table, 1)
        return tab

    def _adherence_tab(self) -> QWidget:
        tab = QWidget(self)
        tab.setObjectName("medicinesAdherence")
        tab.setAccessibleName(translate("Medicines", "Adherence"))
        about = self._label(
            "adherenceAbout",
            tab,
            translate(
                "Medicines",
                "Doses taken in time out of the doses scheduled, for each of the last weeks "
                "and treatment cycles. For a medicine that must not be missed, {line}% or "
                "more is the aim.",
            ).format(line=LINE_PERCENT),
        )
        self.adherence_summary = self._label("adherenceSummary", tab)
        self.adherence_model = AdherenceRows(self)
        self.adherence_model.setObjectName("adherenceTableModel")
        self.adherence_table = RowsView(
            self.adherence_model,
            "adherenceTable",
            translate("Medicines", "Adherence per week and per cycle"),
            tab,
        )
        self.adherence_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        layout = QVBoxLayout(tab)
        layout.addWidget(about)
        layout.addWidget(self.adherence_summary)
        layout.addWidget(self.adherence_table, 1)
        return tab

    # -- showing -------------------------------------------------------------------------
    def refresh(self) -> None:
        plan, now = self.context.plan, self.context.now()
        self.fetch(lambda: read_overview(plan, now), self._show_overview)

    def _show_overview(self, shown: MedicinesOverview) -> None:
        self.shown = shown
        self.day_label.setText(
            translate("Medicines", "Doses for {day}").format(day=long_date(shown.today))
        )
        first = self.dose_model.rowCount() == 0
        self.dose_model.set_rows([DoseRow.of(view, shown.now) for view in shown.doses])
        if first:
            self.dose_table.fit_columns()
        self.no_doses.setVisible(not shown.doses)
        self.dose_table.setVisible(bool(shown.doses))
        rows = [
            MedicineRow(
                m,
                shown.courses.get(getattr(m.schedule, "course_id", None) or 0, ""),
                shown.runs_out.get(m.id) if m.id is not None else None,
            )
            for m in shown.medicines
        ]
        first = self.model.rowCount() == 0
        self.model.set_rows(rows)
        if first:
            self.table.fit_columns()
        self.no_medicines.setVisible(not rows)
        needed = [row for row in rows if isinstance(row.medicine.schedule, AsNeeded)]
        self.needed_model.set_rows(needed)
        self.needed_table.fit_columns()
        for part in (self.needed_caption, self.needed_table, self.taken_now_row):
            part.setVisible(bool(needed))
        self.adherence_model.set_rows(
            [AdherenceRow(n, period) for n, period in enumerate(shown.adherence)]
        )
        self.adherence_table.fit_columns()
        self.adherence_summary.setText(_summary(shown.adherence))

    # -- choosing ------------------------------------------------------------------------
    def selected_dose(self) -> DoseRow | None:
        index = self.dose_table.currentIndex()
        if not index.isValid() or not self.dose_table.selectionModel().isRowSelected(index.row()):
            return None
        row = index.data(ROW_ROLE)
        return row if isinstance(row, DoseRow) else None

    def selected(self) -> Medicine | None:
        if self.table.selected_id() is None:
            return None
        row = self.table.currentIndex().data(ROW_ROLE)
        return row.medicine if isinstance(row, MedicineRow) else None

    def selected_as_needed(self) -> Medicine | None:
        if self.needed_table.selected_id() is None:
            return None
        row = self.needed_table.currentIndex().data(ROW_ROLE)
        return row.medicine if isinstance(row, MedicineRow) else None

    def select_dose(self, medicine_id: int, due: dt.datetime) -> bool:
        """Show Today with the dose of ``medicine_id`` at ``due`` chosen."""
        self.tabs.setCurrentIndex(TODAY_TAB)
        rows = [self.dose_model.row_value(n) for n in range(self.dose_model.rowCount())]
        found = next((r for r in rows if r.medicine.id == medicine_id and r.due == due), None)
        return found is not None and self.dose_table.select_id(found.id)

    def select_shown(self, record_id: int | None) -> bool:
        self.tabs.setCurrentIndex(MEDICINES_TAB)
        found = self.table.select_id(record_id)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return found

    def open_shown(self, kind: Kind, key: int | str) -> bool:
        if kind is Kind.DOSE:
            self.tabs.setCurrentIndex(TODAY_TAB)
            self.dose_table.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().open_shown(kind, key)

    def start_action(self, name: str) -> QWidget | None:
        """Carry out an information-pane tip's action: "add-medicine" opens the form."""
        if name == ADD_MEDICINE:
            self.tabs.setCurrentIndex(MEDICINES_TAB)
            if not self.may_edit:
                self.say(organisers_only())
                return None
            return self.add()
        return None

    # -- answering doses -----------------------------------------------------------------
    @Slot()
    def taken(self) -> bool:
        return self._answer(Answer.TAKEN)

    @Slot()
    def later(self) -> bool:
        return self._answer(Answer.LATER)

    def _answer(self, answer: Answer, reason: str = "") -> bool:
        chosen = self.selected_dose()
        if chosen is None:
            return False
        done = self.medicine_actions.answer(chosen.medicine, chosen.due, answer, reason)
        if done is not None:
            self.select_dose_after_refresh(chosen)
        return done is not None

    def select_dose_after_refresh(self, row: DoseRow) -> None:
        medicine_id = row.medicine.id
        if medicine_id is not None:
            self.after_load(lambda: self.select_dose(medicine_id, row.due))

    @Slot()
    def skipped(self) -> SkipDialog | None:
        chosen = self.selected_dose()
        if chosen is None:
            return None
        what = translate("Medicines", "{name}, {amount} at {time}").format(
            name=chosen.medicine.name,
            amount=amount_text(chosen.view.dose.amount, chosen.medicine.unit),
            time=f"{chosen.due:%H:%M}",
        )

        def save(reason: str) -> bool:
            done = self.medicine_actions.answer(chosen.medicine, chosen.due, Answer.SKIPPED, reason)
            if done is not None:
                self.select_dose_after_refresh(chosen)
            return done is not None

        dialog = SkipDialog(what, save, self)
        dialog.open()
        return dialog

    @Slot()
    def ask_helper(self) -> HelperDialog | None:
        chosen = self.selected_dose()
        if chosen is None:
            return None
        helpers = self.shown.helpers if self.shown is not None else ()
        what = medicines.give_text(chosen.medicine, chosen.view.dose.amount, chosen.due)
        names = {h.id: h.name for h in helpers}

        def save(helper_id: int) -> bool:
            task = self.medicine_actions.ask_helper(
                chosen.medicine, chosen.due, helper_id, names.get(helper_id, "")
            )
            if task is not None:
                self.say(
                    translate("Medicines", "Asked {helper}: {task}").format(
                        helper=names.get(helper_id, ""), task=task.title
                    )
                )
            return task is not None

        dialog = HelperDialog(what, chosen.due, helpers, save, self)
        dialog.open()
        return dialog

    @Slot()
    def taken_now(self) -> bool:
        chosen = self.selected_as_needed()
        if chosen is None:
            return False
        outcome = self.medicine_actions.take_as_needed(chosen)
        if isinstance(outcome, Refused):
            if outcome.reason:
                self.refusal.setText(f"\N{WARNING SIGN} {outcome.reason}")
                self.refusal.setAccessibleName(outcome.reason)
                self.refusal.show()
            return False
        text = translate("Medicines", "{name} noted as taken at {time}.").format(
            name=chosen.name, time=f"{outcome.due:%H:%M}"
        )
        self.refusal.setText(text)
        self.refusal.setAccessibleName(text)
        self.refusal.show()
        self.say(text)
        return True

    # -- the medicine list ---------------------------------------------------------------
    @Slot()
    def add(self) -> MedicineDialog:
        return self._open(blank_medicine(self.context.today()))

    @Slot()
    def edit(self) -> MedicineDialog | None:
        chosen = self.selected()
        return self._open(chosen) if chosen is not None else None

    def _open(self, medicine: Medicine) -> MedicineDialog:
        courses = self.shown.courses if self.shown is not None else {}
        dialog = MedicineDialog(medicine, courses, self._save, self)
        watch_record(
            dialog,
            self.context.operations,
            Kind.MEDICINE,
            medicine.id,
            translate("Medicines", "medicine"),
        )
        dialog.open()
        return dialog

    def _save(self, medicine: Medicine) -> bool:
        saved = (
            self.medicine_actions.add(medicine)
            if medicine.id is None
            else self.medicine_actions.update(medicine)
        )
        if saved is not None:
            self.select_record(saved.id)
        return saved is not None

    @Slot()
    def delete(self) -> QMessageBox | None:
        chosen = self.selected()
        if chosen is None:
            return None
        return messages.confirm_delete(
            self,
            translate("Medicines", "Delete medicine"),
            translate("Medicines", "Delete {name} and the answers noted for its doses?").format(
                name=chosen.name
            ),
            lambda: self.medicine_actions.delete(chosen),
        )

    @Slot()
    def import_list(self) -> MedicineImportDialog | None:
        path = self.choose_file(self, "", False)
        return self.preview_file(path) if path is not None else None

    def preview_file(self, path: Path) -> MedicineImportDialog:
        """Read ``path`` in the background and show what it would add; nothing is written
        until the user accepts."""
        plan = self.context.plan

        def read(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> object:
            return medicine_files.preview_import(plan, path)

        dialog = MedicineImportDialog(path.name, read, self._import_rows, self)
        dialog.open()
        return dialog

    def _import_rows(self, found: Sequence[Medicine]) -> bool:
        return self.medicine_actions.import_medicines(found) is not None

    @Slot()
    def export_list(self) -> Path | None:
        path = self.choose_file(self, "medicines.csv", True)
        wrote = translate("Medicines", "Wrote {count} medicines to {path}")
        return write_csv(self, path, medicine_files.export_csv, wrote)

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        if index.isValid() and self.may_edit:
            self.edit()

    @Slot()
    def _update_actions(self) -> None:
        dose = self.selected_dose()
        for action in (self.taken_action, self.skipped_action, self.later_action):
            action.setEnabled(dose is not None)
        self.helper_action.setEnabled(dose is not None and dose.shown is not Shown.TAKEN)
        self.taken_now_action.setEnabled(self.selected_as_needed() is not None)
        chosen = self.selected()
        for action in (self.edit_action, self.delete_action):
            action.setEnabled(chosen is not None)


def _limits_text(row: MedicineRow) -> str:
    schedule = row.medicine.schedule
    if not isinstance(schedule, AsNeeded):
        return ""
    return translate("Medicines", "At least {hours} hours apart, at most {most} a day").format(
        hours=schedule.min_hours_apart, most=schedule.most_per_day
    )


def _summary(periods: Sequence[PeriodAdherence]) -> str:
    """One line per must-not-miss medicine: its latest week against the line."""
    latest: dict[int | None, PeriodAdherence] = {}
    for period in periods:
        if period.medicine.must_not_miss and not period.cycle:
            latest[period.medicine.id] = period
    if not periods:
        return translate("Medicines", "No doses to count yet.")
    lines = [
        ("\N{WARNING SIGN} " if p.below_line else "\N{CHECK MARK} ")
        + translate(
            "Medicines",
            "{name}, {period}: {taken} of {scheduled} taken in time ({percent}%), {line}.",
        ).format(
            name=p.medicine.name,
            period=period_text(p),
            taken=p.adherence.taken_in_time,
            scheduled=p.adherence.scheduled,
            percent=p.adherence.percent,
            line=in_sentence(line_text(p)),
        )
        for p in latest.values()
    ]
    return "\n".join(lines)
