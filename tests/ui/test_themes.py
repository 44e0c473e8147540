"""Light, dark and high contrast: every colour from the theme, readable in each (WCAG AA),
switched live, following the desktop's scheme by default; paper stays black on white."""

from __future__ import annotations

import datetime as dt
import io
import re
import tokenize
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QStyle, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from planner.domain.enums import Area, JournalKind
from planner.domain.journal import chart_model
from planner.domain.model import JournalEntry
from planner.ui import theme
from planner.ui.journal.severity_chart import Mode, SeverityChart, chart_image
from planner.ui.mainwindow import MainWindow
from planner.ui.settings import settings
from planner.ui.theme import DARK, HIGH_CONTRAST, LIGHT, THEMES, Choice, Theme
from planner.ui.week.days import CARD_INSET
from tests.helpers.builders import MONDAY, appointment, at

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "planner" / "ui"
TEMPLATE = ROOT / "resources" / "styles" / "window.qss"
ALL = list(THEMES.values())


@pytest.fixture(autouse=True)
def no_theme_after(qapp: QApplication) -> Iterator[None]:
    """Each test starts and ends without a theme, as the other tests of the window run."""
    theme.reset(qapp)
    yield
    theme.reset(qapp)


# -- contrast ------------------------------------------------------------------------------


def test_the_contrast_formula_gives_wcags_known_values() -> None:
    assert theme.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert theme.contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # AA's edge
    assert theme.contrast("#777777", "#ffffff") < 4.5


@pytest.mark.parametrize("shown", ALL, ids=lambda t: t.name)
@pytest.mark.parametrize("pair", theme.TEXT_PAIRS, ids="/".join)
def test_every_text_reads_on_its_ground_at_aa(shown: Theme, pair: tuple[str, str]) -> None:
    colours = shown.colours()
    text, ground = pair
    ratio = theme.contrast(colours[text], colours[ground])
    assert ratio >= theme.TEXT_CONTRAST, f"{shown.name}: {text} on {ground} is {ratio:.2f}:1"


def test_high_contrast_reads_at_seven_to_one_everywhere() -> None:
    colours = HIGH_CONTRAST.colours()
    weakest = min(theme.contrast(colours[a], colours[b]) for a, b in theme.TEXT_PAIRS)
    assert weakest >= 7.0


@pytest.mark.parametrize("shown", ALL, ids=lambda t: t.name)
def test_the_focus_ring_bars_and_chart_lines_stand_out_at_three_to_one(shown: Theme) -> None:
    pairs = theme.graphic_pairs(shown)
    assert any(name == "focus" for name, *_ in pairs)
    assert sum(name.startswith("chart_lines") for name, *_ in pairs) == len(shown.chart_lines)
    for name, colour, ground, behind in pairs:
        ratio = theme.contrast(colour, behind)
        assert ratio >= theme.GRAPHIC_CONTRAST, f"{shown.name}: {name} on {ground} {ratio:.2f}"
    assert theme.FOCUS_WIDTH >= 2


def test_paper_stays_black_on_white_and_readable() -> None:
    assert (theme.PAPER.text, theme.PAPER.background) == ("#000000", "#ffffff")
    for name, colour, ground, behind, least in theme.PAPER.pairs():
        assert theme.contrast(colour, behind) >= least, f"paper: {name} on {ground}"


def test_each_theme_names_every_colour_and_the_pairs_only_known_ones() -> None:
    names = set(LIGHT.colours())
    for shown in ALL:
        assert set(shown.colours()) == names
        for value in shown.colours().values():
            theme.relative_luminance(value)  # each a #rrggbb colour
    for a, b in (*theme.TEXT_PAIRS, *theme.GRAPHIC_PAIRS):
        assert a in names and b in names
    assert len({t.window for t in ALL}) == 3  # three themes that look different


NAMED_COLOURS = {
    "black", "white", "red", "green", "blue", "gray", "grey", "yellow", "orange", "purple",
    "navy", "silver", "maroon", "teal", "olive", "lime", "aqua", "fuchsia", "cyan", "magenta",
    "darkgray", "darkgrey", "lightgray", "lightgrey", "darkblue", "darkred", "brown", "pink",
}  # fmt: skip
"""Colour names a style sheet could use (transparent is no colour)."""

