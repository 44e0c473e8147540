"""Check boxes, radio buttons and small icons that grow with the text size, and controls
never lower than a finger's or a shaky hand's target.

Qt sizes them in device pixels, whatever the font: at 200% text they would stay as small as
at 100%, hard to see and to hit. The window's style is wrapped in a :class:`ScaledStyle`,
whose scale follows the text size, at any text size but 100%; at 100% in a
:class:`MinHeightStyle`. Both make buttons, fields, lists' rows and the like at least
:data:`MIN_HEIGHT` pixels high, whatever the text size.

Each question Qt asks of these styles is a call into Python. The scaled metrics are most of
them (some 1,800 before the window's first paint, and a Python type made for each kind of
widget and style option they pass): at 100% they would all be answered as the platform's
style answers them, so that style answers them itself.
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

_scaled_base = ""
"""The name of the style the last :class:`MinHeightStyle` made wraps."""
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


class MinHeightStyle(QProxyStyle):
    """The platform's style, with the controls of :data:`_AT_LEAST_MIN_HEIGHT` at least
    :data:`MIN_HEIGHT` high (the window's style at 100% text)."""

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


class ScaledStyle(MinHeightStyle):
    """:class:`MinHeightStyle`, with the metrics of :data:`_SCALED` times :attr:`scale`
    (the window's style at any other text size)."""

    def __init__(self, base: str) -> None:
        super().__init__(base)
        self.scale = 1.0

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        value = super().pixelMetric(metric, option, widget)
        return round(value * self.scale) if metric in _SCALED else value


def scale_controls(percent: int) -> MinHeightStyle:
    """Make the application's style scale its controls to ``percent`` of their size."""
    current = QApplication.style()
    wanted = MinHeightStyle if percent == 100 else ScaledStyle
    if type(current) is wanted:
        style = current
    else:
        # A new one over the same platform style (the application deletes the one it had).
        base = current.baseStyle() if isinstance(current, MinHeightStyle) else current
        style = wanted(base.name())
        QApplication.setStyle(style)
        global _scaled_base
        _scaled_base = style.baseStyle().name()
    if isinstance(style, ScaledStyle):
        style.scale = percent / 100
    return style


def measured_by_base_style(view: QTableView) -> None:
    """Have ``view`` and its headers measured and drawn by the platform's style itself.

    Each question Qt asks :class:`MinHeightStyle` is a call into Python; a table that sizes
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
    """One style like the one :class:`MinHeightStyle` wraps, made once; it lives as long as
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
