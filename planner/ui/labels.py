"""Words and dates as the window shows them: translated with tr(), formatted with QLocale."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from planner.domain.enums import label
from planner.domain.week import ItemType


def tr(text: str, context: str = "Care Planner") -> str:
    return QCoreApplication.translate(context, text)


def item_type(kind: ItemType) -> str:
    names = {
        ItemType.APPOINTMENT: tr("Appointment", "ItemType"),
        ItemType.RIDE: tr("Ride", "ItemType"),
        ItemType.MEAL: tr("Meal", "ItemType"),
        ItemType.TASK: tr("Help task", "ItemType"),
        ItemType.MEETING: tr("Meeting", "ItemType"),
        ItemType.JOURNAL: tr("Journal", "ItemType"),
        ItemType.DOSE: tr("Dose", "ItemType"),
    }
    return names[kind]


def vocabulary(value: StrEnum) -> str:
    """A glossary value (kind, status, role...) in the user's language."""
    # The English labels live in the domain; the translation files carry them as source text.
    return tr(label(value), "Vocabulary")


def yes_no(value: bool) -> str:
    return tr("Yes") if value else tr("No")


def qdate(day: dt.date) -> QDate:
    """The Qt date of ``day``."""
    return QDate(day.year, day.month, day.day)


def long_date(day: dt.date) -> str:
    """Weekday, day, month and year, e.g. "Wednesday, 11 March 2026"."""
    return QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)


def short_date(day: dt.date) -> str:
    """A compact date in the locale's order, e.g. "Wed, 11 Mar 2026"."""
    locale = QLocale()
    # The long format with abbreviated names reads better than the all-digits short one.
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    pattern = pattern.replace("dddd", "ddd").replace("MMMM", "MMM")
    return locale.toString(qdate(day), pattern)


def date_format() -> str:
    """The locale's short date with the year written in full, e.g. "dd/MM/yyyy" (en_GB)
    or "M/d/yyyy" (en_US): how date fields show and take dates."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def date_time_format() -> str:
    """:func:`date_format` and the locale's short time of day, e.g. "dd/MM/yyyy HH:mm"."""
    return f"{date_format()} {QLocale().timeFormat(QLocale.FormatType.ShortFormat)}"


def time_of_day(moment: dt.datetime | dt.time) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def date_time(moment: dt.datetime) -> str:
    return tr("{date}, {time}").format(date=short_date(moment.date()), time=time_of_day(moment))


def weekday_short(weekday: int) -> str:
    """Monday is 0, as in Python."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat)


def first_weekday() -> int:
    """The locale's first day of the week, Monday 0 to Sunday 6 (Qt counts Monday as 1)."""
    return (QLocale().firstDayOfWeek().value - 1) % 7


def portions(count: int) -> str:
    """A number of freezer portions, e.g. "1 portion", "3 portions"."""
    text = tr("1 portion") if count == 1 else tr("{count} portions")
    return text.format(count=QLocale().toString(count))
