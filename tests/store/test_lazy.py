"""The store's modules written with SQLAlchemy run on their first use (planner/store/lazy.py)."""

from __future__ import annotations

import ast
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.store import lazy
from tests.helpers.cli import python_says

PROBE = (
    "import sys\n"
    "import planner.store\n"
    "from planner.store.lazy import ON_FIRST_USE, waiting\n"
    "print(all(waiting(sys.modules[m]) for m in ON_FIRST_USE), 'sqlalchemy' in sys.modules)\n"
    "from planner.store import change_log\n"
    "print(waiting(change_log), 'sqlalchemy' in sys.modules)\n"
    "found = change_log.since\n"
    "same = sys.modules['planner.store.change_log'] is change_log\n"
    "print(waiting(change_log), 'sqlalchemy' in sys.modules, same)\n"
)


def test_the_store_s_sqlalchemy_modules_wait_for_their_first_use() -> None:
    said = python_says(PROBE)
    assert said == ["True False", "True False", "False True True"]


@pytest.fixture
def counted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A module that counts the times its code ran (in ``sys``, which it outlives)."""
    (tmp_path / "care_planner_counted.py").write_text(
        "import sys\n"
        "sys.care_planner_runs = getattr(sys, 'care_planner_runs', 0) + 1\n"
        "ANSWER = 42\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delattr(sys, "care_planner_runs", raising=False)
    yield "care_planner_counted"
    sys.modules.pop("care_planner_counted", None)


def test_a_module_runs_once_when_first_asked_and_is_then_a_module_as_any(counted: str) -> None:
    module = lazy._lazy(counted)
    assert lazy.waiting(module) and not hasattr(sys, "care_planner_runs")
    assert module.ANSWER == 42
    assert module.ANSWER == 42
    assert not lazy.waiting(module) and sys.care_planner_runs == 1  # type: ignore[attr-defined]
    assert sys.modules[counted] is module and lazy._lazy(counted) is module


def test_a_module_that_fails_to_run_runs_again_when_next_asked(
    counted: str, tmp_path: Path
) -> None:
    source = tmp_path / f"{counted}.py"
    working = source.read_text(encoding="utf-8")
    source.write_text(working + "raise ImportError('half written')\n", encoding="utf-8")
    module = lazy._lazy(counted)
    with pytest.raises(ImportError, match="half written"):
        module.ANSWER  # noqa: B018 (asking is what runs it)
    assert lazy.waiting(module)  # not left half run
    source.write_text(working, encoding="utf-8")
    assert module.ANSWER == 42 and sys.care_planner_runs == 2  # type: ignore[attr-defined]


def test_a_name_set_before_the_first_use_is_kept(counted: str) -> None:
    module = lazy._lazy(counted)
    module.ANSWER = 7  # e.g. a test's monkeypatch: the module's code runs first
    assert module.ANSWER == 7 and sys.care_planner_runs == 1  # type: ignore[attr-defined]


def test_every_store_module_written_with_sqlalchemy_waits_for_its_first_use() -> None:
    """A store module that imports SQLAlchemy as it is imported runs on its first use, so
    that a plan file opens and is read without SQLAlchemy (and a new one is not forgotten)."""
    folder = Path(lazy.__file__).parent
    written_with = set()
    for source in folder.glob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in tree.body:  # imports at the top level only, not in functions
            names = (
                [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else []
            )
            if any(name.split(".")[0] == "sqlalchemy" for name in names):
                written_with.add(f"planner.store.{source.stem}")
    assert written_with <= {*lazy.ON_FIRST_USE, lazy.RECORDS_MODULE}
    assert "planner.store.change_log" in written_with  # the scan finds them
    assert all((folder / f"{name.rpartition('.')[2]}.py").exists() for name in lazy.ON_FIRST_USE)


def test_a_thread_asking_while_a_module_runs_waits_for_it_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = "care_planner_slow"
    (tmp_path / f"{name}.py").write_text(
        "import sys\n"
        "sys.care_planner_started.set()\n"
        "assert sys.care_planner_go.wait(30)\n"
        "ANSWER = 42\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    started, go = threading.Event(), threading.Event()
    monkeypatch.setattr(sys, "care_planner_started", started, raising=False)
    monkeypatch.setattr(sys, "care_planner_go", go, raising=False)
    module = lazy._lazy(name)
    found: dict[str, object] = {}

    asking = threading.Event()

    def ask(who: str) -> None:
        if who == "second":
            asking.set()
        try:
            found[who] = module.ANSWER
        except AttributeError as error:  # a half-run module
            found[who] = error

    try:
        first = threading.Thread(target=ask, args=("first",))
        first.start()
        assert started.wait(30)  # the module runs, and waits to be let go
        second = threading.Thread(target=ask, args=("second",))
        second.start()  # asks while the module is half run
        assert asking.wait(30)
        second.join(1)  # it waits for the module to be whole (a half-run one ends it at once)
        go.set()
        first.join(30)
        second.join(30)
    finally:
        go.set()
        sys.modules.pop(name, None)
    assert found == {"first": 42, "second": 42}
