"""Check boxes, radio buttons and small icons that grow with the text size, and controls
never lower than a finger's or a shaky hand's target.

Qt sizes them in device pixels, whatever the font: at 200% text they would stay as small as
at 100%, hard to see and to hit. At any text size but 100% the window's style is wrapped in
a :class:`ScaledStyle`, whose scale follows the text size and which keeps buttons, fields,
lists' rows and the like at least :data:`MIN_HEIGHT` pixels high. At 100% the application's
style is the platform's own, and the theme's style sheet (``resources/styles/window.qss``)
keeps the same least heights, measured for that style (:func:`least_contents_heights`).

A style written in Python answers each of Qt's questions with a call into Python (some
1,800 before the window's first paint), and a Python style object makes every other question
Qt asks cost more too (some 10 ms of the start): at 100% there is nothing to scale.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionButton,
    QStyleOptionToolButton,
    QTableView,
    QWidget,
)

MIN_HEIGHT = 32
"""The least height, in pixels, of a button, a field, a drop-down list or a list's row."""

_SCALED = frozenset(
    {
        QStyle.PixelMetric.PM_IndicatorWidth,
        QStyle.PixelMetric.PM_IndicatorHeight,
        QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
        QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
        QStyle.PixelMetric.PM_SmallIconSize,
        QStyle.PixelMetric.PM_ButtonIconSize,
        QStyle.PixelMetric.PM_ListViewIconSize,
        QStyle.PixelMetric.PM_TabBarIconSize,
        QStyle.PixelMetric.PM_ToolBarIconSize,
        QStyle.PixelMetric.PM_MessageBoxIconSize,
        QStyle.PixelMetric.PM_CheckBoxLabelSpacing,
        QStyle.PixelMetric.PM_RadioButtonLabelSpacing,
    }
)

_scaled: ScaledStyle | None = None
"""The application's style while it is a :class:`ScaledStyle` (the text size is not 100%)."""
_scaled_base = ""
"""The name of the style the last :class:`ScaledStyle` made wraps."""
_BASE_STYLE = "baseStyle"
"""The object name of the style :func:`measured_by_base_style` gives (one, kept by the
application)."""

_AT_LEAST_MIN_HEIGHT = frozenset(
    {
        QStyle.ContentsType.CT_PushButton,
        QStyle.ContentsType.CT_ToolButton,
        QStyle.ContentsType.CT_LineEdit,
        QStyle.ContentsType.CT_ComboBox,
        QStyle.ContentsType.CT_SpinBox,
        QStyle.ContentsType.CT_ItemViewItem,
    }
)


class ScaledStyle(QProxyStyle):
    """The platform's style, with the metrics of :data:`_SCALED` times :attr:`scale` and the
    controls of :data:`_AT_LEAST_MIN_HEIGHT` at least :data:`MIN_HEIGHT` high (the window's
    style at any text size but 100%)."""

    def __init__(self, base: str) -> None:
        super().__init__(base)
        self.scale = 1.0

    def sizeFromContents(
        self,
        contents: QStyle.ContentsType,
        option: QStyleOption,
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        found = super().sizeFromContents(contents, option, size, cast(QWidget, widget))
        if contents in _AT_LEAST_MIN_HEIGHT and 0 < found.height() < MIN_HEIGHT:
            found.setHeight(MIN_HEIGHT)
        return found

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        value = super().pixelMetric(metric, option, widget)
        return round(value * self.scale) if metric in _SCALED else value


def scale_controls(percent: int) -> QStyle:
    """Make the application's style scale its controls to ``percent`` of their size: the
    platform's own style at 100%, a :class:`ScaledStyle` over it at any other size."""
    global _scaled, _scaled_base
    if percent == 100:
        if _scaled is not None:  # the application deletes it as it takes the other
            QApplication.setStyle(_scaled.baseStyle().name())
            _scaled = None
        return QApplication.style()
    if _scaled is None:
        # Named as the style in use is (with a style sheet, Qt's own is in front of it).
        _scaled = ScaledStyle(QApplication.style().name())
        QApplication.setStyle(_scaled)
        _scaled_base = _scaled.baseStyle().name()
    _scaled.scale = percent / 100
    return _scaled


def least_contents_heights() -> dict[str, str]:
    """The least heights for the style sheet's ``min-height`` that keep a button, a tool
    button and a list's row at least :data:`MIN_HEIGHT` high in the platform's style: a
    button's sizes its contents (the style adds its frame and margins, more or less in each
    style: they are measured), a row's the whole row. Named ``least_button`` and the like."""
    style = _base_style()
    buttons = {
        "least_button": (QStyle.ContentsType.CT_PushButton, QStyleOptionButton()),
        "least_tool_button": (QStyle.ContentsType.CT_ToolButton, QStyleOptionToolButton()),
    }
    least = {"least_item": f"{MIN_HEIGHT}px"}
    for name, (kind, option) in buttons.items():
        around = style.sizeFromContents(kind, option, QSize(0, 0)).height() if style else 0
        least[name] = f"{max(MIN_HEIGHT - max(around, 0), 0)}px"
    return least


def measured_by_base_style(view: QTableView) -> None:
    """Have ``view`` and its headers measured and drawn by the platform's style itself.

    Each question Qt asks :class:`ScaledStyle` is a call into Python; a table that sizes
    its rows to their wrapped text asks thousands (the week's list of gaps asked 9,000 of
    the 12,000 the window's first paint asks, some 30 ms). Such a table keeps
    :data:`MIN_HEIGHT` through its rows' least height instead, and must show no icons or
    check boxes (they would not grow with the text). Its other widgets (the buttons in
    its rows, its scroll bars) keep the window's style.
    """
    view.verticalHeader().setMinimumSectionSize(MIN_HEIGHT)
    style = _base_style()
    if style is not None:
        for widget in (view, view.horizontalHeader(), view.verticalHeader()):
            widget.setStyle(style)


def _base_style() -> QStyle | None:
    """One style like the one :class:`ScaledStyle` wraps, made once; it lives as long as
    the application (a widget's style must outlive the widget). ``None`` when there is no
    such style to make."""
    app = QApplication.instance()
    found = app.findChild(QStyle, _BASE_STYLE) if app is not None else None
    if found is None and app is not None:
        current = QApplication.style()
        name = current.baseStyle().name() if isinstance(current, QProxyStyle) else ""
        found = QStyleFactory.create(name or current.name() or _scaled_base)
        if found is not None:
            found.setObjectName(_BASE_STYLE)
            found.setParent(app)
    return found
