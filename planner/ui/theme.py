"""The window's colours: light, dark and high contrast, from one style sheet template.

Every colour the window shows comes from here: a :class:`Theme` names them (text,
backgrounds, the hard-day and infection-risk notes, the call-now banner, the charts...).
:func:`apply` puts a theme into the application's palette and renders
``resources/styles/window.qss`` (a template with ``{name}`` for each colour) as the
application's style sheet; calling it again re-styles everything that is shown. Widgets
and delegates ask :func:`current` (or their palette), never a colour of their own.

"System" (the default) follows the desktop's light or dark scheme, also when it changes.
The choice is kept per computer in QSettings (``appearance/theme``); Preferences sets it.

Paper stays black on white whatever the window looks like: the printouts take their few
colours from :data:`PAPER`.

The pairs of colours that are read together are listed as data (:data:`TEXT_PAIRS`,
:data:`GRAPHIC_PAIRS`); tests/ui/test_themes.py checks each of them in every theme against
WCAG 2.x contrast (4.5:1 for text, 3:1 for the focus ring, chart lines and marks).
"""

from __future__ import annotations

import atexit
import dataclasses
import re
import shutil
import tempfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QFocusFrame, QWidget

from planner.ui import settings
from planner.ui.resources import resource_folder
from planner.ui.scaled_style import least_contents_heights

THEME_KEY = "appearance/theme"
"""QSettings key of the chosen theme: one of :class:`Choice`'s values."""


class Choice(StrEnum):
    """What the user chose in Preferences > Appearance."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"


@dataclass(frozen=True)
class ChartColours:
    """What a chart draws with: its ground, words, quieter words, grid, marks (treatment
    days, cycles) and one colour per line."""

    background: QColor
    text: QColor
    muted_text: QColor
    grid: QColor
    marks: QColor
    lines: tuple[str, ...]

    def line(self, n: int) -> QColor:
        return QColor(self.lines[n % len(self.lines)])


@dataclass(frozen=True)
class Theme:
    """The named colours of one theme, each as ``#rrggbb``."""

    name: str
    # -- the window
    window: str
    """Behind the pages and dialogs."""
    base: str
    """Behind what is typed and listed: fields, tables, the day cards."""
    alternate_base: str
    """Every other table row; the getting-started box."""
    text: str
    muted_text: str
    """Quieter words: placeholders, hints, "none noted"."""
    disabled_text: str
    """Words of a control that cannot be used now (still readable)."""
    button: str
    button_text: str
    highlight: str
    """The chosen row or item."""
    highlighted_text: str
    link: str
    link_visited: str
    tooltip_base: str
    tooltip_text: str
    border: str
    """Frames of fields and cards."""
    border_strong: str
    """Scroll bar handles when hovered, frames around what stands out."""
    light: str
    """Fusion's light edge of a raised control."""
    shadow: str
    focus: str
    """The keyboard focus ring: at least 3:1 against what is around it."""
    # -- notes and banners (always with words, and an icon where there is room)
    warning_background: str
    warning_text: str
    warning_accent: str
    danger_background: str
    danger_text: str
    danger_accent: str
    ok_background: str
    ok_text: str
    ok_accent: str
    risk_background: str
    risk_text: str
    risk_accent: str
    # -- the week's day cards
    card: str
    card_border: str
    today: str
    """The border of today's card (its heading also says "Today")."""
    # -- charts
    chart_background: str
    chart_text: str
    chart_grid: str
    chart_marks: str
    """Treatment days and cycles: dashed lines."""
    chart_lines: tuple[str, ...]
    """One colour per line, told apart by marker and legend as well."""

    @property
    def hard_day_background(self) -> str:
        return self.warning_background

    @property
    def hard_day_text(self) -> str:
        return self.warning_text

    @property
    def hard_day_accent(self) -> str:
        return self.warning_accent

    def chart(self) -> ChartColours:
        """The colours the charts draw with in the window."""
        return ChartColours(
            QColor(self.chart_background),
            QColor(self.chart_text),
            QColor(self.muted_text),
            QColor(self.chart_grid),
            QColor(self.chart_marks),
            self.chart_lines,
        )

    def colour(self, name: str) -> QColor:
        """The named colour as a QColor (``chart_lines`` are :meth:`line`)."""
        value = getattr(self, name)
        if not isinstance(value, str):
            raise KeyError(name)
        return QColor(value)

    def line(self, n: int) -> QColor:
        """The colour of a chart's ``n``-th line."""
        return QColor(self.chart_lines[n % len(self.chart_lines)])

    def colours(self) -> dict[str, str]:
        """Every single named colour, by name (what the style sheet template may use)."""
        named = {
            f.name: getattr(self, f.name)
            for f in dataclasses.fields(self)
            if f.name != "name" and isinstance(getattr(self, f.name), str)
        }
        named.update(
            hard_day_background=self.hard_day_background,
            hard_day_text=self.hard_day_text,
            hard_day_accent=self.hard_day_accent,
        )
        return named


