"""Date and date-and-time fields that show and take dates as people write them.

Both show the locale's short date with the year in full (and the locale's short time), and
the calendar pops up from them. Typing is read here, not by Qt's own section editor, which
turns "30/02" into 30 March or 28 February and ignores a digit typed into a part that is not
selected: the part under the cursor is replaced by what is typed, a separator moves on to
the next part, a year of one or two digits is in this century, and the typed date is taken
when its last part is typed, on Enter, and when the field loses the focus. A date that does
not exist is refused with a message under the field (its :class:`FieldMessage`); the field
keeps the date it had, and the form does not save until the date is put right.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QObject, Qt, QTime, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QToolTip, QWidget

from planner.ui.labels import date_format, date_time, date_time_format, short_date, translate
from planner.ui.widgets.field_message import FieldMessage

DIGITS = {"d": 2, "M": 2, "y": 4, "H": 2, "h": 2, "m": 2, "s": 2}
"""How many digits each numeric part of a date or time takes at most."""
LARGEST = {"d": 31, "M": 12, "H": 23, "h": 12, "m": 59, "s": 59}
AM_PM = "ap"


@dataclass(frozen=True)
class Part:
    """One part of a display format: ``kind`` is the format letter ("d", "M", "y", "H",
    "h", "m", "s") or "ap"; ``token`` is how the format writes it ("dd", "AP")."""

    kind: str
    token: str


def parts_of(display_format: str) -> list[Part | str] | None:
    """The parts and the text between them, in order; ``None`` when the format has a part
    typed as words (a month's name), which Qt's own editor then takes."""
    found: list[Part | str] = []
    literal = ""
    n = 0
    while n < len(display_format):
        char = display_format[n]
        if char == "'":
            end = display_format.find("'", n + 1)
            end = len(display_format) if end < 0 else end
            literal += display_format[n + 1 : end] or "'"
            n = end + 1
            continue
        run = n
        while run < len(display_format) and display_format[run] == char:
            run += 1
        if char in DIGITS or char in "aA":
            if char in "dM" and run - n > 2:
                return None
            if char in "aA" and run < len(display_format) and display_format[run] in "pP":
                run += 1
            if literal:
                found.append(literal)
                literal = ""
            found.append(Part(AM_PM if char in "aA" else char, display_format[n:run]))
        elif char in "zt":
            return None
        else:
            literal += display_format[n:run]
        n = run
    if literal:
        found.append(literal)
    return found


class NoSuchDateError(Exception):
    """What was typed is no date (or time); the message says why, ``kind`` which part to
    put right ("d", "M", "y", "H", "h", "m")."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


def read_typed(typed: dict[str, str], before: QDateTime) -> QDateTime:
    """The moment ``typed`` (the text of each part, by kind) writes, the parts not typed
    taken from ``before``; raises :class:`NoSuchDateError` for one that does not exist."""
    locale = QLocale()
    day, time = before.date(), before.time()

    def number(kind: str, default: int) -> int:
        text = typed.get(kind)
        if text is None:
            return default
        if not text.isdigit():
            example = locale.toString(before, date_format())
            raise NoSuchDateError(
                translate("Widgets", "Write the date in full, e.g. {example}.").format(
                    example=example
                ),
                kind,
            )
        return int(text)

    year = number("y", day.year())
    written = typed.get("y")
    if written is not None and len(written) <= 2:
        year += 2000  # "26" is 2026: people write this century's years short
    elif written is not None and len(written) == 3:
        raise NoSuchDateError(
            translate("Widgets", "Write the year with four digits, e.g. {year}.").format(
                year=day.year()
            ),
            "y",
        )
    month = number("M", day.month())
    if not 1 <= month <= 12:
        raise NoSuchDateError(
            translate("Widgets", "There is no month {month}: months run from 1 to 12.").format(
                month=month
            ),
            "M",
        )
    days = QDate(year, month, 1).daysInMonth()
    date = number("d", day.day())
    if not 1 <= date <= days:
        name = locale.standaloneMonthName(month, QLocale.FormatType.LongFormat)
        raise NoSuchDateError(
            translate(
                "Widgets", "There is no day {day} in {month} {year}: it has {days} days."
            ).format(day=date, month=name, year=year, days=days),
            "d",
        )
    if "h" in typed:
        hour = number("h", time.hour() % 12 or 12)
        if not 1 <= hour <= 12:
            raise NoSuchDateError(
                translate("Widgets", "There is no hour {hour}: hours run from 1 to 12.").format(
                    hour=hour
                ),
                "h",
            )
        afternoon = typed.get(AM_PM, "").casefold().startswith(locale.pmText()[:1].casefold())
        hour = hour % 12 + (12 if afternoon else 0)
    else:
        hour = number("H", time.hour())
        if not 0 <= hour <= 23:
            raise NoSuchDateError(
                translate("Widgets", "There is no hour {hour}: hours run from 0 to 23.").format(
                    hour=hour
                ),
                "H",
            )
    minute = number("m", time.minute())
    if not 0 <= minute <= 59:
        raise NoSuchDateError(
            translate("Widgets", "There is no minute {minute}: minutes run from 0 to 59.").format(
                minute=minute
            ),
            "m",
        )
    return QDateTime(QDate(year, month, date), QTime(hour, minute, number("s", time.second())))


@dataclass
class Draft:
    """A date being typed: the text of each part, the part typed into now, and whether
    anything was typed into it since the cursor came to it."""

    parts: list[Part | str]
    texts: dict[int, str]
    index: int
    typed: bool = False
    advanced: bool = False
    """The cursor came to this part because the part before was full (so the separator
    the user types next is already done)."""
    spans: dict[int, tuple[int, int]] = field(default_factory=dict)

    def find(self, kind: str) -> int | None:
        """Where the part of ``kind`` is, if the format has one."""
        for n, part in enumerate(self.parts):
            if isinstance(part, Part) and part.kind == kind:
                return n
        return None

    def numbered(self) -> list[int]:
        return [n for n, part in enumerate(self.parts) if isinstance(part, Part)]

    def part(self) -> Part:
        part = self.parts[self.index]
        assert isinstance(part, Part)
        return part

    def move(self, step: int) -> bool:
        """Go to the next (or previous) part; False when there is none."""
        numbered = self.numbered()
        at = numbered.index(self.index) + step
        if not 0 <= at < len(numbered):
            return False
        self.index, self.typed, self.advanced = numbered[at], False, False
        return True

    def text(self) -> str:
        """The field's text, noting where each part lies in it."""
        out = ""
        for n, part in enumerate(self.parts):
            piece = part if isinstance(part, str) else self.texts[n]
            self.spans[n] = (len(out), len(out) + len(piece))
            out += piece
        return out

    def at(self, position: int) -> int:
        """The part at a cursor position (the nearest one before it, between parts)."""
        best = self.numbered()[0]
        for n in self.numbered():
            if self.spans.get(n, (0, 0))[0] <= position:
                best = n
        return best

    def typed_parts(self) -> dict[str, str]:
        """The text of each part, by its kind."""
        return {
            part.kind: self.texts[n] for n, part in enumerate(self.parts) if isinstance(part, Part)
        }


class DateTyping(QObject):
    """Reads what is typed into ``edit`` (see the module's docstring); made by the fields."""

    def __init__(self, edit: QDateTimeEdit, *, with_time: bool) -> None:
        super().__init__(edit)
        self._edit = edit
        self._with_time = with_time
        self._draft: Draft | None = None
        self._taking = False
        self._line = edit.lineEdit()
        edit.installEventFilter(self)
        self._line.installEventFilter(self)
        edit.dateTimeChanged.connect(self._changed_elsewhere)

    # -- events ----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and watched is self._edit:
            assert isinstance(event, QKeyEvent)
            return self._key(event)
        if kind == QEvent.Type.FocusOut and watched is self._edit and self._draft is not None:
            if shiboken6.isValid(self._edit) and self._edit.window().isVisible():
                self.finish(keep=False)
            else:
                self._draft = None  # the form is closing: nothing to take or to say
        elif kind == QEvent.Type.MouseButtonRelease and watched is self._line:
            self._select_clicked_part()
        return False

    def _key(self, event: QKeyEvent) -> bool:
        """Whether the key was taken here (True) or goes on to Qt's editor."""
        key = event.key()
        text = event.text()
        plain = not event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False  # leaving the field takes (or refuses) the date: never a trap
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # A refused date keeps the dialog open: Enter must not save the old one.
            return self._draft is not None and not self.finish(keep=True)
        if key == Qt.Key.Key_Escape and self._draft is not None:
            self._drop()
            return True
        if plain and key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self._draft is not None:
            self._draft.move(-1 if key == Qt.Key.Key_Left else 1)
            self._show_draft()
            return True
        if plain and key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            return self._erase()
        if plain and text and text.isprintable():
            return self._type(text)
        # Arrows, Page Up...: they step from a date that exists, or wait until there is one.
        return self._draft is not None and not self.finish(keep=True)

    # -- typing ----------------------------------------------------------------------------
    def _start(self) -> Draft | None:
        if self._draft is not None:
            return self._draft
        edit = self._edit
        parts = parts_of(edit.displayFormat())
        if parts is None:
            return None  # a format with names: Qt's editor reads it
        locale, moment = QLocale(), edit.dateTime()
        texts = {
            n: locale.toString(moment, part.token)
            for n, part in enumerate(parts)
            if isinstance(part, Part)
        }
        numbered = [n for n, part in enumerate(parts) if isinstance(part, Part)]
        current = edit.currentSectionIndex()
        index = numbered[current] if 0 <= current < len(numbered) else numbered[0]
        self._draft = Draft(parts, texts, index)
        self._draft.text()
        return self._draft

    def _type(self, char: str) -> bool:
        draft = self._start()
        if draft is None:
            return False
        part = draft.part()
        if char.isdigit() and part.kind != AM_PM:
            text = (draft.texts[draft.index] if draft.typed else "") + char
            draft.texts[draft.index], draft.typed, draft.advanced = text, True, False
            if self._full(part.kind, text):
                self._next()
            else:
                self._show_draft()
        elif char.isalpha() and part.kind == AM_PM:
            locale = QLocale()
            for choice in (locale.amText(), locale.pmText()):
                if choice[:1].casefold() == char.casefold():
                    lower = part.token.islower()
                    draft.texts[draft.index] = choice.lower() if lower else choice
                    draft.typed = True
                    self._next()
        elif not char.isalnum():  # a separator: this part is done
            if draft.typed or not draft.advanced:
                self._next()
            else:
                draft.advanced = False  # typed right after the part filled up: done already
        return True

    @staticmethod
    def _full(kind: str, text: str) -> bool:
        """No more digits fit (or make sense) in this part: "4" is a whole day."""
        if len(text) >= DIGITS[kind]:
            return True
        return kind in LARGEST and int(text + "0") > LARGEST[kind]

    def _next(self) -> None:
        draft = self._draft
        assert draft is not None
        if draft.move(1):
            draft.advanced = True
            self._show_draft()
        else:
            self.finish(keep=True)  # the last part typed: the date is done

    def _erase(self) -> bool:
        draft = self._start()
        if draft is None:
            return False
        if draft.typed and draft.texts[draft.index]:
            draft.texts[draft.index] = draft.texts[draft.index][:-1]
        elif not draft.typed:
            draft.texts[draft.index], draft.typed = "", True
        else:
            draft.move(-1)
        self._show_draft()
        return True

    def _show_draft(self) -> None:
        draft = self._draft
        assert draft is not None
        line = self._line
        self._set_text(draft.text())
        start, end = draft.spans[draft.index]
        if draft.typed:
            line.setCursorPosition(end)
        else:
            line.setSelection(start, end - start)

    # -- taking or refusing ----------------------------------------------------------------
    def finish(self, *, keep: bool) -> bool:
        """Take the typed date; False when it does not exist (said under the field). The
        typed text stays for putting right when ``keep``, or goes back to the field's date."""
        draft = self._draft
        if draft is None:
            return True
        edit = self._edit
        before = edit.dateTime()
        try:
            moment = read_typed(draft.typed_parts(), before)
            if not edit.minimumDate() <= moment.date() <= edit.maximumDate():
                raise NoSuchDateError(
                    translate("Widgets", "Choose a date from {first} to {last}.").format(
                        first=short_date(_day(edit.minimumDate())),
                        last=short_date(_day(edit.maximumDate())),
                    ),
                    "y",
                )
        except NoSuchDateError as refused:
            still = date_time(_moment(before)) if self._with_time else short_date(_day(before))
            self._say(
                translate("Widgets", "{problem} The date stays {date}.").format(
                    problem=refused, date=still
                )
            )
            if keep:
                # The part to put right is selected: what is typed next replaces it.
                found = draft.find(refused.kind)
                draft.index = draft.index if found is None else found
                draft.typed = draft.advanced = False
                self._show_draft()
            else:
                self._drop()
            return False
        section = draft.numbered().index(draft.index)
        self._draft = None
        self._taking = True
        if self._with_time:
            edit.setDateTime(moment)
        else:
            edit.setDate(moment.date())
        self._taking = False
        self._restore_text()
        edit.setSelectedSection(edit.sectionAt(section))
        self._changed_elsewhere()
        return True

    def _drop(self) -> None:
        self._draft = None
        self._restore_text()

    def _restore_text(self) -> None:
        self._set_text(self._edit.textFromDateTime(self._edit.dateTime()))

    def _set_text(self, text: str) -> None:
        """Show ``text`` without Qt's editor reading it: its validator would "correct" a
        half-typed date (30/0 becomes 28/02 once the month is typed)."""
        line = self._line
        validator = line.validator()
        line.blockSignals(True)
        line.setValidator(None)  # type: ignore[arg-type]  # None is "no validator"
        line.setText(text)
        line.setValidator(validator)
        line.blockSignals(False)

    def _say(self, refusal: str) -> None:
        """Say ``refusal`` under the field, or beside it where no message line was made."""
        message = FieldMessage.of(self._edit)
        if message is not None:
            message.refuse_input(refusal)
        else:
            QToolTip.showText(self._edit.mapToGlobal(self._edit.rect().bottomLeft()), refusal)

    @Slot()
    def _changed_elsewhere(self) -> None:
        """A date taken, or set by the calendar or the form: what was typed (and refused)
        is over."""
        if self._taking:
            return
        self._draft = None
        message = FieldMessage.of(self._edit)
        if message is not None:
            message.accept_input()

    def _select_clicked_part(self) -> None:
        """A click puts the cursor in a part: select it, so that typing replaces it."""
        line = self._line
        if line.hasSelectedText():
            return  # the user dragged over the text on purpose
        if self._draft is not None:
            self._draft.index = self._draft.at(line.cursorPosition())
            self._draft.typed = self._draft.advanced = False
            self._show_draft()
        else:
            self._edit.setSelectedSection(self._edit.currentSection())


def _day(day: QDate | QDateTime) -> dt.date:
    day = day.date() if isinstance(day, QDateTime) else day
    return dt.date(day.year(), day.month(), day.day())


def _moment(moment: QDateTime) -> dt.datetime:
    time = moment.time()
    return dt.datetime.combine(_day(moment), dt.time(time.hour(), time.minute()))


class DateField(QDateEdit):
    """A date, e.g. "30/03/2026" (en_GB) or "3/30/2026" (en_US), with a calendar. Put a
    :class:`FieldMessage` for it under it: a refused date is said there."""

    def __init__(self, day: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_format())
        if day is not None:
            self.setDate(day)
        self.typing = DateTyping(self, with_time=False)

    def finish_typing(self) -> bool:
        """Take what is being typed now; False when it was refused (and said so)."""
        return self.typing.finish(keep=True)


class DateTimeField(QDateTimeEdit):
    """A date and time of day, e.g. "30/03/2026 09:30", with a calendar. Put a
    :class:`FieldMessage` for it under it: a refused date is said there."""

    def __init__(self, moment: QDateTime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_time_format())
        if moment is not None:
            self.setDateTime(moment)
        self.typing = DateTyping(self, with_time=True)

    def show_time(self, shown: bool) -> None:
        """Show the time of day, or only the date (for something that takes whole days)."""
        self.setDisplayFormat(date_time_format() if shown else date_format())

    def finish_typing(self) -> bool:
        """Take what is being typed now; False when it was refused (and said so)."""
        return self.typing.finish(keep=True)
