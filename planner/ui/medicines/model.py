"""The Medicines page's tables: today's doses (state by icon and text), the medicines with
their stock and refill, and adherence per week and per cycle against the 95% line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from planner.domain.doses import LINE_PERCENT, DoseState
from planner.domain.medicines import Medicine, Taper, amount_text
from planner.services.medicines import DoseView, PeriodAdherence
from planner.ui.labels import short_date, translate, yes_no
from planner.ui.medicines.words import schedule_words
from planner.ui.models.rows import Column, RowsModel

_EPOCH = dt.datetime(2000, 1, 1)


class Shown(StrEnum):
    """A dose's state as the Today list says it: a dose not answered is "upcoming" until
    its time, then "due"."""

    UPCOMING = "upcoming"
    DUE = "due"
    TAKEN = "taken"
    SKIPPED = "skipped"
    LATER = "later"
    MISSED = "missed"


def shown_text(state: Shown) -> str:
    texts = {
        Shown.UPCOMING: translate("Medicines", "Upcoming"),
        Shown.DUE: translate("Medicines", "Due now"),
        Shown.TAKEN: translate("Medicines", "Taken"),
        Shown.SKIPPED: translate("Medicines", "Skipped"),
        Shown.LATER: translate("Medicines", "Later"),
        Shown.MISSED: translate("Medicines", "Missed"),
    }
    return texts[state]


def dose_key(medicine_id: int | None, due: dt.datetime) -> int:
    """One number for a dose (its medicine and its time), so the list keeps the chosen
    dose chosen when it is read again."""
    minutes = (due - _EPOCH) // dt.timedelta(minutes=1)
    return (medicine_id or 0) * 100_000_000 + minutes


@dataclass(frozen=True)
class DoseRow:
    view: DoseView
    shown: Shown

    @property
    def id(self) -> int:
        return dose_key(self.view.dose.medicine_id, self.view.dose.due)

    @property
    def medicine(self) -> Medicine:
        return self.view.medicine

    @property
    def due(self) -> dt.datetime:
        return self.view.dose.due

    @classmethod
    def of(cls, view: DoseView, now: dt.datetime) -> DoseRow:
        if view.state is DoseState.DUE:
            return cls(view, Shown.UPCOMING if view.dose.due > now else Shown.DUE)
        return cls(view, Shown(view.state.value))


class DoseRows(RowsModel[DoseRow]):
    """Today's doses in time order; the state cell carries an icon as well as its text."""

    STATE = 1

    def __init__(self, parent: QObject | None = None) -> None:
        self.icons: dict[Shown, QIcon] = {}
        columns: list[Column[DoseRow]] = [
            Column(translate("Medicines", "Time"), lambda r: f"{r.due:%H:%M}", key=lambda r: r.due),
            Column(
                translate("Medicines", "State"),
                _state_text,
                key=lambda r: list(Shown).index(r.shown),
            ),
            Column(translate("Medicines", "Medicine"), lambda r: _name(r.medicine)),
            Column(
                translate("Medicines", "Amount"),
                lambda r: amount_text(r.view.dose.amount, r.medicine.unit),
            ),
            Column(translate("Medicines", "Instructions"), lambda r: r.medicine.instructions),
        ]
        super().__init__(columns, parent)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and index.isValid():
            if index.column() == self.STATE:
                return self.icons.get(self.row_value(index.row()).shown)
            return None
        return super().data(index, role)


def _state_text(row: DoseRow) -> str:
    text = shown_text(row.shown)
    answer = row.view.confirmation
    if row.shown is Shown.SKIPPED and answer is not None and answer.reason:
        return translate("Medicines", "{state}: {reason}").format(state=text, reason=answer.reason)
    if row.shown is Shown.TAKEN and answer is not None:
        return translate("Medicines", "{state} at {time}").format(
            state=text, time=f"{answer.at:%H:%M}"
        )
    if row.shown is Shown.LATER and answer is not None and answer.remind_at is not None:
        return translate("Medicines", "{state}: asks again at {time}").format(
            state=text, time=f"{answer.remind_at:%H:%M}"
        )
    return text


def _name(medicine: Medicine) -> str:
    return " ".join(p for p in (medicine.name, medicine.strength) if p)


# ---------------------------------------------------------------------------- medicines
@dataclass(frozen=True)
class MedicineRow:
    medicine: Medicine
    course: str = ""
    runs_out: dt.date | None = None

    @property
    def id(self) -> int | None:
        return self.medicine.id

    @property
    def refill_on(self) -> dt.date | None:
        """The day the refill gap appears: the pharmacy's lead time before it runs out."""
        if self.runs_out is None:
            return None
        return self.runs_out - dt.timedelta(days=self.medicine.lead_days)