LIGHT = Theme(
    name="light",
    window="#eeeeee",
    base="#ffffff",
    alternate_base="#f4f4f4",
    text="#1b1b1b",
    muted_text="#555555",
    disabled_text="#616161",
    button="#e4e4e4",
    button_text="#1b1b1b",
    highlight="#1d5ca6",
    highlighted_text="#ffffff",
    link="#0b55a3",
    link_visited="#6a3d9a",
    tooltip_base="#ffffff",
    tooltip_text="#1b1b1b",
    border="#8a8a8a",
    border_strong="#5f5f5f",
    light="#ffffff",
    shadow="#3c3c3c",
    focus="#b3541e",
    warning_background="#fbefd9",
    warning_text="#4a3200",
    warning_accent="#9a6412",
    danger_background="#fdecea",
    danger_text="#5f0f0a",
    danger_accent="#b3261e",
    ok_background="#e6f4ea",
    ok_text="#123d20",
    ok_accent="#2e7d32",
    risk_background="#e3eefb",
    risk_text="#0b2e55",
    risk_accent="#2b6cb0",
    card="#ffffff",
    card_border="#8a8a8a",
    today="#1d5ca6",
    chart_background="#ffffff",
    chart_text="#1b1b1b",
    chart_grid="#c4c4c4",
    chart_marks="#1b1b1b",
    # Okabe and Ito's colours, darkened where needed to stand out on white (3:1 and more).
    chart_lines=("#0072b2", "#c4530a", "#00805c", "#b2487f", "#8c6400", "#3f6fa0"),
)

DARK = Theme(
    name="dark",
    window="#202124",
    base="#17181a",
    alternate_base="#26282c",
    text="#e8e8e8",
    muted_text="#b4b4b4",
    disabled_text="#a0a0a0",
    button="#33363b",
    button_text="#e8e8e8",
    highlight="#2d62a3",
    highlighted_text="#ffffff",
    link="#8ab4f8",
    link_visited="#c9a4f5",
    tooltip_base="#2b2d31",
    tooltip_text="#e8e8e8",
    border="#7d7d7d",
    border_strong="#a8a8a8",
    light="#45484e",
    shadow="#000000",
    focus="#f2a65a",
    warning_background="#3a2c0c",
    warning_text="#f8e3b5",
    warning_accent="#e0a83c",
    danger_background="#3d1614",
    danger_text="#ffd8d4",
    danger_accent="#ff7b72",
    ok_background="#15311d",
    ok_text="#c9efd3",
    ok_accent="#5cc27d",
    risk_background="#132a45",
    risk_text="#d2e5fb",
    risk_accent="#6aa8f0",
    card="#17181a",
    card_border="#6f6f6f",
    today="#8ab4f8",
    chart_background="#17181a",
    chart_text="#e8e8e8",
    chart_grid="#4a4a4a",
    chart_marks="#e8e8e8",
    # Okabe and Ito's colours as they are: bright enough on a dark ground.
    chart_lines=("#56b4e9", "#e69f00", "#2dc08f", "#e08cc0", "#f0e442", "#ff8a5c"),
)

