"""Date fields show the locale's short date with the year in full and take dates as people
type them: any part can be typed over, separators are fine, and a day that does not exist
is refused with a message, never turned into another day."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QPoint, Qt, QTime
from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit
from pytestqt.qtbot import QtBot

from planner.ui.labels import date_format
from planner.ui.widgets.dates import DateField, DateTimeField, parts_of
from planner.ui.widgets.field_message import FieldMessage

MARCH_11 = QDate(2026, 3, 11)
NINE_FIVE = QTime(9, 5)


@pytest.fixture
def locale(request: pytest.FixtureRequest) -> Iterator[str]:
    """The default locale for the test (its name is the parameter), restored after."""
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(before)


class Form(QDialog):
    """A date field and a date-and-time field with their message lines, and a line edit
    to move the focus to."""

    def __init__(self) -> None:
        super().__init__()
        form = QFormLayout(self)
        self.day = DateField(MARCH_11, self)
        self.day.setObjectName("day")
        form.addRow("Day:", self.day)
        self.day_message = FieldMessage(self.day, self)
        form.addRow(self.day_message)
        self.moment = DateTimeField(QDateTime(MARCH_11, NINE_FIVE), self)
        self.moment.setObjectName("moment")
        form.addRow("When:", self.moment)
        self.moment_message = FieldMessage(self.moment, self)
        form.addRow(self.moment_message)
        self.other = QLineEdit(self)
        form.addRow("Other:", self.other)


@pytest.fixture
def form(qtbot: QtBot, locale: str) -> Form:
    """The form, made under the test's locale, shown and active, the date field focused."""
    shown = Form()
    qtbot.addWidget(shown)
    shown.show()
    shown.activateWindow()
    qtbot.wait_until(shown.isActiveWindow)
    shown.day.setFocus()
    return shown


def click_at(qtbot: QtBot, field: DateField | DateTimeField, position: int) -> None:
    """Click into the field's text just after character ``position``, as a mouse would."""
    line = field.lineEdit()
    line.setCursorPosition(position)
    spot = line.cursorRect().center()
    line.setCursorPosition(0)
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(spot.x() + 1, spot.y()))


@pytest.mark.parametrize(
    ("locale", "day", "moment"),
    [
        ("en_GB", "11/03/2026", "11/03/2026 09:05"),
        ("en_US", "3/11/2026", "3/11/2026 9:05\N{NARROW NO-BREAK SPACE}AM"),
        ("de_DE", "11.03.2026", "11.03.2026 09:05"),  # "dd.MM.yy" in the locale
    ],
    indirect=["locale"],
)
def test_the_fields_show_the_locale_s_short_date_with_the_year_in_full(
    form: Form, day: str, moment: str
) -> None:
    assert form.day.lineEdit().text() == day
    assert form.moment.lineEdit().text() == moment
    assert "yyyy" in form.day.displayFormat()
    assert form.day.calendarPopup() and form.moment.calendarPopup()


@pytest.mark.parametrize(
    ("locale", "typed", "kept"),
    [("en_GB", "30/02/2026", "Wed, 11 Mar 2026"), ("en_US", "2/30/2026", "Wed, Mar 11, 2026")],
    indirect=["locale"],
)
def test_a_day_that_does_not_exist_is_refused_with_a_message(
    form: Form, qtbot: QtBot, typed: str, kept: str
) -> None:
    changed: list[QDate] = []
    form.day.dateChanged.connect(changed.append)

    qtbot.keyClicks(form.day, typed)  # the year is its last part: the date is read then

    assert form.day_message.text() == (
        f"⚠ There is no day 30 in February 2026: it has 28 days. The date stays {kept}."
    )
    assert form.day.date() == MARCH_11 and changed == []  # not 28 February, not 2 March
    assert form.day.lineEdit().text() == typed  # as typed, to put right
    assert form.day.accessibleDescription() == form.day_message.message()
    # The day is selected: typing a day that exists puts it right.
    assert form.day.lineEdit().selectedText() == "30"
    qtbot.keyClicks(form.day, "28")
    qtbot.keyClick(form.day, Qt.Key.Key_Return)
    assert form.day.date() == QDate(2026, 2, 28)
    # (Qt's own Enter says the date again, unchanged: still no other day in between.)
    assert form.day_message.text() == "" and set(changed) == {QDate(2026, 2, 28)}


@pytest.mark.parametrize("locale", ["en_GB"], indirect=True)
def test_leaving_a_refused_date_keeps_the_date_it_had(form: Form, qtbot: QtBot) -> None:
    form.moment.setFocus()
    qtbot.keyClicks(form.moment, "31/04/2026")
    form.other.setFocus()  # Tab, or a click elsewhere

    assert "There is no day 31 in April 2026" in form.moment_message.text()
    assert form.moment.dateTime() == QDateTime(MARCH_11, NINE_FIVE)
    assert form.moment.lineEdit().text() == "11/03/2026 09:05"


