"""Reminders with the window closed: the tray, the question asked once, Quit, starting in
the tray, and the "Start at login" autostart entry."""

from __future__ import annotations

import configparser
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from planner.cli.parser import build_parser
from planner.services.plan import Plan
from planner.ui import settings
from planner.ui.app import QUIT_AFTER_SHOW, run_window
from planner.ui.autostart import StartAtLogin, desktop_entry, exec_value
from planner.ui.mainwindow import MainWindow
from planner.ui.tray import KEEP_RUNNING, keep_running_answer
from tests.helpers.files import folder_state, mode
from tests.helpers.tray import TrayIcons
from tests.ui.conftest import OFFSCREEN_NOISE, MakeWindow, visible_top_levels

# The offscreen platform cannot raise a window over others, and says so when the tray
# brings the window back; that is the test platform talking, not the program. (pytest-qt
# reads the closest qt_log_ignore mark only, so it names the conftest's noise again.)
offscreen_raise = pytest.mark.qt_log_ignore(
    OFFSCREEN_NOISE, r"This plugin does not support raise\(\)"
)


@pytest.fixture
def icons() -> TrayIcons:
    return TrayIcons()


@pytest.fixture
def tray_window(demo_plan: Plan, make_window: MakeWindow, icons: TrayIcons) -> MainWindow:
    """A window on a desktop with a system tray (on a plan in use: a new one asks for the
    patient's profile first)."""
    return make_window(demo_plan, tray_icon=icons)


def close_and_get_question(window: MainWindow) -> QMessageBox:
    window.tray.action_close.trigger()  # File > Close window (Ctrl+W), as the close button
    box = window.tray.question
    assert box is not None and box.isVisible()
    return box


def answer(qtbot: QtBot, box: QMessageBox, name: str) -> None:
    button = box.findChild(type(box.defaultButton()), name)
    assert button is not None, name
    with qtbot.wait_signal(box.finished):
        button.click()


# -- closing to the tray ---------------------------------------------------------------
@offscreen_raise
def test_the_first_close_asks_once_and_keep_leaves_it_running_in_the_tray(
    tray_window: MainWindow, icons: TrayIcons, qtbot: QtBot
) -> None:
    window = tray_window
    assert icons.icon.isVisible()
    assert window.tray.action_keep.isVisible() and not window.tray.action_keep.isChecked()

    box = close_and_get_question(window)
    assert box.text() == "Keep Care Planner in the tray to show reminders?"
    assert window.isVisible()  # nothing happens before the answer
    with qtbot.assert_not_emitted(window.tray.quit_requested):
        answer(qtbot, box, "keepInTrayButton")

    assert not window.isVisible()
    assert icons.icon.isVisible()
    assert keep_running_answer() is True
    assert window.tray.action_keep.isChecked()
    assert icons.icon.messages[-1][0] == "Care Planner is still running"

    # The icon's menu opens the window again; the next close does not ask.
    menu = icons.icon.contextMenu()
    assert [a.text() for a in menu.actions()] == ["&Open Care Planner", "&Quit"]
    window.tray.action_open.trigger()
    assert window.isVisible()
    with qtbot.assert_not_emitted(window.tray.quit_requested):
        window.tray.action_close.trigger()
    assert window.tray.question is None
    assert not window.isVisible()

    # A click on the icon (or on one of its messages) opens the window too.
    icons.icon.messageClicked.emit()
    assert window.isVisible()


def test_answering_quit_ends_the_program_and_is_remembered(
    demo_plan: Plan, make_window: MakeWindow, icons: TrayIcons, qtbot: QtBot
) -> None:
    window = make_window(demo_plan, tray_icon=icons)
    box = close_and_get_question(window)
    with qtbot.wait_signal(window.tray.quit_requested):
        answer(qtbot, box, "quitNotKeepButton")
    assert not window.isVisible()
    assert keep_running_answer() is False

    # The next start does not ask again: closing closes.
    again = make_window(demo_plan, tray_icon=TrayIcons())
    assert not again.tray.action_keep.isChecked()
    again.tray.action_close.trigger()
    assert again.tray.question is None
    assert not again.isVisible()


def test_cancel_keeps_the_window_open_and_asks_again_next_time(
    tray_window: MainWindow, qtbot: QtBot
) -> None:
    box = close_and_get_question(tray_window)
    with qtbot.wait_signal(box.finished):
        box.reject()
    assert tray_window.isVisible()
    assert keep_running_answer() is None
    assert not settings.settings().contains(KEEP_RUNNING)

    box = close_and_get_question(tray_window)
    answer(qtbot, box, "keepInTrayButton")
    assert not tray_window.isVisible()