# -- the style sheet -----------------------------------------------------------------------


@pytest.mark.parametrize("shown", ALL, ids=lambda t: t.name)
def test_the_template_renders_every_name_and_qt_reads_it(
    shown: Theme, qapp: QApplication, qtlog: object
) -> None:
    sheet = theme.style_sheet(shown)
    assert not re.search(r"\{[a-z_]+\}", sheet)
    assert shown.focus in sheet and shown.danger_background in sheet
    theme.apply(qapp, shown)
    assert qapp.styleSheet() == sheet
    said = [record.message for record in qtlog.records]  # type: ignore[attr-defined]
    assert not [m for m in said if "parse" in m.lower() and "style" in m.lower()]


def test_the_template_writes_no_colour_of_its_own() -> None:
    text = TEMPLATE.read_text(encoding="utf-8")
    assert "{text}" in text and "{focus}" in text
    assert not re.search(r"#[0-9a-fA-F]{3,8}\b|rgba?\(|palette\(", text)
    values = " ".join(re.findall(r":([^;{}]*);", text)).lower()
    assert not set(re.findall(r"[a-z]+", values)) & NAMED_COLOURS
    with pytest.raises(KeyError):
        theme.style_sheet(LIGHT, "QLabel { color: {no_such_colour}; }")


# -- no colour outside the theme -----------------------------------------------------------

HEX = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?(?:[0-9a-fA-F]{2})?\b")
CODE = (
    re.compile(r"QColor\s*\(\s*(?:[\"'0-9]|Qt\b)"),  # QColor("…"), QColor(0, …), QColor(Qt.…)
    re.compile(r"GlobalColor\s*\.\s*(?!transparent\b)\w+"),
    re.compile(r"\bQt\s*\.\s*(?:black|white|red|green|blue|gray|darkGray|lightGray|yellow)\b"),
)
IN_STRINGS = (
    HEX,
    re.compile(r"\brgba?\("),
    re.compile(r"\bhsla?\("),
    re.compile(r"color\s*:\s*(?!\{)[a-z]+"),
)


def colour_literals(source: str) -> list[str]:
    """The colour literals in Python ``source``: in its code and in its strings (comments
    and docstrings may name colours in words)."""
    found: list[str] = []
    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    code = " ".join(t.string for t in tokens if t.type != tokenize.COMMENT)
    for pattern in CODE:
        found += pattern.findall(code)
    for token in tokens:
        if token.type == tokenize.STRING:
            for pattern in IN_STRINGS:
                found += pattern.findall(token.string)
    return found


def test_the_literal_finder_finds_each_kind() -> None:
    sample = (
        'a = QColor("#fbefd9")\nb = QColor(0, 0, 0)\nc = Qt.GlobalColor.red\n'
        "d = \"<span style='color:#555'>\"\ne = 'rgb(1, 2, 3)'\nf = \"color: red\"\n"
        "g = Qt.GlobalColor.transparent  # a #123 comment is fine\n"
    )
    assert len(colour_literals(sample)) >= 6
    assert colour_literals("g = Qt.GlobalColor.transparent  # #123456\nh = QColor(x)\n") == []


def test_no_colour_is_written_in_the_window_outside_the_theme() -> None:
    offenders = {}
    for path in sorted(UI.rglob("*.py")):
        if path == UI / "theme.py":
            continue  # the themes and paper's one palette
        found = colour_literals(path.read_text(encoding="utf-8"))
        if found:
            offenders[str(path.relative_to(ROOT))] = found
    assert offenders == {}


# -- applying a theme ----------------------------------------------------------------------


def card_pixel(window: MainWindow) -> QColor:
    """A pixel inside the first day's card, in its padding (never a row's selection)."""
    days = window.week_page.day_list
    rect = days.visualRect(days.model().index(0, 0))
    image = days.viewport().grab().toImage()
    return image.pixelColor(QPoint(rect.left() + CARD_INSET + 6, rect.center().y()))


