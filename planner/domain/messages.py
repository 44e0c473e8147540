"""Messages as data: what a user is told, kept as a key and its values until it is shown.

The domain and the services never build a finished sentence. They build a ``Message``:
a translation context, the English template (which is also the key of its translation)
and the values to put into it. The window and the command line render it in the reader's
language through one ``render``, each with its own lookup of the template (the window's
Qt translator, the command line's reading of the same catalogue).

``translate`` is named so that ``pyside6-lupdate`` files each template under its context
in the catalogues (``make translations``); it translates nothing by itself. lupdate reads
only a call of two literals, so the values follow in ``.format()``:
``translate("Gaps", "The ride on {day} has no driver.").format(day=day)``.

A count that decides the wording is given as ``n`` and written ``%n`` in the template
(Qt's plural form): ``translate("Gaps", "%n meal(s) short").format(n=3)``.

Values are rendered for the reader: a date as a short weekday, day and month, a time as
the locale's short time, a moment as both, a number in the locale's digits, a vocabulary
value (a StrEnum) by its glossary label (translated under "Vocabulary"), a nested
``Message`` the same way, a list as its items joined by commas; anything else with ``str``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from types import MappingProxyType

from planner.domain.enums import label

Lookup = Callable[[str, str, int], str]
"""Find the reader's template for (context, English template, n); English if none."""

VOCABULARY = "Vocabulary"
"""The context glossary labels (kinds, statuses, roles) are translated under."""


class Message(str):
    """One thing to tell the user, kept as its key (context and English template) and its
    values until it is rendered in the reader's language (:func:`render`).

    A message is also the English sentence itself (a ``str``): it compares, sorts, joins
    and prints as English wherever a plain text is taken, so English output never changes
    shape; only :func:`render` (the window's and the command line's ``say``) translates."""

    context: str
    text: str
    values: Mapping[str, object]

    def __new__(
        cls, context: str, text: str, values: Mapping[str, object] | None = None
    ) -> Message:
        kept = MappingProxyType(dict(values)) if values else _NO_VALUES
        # Without values (its .format() comes next, or it has no fields) it reads as written.
        said = _render(context, text, kept, english, "en") if kept else text
        self = super().__new__(cls, said)
        self.context, self.text, self.values = context, text, kept
        return self

    def format(self, *args: object, **values: object) -> Message:
        """This message with ``values`` for its fields (rendered later, in the reader's
        language): ``translate("Errors", "No ride on {day}.").format(day=day)``."""
        if args:
            raise TypeError("a message's fields are named: .format(day=...)")
        # ``values`` is this call's own dict: it is kept as it is when nothing came before.
        return Message(
            self.context, self.text, {**self.values, **values} if self.values else values
        )

    def __reduce__(
        self,
    ) -> tuple[Callable[..., Message], tuple[str, str, str, dict[str, object]]]:
        # Pickled with its English sentence: taken back, it is not rendered again (the
        # window takes back a crowded week's 3,000 messages at start, see early_week).
        return _unpickled, (str.__str__(self), self.context, self.text, dict(self.values))

    def __repr__(self) -> str:
        return f"Message({self.context!r}, {self.text!r}, {dict(self.values)!r})"


_NO_VALUES: Mapping[str, object] = MappingProxyType({})


def _unpickled(said: str, context: str, text: str, values: dict[str, object]) -> Message:
    """A message as :meth:`Message.__reduce__` pickled it."""
    self = str.__new__(Message, said)
    self.context, self.text = context, text
    self.values = MappingProxyType(values) if values else _NO_VALUES
    return self


def translate(context: str, text: str, /, **values: object) -> Message:
    """The message ``text`` (an English template), to render later; its values follow in
    ``.format()``."""
    if values:
        return Message(context, text, values)
    # The same few templates are asked for again and again (every gap's fix says "Find a
    # driver"): each is made once, a message being immutable.
    found = _TEMPLATES.get((context, text))
    if found is None:
        found = _TEMPLATES[context, text] = Message(context, text)
    return found


_TEMPLATES: dict[tuple[str, str], Message] = {}


def english(context: str, text: str, n: int) -> str:
    """The lookup that keeps every template as written."""
    del context, n
    return text


