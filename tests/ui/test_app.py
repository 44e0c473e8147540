"""Starting the window through run_window: a plan, the demo plan, and a plan that fails."""

from __future__ import annotations

import gc
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from planner import codecache
from planner.main import main
from planner.services import week_reader
from planner.services.plan import ENVIRONMENT_URL, Plan, open_plan
from planner.store.paths import default_database_path
from planner.ui import theme
from planner.ui.app import QUIT_AFTER_SHOW, YOUNG_SWEEP, run_window
from tests.helpers.cli import python_says, run_process
from tests.ui.conftest import visible_top_levels


@pytest.fixture(autouse=True)
def fresh_event_loop(qapp: QApplication) -> Iterator[None]:
    """Leave Qt's event loops, and the application's look, as a fresh start finds them.

    After the application's own ``exec()`` has ended, Qt can be left flagged to quit, and
    then every later nested event loop (``qtbot.wait_signal``, ``wait_until``) returns at
    once. Only ``exec()`` clears that flag, so run it once more, for one turn.
    """
    yield
    QTimer.singleShot(0, qapp.quit)
    qapp.exec()
    # A window started here applied the saved theme to the whole application: later tests
    # find the application as a test that applies no theme expects it.
    theme.reset(qapp)


@pytest.fixture
def not_a_plan(tmp_path: Path) -> str:
    file = tmp_path / "notes.sqlite3"
    file.write_text("shopping list: bread, ginger tea\n" * 20)
    return f"sqlite:///{file}"