@pytest.mark.parametrize("locale", ["en_GB"], indirect=True)
def test_a_leap_day_typed_before_its_year_is_taken(form: Form, qtbot: QtBot) -> None:
    qtbot.keyClicks(form.day, "29/02/2028")  # 29/02 of this year would not exist
    assert form.day.date() == QDate(2028, 2, 29)
    assert form.day_message.text() == ""


@pytest.mark.parametrize("locale", ["en_GB", "en_US"], indirect=True)
def test_typing_over_the_day_works_without_selecting_it(
    form: Form, qtbot: QtBot, locale: str
) -> None:
    day_first = locale == "en_GB"
    line = form.day.lineEdit()
    click_at(qtbot, form.day, 1 if day_first else 3)  # in the middle of "11"
    assert line.selectedText() == "11"  # the part under the cursor is selected

    qtbot.keyClicks(form.day, "25")
    qtbot.keyClick(form.day, Qt.Key.Key_Return)

    assert form.day.date() == QDate(2026, 3, 25)


@pytest.mark.parametrize("locale", ["en_GB"], indirect=True)
def test_typing_over_the_day_with_the_cursor_in_it_works_too(form: Form, qtbot: QtBot) -> None:
    line = form.day.lineEdit()
    line.setCursorPosition(1)  # between the two digits, nothing selected
    assert not line.hasSelectedText()
    qtbot.keyClicks(form.day, "2")
    form.other.setFocus()
    assert form.day.date() == QDate(2026, 3, 2)


@pytest.mark.parametrize("locale", ["en_GB"], indirect=True)
def test_a_click_on_the_month_and_a_digit_change_the_month(form: Form, qtbot: QtBot) -> None:
    click_at(qtbot, form.day, 4)
    assert form.day.lineEdit().selectedText() == "03"
    qtbot.keyClicks(form.day, "5")  # no month starts with 5x: May, and on to the year
    qtbot.keyClick(form.day, Qt.Key.Key_Return)
    assert form.day.date() == QDate(2026, 5, 11)


@pytest.mark.parametrize(
    ("locale", "typed", "taken"),
    [
        ("en_GB", "3/4/26", QDate(2026, 4, 3)),
        ("en_GB", "3.4.2026", QDate(2026, 4, 3)),
        ("en_GB", "03042026", QDate(2026, 4, 3)),
        ("en_GB", "3 4 2026", QDate(2026, 4, 3)),
        ("en_US", "4/3/2026", QDate(2026, 4, 3)),
        ("en_US", "12/31/26", QDate(2026, 12, 31)),
    ],
    indirect=["locale"],
)
def test_dates_are_taken_as_people_write_them(
    form: Form, qtbot: QtBot, typed: str, taken: QDate
) -> None:
    qtbot.keyClicks(form.day, typed)
    qtbot.keyClick(form.day, Qt.Key.Key_Return)
    assert form.day.date() == taken
    assert form.day_message.text() == ""


@pytest.mark.parametrize("locale", ["en_US"], indirect=True)
def test_a_time_of_day_is_typed_with_am_or_pm(form: Form, qtbot: QtBot) -> None:
    form.moment.setFocus()
    qtbot.keyClicks(form.moment, "4/5/2026 3:45p")
    assert form.moment.dateTime() == QDateTime(QDate(2026, 4, 5), QTime(15, 45))


@pytest.mark.parametrize("locale", ["en_GB"], indirect=True)
def test_escape_puts_back_what_was_there(form: Form, qtbot: QtBot) -> None:
    qtbot.keyClicks(form.day, "30/0")
    qtbot.keyClick(form.day, Qt.Key.Key_Escape)
    assert form.day.lineEdit().text() == "11/03/2026" and form.day.date() == MARCH_11
    assert form.isVisible()  # Escape went to the field, not to the dialog


@pytest.mark.parametrize("locale", ["en_GB"], indirect=True)
def test_a_month_that_does_not_exist_selects_the_month(form: Form, qtbot: QtBot) -> None:
    qtbot.keyClicks(form.day, "11/13/2026")
    assert "There is no month 13" in form.day_message.text()
    assert form.day.lineEdit().selectedText() == "13"
    assert form.day.date() == MARCH_11


@pytest.mark.parametrize("locale", ["en_GB", "en_US", "de_DE", "ko_KR"], indirect=True)
def test_every_part_of_the_format_is_read(locale: str) -> None:
    parts = parts_of(date_format())
    assert parts is not None
    kinds = sorted(part.kind for part in parts if not isinstance(part, str))
    assert kinds == ["M", "d", "y"]
    assert parts_of("dd MMM yyyy") is None  # a month's name: Qt's own editor reads it