HIGH_CONTRAST = Theme(
    name="high-contrast",
    window="#000000",
    base="#000000",
    alternate_base="#141414",
    text="#ffffff",
    muted_text="#e6e6e6",
    disabled_text="#c8c8c8",
    button="#000000",
    button_text="#ffffff",
    highlight="#ffff00",
    highlighted_text="#000000",
    link="#66e0ff",
    link_visited="#ffb3ff",
    tooltip_base="#000000",
    tooltip_text="#ffffff",
    border="#ffffff",
    border_strong="#ffffff",
    light="#ffffff",
    shadow="#ffffff",
    focus="#00ffff",
    warning_background="#000000",
    warning_text="#ffe066",
    warning_accent="#ffe066",
    danger_background="#000000",
    danger_text="#ffb0b0",
    danger_accent="#ff6b6b",
    ok_background="#000000",
    ok_text="#9dffb0",
    ok_accent="#9dffb0",
    risk_background="#000000",
    risk_text="#a6d8ff",
    risk_accent="#a6d8ff",
    card="#000000",
    card_border="#ffffff",
    today="#ffff00",
    chart_background="#000000",
    chart_text="#ffffff",
    chart_grid="#8c8c8c",
    chart_marks="#ffffff",
    chart_lines=("#00ffff", "#ffff00", "#7dff7d", "#ff9cff", "#ffb366", "#ffffff"),
)

THEMES = {theme.name: theme for theme in (LIGHT, DARK, HIGH_CONTRAST)}

TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("text", "window"),
    ("text", "base"),
    ("text", "alternate_base"),
    ("text", "card"),
    ("muted_text", "window"),
    ("muted_text", "base"),
    ("muted_text", "alternate_base"),
    ("disabled_text", "window"),
    ("disabled_text", "base"),
    ("disabled_text", "button"),
    ("button_text", "button"),
    ("highlighted_text", "highlight"),
    ("link", "window"),
    ("link", "base"),
    ("link_visited", "base"),
    ("tooltip_text", "tooltip_base"),
    ("warning_text", "warning_background"),
    ("danger_text", "danger_background"),
    ("ok_text", "ok_background"),
    ("risk_text", "risk_background"),
    ("chart_text", "chart_background"),
    ("muted_text", "chart_background"),
)
"""Text and the ground it is read on: 4.5:1 at least (WCAG AA)."""

GRAPHIC_PAIRS: tuple[tuple[str, str], ...] = (
    ("focus", "window"),
    ("focus", "base"),
    ("focus", "button"),
    ("focus", "alternate_base"),
    ("focus", "danger_background"),
    ("today", "base"),
    ("today", "window"),
    ("warning_accent", "warning_background"),
    ("danger_accent", "danger_background"),
    ("risk_accent", "risk_background"),
    ("ok_accent", "ok_background"),
    ("chart_marks", "chart_background"),
    ("border", "base"),
)
"""Rings, bars and lines that must be seen: 3:1 at least (WCAG 1.4.11); every chart line
against the chart's ground is checked as well (:func:`graphic_pairs`)."""

TEXT_CONTRAST = 4.5
GRAPHIC_CONTRAST = 3.0
FOCUS_WIDTH = 3
"""Pixels of the focus ring (the template's ``{focus_width}``)."""


