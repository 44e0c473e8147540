"""What a person could not read or reach on the screen: the checks that every page
(tests/ui/test_fits_the_screen.py) and every dialog (tests/ui/test_dialogs_fit.py) pass."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox)
SIZES = (100, 150, 200)


def shown(widget: QWidget, top: QWidget) -> bool:
    """Visible in ``top``, and not inside something that scrolls of its own (a table's
    cells, the days list): those scroll the way tables do."""
    if not widget.isVisibleTo(top):
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QScrollArea):
            return False
        parent = parent.parentWidget()
    return True


def scrolled(widget: QWidget, top: QWidget) -> bool:
    """Whether ``widget`` lies in a scroll area inside ``top`` (it may be scrolled away
    vertically: that is what the area is for)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def cut_widgets(top: QWidget, within: QWidget, *, tall: bool = False) -> list[str]:
    """The controls of ``top`` that lie outside ``within``'s width (and height, if ``tall``
    and they do not scroll), or are narrower than they need; the labels cut short."""
    found = []
    visible = QRect(QPoint(0, 0), within.size())
    for widget in top.findChildren(QWidget):
        if not shown(widget, top):
            continue
        name = widget.objectName() or type(widget).__name__
        at = QRect(widget.mapTo(within, QPoint(0, 0)), widget.size())
        if isinstance(widget, CONTROLS):
            inside = visible.left() <= at.left() and at.right() <= visible.right()
            if tall and not scrolled(widget, top):
                inside = inside and visible.top() <= at.top() and at.bottom() <= visible.bottom()
            if not inside:
                found.append(f"{name} lies outside ({at} in {visible})")
            if widget.width() < widget.minimumSizeHint().width():
                found.append(f"{name} is squeezed ({widget.width()} < {widget.minimumSizeHint()})")
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if widget.height() < needed:
                    found.append(f"label {name} is cut: {widget.height()} < {needed} px tall")
            elif widget.width() < widget.minimumSizeHint().width():
                found.append(f"label {name} is cut: {widget.width()} px for {widget.text()!r}")
    return found