@pytest.fixture
def quit_after_show(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(QUIT_AFTER_SHOW, "1")


@pytest.fixture
def temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.mark.usefixtures("quit_after_show", "qapp")
def test_a_file_that_is_no_plan_exits_with_2(
    not_a_plan: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_window(not_a_plan, demo=False) == 2
    out, err = capsys.readouterr()
    assert err.startswith("care-planner: error: ")
    assert len(err.splitlines()) == 1
    assert "window shown" not in out
    assert not visible_top_levels()


@pytest.mark.usefixtures("qapp")
def test_the_error_box_names_the_problem_and_waits_for_the_user(
    not_a_plan: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(ENVIRONMENT_URL, not_a_plan)  # run_window(None) reads it
    seen: list[str] = []

    def read_and_accept() -> None:
        boxes = [w for w in visible_top_levels() if isinstance(w, QMessageBox)]
        seen.extend(box.text() for box in boxes)
        for box in boxes:
            box.accept()
        if not boxes:
            QApplication.quit()  # no box: end the loop, and the assertions below fail

    QTimer.singleShot(0, read_and_accept)
    assert run_window(None, demo=False) == 2
    _, err = capsys.readouterr()
    assert len(seen) == 1
    assert seen[0] in err
    assert not visible_top_levels()


@pytest.mark.usefixtures("quit_after_show", "qapp")
def test_the_demo_opens_a_throwaway_plan(
    temp_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_window(None, demo=True) == 0
    out, _ = capsys.readouterr()
    assert out == "window shown: mainWindow\n"
    assert list(temp_folder.iterdir()) == []  # the demo folder is gone
    assert not default_database_path().exists()  # the user's own plan was not touched
    assert not visible_top_levels()


@pytest.mark.usefixtures("quit_after_show", "qapp")
def test_a_plan_from_the_command_line_opens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "plan.sqlite3"
    assert run_window(f"sqlite:///{file}", demo=False) == 0
    out, _ = capsys.readouterr()
    assert out == "window shown: mainWindow\n"
    assert file.exists()
    assert not visible_top_levels()


@pytest.mark.usefixtures("quit_after_show", "qapp")
def test_the_window_lets_a_second_process_read_ahead_only_while_it_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window's process allows the weeks to be read ahead by a second process once the
    window is shown (planner/services/week_reader.py), and no longer once it has ended:
    a test or a command run in the same process afterwards reads on its own threads."""
    allowed: list[bool] = []
    allow = week_reader.allow
    monkeypatch.setattr(week_reader, "allow", lambda: (allowed.append(True), allow()))
    file = tmp_path / "plan.sqlite3"
    assert run_window(f"sqlite:///{file}", demo=False) == 0
    assert allowed == [True]
    plan = open_plan(f"sqlite:///{file}")
    try:
        assert week_reader.reader_for(plan) is None
    finally:
        plan.close()


@pytest.mark.usefixtures("quit_after_show", "qapp")
def test_a_window_process_sweeps_no_garbage_until_its_window_is_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``care-planner`` started for the window turns the collector off while it imports
    and builds the window; the window freezes what is there then and turns it on again
    before the event loop runs (a window runs for days)."""
    seen: list[object] = []
    monkeypatch.setattr(gc, "freeze", lambda: seen.append(("freeze", gc.isenabled())))
    monkeypatch.setattr(codecache, "install", lambda: seen.append("code kept"))
    monkeypatch.setattr(
        sys, "argv", ["care-planner", "--database-url", f"sqlite:///{tmp_path / 'p.sqlite3'}"]
    )
    thresholds = gc.get_threshold()
    try:
        assert main() == 0
        assert seen == ["code kept", ("freeze", False)]
        assert gc.isenabled()
        # Young objects are swept less often: a week switch makes thousands.
        assert gc.get_threshold() == (YOUNG_SWEEP, *thresholds[1:])
    finally:
        gc.enable()
        gc.set_threshold(*thresholds)


@pytest.mark.usefixtures("quit_after_show", "qapp")
def test_a_window_started_in_process_leaves_the_collector_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    frozen: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    thresholds = gc.get_threshold()
    assert run_window(f"sqlite:///{tmp_path / 'p.sqlite3'}", demo=False) == 0
    assert frozen == []
    assert gc.isenabled() and gc.get_threshold() == thresholds


def test_a_plan_file_is_painted_without_sqlalchemy_which_its_first_save_loads(
    demo_plan: Plan,
) -> None:
    """The first paint reads the plan file by SQLite itself (planner/store/sqlite_reading.py):
    neither SQLAlchemy nor the store's modules written with it are loaded before it."""
    assert demo_plan.file is not None
    demo_plan.close()
    code = (
        "import sys\n"
        "from planner.ui.app import run_window\n"
        f"run_window({f'sqlite:///{demo_plan.file}'!r}, demo=False)\n"
        "from planner.store.lazy import waiting\n"
        "loaded = [m for m, module in sys.modules.items()\n"
        "          if m.startswith(('sqlalchemy', 'planner.store.')) and not waiting(module)]\n"
        "print(sorted(m for m in loaded if m.startswith('sqlalchemy')))\n"
        "print('planner.store.plan_store' in loaded, 'planner.store.records' in loaded)\n"
        "from planner.services import journal\n"
        "from planner.services.plan import open_plan\n"
        f"plan = open_plan({f'sqlite:///{demo_plan.file}'!r})\n"
        "journal.change_symptoms(plan, ('tired',))\n"
        "print('sqlalchemy.orm' in sys.modules)\n"
    )
    said = python_says(code, env=os.environ | {QUIT_AFTER_SHOW: "1"})
    assert said == ["window shown: mainWindow", "[]", "False False", "True"]


def test_a_window_started_again_compiles_nothing_qt_compiled_the_first_time(
    demo_plan: Plan, tmp_path: Path
) -> None:
    """PySide6 compiles its own modules from source, and a few long patterns, as it is
    imported: the first start keeps them compiled (planner/codecache.py), and the next
    compiles none of it again (it would write the file anew)."""
    assert demo_plan.file is not None
    demo_plan.close()
    env = os.environ | {QUIT_AFTER_SHOW: "1", codecache.ENVIRONMENT_FOLDER: str(tmp_path / "k")}
    argv = ["--database-url", f"sqlite:///{demo_plan.file}"]

    assert run_process(argv, env) == "window shown: mainWindow\n"
    [kept] = (tmp_path / "k").iterdir()
    written = kept.stat().st_mtime_ns, kept.read_bytes()
    assert run_process(argv, env) == "window shown: mainWindow\n"

    assert (kept.stat().st_mtime_ns, kept.read_bytes()) == written
    cache = codecache.CodeCache(kept)
    assert any(name.startswith("shibokensupport/signature/") for _, name, _ in cache.modules)
    assert len(cache.patterns) > 10 and len(cache.codes) > 100


def test_the_hidden_panels_modules_wait_for_their_first_showing(demo_plan: Plan) -> None:
    """Activity and Who to call are hidden at start, most often for the whole run: their
    lists, and the modules that read and word them, come when they are first shown; the
    hashes that name a plan's settings and its reminders (OpenSSL), when first used."""
    assert demo_plan.file is not None
    demo_plan.close()
    waiting = (
        "planner.services.activity",
        "planner.ui.models.activity",
        "planner.services.contacts",
        "_hashlib",
    )
    code = (
        "import sys\n"
        "from planner.ui.app import run_window\n"
        f"run_window({f'sqlite:///{demo_plan.file}'!r}, demo=False)\n"
        f"print([name for name in {waiting!r} if name in sys.modules])\n"
    )
    said = python_says(code, env=os.environ | {QUIT_AFTER_SHOW: "1"})
    assert said == ["window shown: mainWindow", "[]"]


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or len(os.sched_getaffinity(0)) < 2,
    reason="a copy is made only on Linux with a second core",
)
def test_the_window_started_as_a_process_shows_the_week_its_copy_worked_out(
    demo_plan: Plan,
) -> None:
    """Started as ``care-planner``, the window's process leaves its first week to a copy of
    itself (planner/services/early_week.py): it works out no coming days of its own."""
    assert demo_plan.file is not None
    demo_plan.close()
    code = (
        "import sys\n"
        "from planner.services import week\n"
        "calls = []\n"
        "original = week.coming_days\n"
        "week.coming_days = lambda *a, **k: calls.append(a) or original(*a, **k)\n"
        "from planner.main import main\n"
        f"sys.argv = ['care-planner', '--database-url', {f'sqlite:///{demo_plan.file}'!r}]\n"
        "status = main()\n"
        "print(status, len(calls))\n"
    )
    said = python_says(code, env=os.environ | {QUIT_AFTER_SHOW: "1"})
    assert said == ["window shown: mainWindow", "0 0"]


@pytest.mark.usefixtures("quit_after_show", "qapp")
def test_the_window_is_said_shown_once_its_first_frame_is_drawn_whole(
    demo_plan: Plan, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The widgets inside the window (the days, the gaps) are drawn after its own paint
    event: "window shown" (what the start benchmark times) waits for them."""
    from PySide6.QtCore import QEvent, QObject

    from planner.ui import app as app_module

    assert demo_plan.file is not None
    demo_plan.close()
    order: list[str] = []
    monkeypatch.setattr(app_module, "print", lambda *_, **__: order.append("said"), raising=False)

    class DaysPainted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                order.append("days drawn")
            return False

    first_paint = app_module._quit_after_first_paint

    def watched(application: object, window: object, *, announce: bool) -> None:
        days = window.week_page.day_list.viewport()  # type: ignore[attr-defined]
        days.installEventFilter(DaysPainted(days))
        first_paint(application, window, announce=announce)  # type: ignore[arg-type]

    monkeypatch.setattr(app_module, "_quit_after_first_paint", watched)
    assert run_window(f"sqlite:///{demo_plan.file}", demo=False) == 0
    assert order[:2] == ["days drawn", "said"]