@dataclass(frozen=True)
class Paper:
    """The printouts' colours: black on white, whatever the window looks like."""

    text: str = "#000000"
    background: str = "#ffffff"
    muted_text: str = "#555555"
    border: str = "#000000"
    grid: str = "#bfbfbf"
    chart_lines: tuple[str, ...] = (
        "#0072B2",
        "#C4530A",
        "#00805C",
        "#B2487F",
        "#8C6400",
        "#3F6FA0",
    )
    """Okabe and Ito's colours (told apart with the common kinds of colour blindness),
    darkened where needed to stand out on white paper, as in the light theme."""

    def pairs(self) -> list[tuple[str, str, str, str, float]]:
        """What is read or seen on paper: (name, colour, ground's name, ground, least
        contrast)."""
        found = [
            ("text", self.text, "background", self.background, TEXT_CONTRAST),
            ("muted_text", self.muted_text, "background", self.background, TEXT_CONTRAST),
            ("border", self.border, "background", self.background, GRAPHIC_CONTRAST),
        ]
        found += [
            (f"chart_lines[{n}]", line, "background", self.background, GRAPHIC_CONTRAST)
            for n, line in enumerate(self.chart_lines)
        ]
        return found

    def chart(self) -> ChartColours:
        """The colours of a chart printed on paper (the visit packet's)."""
        return ChartColours(
            QColor(self.background),
            QColor(self.text),
            QColor(self.muted_text),
            QColor(self.grid),
            QColor(self.text),
            self.chart_lines,
        )


PAPER = Paper()


# -- contrast (WCAG 2.x) ---------------------------------------------------------------------


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of ``#rrggbb``."""
    match = re.fullmatch(r"#([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})", colour)
    if match is None:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    r, g, b = (_channel(int(part, 16)) for part in match.groups())
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: str, second: str) -> float:
    """WCAG 2.x contrast ratio of two colours, from 1 to 21."""
    a, b = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def graphic_pairs(theme: Theme) -> list[tuple[str, str, str, str]]:
    """Every graphic pair of ``theme`` as (name, colour, ground's name, ground's colour),
    the chart lines included."""
    colours = theme.colours()
    pairs = [(a, colours[a], b, colours[b]) for a, b in GRAPHIC_PAIRS]
    pairs += [
        (f"chart_lines[{n}]", line, "chart_background", theme.chart_background)
        for n, line in enumerate(theme.chart_lines)
    ]
    return pairs


# -- the palette and the style sheet ---------------------------------------------------------

_ROLES = {
    QPalette.ColorRole.Window: "window",
    QPalette.ColorRole.WindowText: "text",
    QPalette.ColorRole.Base: "base",
    QPalette.ColorRole.AlternateBase: "alternate_base",
    QPalette.ColorRole.ToolTipBase: "tooltip_base",
    QPalette.ColorRole.ToolTipText: "tooltip_text",
    QPalette.ColorRole.PlaceholderText: "muted_text",
    QPalette.ColorRole.Text: "text",
    QPalette.ColorRole.Button: "button",
    QPalette.ColorRole.ButtonText: "button_text",
    QPalette.ColorRole.BrightText: "highlighted_text",
    QPalette.ColorRole.Light: "light",
    QPalette.ColorRole.Midlight: "alternate_base",
    QPalette.ColorRole.Mid: "border",
    QPalette.ColorRole.Dark: "border_strong",
    QPalette.ColorRole.Shadow: "shadow",
    QPalette.ColorRole.Highlight: "highlight",
    QPalette.ColorRole.HighlightedText: "highlighted_text",
    QPalette.ColorRole.Link: "link",
    QPalette.ColorRole.LinkVisited: "link_visited",
    QPalette.ColorRole.Accent: "highlight",
}
_DISABLED = {
    QPalette.ColorRole.WindowText: "disabled_text",
    QPalette.ColorRole.Text: "disabled_text",
    QPalette.ColorRole.ButtonText: "disabled_text",
    QPalette.ColorRole.PlaceholderText: "disabled_text",
}


def palette(theme: Theme) -> QPalette:
    """The QPalette of ``theme``: the same colours for an active and an inactive window (a
    window in the background stays as readable), the disabled words greyed but readable."""
    colours = theme.colours()
    result = QPalette()
    for role, name in _ROLES.items():
        result.setColor(role, QColor(colours[name]))
    for role, name in _DISABLED.items():
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(colours[name]))
    return result


_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def template() -> str:
    """The style sheet template: resources/styles/window.qss."""
    try:
        return (resource_folder() / "styles" / "window.qss").read_text(encoding="utf-8")
    except OSError:
        return ""