def render(message: Message | str, lookup: Lookup = english, language: str = "en") -> str:
    """``message`` as a sentence in ``language``, templates found through ``lookup``.

    A plain string is returned as it is (a value the user typed, a name)."""
    if not isinstance(message, Message):
        return str(message)
    return _render(message.context, message.text, message.values, lookup, language)


def _render(
    context: str, text: str, values: Mapping[str, object], lookup: Lookup, language: str
) -> str:
    if lookup is english and "n" not in values:  # every message is made so, once
        try:
            return text.format_map({name: _english(value) for name, value in values.items()})
        except (KeyError, IndexError, ValueError):
            return text  # a template given no values yet (its .format() comes next)
    count = values.get("n")
    n = count if isinstance(count, int) and not isinstance(count, bool) else -1
    template = text if lookup is english else lookup(context, text, n)
    if n >= 0:
        template = template.replace("%n", format_number(n, language))
    shown = {name: _value(value, lookup, language) for name, value in values.items() if name != "n"}
    try:
        return template.format_map(shown)
    except (KeyError, IndexError, ValueError):
        # A translation that names a field the message lacks: say it in English.
        try:
            return text.replace("%n", str(n)).format_map(shown)
        except (KeyError, IndexError, ValueError):
            return text  # a template given no values yet (its .format() comes next)


def _english(value: object) -> str:
    """:func:`_value` in English, the most common values first."""
    kind = type(value)
    if kind is str:
        return value  # type: ignore[return-value]
    if kind is Message:
        return str.__str__(value)
    if kind is dt.datetime:
        return _english_moment(value)
    return _value(value, english, "en")


@lru_cache(maxsize=4096)
def _english_moment(moment: dt.datetime) -> str:
    return AT.format(day=format_day(moment.date()), time=format_clock(moment.time()))


def _value(value: object, lookup: Lookup, language: str) -> str:
    if type(value) is str:  # a name or a title: as it was typed
        return value
    if isinstance(value, Message):
        # In English a message already is its sentence (rendered when it was made).
        return str.__str__(value) if lookup is english else render(value, lookup, language)
    if isinstance(value, list | tuple):  # several of a kind: "38.4 °C at 21:30, 38.6 °C at 22:40"
        return ", ".join(_value(one, lookup, language) for one in value)
    if isinstance(value, StrEnum):
        return lookup(VOCABULARY, label(value), -1)
    if isinstance(value, dt.datetime):
        # The words between day and time are the reader's: "Wed 11 Mar at 08:00".
        moment = lookup("Dates", AT, -1)
        day, clock = format_day(value.date(), language), format_clock(value.time(), language)
        return moment.format(day=day, time=clock)
    if isinstance(value, dt.date):
        return format_day(value, language)
    if isinstance(value, dt.time):
        return format_clock(value, language)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float | Decimal):
        return format_number(value, language)
    return str(value)


_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@lru_cache(maxsize=4096)
def format_day(day: dt.date, language: str = "en") -> str:
    """A short weekday, day and month in ``language``: "Wed 11 Mar", "Mi., 11. März".

    English is written from its own names, whatever the C library's locale (which Qt sets
    from the desktop's); a week says the same few days many times, so each is made once."""
    if language == "en":
        return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]}"
    from babel.dates import format_date

    return str(
        format_date(day, "EEE, d. MMM" if language == "de" else "EEE d MMM", locale=language)
    )


@lru_cache(maxsize=4096)
def format_clock(time: dt.time, language: str = "en") -> str:
    """A time of day as ``language`` writes it: "14:30"."""
    if language == "en":
        return f"{time.hour:02d}:{time.minute:02d}"
    from babel.dates import format_time

    return str(format_time(time, "short", locale=language))


def format_number(number: float | Decimal, language: str = "en") -> str:
    """A number in ``language``'s digits: "37.8", "37,8"."""
    if language == "en" or (isinstance(number, int) and abs(number) < 1000):
        return f"{number:g}" if isinstance(number, float) else str(number)
    from babel.numbers import format_decimal

    return str(format_decimal(number, locale=language))


AT = translate("Dates", "{day} at {time}").text
"""How a moment is said from its day and its time."""