class MedicineRows(RowsModel[MedicineRow]):
    """The medicine list; the refill cell carries an icon while a refill is coming (a
    warning once it is due)."""

    REFILL = 6

    def __init__(self, today: Any, parent: QObject | None = None) -> None:
        self.today = today
        self.icons: dict[bool, QIcon] = {}
        columns: list[Column[MedicineRow]] = [
            Column(translate("Medicines", "Medicine"), lambda r: r.medicine.name),
            Column(translate("Medicines", "Strength"), lambda r: r.medicine.strength),
            Column(translate("Medicines", "Dose"), _dose_text),
            Column(
                translate("Medicines", "Must not miss"), lambda r: yes_no(r.medicine.must_not_miss)
            ),
            Column(
                translate("Medicines", "Stock"), _stock_text, key=lambda r: r.medicine.stock or 0
            ),
            Column(
                translate("Medicines", "Runs out"),
                lambda r: short_date(r.runs_out) if r.runs_out else "",
                key=lambda r: r.runs_out or dt.date.max,
            ),
            Column(
                translate("Medicines", "Refill"),
                self._refill_text,
                key=lambda r: r.refill_on or dt.date.max,
            ),
            Column(
                translate("Medicines", "Schedule"),
                lambda r: schedule_words(r.medicine.schedule, r.medicine.unit, r.course),
            ),
        ]
        super().__init__(columns, parent)

    def refill_due(self, row: MedicineRow) -> bool:
        return row.refill_on is not None and row.refill_on <= self.today()

    def _refill_text(self, row: MedicineRow) -> str:
        if row.refill_on is None:
            if row.medicine.stock is None:
                return translate("Medicines", "Stock not counted")
            return translate("Medicines", "Enough for now")
        if self.refill_due(row):
            return translate("Medicines", "Ask for a refill now ({days} days' notice)").format(
                days=row.medicine.lead_days
            )
        return translate("Medicines", "Ask for a refill by {date}").format(
            date=short_date(row.refill_on)
        )

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and index.isValid():
            row = self.row_value(index.row())
            if index.column() == self.REFILL and row.refill_on is not None:
                return self.icons.get(self.refill_due(row))
            return None
        return super().data(index, role)


def _dose_text(row: MedicineRow) -> str:
    if isinstance(row.medicine.schedule, Taper):
        return translate("Medicines", "Steps (see schedule)")
    return amount_text(row.medicine.dose, row.medicine.unit)


def _stock_text(row: MedicineRow) -> str:
    if row.medicine.stock is None:
        return ""
    return amount_text(row.medicine.stock, row.medicine.unit)


# ---------------------------------------------------------------------------- adherence
@dataclass(frozen=True)
class AdherenceRow:
    id: int
    period: PeriodAdherence


def period_text(period: PeriodAdherence) -> str:
    if period.cycle:
        return translate("Medicines", "Cycle from {date}").format(date=short_date(period.first))
    return translate("Medicines", "Week of {date}").format(date=short_date(period.first))


def line_text(period: PeriodAdherence) -> str:
    """For a must-not-miss medicine: where it stands against the 95% line."""
    if not period.medicine.must_not_miss:
        return ""
    if period.below_line:
        return translate("Medicines", "Below {line}%").format(line=LINE_PERCENT)
    return translate("Medicines", "At or above {line}%").format(line=LINE_PERCENT)


class AdherenceRows(RowsModel[AdherenceRow]):
    """Per medicine, per week and per cycle: taken in time out of scheduled."""

    LINE = 4

    def __init__(self, parent: QObject | None = None) -> None:
        self.icons: dict[bool, QIcon] = {}
        columns: list[Column[AdherenceRow]] = [
            Column(
                translate("Medicines", "Medicine"),
                lambda r: r.period.medicine.name,
                key=lambda r: (r.period.medicine.name.casefold(), r.period.cycle, r.period.first),
            ),
            Column(
                translate("Medicines", "Period"),
                lambda r: period_text(r.period),
                key=lambda r: (r.period.cycle, r.period.first),
            ),
            Column(
                translate("Medicines", "Taken in time ÷ scheduled"),
                lambda r: translate("Medicines", "{taken} of {scheduled}").format(
                    taken=r.period.adherence.taken_in_time,
                    scheduled=r.period.adherence.scheduled,
                ),
                key=lambda r: r.period.adherence.ratio or 0,
            ),
            Column(
                translate("Medicines", "Percent"),
                lambda r: f"{r.period.adherence.percent}%",
                key=lambda r: r.period.adherence.ratio or 0,
            ),
            Column(translate("Medicines", "95% line"), lambda r: line_text(r.period)),
        ]
        super().__init__(columns, parent)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and index.isValid():
            period = self.row_value(index.row()).period
            if index.column() == self.LINE and period.medicine.must_not_miss:
                return self.icons.get(period.below_line)
            return None
        return super().data(index, role)