@offscreen_raise
def test_the_menu_action_changes_the_answer(tray_window: MainWindow, qtbot: QtBot) -> None:
    keep = tray_window.tray.action_keep
    keep.trigger()  # switched on without ever being asked
    assert keep.isChecked() and keep_running_answer() is True
    qtbot.keyClick(tray_window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert tray_window.tray.question is None and not tray_window.isVisible()

    tray_window.tray.open()
    keep.trigger()  # off: closing ends the program, without asking
    assert keep_running_answer() is False
    tray_window.tray.action_close.trigger()
    assert tray_window.tray.question is None and not tray_window.isVisible()


@pytest.mark.parametrize("kept", [True, False])
def test_quit_ends_the_program_even_when_it_is_kept_in_the_tray(
    tray_window: MainWindow, icons: TrayIcons, qtbot: QtBot, kept: bool
) -> None:
    settings.settings().setValue(KEEP_RUNNING, kept)
    quit_action = next(a for a in icons.icon.contextMenu().actions() if a.text() == "&Quit")
    with qtbot.wait_signal(tray_window.tray.quit_requested):
        quit_action.trigger()
    assert not tray_window.isVisible()
    assert not icons.icon.isVisible()
    assert tray_window.tray.question is None


def test_file_quit_ends_the_program_in_the_tray_too(tray_window: MainWindow, qtbot: QtBot) -> None:
    settings.settings().setValue(KEEP_RUNNING, True)
    with qtbot.wait_signal(tray_window.tray.quit_requested):
        tray_window.action_quit.trigger()
    assert not tray_window.isVisible()


def test_without_a_tray_closing_quits_as_before(window: MainWindow, qtbot: QtBot) -> None:
    assert not window.tray.available
    assert not window.tray.action_keep.isVisible()
    assert not window.tray.action_close.isVisible()
    window.close()
    assert window.tray.question is None
    assert not window.isVisible()
    assert keep_running_answer() is None


# -- starting in the tray (the whole program, through run_window) -----------------------
@pytest.fixture
def fresh_event_loop(qapp: QApplication) -> Iterator[None]:
    """Leave Qt's event loops as a fresh start finds them (see tests/ui/test_app.py)."""
    yield
    QTimer.singleShot(0, qapp.quit)
    qapp.exec()


@pytest.fixture
def plan_url(demo_plan: Plan, plan_path: Path) -> str:
    """The database URL of a plan in use (a new plan asks for the patient's profile)."""
    return f"sqlite:///{plan_path}"


@pytest.mark.usefixtures("fresh_event_loop")
def test_quit_in_the_tray_menu_ends_the_program(
    plan_url: str, icons: TrayIcons, qapp: QApplication
) -> None:
    settings.settings().setValue(KEEP_RUNNING, True)
    steps: list[str] = []

    def close_to_tray() -> None:
        window = next(w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow))
        window.tray.action_close.trigger()
        steps.append("open" if window.isVisible() else "in the tray")
        QTimer.singleShot(0, quit_from_tray)

    def quit_from_tray() -> None:
        steps.append("quit")  # the program still runs with its window closed
        icons.icon.contextMenu().actions()[-1].trigger()

    qapp.lastWindowClosed.connect(lambda: steps.append("last window closed"))
    QTimer.singleShot(0, close_to_tray)
    assert run_window(plan_url, demo=False, tray_icon=icons) == 0
    assert steps == ["in the tray", "quit"]
    assert not visible_top_levels()


