"""The layer contracts of DESIGN.md, checked by import-linter on every test run."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold() -> None:
    linter = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which(
        "lint-imports"
    )
    assert linter, "import-linter is part of the test extra"
    result = subprocess.run(
        [linter, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 4 kept, 0 broken." in result.stdout


def test_start_up_does_not_import_format_libraries() -> None:
    """The entry point loads no calendar or recurrence library before it needs one."""
    code = (
        "import sys, planner.main, planner.services.week, planner.services.demo;"
        "print(','.join(sorted(m for m in ('dateutil', 'icalendar', 'vobject', 'PySide6')"
        " if m in sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == ""


def test_opening_a_current_plan_does_not_load_alembic(tmp_path: Path) -> None:
    """Alembic and Mako cost a fifth of start-up; they load only when a migration runs."""
    database = f"sqlite:///{tmp_path / 'plan.sqlite3'}"
    code = (
        "import sys; from planner.services.plan import open_plan;"
        f"open_plan({database!r}).close(); print('fresh', 'alembic' in sys.modules);"
    )
    fresh = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    again = subprocess.run(
        [sys.executable, "-c", code.replace("fresh", "again")],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert fresh.stdout.split() == ["fresh", "True"]  # a new plan is created by migrating
    assert again.stdout.split() == ["again", "False"]