_ARROW = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">'
    '<path d="{path}" fill="{colour}"/></svg>'
)
_ARROW_PATHS = {"up": "M2 11 L8 4 L14 11 Z", "down": "M2 5 L8 12 L14 5 Z"}
_arrow_folder: Path | None = None


def _arrows(theme: Theme) -> dict[str, str]:
    """The drop-down and spin box arrows in the theme's text colour (and its disabled
    text's), drawn once per theme into a folder of this run; their paths by name."""
    global _arrow_folder
    if _arrow_folder is None:
        _arrow_folder = Path(tempfile.mkdtemp(prefix="care-planner-arrows-"))
        atexit.register(shutil.rmtree, _arrow_folder, True)
    paths = {}
    for way, path in _ARROW_PATHS.items():
        for state, colour in (("", theme.text), ("_disabled", theme.disabled_text)):
            file = _arrow_folder / f"{theme.name}-{way}{state.replace('_', '-')}.svg"
            if not file.exists():
                file.write_text(_ARROW.format(path=path, colour=colour), encoding="utf-8")
            paths[f"arrow_{way}{state}"] = file.as_posix()
    return paths


def style_sheet(theme: Theme, text: str | None = None) -> str:
    """The template (or ``text``) with each ``{name}`` replaced by ``theme``'s colour of that
    name (``{focus_width}`` by :data:`FOCUS_WIDTH` in pixels, ``{arrow_up}`` and the like by
    the arrows drawn in the theme's colours, ``{least_button}`` and the like by the heights
    that keep controls 32 pixels high: scaled_style.least_contents_heights). A name the
    theme does not have raises KeyError: a mistyped name is found by the tests, not by the
    user."""
    colours = theme.colours()
    colours["focus_width"] = f"{FOCUS_WIDTH}px"
    colours.update(_arrows(theme))
    colours.update(least_contents_heights())
    return _PLACEHOLDER.sub(lambda m: colours[m.group(1)], template() if text is None else text)


class _Recoloured(QIconEngine):
    """A one-colour icon (the style's arrow, pause...: drawn dark grey, unseen on a dark
    ground) painted in the theme's text colour, whichever theme is shown when it is drawn."""

    def __init__(self, source: QIcon) -> None:
        super().__init__()
        self.source = source

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        shape = self.source.pixmap(size, mode, state)
        name = "disabled_text" if mode == QIcon.Mode.Disabled else "text"
        drawn = QPixmap(shape.size())
        drawn.setDevicePixelRatio(shape.devicePixelRatio())
        drawn.fill(Qt.GlobalColor.transparent)
        painter = QPainter(drawn)
        painter.drawPixmap(0, 0, shape)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(drawn.rect(), current().colour(name))
        painter.end()
        return drawn

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.drawPixmap(rect, self.pixmap(rect.size(), mode, state))

    def clone(self) -> QIconEngine:
        return _Recoloured(self.source)


def recoloured(icon: QIcon) -> QIcon:
    """``icon``, a one-colour shape, in the text colour of the theme shown."""
    return QIcon(_Recoloured(icon))


# -- the chosen theme ------------------------------------------------------------------------


def system_scheme() -> Qt.ColorScheme:
    """The desktop's colour scheme (Unknown where it does not say)."""
    return QGuiApplication.styleHints().colorScheme()


def resolve(choice: Choice, scheme: Qt.ColorScheme | None = None) -> Theme:
    """The theme a choice stands for; System is dark when the desktop is, else light."""
    if choice is Choice.LIGHT:
        return LIGHT
    if choice is Choice.DARK:
        return DARK
    if choice is Choice.HIGH_CONTRAST:
        return HIGH_CONTRAST
    scheme = system_scheme() if scheme is None else scheme
    return DARK if scheme == Qt.ColorScheme.Dark else LIGHT


