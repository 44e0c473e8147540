"""The small forms that note a reading: a temperature, a weight or a blood count, with the
time it was taken (now unless changed) and a note. An impossible value is refused at its
field, and nothing is saved."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from planner.domain import red_flags
from planner.domain.errors import InvalidInput
from planner.domain.readings import (
    COUNT_UNITS,
    LONGEST_NOTE,
    Measurement,
    ReadingKind,
    check_measurement,
    parse_number,
    unit_text,
)
from planner.ui.dialogs.fields import caption_for
from planner.ui.dialogs.form import FormDialog, from_qdatetime
from planner.ui.labels import in_sentence, say, translate
from planner.ui.widgets.field_message import FieldMessage, ready_to_save


@dataclass(frozen=True)
class Scale:
    """What one kind of reading is typed as: its name in the form, the units it may be
    given in (the first is chosen), and an example of a value."""

    kind: ReadingKind
    name: str
    units: tuple[str, ...]
    example: str


def temperature_scale(unit: red_flags.TemperatureUnit) -> Scale:
    """A temperature in the plan's scale (°C or °F, a plan setting)."""
    example = "37.2" if unit is red_flags.TemperatureUnit.CELSIUS else "99.0"
    return Scale(
        ReadingKind.TEMPERATURE, translate("Journal", "Temperature"), (unit.value,), example
    )


def weight_scale() -> Scale:
    return Scale(ReadingKind.WEIGHT, translate("Journal", "Weight"), ("kg", "lb"), "72.5")


def count_scales() -> list[Scale]:
    """Neutrophils, haemoglobin and platelets, each in its one unit."""
    names = {
        ReadingKind.NEUTROPHILS: (translate("Journal", "Neutrophils"), "1.5"),
        ReadingKind.HAEMOGLOBIN: (translate("Journal", "Haemoglobin"), "120"),
        ReadingKind.PLATELETS: (translate("Journal", "Platelets"), "150"),
    }
    return [
        Scale(kind, name, (COUNT_UNITS[kind],), example) for kind, (name, example) in names.items()
    ]


def read_value(scale: Scale, text: str, unit: str, now: dt.datetime) -> Measurement:
    """The reading typed for ``scale`` (taken now, for the check); InvalidInput saying what
    is wrong with the value otherwise."""
    if scale.kind is ReadingKind.TEMPERATURE:
        value = red_flags.parse_temperature(text, red_flags.TemperatureUnit(unit)).value
    else:
        value = parse_number(
            text,
            translate("Journal", "the {what}").format(what=in_sentence(scale.name)),
            scale.example,
        )
    return check_measurement(Measurement(scale.kind, now, value, unit), now)