def test_switching_the_theme_restyles_a_shown_window(
    window: MainWindow, qapp: QApplication, qtbot: QtBot
) -> None:
    theme.apply(qapp, LIGHT)
    qtbot.wait_until(lambda: card_pixel(window).name() == LIGHT.card)
    assert window.palette().color(QPalette.ColorRole.Window).name() == LIGHT.window
    theme.apply(qapp, DARK)
    assert theme.current() is DARK
    assert window.palette().color(QPalette.ColorRole.Window).name() == DARK.window
    assert window.week_page.palette().color(QPalette.ColorRole.Text).name() == DARK.text
    qtbot.wait_until(lambda: card_pixel(window).name() == DARK.card)
    theme.apply(qapp, HIGH_CONTRAST)
    qtbot.wait_until(lambda: card_pixel(window).name() == HIGH_CONTRAST.card)


def test_a_theme_set_before_the_window_shows_in_it(
    demo_plan: object, qapp: QApplication, make_window: object
) -> None:
    theme.apply(qapp, DARK)
    window = make_window(demo_plan)  # type: ignore[operator]
    assert card_pixel(window).name() == DARK.card
    assert window.palette().color(QPalette.ColorRole.Base).name() == DARK.base


def test_the_text_size_still_reaches_the_widgets_under_a_theme(
    window: MainWindow, qapp: QApplication
) -> None:
    theme.apply(qapp, DARK)
    label = window.week_page.findChild(QWidget, "weekRange")
    assert label is not None
    before = label.font().pointSizeF()
    window.text_size.set_percent(200)
    assert label.font().pointSizeF() > before * 1.5


def test_the_system_theme_follows_the_desktops_scheme(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(theme, "system_scheme", lambda: Qt.ColorScheme.Dark)
    assert theme.apply(qapp, Choice.SYSTEM) is DARK
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == DARK.window
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)  # the desktop turns light
    assert theme.current() is LIGHT
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == LIGHT.window
    assert theme.resolve(Choice.SYSTEM, Qt.ColorScheme.Unknown) is LIGHT
    theme.apply(qapp, Choice.HIGH_CONTRAST)  # a theme of its own: the desktop is not followed
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.current() is HIGH_CONTRAST


def test_the_saved_choice_is_applied_at_start(qapp: QApplication) -> None:
    assert theme.saved_choice() is Choice.SYSTEM
    settings().setValue(theme.THEME_KEY, "high-contrast")
    assert theme.apply_saved(qapp) is HIGH_CONTRAST
    settings().setValue(theme.THEME_KEY, "purple")  # not a theme: the system's
    assert theme.saved_choice() is Choice.SYSTEM


def test_the_keyboard_focus_has_a_ring_of_the_themes_colour(
    qapp: QApplication, qtbot: QtBot
) -> None:
    for shown in ALL:
        theme.apply(qapp, shown)
        form = QWidget()
        qtbot.addWidget(form)
        layout = QVBoxLayout(form)
        layout.setContentsMargins(20, 20, 20, 20)
        first, second = QLineEdit(form), QComboBox(form)
        layout.addWidget(first)
        layout.addWidget(second)
        form.show()
        qtbot.waitExposed(form)
        form.activateWindow()
        second.setFocus()
        qtbot.wait_until(second.hasFocus)
        image = form.grab().toImage()
        edge = second.geometry()
        outside = image.pixelColor(QPoint(edge.left() - 1, edge.center().y()))
        assert outside.name() == shown.focus, shown.name
        above_first = image.pixelColor(QPoint(first.geometry().left() - 1, first.y() + 5))
        assert above_first.name() != shown.focus  # only the focused control has it
        form.close()


# -- the charts ----------------------------------------------------------------------------


def chart() -> object:
    entries = [
        JournalEntry(JournalKind.SIDE_EFFECT, at(MONDAY + dt.timedelta(days=d), 9), name, s)
        for d, name, s in [(1, "Nausea", 6), (2, "Nausea", 8), (2, "Fatigue", 5)]
    ]
    visits = [appointment(MONDAY, course_id=1, cycle=1)]
    return chart_model(
        entries, visits, ["Nausea", "Fatigue"], MONDAY, MONDAY + dt.timedelta(days=6)
    )


def colours_in(image: object) -> set[str]:
    return {
        image.pixelColor(x, y).name()  # type: ignore[attr-defined]
        for x in range(0, image.width(), 2)  # type: ignore[attr-defined]
        for y in range(0, image.height(), 2)  # type: ignore[attr-defined]
    }


