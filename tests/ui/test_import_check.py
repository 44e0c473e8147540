"""PySide6's look at each module imported after it, made lighter (planner/ui/import_check.py):
the same answer, without keeping every module's lines in memory."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path
from types import ModuleType

import pytest

import planner
from planner.ui import import_check


def module_file(folder: Path, name: str, source: str) -> Path:
    path = folder / f"{name}.py"
    path.write_text(source, encoding="utf-8")
    return path


def test_a_module_is_found_using_pyside_by_its_source_file(tmp_path: Path) -> None:
    qt = ModuleType("qt_user")
    qt.__file__ = str(module_file(tmp_path, "qt_user", "from PySide6.QtCore import QObject\n"))
    plain = ModuleType("plain")
    plain.__file__ = str(module_file(tmp_path, "plain", "import datetime\n"))
    gone = ModuleType("gone")
    gone.__file__ = str(tmp_path / "gone.py")  # its file removed since
    built_in = ModuleType("built_in")  # no file at all

    assert import_check.uses_pyside(qt)
    assert not import_check.uses_pyside(plain)
    assert not import_check.uses_pyside(gone)
    assert not import_check.uses_pyside(built_in)


def test_modules_imported_after_qt_are_looked_at_without_keeping_their_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert import_check.lighten()
    feature = sys.modules[import_check.FEATURE_MODULE]
    qt_file = module_file(tmp_path, "care_qt_user", "import PySide6\nVALUE = 1\n")
    plain_file = module_file(tmp_path, "care_plain", "VALUE = 2\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        # An import statement (PySide6 watches __import__, which importlib skips).
        __import__("care_qt_user")
        __import__("care_plain")
        # As PySide6 itself would have found: 0 for a module using it, -1 for another.
        assert feature.pyside_feature_dict["care_qt_user"] == 0
        assert feature.pyside_feature_dict["care_plain"] == -1
        assert str(qt_file) not in linecache.cache
        assert str(plain_file) not in linecache.cache
    finally:
        for name in ("care_qt_user", "care_plain"):
            sys.modules.pop(name, None)
            feature.pyside_feature_dict.pop(name, None)


def test_care_planner_s_modules_and_python_s_own_are_answered_without_reading_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The window's start imports some 180 modules after Qt; reading each file took 6 ms."""
    import os
    import typing

    import platformdirs

    import planner.domain.week
    import planner.ui.labels

    read: list[Path] = []
    monkeypatch.setattr(Path, "read_bytes", lambda path: read.append(path) or b"")

    assert import_check.uses_pyside(planner.ui.labels)
    assert not import_check.uses_pyside(planner.domain.week)
    assert not import_check.uses_pyside(os)
    assert not import_check.uses_pyside(typing)
    assert read == []
    assert not import_check.uses_pyside(platformdirs)  # an added package: its file is read
    assert read == [Path(platformdirs.__file__)]


def test_only_the_window_s_modules_name_pyside() -> None:
    """What uses_pyside takes for granted of Care Planner's own modules."""
    package = Path(planner.__file__).parent
    naming = {
        path.relative_to(package).as_posix()
        for path in package.rglob("*.py")
        if b"PySide6" in path.read_bytes()
    }
    assert naming and all(name.startswith("ui/") for name in naming)
