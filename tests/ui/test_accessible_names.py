"""A screen reader can name every control a person can reach: every page (each tab of it)
and every dialog the window opens, as Qt presents them (a label's buddy, a button's text
count, as Qt itself derives the name from them).

tests/ui/test_accessibility.py checks the names the code sets; this checks what a screen
reader is actually told, on what is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from planner.domain.changes import Kind
from planner.domain.enums import Area
from planner.services.conflicts import Conflict, TheirChange
from planner.services.plan import Plan
from planner.ui.dialogs.conflict import ConflictDialog
from planner.ui.dialogs.red_flags import RedFlagTableEditor
from planner.ui.mainwindow import MainWindow
from tests.conftest import NOW
from tests.ui.conftest import MakeWindow
from tests.ui.test_dialogs_fit import OPENERS

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,  # date and time fields too
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
    QTabBar,
)


def built_by_qt(widget: QWidget) -> bool:
    """Parts Qt makes inside its own controls, and names for screen readers through them
    (a spin box's or a combo box's text field, a table's headers, scroll bars)."""
    parent = widget.parentWidget()
    return (
        widget.objectName().startswith("qt_")
        or isinstance(widget, QScrollBar)
        or (isinstance(widget, QHeaderView) and isinstance(parent, QAbstractItemView))
        or (isinstance(widget, QLineEdit) and isinstance(parent, QAbstractSpinBox | QComboBox))
        or (isinstance(widget, QTabBar) and isinstance(parent, QTabWidget))
    )


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader is given for ``widget``."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    return interface.text(QAccessible.Text.Name).strip()


def where(widget: QWidget) -> str:
    """The nearest named ancestors, to find an offender without a name of its own."""
    names: list[str] = []
    parent = widget.parentWidget()
    while parent is not None and len(names) < 2:
        if parent.objectName() and not parent.objectName().startswith("qt_"):
            names.append(parent.objectName())
        parent = parent.parentWidget()
    return "/".join(reversed(names))


def nameless(root: QWidget) -> set[str]:
    """The visible controls under ``root`` that a screen reader cannot name, by class and
    objectName."""
    return {
        f"{type(w).__name__} {w.objectName()!r} (in {where(w)})"
        for w in root.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and w.isVisible()
        and not built_by_qt(w)
        and not spoken_name(w)
    }


def on_every_tab(root: QWidget, check: Callable[[QWidget], set[str]]) -> set[str]:
    """What ``check`` finds under ``root``, with each tab of each tab widget shown in turn."""
    found = check(root)
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        was = tabs.currentIndex()
        for n in range(tabs.count()):
            tabs.setCurrentIndex(n)
            QApplication.processEvents()
            found |= check(root)
        tabs.setCurrentIndex(was)
    return found


def nameless_on_every_tab(root: QWidget) -> set[str]:
    """:func:`nameless`, with each tab of each tab widget under ``root`` shown in turn."""
    return on_every_tab(root, nameless)


def test_every_page_names_every_control(window: MainWindow) -> None:
    window.resize(1280, 800)
    found: dict[str, set[str]] = {}
    for area in Area:
        window.show_area(area)
        QApplication.processEvents()
        if trouble := nameless_on_every_tab(window):
            found[area.value] = trouble
    assert found == {}


def newest_dialog(window: MainWindow) -> QDialog:
    shown = [d for d in window.findChildren(QDialog) if d.isVisible()]
    assert shown, "no dialog opened"
    return shown[-1]


def by_action(name: str) -> Callable[[MainWindow, Plan, Path], Any]:
    def open_it(window: MainWindow, plan: Plan, folder: Path) -> QDialog:
        getattr(window, name).trigger()
        return newest_dialog(window)

    return open_it


def a_conflict(window: MainWindow, plan: Plan, folder: Path) -> QDialog:
    """What a save shows when someone else changed the record meanwhile."""
    change = TheirChange("title", "Blood test", "Blood test (fasting)", "Sam", NOW)
    dialog = ConflictDialog(
        Conflict(Kind.APPOINTMENT, 1, (change,), 3), {"title": "Blood count"}, "appointment", window
    )
    dialog.open()
    return dialog


def a_red_flag_rule(window: MainWindow, plan: Plan, folder: Path) -> QDialog | None:
    """Preferences > the temperature rules > Add: the form of one rule."""
    window.action_preferences.trigger()
    editor = newest_dialog(window).findChild(RedFlagTableEditor)
    assert editor is not None
    return editor.add()


DIALOGS: dict[str, Callable[[MainWindow, Plan, Path], Any]] = {
    **OPENERS,
    "preferences": by_action("action_preferences"),
    "connect": by_action("action_connect"),
    "backups": by_action("action_backups"),
    "keyboard shortcuts": by_action("action_shortcuts"),
    "about": by_action("action_about"),
    "conflict": a_conflict,
    "red flag rule": a_red_flag_rule,
}


@pytest.mark.parametrize("name", DIALOGS)
def test_every_dialog_names_every_control(
    demo_plan: Plan, make_window: MakeWindow, qtbot: QtBot, tmp_path: Path, name: str
) -> None:
    window = make_window(demo_plan)
    assert found_in_dialog(window, demo_plan, tmp_path, qtbot, name, nameless_on_every_tab) == set()


def found_in_dialog(
    window: MainWindow,
    plan: Plan,
    folder: Path,
    qtbot: QtBot,
    name: str,
    look: Callable[[QWidget], set[str]],
) -> set[str]:
    """What ``look`` finds on every tab of the dialog :data:`DIALOGS` opens as ``name`` in a
    1280x800 window, which is then closed."""
    window.resize(1280, 800)
    dialog = DIALOGS[name](window, plan, folder)
    assert isinstance(dialog, QDialog), f"{name} did not open"
    qtbot.wait_until(dialog.isVisible)
    QApplication.processEvents()
    found = look(dialog)
    with qtbot.wait_signal(dialog.finished):
        dialog.reject()
    return found


def test_the_check_tells_a_named_control_from_a_nameless_one(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QFormLayout, QLabel, QToolButton

    dialog = QDialog()
    dialog.setObjectName("probe")
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    bare = QLineEdit(dialog)
    bare.setObjectName("bareField")
    labelled = QLineEdit(dialog)
    labelled.setObjectName("labelledField")
    label = QLabel("&Where", dialog)
    label.setBuddy(labelled)  # the label's buddy: Qt names it after the label
    form.addRow(label, labelled)
    form.addRow(bare)
    icon_only = QToolButton(dialog)
    icon_only.setObjectName("iconOnly")
    form.addRow(icon_only)
    dialog.show()
    qtbot.wait_exposed(dialog)
    assert spoken_name(labelled) == "Where"
    assert nameless(dialog) == {
        "QLineEdit 'bareField' (in probe)",
        "QToolButton 'iconOnly' (in probe)",
    }
