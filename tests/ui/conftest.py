"""Fixtures for the window's tests: private settings, a clean font, no leaked windows."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from planner.services.plan import Plan
from planner.ui.mainwindow import MainWindow

# The offscreen platform cannot size windows for a window manager and says so on every
# window; that is the test platform talking, not the program.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> Iterator[Path]:
    """QSettings write to a folder of this test, never to the user's configuration."""
    folder = tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def app_font(qapp: QApplication) -> Iterator[QFont]:
    """The application font as it was; restored after tests that change the text size."""
    font = QFont(QApplication.font())
    yield font
    QApplication.setFont(font)


@pytest.fixture(autouse=True)
def no_leaked_windows(qapp: QApplication) -> Iterator[None]:
    """Fail a test that leaves a top-level widget behind (after pytest-qt closed its own)."""
    before = set(QApplication.topLevelWidgets())
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    leaked = [w for w in QApplication.topLevelWidgets() if w not in before]
    for widget in leaked:
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not leaked, f"the test left top-level widgets behind: {leaked}"


MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot) -> MakeWindow:
    """Build a main window on a plan, shown (its clock is pinned like every test's)."""

    def make(plan: Plan, **options: object) -> MainWindow:
        # A new plan's first-run form would take the keyboard; tests/ui/test_profile.py
        # asks for it (ask_profile=True).
        options.setdefault("ask_profile", False)
        window = MainWindow(plan, **options)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.wait_until(window.isActiveWindow)
        return window

    return make


@pytest.fixture
def window(demo_plan: Plan, make_window: MakeWindow) -> MainWindow:
    return make_window(demo_plan)


def visible_top_levels() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


UNANSWERED_AFTER_MS = 20_000


@pytest.fixture(autouse=True)
def no_unanswered_conflicts(qapp: QApplication) -> Iterator[None]:
    """A save that asks whose values to keep waits in a modal dialog; a test that does not
    answer it (see tests/helpers/conflicts.py) fails instead of hanging the run."""
    from PySide6.QtCore import QTimer

    from planner.ui.dialogs.conflict import ConflictDialog

    unanswered: list[str] = []

    def close_unanswered() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ConflictDialog):
            unanswered.append(dialog.windowTitle())
            dialog.reject()
        watchdog.start(UNANSWERED_AFTER_MS)

    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(close_unanswered)
    watchdog.start(UNANSWERED_AFTER_MS)
    yield
    watchdog.stop()
    assert not unanswered, "a save asked whose values to keep, and the test did not answer"