@pytest.mark.usefixtures("fresh_event_loop")
def test_started_in_the_tray_the_window_stays_closed(
    plan_url: str,
    icons: TrayIcons,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(QUIT_AFTER_SHOW, "1")
    assert run_window(plan_url, demo=False, in_tray=True, tray_icon=icons) == 0
    out, _ = capsys.readouterr()
    assert out == "started in the tray\n"
    assert not visible_top_levels()


@pytest.mark.usefixtures("fresh_event_loop")
def test_started_in_the_tray_without_a_tray_the_window_opens(
    plan_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(QUIT_AFTER_SHOW, "1")
    assert run_window(plan_url, demo=False, in_tray=True) == 0  # offscreen: no tray
    out, _ = capsys.readouterr()
    assert out == "window shown: mainWindow\n"


def test_the_command_line_starts_the_window_in_the_tray(monkeypatch: pytest.MonkeyPatch) -> None:
    from planner import main
    from planner.ui import app

    asked: list[dict[str, object]] = []

    def run(database_url: str | None, **options: object) -> int:
        asked.append(options)
        return 0

    monkeypatch.setattr(app, "run_window", run)
    assert main.main(["--tray"]) == 0
    assert main.main([]) == 0
    assert [options.get("in_tray") for options in asked] == [True, False]


# -- start at login ----------------------------------------------------------------------
def read_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(path.read_text(encoding="utf-8"))
    assert parser.sections() == ["Desktop Entry"]
    return dict(parser["Desktop Entry"])


def exec_argv(value: str) -> list[str]:
    """The Exec key's command, read as the Desktop Entry specification says: the string
    escapes first, then the arguments, split at spaces outside double quotes; inside them a
    backslash takes the next character as it is. ``%%`` is a percent sign."""
    text = re.sub(
        r"\\(.)", lambda m: {"n": "\n", "t": "\t", "r": "\r", "s": " "}.get(m[1], m[1]), value
    )
    argv: list[str] = []
    word, quoted, started = "", False, False
    chars = iter(text.replace("%%", "%"))
    for char in chars:
        if char == " " and not quoted:
            if started:
                argv.append(word)
            word, started = "", False
            continue
        if char == '"':
            quoted = not quoted
        elif quoted and char == "\\":
            word += next(chars)
        else:
            word += char
        started = True
    assert not quoted, value
    if started:
        argv.append(word)
    return argv


@pytest.fixture
def autostart(private_home: Path) -> Path:
    return private_home / "config" / "autostart" / "care-planner.desktop"


def test_start_at_login_writes_an_autostart_entry_that_starts_in_the_tray(
    window: MainWindow, autostart: Path
) -> None:
    action = window.start_at_login.action
    assert action.isVisible() and not action.isChecked()
    assert action in window.menuBar().actions()[0].menu().actions()  # File

    action.trigger()

    assert action.isChecked()
    assert mode(autostart) == 0o600
    assert [p.name for p in autostart.parent.iterdir()] == ["care-planner.desktop"]
    entry = read_entry(autostart)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Care Planner"
    assert entry["Terminal"] == "false"
    argv = exec_argv(entry["Exec"])
    program = Path(argv[0])
    assert program.name == "care-planner" and program.is_absolute() and program.exists()
    assert argv[1:] == ["--tray"]
    assert build_parser().parse_args(argv[1:]).tray is True

    # Off: the entry is gone; a new window reads the state from the file.
    action.trigger()
    assert not action.isChecked()
    assert not autostart.exists()


def test_an_existing_entry_shows_as_on(autostart: Path, qtbot: QtBot) -> None:
    autostart.parent.mkdir(parents=True)
    autostart.write_text("[Desktop Entry]\nType=Application\nName=Care Planner\nExec=x\n")
    assert StartAtLogin(platform="linux").action.isChecked()


def test_start_at_login_is_hidden_where_xdg_autostart_does_not_apply() -> None:
    for platform in ("darwin", "win32"):
        assert not StartAtLogin(platform=platform).action.isVisible()


def test_an_entry_that_cannot_be_written_is_named_and_changes_nothing(
    autostart: Path, qtbot: QtBot
) -> None:
    autostart.parent.parent.mkdir(parents=True)
    autostart.parent.write_text("not a folder\n")  # where the autostart folder should be
    before = folder_state(autostart.parent.parent)
    start = StartAtLogin(platform="linux")

    with qtbot.wait_signal(start.failed) as said:
        start.action.trigger()

    (message,) = said.args or [""]
    assert message.startswith(f"Could not write {autostart};")
    assert "Errno" not in message and "Error" not in message
    assert not start.action.isChecked()
    assert folder_state(autostart.parent.parent) == before


def test_the_exec_line_quotes_what_a_path_may_hold() -> None:
    argv = ['/home/Ana María/50% "care"/bin/care-planner', "--tray"]
    value = exec_value(argv)
    assert value.startswith('"')  # quoted, spaces and all
    assert exec_argv(value) == argv
    assert exec_argv(exec_value(["/opt/a\\b$c`d", "--tray"])) == ["/opt/a\\b$c`d", "--tray"]
    entry = desktop_entry(argv)
    assert entry.startswith("[Desktop Entry]\n") and entry.endswith("\n")