class _State(QObject):
    """What is applied now, and the link to the desktop's scheme while following it."""

    changed = Signal(object)
    """The theme applied (a :class:`Theme`)."""

    def __init__(self) -> None:
        super().__init__()
        self.choice = Choice.SYSTEM
        self.theme = LIGHT
        self.following = False
        self.ring: QFocusFrame | None = None
        self.ring_follows = False
        self.original: QPalette | None = None
        """The application's palette before the first theme (for :func:`reset`)."""

    def follow_system(self, on: bool) -> None:
        hints = QGuiApplication.styleHints()
        if on and not self.following:
            hints.colorSchemeChanged.connect(self.scheme_changed)
        elif not on and self.following:
            hints.colorSchemeChanged.disconnect(self.scheme_changed)
        self.following = on

    def scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        app = QApplication.instance()
        if self.choice is Choice.SYSTEM and isinstance(app, QApplication):
            _put(app, resolve(Choice.SYSTEM, scheme))

    def focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Move the focus ring to the widget that has the keyboard focus."""
        ring = self.ring
        if ring is not None and not _alive(ring):
            ring = self.ring = None
        if new is None or new.isWindow() or new.parentWidget() is None:
            if ring is not None:
                ring.setWidget(None)  # type: ignore[arg-type]  # Qt takes none
            return
        if ring is None:
            ring = self.ring = QFocusFrame()
            ring.setObjectName("focusRing")
        ring.setWidget(new)


_state: _State | None = None


def _the_state() -> _State:
    global _state
    if _state is None:
        _state = _State()
    return _state


def _alive(widget: QWidget) -> bool:
    try:
        widget.objectName()
    except RuntimeError:  # deleted with the window it was in
        return False
    return True


def current() -> Theme:
    """The theme the window shows now."""
    return _the_state().theme


def chosen() -> Choice:
    """What the user chose (System until a theme is applied)."""
    return _the_state().choice


def notifier() -> QObject:
    """An object with a ``changed(Theme)`` signal, emitted after each :func:`apply`."""
    return _the_state()


def _put(app: QApplication, theme: Theme) -> None:
    state = _the_state()
    if state.original is None:
        state.original = QPalette(app.palette())
    state.theme = theme
    app.setPalette(palette(theme))
    app.setStyleSheet(style_sheet(theme))
    if not state.ring_follows:
        app.focusChanged.connect(state.focus_changed)
        state.ring_follows = True
        state.focus_changed(None, app.focusWidget())
    state.changed.emit(theme)


def apply(app: QApplication, choice: Choice | Theme) -> Theme:
    """Show ``choice`` (a choice, or one theme) in every window, now and in those to come;
    System follows the desktop's scheme from now on. Returns the theme shown."""
    state = _the_state()
    if isinstance(choice, Theme):
        state.choice = Choice(choice.name)
        theme = choice
    else:
        state.choice = choice
        theme = resolve(choice)
    state.follow_system(state.choice is Choice.SYSTEM)
    _put(app, theme)
    return theme


def saved_choice() -> Choice:
    """The theme chosen on this computer (System when none was, or it cannot be read)."""
    value = settings.settings().value(THEME_KEY, Choice.SYSTEM.value)
    try:
        return Choice(str(value))
    except ValueError:
        return Choice.SYSTEM


def save_choice(choice: Choice) -> None:
    settings.settings().setValue(THEME_KEY, choice.value)


def apply_saved(app: QApplication) -> Theme:
    """Show the theme chosen on this computer (at start)."""
    return apply(app, saved_choice())


def reset(app: QApplication) -> None:
    """Take the theme away again: the palette the application had, no style sheet, no
    focus ring, not following the desktop (for tests that apply a theme)."""
    state = _the_state()
    state.follow_system(False)
    if state.ring_follows:
        app.focusChanged.disconnect(state.focus_changed)
        state.ring_follows = False
    if state.ring is not None and _alive(state.ring):
        state.ring.setWidget(None)  # type: ignore[arg-type]  # Qt takes none
        state.ring.deleteLater()
    state.ring = None
    app.setStyleSheet("")
    if state.original is not None:
        app.setPalette(state.original)
    state.choice, state.theme = Choice.SYSTEM, LIGHT
