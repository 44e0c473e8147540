"""Words and dates as the window shows them: translated with ``translate()`` (literal texts)
and ``say()`` (messages from below the window), formatted with QLocale."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from planner.domain.enums import label
from planner.domain.freezer import BUILT_IN_TAGS, split_tags
from planner.domain.journal import DEFAULT_SYMPTOMS, symptom_word
from planner.domain.messages import VOCABULARY, Message, render
from planner.domain.week import ItemType
from planner.interop.catalogue import LANGUAGES


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language, filed under ``context`` in the catalogues.

    Always call it with literal strings: ``pyside6-lupdate`` finds the text by reading the
    call (``make translations``); a variable would never reach the catalogue."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def _lookup(context: str, text: str, n: int) -> str:
    return QCoreApplication.translate(context, text, None, n)


def language() -> str:
    """The language the window speaks: the default locale's, if Care Planner has it."""
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def say(message: Message | str) -> str:
    """A message from below the window (an error, a gap, a step), in the user's language.

    A plain string is shown as it is: it is the user's own words (a name, a note)."""
    return render(message, _lookup, language())


def item_type(kind: ItemType) -> str:
    names = {
        ItemType.APPOINTMENT: translate("ItemType", "Appointment"),
        ItemType.RIDE: translate("ItemType", "Ride"),
        ItemType.MEAL: translate("ItemType", "Meal"),
        ItemType.TASK: translate("ItemType", "Help task"),
        ItemType.MEETING: translate("ItemType", "Meeting"),
        ItemType.JOURNAL: translate("ItemType", "Journal"),
        ItemType.DOSE: translate("ItemType", "Dose"),
    }
    return names[kind]


def vocabulary(value: StrEnum) -> str:
    """A glossary value (kind, status, role...) in the user's language."""
    # The English labels live in the domain; the translation files carry them as source text.
    return _lookup(VOCABULARY, label(value), -1)


TAGS_CONTEXT = "Tags"
"""The catalogue context of the built-in diet and texture tags."""


def symptom_label(name: str) -> str:
    """A symptom as the window shows it: a built-in one ("Fever") in the user's language,
    one the user typed as it was typed. The plan keeps the English name."""
    return say(symptom_word(name))


def symptom_key(shown: str, known: Iterable[str] = DEFAULT_SYMPTOMS) -> str:
    """What the plan stores for a symptom shown or typed as ``shown``: the English name of
    a built-in symptom written in the user's language (any case), else the text as typed."""
    wanted = shown.strip().casefold()
    for key in dict.fromkeys([*DEFAULT_SYMPTOMS, *known]):
        shown_as = symptom_label(key)
        if shown_as != key and shown_as.casefold() == wanted:
            return key
    return shown


def tag_label(tag: str) -> str:
    """A diet tag as the window shows it: a built-in one ("soft") in the user's language,
    one the user added as it was typed. The plan keeps the English tag."""
    return _lookup(TAGS_CONTEXT, tag, -1)


def tag_key(shown: str) -> str:
    """What the plan stores for a tag shown or typed as ``shown``: the English tag of a
    built-in tag written in the user's language (any case, any spacing), else the tag
    tidied as :func:`split_tags` tidies it."""
    wanted = " ".join(shown.split()).casefold()
    for key in BUILT_IN_TAGS:
        if " ".join(tag_label(key).split()).casefold() == wanted:
            return key
    return " ".join(shown.split()).lower()


def tag_keys(text: str) -> frozenset[str]:
    """Tags typed as ``"weich, mild gewürzt"`` (commas or semicolons) as the plan stores
    them: built-in ones by their English tag."""
    return frozenset(tag_key(tag) for tag in split_tags(text))


def tags_text(tags: Iterable[str]) -> str:
    """Tags in the user's language, in alphabetical order, e.g. "bland, soft"."""
    return ", ".join(sorted(tag_label(tag) for tag in tags))


def in_sentence(word: str) -> str:
    """A label (a heading, a kind) as a word inside a sentence: lower case in English,
    as it is in German, whose nouns keep their capital."""
    return word if language() == "de" else word[:1].lower() + word[1:]


def yes_no(value: bool) -> str:
    return translate("Labels", "Yes") if value else translate("Labels", "No")


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
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        # No language set (LANG=C): day, month and year with slashes, not "5 11 2026".
        return "dd/MM/yyyy"
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def date_time_format() -> str:
    """:func:`date_format` and the locale's short time of day, e.g. "dd/MM/yyyy HH:mm"."""
    return f"{date_format()} {QLocale().timeFormat(QLocale.FormatType.ShortFormat)}"


def time_of_day(moment: dt.datetime | dt.time) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def date_time(moment: dt.datetime) -> str:
    return translate("Labels", "{date}, {time}").format(
        date=short_date(moment.date()), time=time_of_day(moment)
    )


def weekday_short(weekday: int) -> str:
    """Monday is 0, as in Python."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat)


def first_weekday() -> int:
    """The locale's first day of the week, Monday 0 to Sunday 6 (Qt counts Monday as 1)."""
    return (QLocale().firstDayOfWeek().value - 1) % 7


def portions(count: int) -> str:
    """A number of freezer portions, e.g. "1 portion", "3 portions"."""
    text = (
        translate("Labels", "1 portion") if count == 1 else translate("Labels", "{count} portions")
    )
    return text.format(count=QLocale().toString(count))