def test_the_severity_chart_follows_the_theme(qapp: QApplication, qtbot: QtBot) -> None:
    widget = SeverityChart()
    qtbot.addWidget(widget)
    widget.resize(800, 400)
    widget.set_chart(chart(), Mode.TIME)  # type: ignore[arg-type]
    for shown in (DARK, LIGHT, HIGH_CONTRAST):
        theme.apply(qapp, shown)
        image = widget.grab().toImage()
        assert image.pixelColor(2, image.height() - 2).name() == shown.chart_background
        seen = colours_in(image)
        assert shown.chart_lines[0] in seen and shown.chart_lines[1] in seen


def test_the_printed_chart_stays_on_white_in_a_dark_window(qapp: QApplication) -> None:
    theme.apply(qapp, DARK)
    image = chart_image(chart(), Mode.TIME, QSize(800, 400), QFont())  # type: ignore[arg-type]
    assert image.pixelColor(2, image.height() - 2).name() == theme.PAPER.background
    seen = colours_in(image)
    assert QColor(theme.PAPER.chart_lines[0]).name() in seen
    assert DARK.chart_lines[0] not in seen


def test_the_counts_chart_follows_the_theme(window: MainWindow, qapp: QApplication) -> None:
    window.show_area(Area.JOURNAL)
    counts = window.pages[Area.JOURNAL].counts.chart  # type: ignore[attr-defined]
    counts.resize(600, 400)
    for shown in (DARK, HIGH_CONTRAST):
        theme.apply(qapp, shown)
        image = counts.grab().toImage()
        assert image.pixelColor(2, 2).name() == shown.chart_background


# -- preferences ---------------------------------------------------------------------------


def test_preferences_choose_the_theme_and_the_language(
    window: MainWindow, qapp: QApplication, qtbot: QtBot
) -> None:
    theme.save_choice(Choice.LIGHT)
    theme.apply_saved(qapp)
    dialog = window.open_preferences()
    qtbot.waitExposed(dialog)
    colours = dialog.findChild(QComboBox, "preferenceTheme")
    language = dialog.findChild(QComboBox, "preferenceLanguage")
    assert colours is not None and language is not None
    assert colours.accessibleName() and language.accessibleName()
    assert dialog.findChild(QWidget, "preferenceThemeLabel").buddy() is colours  # type: ignore[union-attr]
    assert [colours.itemData(n) for n in range(colours.count())] == [c.value for c in Choice]
    assert [language.itemData(n) for n in range(language.count())] == ["", "en", "de"]
    assert colours.currentData() == "light"
    colours.setCurrentIndex(colours.findData("dark"))
    language.setCurrentIndex(language.findData("de"))
    assert theme.current() is LIGHT  # nothing changes before OK
    dialog.ok.click()
    qtbot.wait_until(lambda: not dialog.isVisible())
    assert theme.current() is DARK
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == DARK.window
    assert settings().value(theme.THEME_KEY) == "dark"
    assert settings().value("appearance/language") == "de"


def test_cancel_keeps_the_theme(window: MainWindow, qapp: QApplication, qtbot: QtBot) -> None:
    theme.apply(qapp, Choice.LIGHT)
    dialog = window.open_preferences()
    assert dialog.findChild(QComboBox, "preferenceTheme").currentData() == "system"  # type: ignore[union-attr]
    colours = dialog.findChild(QComboBox, "preferenceTheme")
    assert colours is not None
    colours.setCurrentIndex(colours.findData("high-contrast"))
    dialog.reject()
    assert theme.current() is LIGHT
    assert settings().value(theme.THEME_KEY) is None


def test_one_colour_status_icons_take_the_themes_text_colour(qapp: QApplication) -> None:
    arrow = qapp.style().standardIcon(QStyle.StandardPixmap.SP_ArrowRight)
    icon = theme.recoloured(arrow)
    for shown in (DARK, LIGHT, HIGH_CONTRAST):
        theme.apply(qapp, shown)
        image = icon.pixmap(32, 32).toImage()
        drawn = {
            image.pixelColor(x, y).name()
            for x in range(32)
            for y in range(32)
            if image.pixelColor(x, y).alpha() == 255
        }
        assert drawn == {shown.text}, shown.name
