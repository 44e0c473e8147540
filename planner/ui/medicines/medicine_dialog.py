"""The form for one medicine, new or edited: what it is, how much, the schedule (one of six
kinds, each with its own fields), the days it runs, and the stock. Saved on OK.

A value the plan cannot hold is refused at the field it is about (the MedicineError's
``field``), the form stays open as typed, and nothing is saved.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping

from PySide6.QtCore import QDate, Qt, QTime, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QStackedWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.medicines import (
    LONGEST_INSTRUCTIONS,
    LONGEST_TEXT,
    REFILL_LEAD_DAYS,
    AroundTreatment,
    AsNeeded,
    EveryHours,
    FixedTimes,
    Medicine,
    MedicineError,
    Schedule,
    Taper,
    Weekdays,
    as_decimal,
    parse_amount,
    validate,
)
from planner.ui.dialogs.buttons import save_buttons
from planner.ui.dialogs.fields import caption_for
from planner.ui.labels import qdate, say, translate, weekday_short
from planner.ui.medicines.words import (
    offsets_text,
    parse_offsets,
    parse_steps,
    parse_times,
    steps_text,
    times_text,
)
from planner.ui.widgets.dates import DateField
from planner.ui.widgets.field_message import FieldMessage, ready_to_save
from planner.ui.widgets.rows_area import RowsArea

FIXED, EVERY, WEEKDAYS, AROUND, AS_NEEDED, TAPER = (
    "fixed",
    "every",
    "weekdays",
    "around",
    "as_needed",
    "taper",
)
KINDS = (FIXED, EVERY, WEEKDAYS, AROUND, AS_NEEDED, TAPER)
UNITS = ("tablet", "capsule", "ml", "puff", "drop", "patch", "sachet", "injection", "spray")
TYPING_ROOM = 999
"""Number fields take this much, so a number past the limit is said to be too many instead
of the spin box quietly refusing the digit."""


def kind_words() -> dict[str, str]:
    return {
        FIXED: translate("Medicines", "Fixed times each day"),
        EVERY: translate("Medicines", "Every few hours"),
        WEEKDAYS: translate("Medicines", "On chosen weekdays"),
        AROUND: translate("Medicines", "Around treatment days"),
        AS_NEEDED: translate("Medicines", "As needed"),
        TAPER: translate("Medicines", "A taper (the dose changes step by step)"),
    }


def kind_of(schedule: Schedule) -> str:
    kinds: dict[type, str] = {
        FixedTimes: FIXED,
        EveryHours: EVERY,
        Weekdays: WEEKDAYS,
        AroundTreatment: AROUND,
        AsNeeded: AS_NEEDED,
        Taper: TAPER,
    }
    return kinds[type(schedule)]


def _date(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def _number(amount: object) -> str:
    if isinstance(amount, int):
        return str(amount)
    return format(as_decimal(amount).normalize(), "f")  # type: ignore[arg-type]


class MedicineDialog(QDialog):
    """Asks for a medicine's details; OK checks them and hands the medicine to ``save``,
    closing only if it was saved."""

    def __init__(
        self,
        medicine: Medicine,
        courses: Mapping[int, str],
        save: Callable[[Medicine], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._original = medicine
        self._save = save
        self.messages: dict[str, FieldMessage] = {}
        title = (
            translate("Medicines", "Add a medicine")
            if medicine.id is None
            else translate("Medicines", "Edit medicine")
        )
        self.setObjectName("medicineDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        contents = QWidget(self)
        contents.setObjectName("medicineForm")
        left, right = QFormLayout(), QFormLayout()
        for column in (left, right):
            column.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            column.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        columns = QHBoxLayout(contents)
        columns.addLayout(left, 1)
        columns.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        columns.addLayout(right, 1)
        self._form = left

        # -- what it is -----------------------------------------------------------------
        self.name = self._line(
            translate("Medicines", "&Medicine:"), "name", translate("Medicines", "Medicine name")
        )
        self.strength = self._line(
            translate("Medicines", "St&rength:"), "strength", translate("Medicines", "Strength")
        )
        self.strength.setPlaceholderText(translate("Medicines", "as the box says, e.g. 500 mg"))
        self.form = self._line(
            translate("Medicines", "&Form:"), "form", translate("Medicines", "Form")
        )
        self.form.setPlaceholderText(translate("Medicines", "tablet, liquid, patch…"))
        amount = QWidget(self)
        amount_row = QHBoxLayout(amount)
        amount_row.setContentsMargins(0, 0, 0, 0)
        self.dose = QLineEdit(amount)
        self.dose.setObjectName("medicineDose")
        self.dose.setAccessibleName(translate("Medicines", "Dose, how much each time"))
        self.unit = QComboBox(amount)
        self.unit.setEditable(True)
        self.unit.addItems(list(UNITS))
        self.unit.setObjectName("medicineUnit")
        self.unit.setAccessibleName(translate("Medicines", "Unit"))
        self.unit.view().setObjectName("medicineUnitList")
        self.unit.view().setAccessibleName(translate("Medicines", "Units"))
        amount_row.addWidget(self.dose, 1)
        amount_row.addWidget(self.unit, 1)
        caption = QLabel(translate("Medicines", "&Dose:"), self)
        caption.setObjectName("medicineDoseLabel")
        caption.setBuddy(self.dose)
        left.addRow(caption, amount)
        self._message("dose", self.dose)
        self.instructions = self._text(
            translate("Medicines", "&Instructions:"),
            "instructions",
            translate("Medicines", "Instructions, such as with food"),
        )
        self.instructions.setPlaceholderText(
            translate("Medicines", "with food, swallow whole, not with…")
        )
        self.purpose = self._line(
            translate("Medicines", "&What for:"),
            "purpose",
            translate("Medicines", "What it is for"),
        )
        self.prescriber = self._line(
            translate("Medicines", "Prescri&bed by:"),
            "prescriber",
            translate("Medicines", "Prescribed by"),
        )
        self.pharmacy = self._line(
            translate("Medicines", "P&harmacy:"), "pharmacy", translate("Medicines", "Pharmacy")
        )
        self.must_not_miss = QCheckBox(
            translate("Medicines", "M&ust not miss a dose (shown against the 95% line)")
        )
        self.must_not_miss.setObjectName("medicineMustNotMiss")
        self.must_not_miss.setAccessibleName(translate("Medicines", "Must not miss a dose"))
        left.addRow(self.must_not_miss)
        self.stock = self._line(
            translate("Medicines", "S&tock on hand:"),
            "stock",
            translate("Medicines", "Stock on hand"),
        )
        self.stock.setPlaceholderText(translate("Medicines", "leave empty if not counted"))
        self.lead_days = QSpinBox(self)
        self.lead_days.setRange(0, TYPING_ROOM)
        self.lead_days.setSuffix(translate("Medicines", " days"))
        self._row(
            translate("Medicines", "Pharmacy &needs:"),
            self.lead_days,
            "lead_days",
            translate("Medicines", "Days the pharmacy needs"),
        )
        self.notes = self._text(
            translate("Medicines", "N&otes:"), "notes", translate("Medicines", "Notes")
        )

        # -- when -----------------------------------------------------------------------
        self._form = right
        self.kind = QComboBox(self)
        for kind, words in kind_words().items():
            self.kind.addItem(words, kind)
        self._row(
            translate("Medicines", "&Schedule:"),
            self.kind,
            "kind",
            translate("Medicines", "Kind of schedule"),
        )
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("medicineSchedulePages")
        self.times: dict[str, QLineEdit] = {}
        self.pages.addWidget(self._fixed_page())
        self.pages.addWidget(self._every_page())
        self.pages.addWidget(self._weekdays_page())
        self.pages.addWidget(self._around_page(courses))
        self.pages.addWidget(self._as_needed_page())
        self.pages.addWidget(self._taper_page())
        right.addRow(self.pages)
        self._form = right
        self.start = DateField(parent=self)
        self._row(
            translate("Medicines", "Fi&rst day:"),
            self.start,
            "start",
            translate("Medicines", "First day"),
        )
        self.has_end = QCheckBox(translate("Medicines", "Has a &last day:"), self)
        self.has_end.setObjectName("medicineHasEnd")
        self.has_end.setAccessibleName(translate("Medicines", "Has a last day"))
        self.end = DateField(parent=self)
        self.end.setObjectName("medicineEnd")
        self.end.setAccessibleName(translate("Medicines", "Last day"))
        right.addRow(self.has_end, self.end)
        self._message("end", self.end)
        self.has_end.toggled.connect(self.end.setEnabled)

        wide = self.fontMetrics().averageCharWidth() * 26
        for field in (self.name, self.pharmacy, self.offsets, self.steps):
            field.setMinimumWidth(wide)
        scroll = RowsArea(contents, self)
        scroll.setObjectName("medicineScroll")
        scroll.setAccessibleName(title)
        self.buttons = save_buttons(self, "medicine", translate("Medicines", "Save the medicine"))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

        self._show(medicine)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self._kind_chosen()
        self.name.setFocus()

    # -- building ------------------------------------------------------------------------
    def _row(self, label: str, field: QWidget, key: str, accessible: str) -> None:
        name = "medicine" + "".join(part.capitalize() for part in key.split("_"))
        self._form.addRow(caption_for(self, label, field, name, accessible), field)
        self._message(key, field)

    def _message(self, key: str, field: QWidget) -> FieldMessage:
        message = FieldMessage(field, self)
        self._form.addRow(message)
        self.messages.setdefault(key, message)
        return message

    def _line(self, label: str, key: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(LONGEST_TEXT + 20)  # a little over, so the limit is said in words
        self._row(label, edit, key, accessible)
        return edit

    def _text(self, label: str, key: str, accessible: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self._row(label, edit, key, accessible)
        return edit

    def _page(self, name: str, accessible: str) -> tuple[QWidget, QFormLayout]:
        page = QWidget(self)
        page.setObjectName(name)
        page.setAccessibleName(accessible)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._form = form
        return page, form

    def _times_row(self, kind: str, label: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(translate("Medicines", "e.g. 08:00, 20:00"))
        edit.setMaxLength(400)
        name = f"medicineTimes_{kind}"
        self._form.addRow(
            caption_for(
                self,
                label or translate("Medicines", "&Times:"),
                edit,
                name,
                translate("Medicines", "Times of day"),
            ),
            edit,
        )
        message = FieldMessage(edit, self)
        self._form.addRow(message)
        self.times[kind] = edit
        return edit

    def _fixed_page(self) -> QWidget:
        page, _ = self._page("scheduleFixed", kind_words()[FIXED])
        self._times_row(FIXED)
        return page

    def _every_page(self) -> QWidget:
        page, _ = self._page("scheduleEvery", kind_words()[EVERY])
        self.hours = QSpinBox(self)
        self.hours.setRange(0, TYPING_ROOM)
        self.hours.setSuffix(translate("Medicines", " hours"))
        self._row(
            translate("Medicines", "E&very:"),
            self.hours,
            "hours",
            translate("Medicines", "Every how many hours"),
        )
        self.first_time = QTimeEdit(self)
        self.first_time.setDisplayFormat("HH:mm")
        self._row(
            translate("Medicines", "First &dose at:"),
            self.first_time,
            "first",
            translate("Medicines", "Time of the first dose"),
        )
        return page

    def _weekdays_page(self) -> QWidget:
        page, form = self._page("scheduleWeekdays", kind_words()[WEEKDAYS])
        box = QWidget(self)
        box.setObjectName("medicineWeekdays")
        box.setAccessibleName(translate("Medicines", "Weekdays"))
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.weekday_boxes: list[QCheckBox] = []
        for weekday in range(7):
            check = QCheckBox(weekday_short(weekday), box)
            check.setObjectName(f"medicineWeekday{weekday}")
            check.setAccessibleName(weekday_short(weekday))
            row.addWidget(check)
            self.weekday_boxes.append(check)
        row.addStretch(1)
        caption = QLabel(translate("Medicines", "On:"), self)
        caption.setObjectName("medicineWeekdaysLabel")
        form.addRow(caption, box)
        self._message("weekdays", box)
        self._times_row(WEEKDAYS)
        return page

    def _around_page(self, courses: Mapping[int, str]) -> QWidget:
        page, _ = self._page("scheduleAround", kind_words()[AROUND])
        self.course = QComboBox(self)
        self.course.addItem(translate("Medicines", "Every treatment day"), None)
        for course_id, name in courses.items():
            self.course.addItem(name, course_id)
        self._row(
            translate("Medicines", "Follo&ws:"),
            self.course,
            "course",
            translate("Medicines", "Course it follows"),
        )
        self.offsets = QLineEdit(self)
        self.offsets.setMaxLength(400)
        self.offsets.setPlaceholderText(
            translate("Medicines", "e.g. day -1 at 20:00; days 1-3 at 08:00")
        )
        self.offsets.setToolTip(
            translate(
                "Medicines",
                "Day 0 is the treatment day, day -1 the day before, day 1 the day after. "
                "Separate the parts with a semicolon.",
            )
        )
        self._row(
            translate("Medicines", "Doses &on:"),
            self.offsets,
            "offsets",
            translate("Medicines", "Days and times of the doses"),
        )
        hint = QLabel(
            translate(
                "Medicines",
                "Day 0 is the treatment day, day -1 the day before, day 1 the day after.",
            ),
            self,
        )
        hint.setObjectName("medicineOffsetsHint")
        hint.setWordWrap(True)
        self._form.addRow(hint)
        return page

    def _as_needed_page(self) -> QWidget:
        page, _ = self._page("scheduleAsNeeded", kind_words()[AS_NEEDED])
        self.min_hours = QSpinBox(self)
        self.min_hours.setRange(0, TYPING_ROOM)
        self.min_hours.setSuffix(translate("Medicines", " hours"))
        self._row(
            translate("Medicines", "At least &apart:"),
            self.min_hours,
            "min_hours_apart",
            translate("Medicines", "Hours apart at least"),
        )
        self.most_per_day = QSpinBox(self)
        self.most_per_day.setRange(0, TYPING_ROOM)
        self._row(
            translate("Medicines", "At &most a day:"),
            self.most_per_day,
            "most_per_day",
            translate("Medicines", "Doses a day at most"),
        )
        return page

    def _taper_page(self) -> QWidget:
        page, _ = self._page("scheduleTaper", kind_words()[TAPER])
        self.steps = QLineEdit(self)
        self.steps.setMaxLength(600)
        self.steps.setPlaceholderText(translate("Medicines", "e.g. 2 for 3 days; 1 for 3 days"))
        self.steps.setToolTip(
            translate("Medicines", "Each step: the dose, then for how many days.")
        )
        self._row(
            translate("Medicines", "Ste&ps:"),
            self.steps,
            "steps",
            translate("Medicines", "Taper steps"),
        )
        hint = QLabel(translate("Medicines", "Each step: the dose, then for how many days."), self)
        hint.setObjectName("medicineStepsHint")
        hint.setWordWrap(True)
        self._form.addRow(hint)
        self._times_row(TAPER)
        return page

    # -- showing -------------------------------------------------------------------------
    def _show(self, medicine: Medicine) -> None:
        self.name.setText(medicine.name)
        self.strength.setText(medicine.strength)
        self.form.setText(medicine.form)
        self.dose.setText(_number(medicine.dose))
        self.unit.setCurrentText(medicine.unit)
        self.instructions.setPlainText(medicine.instructions)
        self.purpose.setText(medicine.purpose)
        self.prescriber.setText(medicine.prescriber)
        self.pharmacy.setText(medicine.pharmacy)
        self.must_not_miss.setChecked(medicine.must_not_miss)
        self.stock.setText("" if medicine.stock is None else _number(medicine.stock))
        self.lead_days.setValue(medicine.lead_days)
        self.notes.setPlainText(medicine.notes)
        self.start.setDate(qdate(medicine.start))
        self.has_end.setChecked(medicine.end is not None)
        self.end.setDate(qdate(medicine.end or medicine.start))
        self.end.setEnabled(medicine.end is not None)
        # Every kind's fields start with sensible values; the medicine's own fill its kind.
        self.hours.setValue(8)
        self.first_time.setTime(QTime(8, 0))
        self.min_hours.setValue(4)
        self.most_per_day.setValue(4)
        schedule = medicine.schedule
        kind = kind_of(schedule)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        if isinstance(schedule, EveryHours):
            self.hours.setValue(schedule.hours)
            self.first_time.setTime(QTime(schedule.first.hour, schedule.first.minute))
        elif isinstance(schedule, Weekdays):
            for weekday, check in enumerate(self.weekday_boxes):
                check.setChecked(weekday in schedule.weekdays)
        elif isinstance(schedule, AroundTreatment):
            self.course.setCurrentIndex(max(0, self.course.findData(schedule.course_id)))
            self.offsets.setText(offsets_text(schedule.offsets))
        elif isinstance(schedule, AsNeeded):
            self.min_hours.setValue(schedule.min_hours_apart)
            self.most_per_day.setValue(schedule.most_per_day)
        elif isinstance(schedule, Taper):
            self.steps.setText(steps_text(schedule.steps))
        if kind in self.times:
            self.times[kind].setText(times_text(getattr(schedule, "times", ())))

    @Slot()
    def _kind_chosen(self) -> None:
        self.pages.setCurrentIndex(KINDS.index(self.chosen_kind()))
        self.dose.setEnabled(self.chosen_kind() != TAPER)
        self.dose.setToolTip(
            translate("Medicines", "A taper's steps give its doses.")
            if self.chosen_kind() == TAPER
            else ""
        )

    def chosen_kind(self) -> str:
        return str(self.kind.currentData())

    # -- reading -------------------------------------------------------------------------
    def schedule(self) -> Schedule:
        """The schedule the chosen kind's fields make; MedicineError when one is unreadable."""
        kind = self.chosen_kind()
        if kind == FIXED:
            return FixedTimes(parse_times(self.times[FIXED].text()))
        if kind == EVERY:
            first = self.first_time.time()
            return EveryHours(self.hours.value(), dt.time(first.hour(), first.minute()))
        if kind == WEEKDAYS:
            chosen = tuple(n for n, check in enumerate(self.weekday_boxes) if check.isChecked())
            return Weekdays(chosen, parse_times(self.times[WEEKDAYS].text()))
        if kind == AROUND:
            return AroundTreatment(parse_offsets(self.offsets.text()), self.course.currentData())
        if kind == AS_NEEDED:
            return AsNeeded(self.min_hours.value(), self.most_per_day.value())
        return Taper(parse_steps(self.steps.text()), parse_times(self.times[TAPER].text()))

    def medicine(self) -> Medicine:
        """The medicine as the form shows it (with the original's id and version);
        MedicineError naming the field when a value cannot be read."""
        schedule = self.schedule()
        if isinstance(schedule, Taper):
            dose = self._original.dose
        else:
            dose = parse_amount(self.dose.text(), "dose")
        stock_text = self.stock.text().strip()
        stock = parse_amount(stock_text, "stock") if stock_text else None
        return dataclasses.replace(
            self._original,
            name=self.name.text(),
            schedule=schedule,
            start=_date(self.start.date()),
            end=_date(self.end.date()) if self.has_end.isChecked() else None,
            dose=dose,
            unit=self.unit.currentText(),
            strength=self.strength.text(),
            form=self.form.text(),
            instructions=self.instructions.toPlainText()[: LONGEST_INSTRUCTIONS + 20],
            purpose=self.purpose.text(),
            prescriber=self.prescriber.text(),
            pharmacy=self.pharmacy.text(),
            must_not_miss=self.must_not_miss.isChecked(),
            stock=stock,
            lead_days=self.lead_days.value(),
            notes=self.notes.toPlainText()[: LONGEST_INSTRUCTIONS + 20],
        )

    def message_for(self, field: str) -> FieldMessage:
        """The line under the field a MedicineError names (the schedule's chooser for a
        field it does not know)."""
        if field == "times":
            kind = self.chosen_kind()
            edit = self.times.get(kind, self.times[FIXED])
            found = FieldMessage.of(edit)
            if found is not None:
                return found
        if field in ("at", "reason", ""):
            return self.messages["name"]
        return self.messages.get(field) or self.messages["kind"]

    def show_refusal(self, error: MedicineError) -> FieldMessage:
        """Say why under the field the refusal is about, and put the keyboard there."""
        message = self.message_for(error.field)
        message.show_problem(say(error.message), blocks=False)
        if message.field is not None:
            message.field.setFocus(Qt.FocusReason.OtherFocusReason)
        return message

    def clear_refusals(self) -> None:
        for message in {*self.messages.values(), *map(FieldMessage.of, self.times.values())}:
            if message is not None:
                message.clear()

    def accept(self) -> None:
        if not ready_to_save(self):
            return
        self.clear_refusals()
        try:
            medicine = self.medicine()
            validate(medicine)
        except MedicineError as error:
            self.show_refusal(error)
            return
        if self._save(medicine):
            super().accept()


def blank_medicine(today: dt.date) -> Medicine:
    """What the form shows for a new medicine: one tablet at 08:00 each day from today."""
    return Medicine("", FixedTimes((dt.time(8),)), today, lead_days=REFILL_LEAD_DAYS)