class ReadingDialog(FormDialog[Measurement]):
    """A form for one reading of one of ``scales`` (a choice of them when more than one).

    ``save`` saves the reading and returns why it was refused (``None`` when saved).
    """

    def __init__(
        self,
        name: str,
        title: str,
        scales: Sequence[Scale],
        now: Callable[[], dt.datetime],
        save: Callable[[Measurement], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(name, title, lambda _: False, parent)
        self.scales = list(scales)
        self.now = now
        self._save_reading = save
        self.which: QComboBox | None = None
        if len(self.scales) > 1:
            self.which = QComboBox(self)
            for scale in self.scales:
                self.which.addItem(scale.name, scale.kind.value)
            self.row(
                translate("Journal", "&Which:"),
                self.which,
                "Which",
                translate("Journal", "Which reading"),
            )
            self.which.currentIndexChanged.connect(self._scale_chosen)

        # The value with its unit beside it: a label for one unit, a choice for more.
        self.value_field = QLineEdit(self)
        self.value_field.setMaxLength(20)
        self.unit_label = QLabel(self)
        self.unit_label.setObjectName(f"{name}Unit")
        self.unit_choice = QComboBox(self)
        caption = caption_for(
            self,
            translate("Journal", "&Value:"),
            self.value_field,
            f"{name}Value",
            translate("Journal", "Value"),
        )
        self.unit_choice.setObjectName(f"{name}UnitChoice")
        self.unit_choice.setAccessibleName(translate("Journal", "Unit"))
        holder = QWidget(self)
        holder.setObjectName(f"{name}ValueRow")
        beside = QHBoxLayout(holder)
        beside.setContentsMargins(0, 0, 0, 0)
        beside.addWidget(self.value_field, 1)
        beside.addWidget(self.unit_label)
        beside.addWidget(self.unit_choice)
        self.form.addRow(caption, holder)
        self.value_message = self.message_under(self.value_field)
        self.value_message.clear_when_changed([self.value_field, self.unit_choice])

        self.at = self.moment(
            translate("Journal", "&Taken at:"), "At", translate("Journal", "Taken at"), now()
        )
        self.at_message = FieldMessage.of(self.at)
        assert self.at_message is not None
        self.at_message.clear_when_changed([self.at])
        self.note = QPlainTextEdit(self)
        self.row(translate("Journal", "&Note:"), self.note, "Note", translate("Journal", "Note"))
        self.note_message = self.message_under(self.note)
        self.note_message.clear_when_changed([self.note])
        self._scale_chosen()
        self.value_field.setFocus()

    @property
    def scale(self) -> Scale:
        return self.scales[self.which.currentIndex() if self.which is not None else 0]

    def unit(self) -> str:
        """The unit the value is typed in, as the plan keeps it ("C", "kg", "10^9/L")."""
        units = self.scale.units
        return str(self.unit_choice.currentData()) if len(units) > 1 else units[0]

    @Slot()
    def _scale_chosen(self) -> None:
        scale = self.scale
        self.value_field.setPlaceholderText(
            translate("Journal", "e.g. {example}").format(example=scale.example)
        )
        self.unit_choice.clear()
        for unit in scale.units:
            self.unit_choice.addItem(unit_text(unit), unit)
        several = len(scale.units) > 1
        self.unit_choice.setVisible(several)
        self.unit_label.setVisible(not several)
        self.unit_label.setText(unit_text(scale.units[0]))
        self.unit_label.setAccessibleName(
            translate("Journal", "Unit: {unit}").format(unit=unit_text(scale.units[0]))
        )
        self.value_field.setAccessibleDescription(
            translate("Journal", "in {unit}").format(unit=unit_text(scale.units[0]))
            if not several
            else ""
        )

    def value(self) -> Measurement:
        """The reading as typed; InvalidInput (said at its field) when it cannot be one."""
        now = self.now()
        try:
            typed = read_value(self.scale, self.value_field.text(), self.unit(), now)
        except InvalidInput as error:
            self._refuse(self.value_message, say(error.message))
            raise
        at = from_qdatetime(self.at.dateTime())
        if at > now:
            assert self.at_message is not None
            text = translate("Journal", "A reading can be noted up to now, not ahead of time.")
            self._refuse(self.at_message, text)
            raise InvalidInput(text)
        note = self.note.toPlainText().strip()
        if len(note) > LONGEST_NOTE:
            text = translate("Journal", "A note has at most {count} characters.").format(
                count=LONGEST_NOTE
            )
            self._refuse(self.note_message, text)
            raise InvalidInput(text)
        return Measurement(typed.kind, at, typed.value, typed.unit, note)

    def _refuse(self, message: FieldMessage, text: str) -> None:
        message.show_problem(text, blocks=False)
        if message.field is not None:
            message.field.setFocus()

    def accept(self) -> None:
        if not ready_to_save(self):
            return
        try:
            reading = self.value()
        except InvalidInput:
            return  # said at the field
        refused = self._save_reading(reading)
        if refused is None:
            super(FormDialog, self).accept()
        elif refused:
            self.show_problem(refused)
